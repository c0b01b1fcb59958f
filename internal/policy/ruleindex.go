package policy

import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// Deciding every operation of both catalogs against every rule is most of
// the policy's share of start-up: ~1,000 operations × ~200 rules, a path
// match each. Instead each rule's patterns are walked through a trie of
// the operations' paths, which visits only the operations a pattern can
// match; trace then tries just the rules found for its operation, in file
// order (the first matching rule wins a field). matchesSegs still decides.

// candidates are the indexes of the rules and category rules that may
// match one operation, ascending, and the operation's path split (the
// trie, the name checks and trace all need it: split once).
type candidates struct {
	rules, categoryRules []int
	segs                 []string
}

// pathTrie holds the operations by path segment. Most nodes have a child
// or two: a slice scanned in order is smaller and faster than a map.
type pathTrie struct {
	seg      string
	children []*pathTrie
	ops      []*catalog.Operation // operations whose path ends here
}

// newPathTrie indexes ops, whose paths split are segs[i].
func newPathTrie(ops []*catalog.Operation, segs [][]string) *pathTrie {
	root := &pathTrie{}
	for i, op := range ops {
		n := root
		for _, seg := range segs[i] {
			c := n.child(seg)
			if c == nil {
				c = &pathTrie{seg: seg}
				n.children = append(n.children, c)
			}
			n = c
		}
		n.ops = append(n.ops, op)
	}
	return root
}

func (n *pathTrie) child(seg string) *pathTrie {
	for _, c := range n.children {
		if c.seg == seg {
			return c
		}
	}
	return nil
}

// walk calls visit at every node the pattern segments match (a node may
// be visited more than once when the pattern has "**").
func (n *pathTrie) walk(pat []string, visit func(*pathTrie)) {
	if len(pat) == 0 {
		visit(n)
		return
	}
	switch pat[0] {
	case "**":
		n.walk(pat[1:], visit)
		for _, c := range n.children {
			c.walk(pat, visit)
		}
	case "*":
		for _, c := range n.children {
			c.walk(pat[1:], visit)
		}
	default:
		if c := n.child(pat[0]); c != nil {
			c.walk(pat[1:], visit)
		}
	}
}

// indexRules finds the candidate rules of every operation of ops; the map
// is read-only afterwards, so concurrent decisions need no lock. An
// operation it lacks (not given here) is matched against every rule.
func (p *Policy) indexRules(ops []*catalog.Operation) {
	cand := make(map[*catalog.Operation]*candidates, len(ops))
	all := make([]candidates, len(ops))
	segs := make([][]string, len(ops))
	for i, op := range ops {
		segs[i] = splitPath(op.Path)
		all[i].segs = segs[i]
		cand[op] = &all[i]
	}
	trie := newPathTrie(ops, segs)
	collect := func(m *matcher, i int, list func(*candidates) *[]int) {
		for _, pat := range m.paths {
			trie.walk(pat.segs, func(n *pathTrie) {
				for _, op := range n.ops {
					l := list(cand[op])
					if op.Product == m.product && m.methodMatches(op.Method) && (len(*l) == 0 || (*l)[len(*l)-1] != i) {
						*l = append(*l, i)
					}
				}
			})
		}
	}
	for i := range p.categoryRules {
		collect(&p.categoryRules[i].matcher, i, func(c *candidates) *[]int { return &c.categoryRules })
	}
	for i := range p.rules {
		collect(&p.rules[i].matcher, i, func(c *candidates) *[]int { return &c.rules })
	}
	p.byOp = cand
}

// candidateRules are the rules that may match op.
func (p *Policy) candidateRules(op *catalog.Operation) *candidates {
	if c, ok := p.byOp[op]; ok {
		return c
	}
	return p.everyRule()
}

// everyRule lists every rule: the candidates of an operation not indexed.
// Its segs are left to the caller.
func (p *Policy) everyRule() *candidates {
	c := &candidates{}
	for i := range p.categoryRules {
		c.categoryRules = append(c.categoryRules, i)
	}
	for i := range p.rules {
		c.rules = append(c.rules, i)
	}
	return c
}
