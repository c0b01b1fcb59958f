package sim

import (
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// router finds the operation for a request path. It is a segment trie
// built once from the catalog: literal segments first, then one {param}
// child per level, so /nodes/{node}/qemu resolves in a handful of map
// lookups instead of a scan over a thousand templates.
type router struct {
	root  *trieNode
	byKey map[string]*catalog.Operation // "GET /nodes/{node}" → op
}

type trieNode struct {
	template  string // path template of this node, "/nodes/{node}"
	literals  map[string]*trieNode
	param     *trieNode
	paramName string
	ops       map[string]*catalog.Operation // by HTTP method
}

func newTrieNode(template string) *trieNode {
	return &trieNode{template: template, literals: map[string]*trieNode{}, ops: map[string]*catalog.Operation{}}
}

func newRouter(c *catalog.Catalog) *router {
	r := &router{root: newTrieNode("/"), byKey: map[string]*catalog.Operation{}}
	for i := range c.Operations {
		op := &c.Operations[i]
		r.add(op)
		r.byKey[op.Method+" "+op.Path] = op
	}
	return r
}

func (r *router) add(op *catalog.Operation) {
	n := r.root
	for _, seg := range templateSegments(op.Path) {
		n = n.child(seg)
	}
	n.ops[op.Method] = op
}

// child returns (creating) the node for one template segment.
func (n *trieNode) child(seg string) *trieNode {
	tmpl := strings.TrimSuffix(n.template, "/") + "/" + seg
	if isPlaceholder(seg) {
		if n.param == nil {
			n.param = newTrieNode(tmpl)
			n.paramName = seg[1 : len(seg)-1]
		}
		return n.param
	}
	c, ok := n.literals[seg]
	if !ok {
		c = newTrieNode(tmpl)
		n.literals[seg] = c
	}
	return c
}

func isPlaceholder(seg string) bool {
	return len(seg) > 2 && seg[0] == '{' && seg[len(seg)-1] == '}'
}

func templateSegments(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// match resolves decoded path segments to a trie node and the path
// parameters. A literal wins over a parameter at the same level, with
// backtracking, as both Proxmox routers do.
func (n *trieNode) match(segs []string, params map[string]string) *trieNode {
	if len(segs) == 0 {
		return n
	}
	if c, ok := n.literals[segs[0]]; ok {
		if m := c.match(segs[1:], params); m != nil {
			return m
		}
	}
	if n.param == nil || segs[0] == "" {
		return nil
	}
	m := n.param.match(segs[1:], params)
	if m != nil {
		params[n.paramName] = segs[0]
	}
	return m
}

// lookup finds the trie node for a request path relative to /api2/json.
// ok is false when the path itself is unknown; the node is returned even
// when it has no operation for the method, so the caller can tell the two
// apart (PBS answers both with 404, PVE with 501).
func (r *router) lookup(segs []string) (*trieNode, map[string]string) {
	params := map[string]string{}
	n := r.root.match(segs, params)
	return n, params
}

// subdirs lists a node's literal children: what a directory index GET
// returns.
func (n *trieNode) subdirs() []string {
	out := make([]string, 0, len(n.literals))
	for k := range n.literals {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
