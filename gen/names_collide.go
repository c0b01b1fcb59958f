package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// A collision is resolved by moving operations up their own ladder of
// names, each rung a function of the operation's product, method and path
// alone (docs/naming.md, "Collisions"):
//
//	rung 0  the own name (ToolName)
//	rung 1  the alternative form: an unshortened name spells out its
//	        interior path parameters, a name shortened by dropping interior
//	        words keeps their initials instead
//	rung 2  the own name cut to fit "_" and 4 base32 characters of the
//	        sha256 of "METHOD /path"
//	rung 3  the same with 8 characters
//
// In a group of operations that share a name, the best-ranked one keeps it
// when it is alone in its rank; every other member, and every member of a
// tied best rank, moves one rung up. Rounds repeat until no name is shared.

// claimant is one operation competing for its names.
type claimant struct {
	op     *schema.Operation
	ladder []string
	class  int // 0 unshortened, no interior parameter; 1 unshortened; 2 shortened
	rung   int
}

func (c *claimant) name() string { return c.ladder[c.rung] }

// rank orders claimants of one name: lower rungs first, then by class.
func (c *claimant) rank() int { return c.rung*3 + c.class }

func newClaimant(op *schema.Operation, limit int) *claimant {
	own := deriveName(op.Product, op.Method, op.Path, variantPlain, limit)
	c := &claimant{op: op, class: 2}
	alt := own
	switch {
	case own.natural() && hasInteriorParam(op.Path):
		c.class = 1
		alt = deriveName(op.Product, op.Method, op.Path, variantInteriorParams, limit)
	case own.natural():
		c.class = 0
	case slices.Contains(own.steps, stepInterior):
		alt = deriveName(op.Product, op.Method, op.Path, variantInitials, limit)
	}
	c.ladder = []string{own.name, alt.name}
	for _, n := range []int{4, 8} {
		c.ladder = append(c.ladder, withSuffix(own.name, op.Method, op.Path, n, limit))
	}
	return c
}

// hasInteriorParam reports whether a path parameter sits before the last
// segment: those are the ones a name leaves out.
func hasInteriorParam(path string) bool {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	return slices.ContainsFunc(segs[:len(segs)-1], func(s string) bool { return strings.HasPrefix(s, "{") })
}

// checkToolNames gives every operation its unique tool name. It fails only
// on a bug: a name that breaks the rules after shortening, or two
// operations with the same method and path.
func checkToolNames(ops []*schema.Operation) (map[*schema.Operation]string, error) {
	return assignToolNames(ops, MaxToolName)
}

// assignToolNames is checkToolNames with the length limit as a parameter,
// so tests can run the rule on real paths at a tighter limit.
func assignToolNames(ops []*schema.Operation, limit int) (map[*schema.Operation]string, error) {
	cs := make([]*claimant, len(ops))
	for i, op := range ops {
		cs[i] = newClaimant(op, limit)
	}
	for {
		moved, err := resolveRound(cs)
		if err != nil {
			return nil, err
		}
		if !moved {
			break
		}
	}
	names := make(map[*schema.Operation]string, len(ops))
	for _, c := range cs {
		n := c.name()
		if !validToolName.MatchString(n) || len(n) > limit || !strings.HasPrefix(n, string(c.op.Product)+"_") {
			return nil, fmt.Errorf("tool names: %s %s: name %q breaks the naming rules (gen/names.go is wrong: fix the rule, see docs/naming.md)",
				c.op.Method, c.op.Path, n)
		}
		names[c.op] = n
	}
	return names, nil
}

// resolveRound moves up every claimant that loses a shared name; it
// reports whether any moved. Moves are decided on the state at the start
// of the round, so the outcome does not depend on the order of ops.
func resolveRound(cs []*claimant) (bool, error) {
	byName := map[string][]*claimant{}
	for _, c := range cs {
		byName[c.name()] = append(byName[c.name()], c)
	}
	var losers []*claimant
	for _, n := range slices.Sorted(maps.Keys(byName)) {
		group := byName[n]
		if len(group) < 2 {
			continue
		}
		best := slices.MinFunc(group, func(a, b *claimant) int { return a.rank() - b.rank() }).rank()
		tied := 0
		for _, c := range group {
			if c.rank() == best {
				tied++
			}
		}
		for _, c := range group {
			if c.rank() > best || tied > 1 {
				losers = append(losers, c)
			}
		}
	}
	for _, c := range losers {
		if c.rung == len(c.ladder)-1 {
			return false, unresolvable(c, byName[c.name()])
		}
		c.rung++
	}
	return len(losers) > 0, nil
}

func unresolvable(c *claimant, group []*claimant) error {
	var ops []string
	for _, o := range group {
		ops = append(ops, o.op.Method+" "+o.op.Path)
	}
	slices.Sort(ops)
	if len(slices.Compact(slices.Clone(ops))) < len(ops) {
		return fmt.Errorf("tool names: %s is listed more than once: the parser must yield each method and path once",
			ops[0])
	}
	return fmt.Errorf("tool names: %q is claimed by %s even with an 8-character hash suffix: lengthen the suffix in gen/names_collide.go",
		c.name(), strings.Join(ops, " and "))
}
