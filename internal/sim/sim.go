package sim

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand"
	"net/http"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// DefaultTaskDuration is how long a simulated task runs when Options does
// not say: long enough that a caller sees "running" at least once, short
// enough that a demo does not drag.
const DefaultTaskDuration = 1500 * time.Millisecond

// DefaultNodes are the PVE cluster members when Options.Nodes is empty.
var DefaultNodes = []string{"pve1", "pve2", "pve3"}

// PBSNode is the node name of the simulated Proxmox Backup Server.
const PBSNode = "pbs"

// Options configure a Simulator. The zero value is a usable demo setup.
type Options struct {
	// Seed makes secrets, generated data and UPIDs reproducible; 0 means 1.
	Seed int64
	// TaskDuration is how long a long-running action's task stays
	// "running". Zero means DefaultTaskDuration; negative means tasks end
	// as soon as they are created.
	TaskDuration time.Duration
	// Nodes names the PVE cluster members (default pve1, pve2, pve3).
	Nodes []string
	// Token is the PVE API token; an empty ID means root@pam!mcp, an empty
	// secret one derived from Seed.
	Token TokenSpec
	// PBSToken is the PBS API token, defaulted the same way.
	PBSToken TokenSpec
	// Tokens are further API tokens accepted by both products (their users
	// are created as needed; no privilege separation). Like Token and
	// PBSToken they have full access: their users are given the
	// administrator role on /.
	Tokens []TokenSpec
	// SecretSeed, when set, is what the seeded identities' token secrets
	// (SeededTokens) are derived from instead of Seed, so a simulator
	// others can reach has no well-known secrets.
	SecretSeed string
	// Username and Password log in for a ticket on either product; the
	// defaults are root@pam and a password derived from Seed.
	Username, Password string
	// Faults are injected from the start; see SetFaults.
	Faults Faults
	// Clock replaces time.Now, so tests can step time instead of sleeping.
	Clock func() time.Time
	// Empty skips the demo guests, backups and tasks: only nodes, storages,
	// the datastore and the configured users exist.
	Empty bool
	// PVERelease and PBSRelease are the releases the products present
	// ("8.4", "3.4"; "" is the catalog's, the newest pinned): /version
	// answers them, and what they lack is refused as Proxmox refuses an
	// unknown path or parameter. Check them with CheckRelease: New panics
	// on a release that is not one of Releases.
	PVERelease, PBSRelease string
}

// TokenSpec is an API token: ID user@realm!name and its secret.
type TokenSpec struct {
	ID     string
	Secret string
}

// Simulator is an in-memory Proxmox VE cluster and Proxmox Backup Server
// that answers the REST API on the wire as the real daemons do. It is safe
// for concurrent use.
type Simulator struct {
	opts Options
	now  func() time.Time

	mu  sync.Mutex // guards st (state, tasks, tickets)
	st  *state
	rng *rand.Rand // guarded by mu

	faults        *faultState
	log           *requestLog
	routers       map[catalog.Product]*router
	presentations map[catalog.Product]*presentation
}

// New builds a simulator with seeded state.
func New(opts Options) *Simulator {
	opts = withDefaults(opts)
	s := &Simulator{
		opts:    opts,
		now:     opts.Clock,
		rng:     rand.New(rand.NewSource(opts.Seed)),
		faults:  newFaultState(opts.Seed, opts.Faults),
		log:     &requestLog{},
		routers: map[catalog.Product]*router{},

		presentations: map[catalog.Product]*presentation{},
	}
	for p, release := range map[catalog.Product]string{catalog.PVE: opts.PVERelease, catalog.PBS: opts.PBSRelease} {
		pr := present(p, release)
		s.presentations[p] = &pr
		s.routers[p] = newRouter(pr.catalog)
	}
	s.st = newState(s)
	return s
}

func withDefaults(o Options) Options {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.TaskDuration == 0 {
		o.TaskDuration = DefaultTaskDuration
	}
	if o.TaskDuration < 0 {
		o.TaskDuration = 0
	}
	if len(o.Nodes) == 0 {
		o.Nodes = append([]string(nil), DefaultNodes...)
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	o.Token = defaultToken(o.Token, o.Seed, "pve")
	o.PBSToken = defaultToken(o.PBSToken, o.Seed, "pbs")
	if o.Username == "" {
		o.Username = "root@pam"
	}
	if o.Password == "" {
		o.Password = derived(o.Seed, "password")[:16]
	}
	return o
}

func defaultToken(t TokenSpec, seed int64, product string) TokenSpec {
	if t.ID == "" {
		t.ID = "root@pam!mcp"
	}
	if t.Secret == "" {
		t.Secret = uuidFrom(derived(seed, product+"-token"))
	}
	return t
}

// derived is a stable hex string for (seed, purpose): secrets that are the
// same for the same seed, so a test or a demo can be replayed.
func derived(seed int64, purpose string) string {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(seed))
	sum := sha256.Sum256(append(b[:], purpose...))
	return fmt.Sprintf("%x", sum[:])
}

// uuidFrom formats 32 hex digits as a UUID, the shape of Proxmox token
// secrets.
func uuidFrom(hex string) string {
	return hex[0:8] + "-" + hex[8:12] + "-" + hex[12:16] + "-" + hex[16:20] + "-" + hex[20:32]
}

// Handler serves one product's API under /api2/json.
func (s *Simulator) Handler(p catalog.Product) http.Handler {
	r, ok := s.routers[p]
	if !ok {
		panic(fmt.Sprintf("sim: unknown product %q", p))
	}
	return &apiHandler{s: s, product: p, router: r}
}

// TokenID is the ID of the product's configured API token.
func (s *Simulator) TokenID(p catalog.Product) string { return s.token(p).ID }

// TokenSecret is the secret of the product's configured API token.
func (s *Simulator) TokenSecret(p catalog.Product) string { return s.token(p).Secret }

// Username and Password are the login credentials for tickets.
func (s *Simulator) Username() string { return s.opts.Username }

// Password is the login password of Username on both products.
func (s *Simulator) Password() string { return s.opts.Password }

func (s *Simulator) token(p catalog.Product) TokenSpec {
	if p == catalog.PBS {
		return s.opts.PBSToken
	}
	return s.opts.Token
}

// AddToken makes a product accept another API token at run time, with
// full access like Options.Tokens.
func (s *Simulator) AddToken(p catalog.Product, t TokenSpec) {
	s.lock()
	defer s.unlock()
	s.st.addToken(p, t)
}

// SetTaskDuration changes how long tasks started from now on run.
func (s *Simulator) SetTaskDuration(d time.Duration) {
	s.lock()
	defer s.unlock()
	s.opts.TaskDuration = max(d, 0)
}

// Nodes lists the PVE cluster members in order.
func (s *Simulator) Nodes() []string { return append([]string(nil), s.opts.Nodes...) }

// lock takes the state lock and brings tasks up to date, so every reader
// sees finished tasks' effects.
func (s *Simulator) lock() time.Time {
	s.mu.Lock()
	now := s.now()
	s.st.advance(now)
	return now
}

func (s *Simulator) unlock() { s.mu.Unlock() }
