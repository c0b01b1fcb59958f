package policy

import (
	"fmt"
	"strings"
)

// Tier is how much a user lets the server do. Tiers are ordered: a user who
// chose a tier gets every operation at that tier or below.
type Tier int

// The three tiers, in increasing order of power.
const (
	// ReadOnly reads state and changes nothing. It is the default.
	ReadOnly Tier = iota
	// ReadExecute adds operational actions on existing things: guest
	// power, migration, running backups, GC, verify, prune and sync jobs,
	// stopping tasks, restarting services.
	ReadExecute
	// Full is the whole API: creating, configuring and destroying.
	Full
)

var tierNames = [...]string{ReadOnly: "read-only", ReadExecute: "read-execute", Full: "full"}

// String returns the tier's name as written in the policy file and in
// PVE_ACCESS_TIER / PBS_ACCESS_TIER.
func (t Tier) String() string {
	if t < ReadOnly || t > Full {
		return fmt.Sprintf("Tier(%d)", int(t))
	}
	return tierNames[t]
}

// ParseTier reads a tier name. Case, surrounding space and underscores for
// hyphens are tolerated ("READ_ONLY" is read-only).
func ParseTier(s string) (Tier, error) {
	norm := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "_", "-")
	for t, name := range tierNames {
		if norm == name {
			return Tier(t), nil
		}
	}
	return ReadOnly, fmt.Errorf("unknown access tier %q: valid values are %s", s, strings.Join(tierNames[:], ", "))
}

// MarshalText writes the tier's name, so Tier encodes as a JSON string.
func (t Tier) MarshalText() ([]byte, error) {
	if t < ReadOnly || t > Full {
		return nil, fmt.Errorf("invalid tier %d", int(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText reads a tier name with ParseTier.
func (t *Tier) UnmarshalText(b []byte) error {
	v, err := ParseTier(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
