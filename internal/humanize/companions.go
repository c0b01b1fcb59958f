package humanize

import (
	"bytes"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// companionSuffix names a companion: "mem" gets "mem_human".
const companionSuffix = "_human"

// plan is an operation's companion fields as a tree that follows the
// data: what to do with every element of a list, or with the members of
// an object.
type plan struct {
	each    *plan
	members map[string]*memberPlan
}

// memberPlan is what one member gets: a companion in unit, and/or its own
// members or elements looked into.
type memberPlan struct {
	unit  catalog.Unit
	child *plan
}

// plans caches each operation's plan: the catalog is static, so a plan is
// built once per operation and process.
var plans sync.Map // *catalog.Operation → *plan

func planFor(op *catalog.Operation) *plan {
	if p, ok := plans.Load(op); ok {
		return p.(*plan)
	}
	p := newPlan(op.Human.Fields)
	plans.Store(op, p)
	return p
}

// newPlan builds the tree from the catalog's paths ("[].mem",
// "memory.total", "data[].timestamp"); a path it cannot read is skipped.
func newPlan(fields []catalog.HumanField) *plan {
	root := &plan{}
	for _, f := range fields {
		steps := pathSteps(f.Path)
		if len(steps) == 0 || steps[len(steps)-1] == "[]" {
			continue
		}
		p := root
		for i, step := range steps {
			last := i == len(steps)-1
			if step == "[]" {
				if p.each == nil {
					p.each = &plan{}
				}
				p = p.each
				continue
			}
			m := p.member(step)
			if last {
				m.unit = f.Unit
				break
			}
			if m.child == nil {
				m.child = &plan{}
			}
			p = m.child
		}
	}
	return root
}

func (p *plan) member(name string) *memberPlan {
	if p.members == nil {
		p.members = map[string]*memberPlan{}
	}
	m := p.members[name]
	if m == nil {
		m = &memberPlan{}
		p.members[name] = m
	}
	return m
}

// pathSteps splits "data[].timestamp" into data, [], timestamp.
func pathSteps(path string) []string {
	var steps []string
	for _, part := range strings.Split(path, ".") {
		name, list := strings.CutSuffix(part, "[]")
		if name != "" {
			steps = append(steps, name)
		}
		if list {
			steps = append(steps, "[]")
		}
		if name == "" && !list {
			return nil
		}
	}
	return steps
}

// rewrite appends v to out with the companions p names; ok is false when
// v is not the JSON the scanner expects (out is then unusable).
func (p *plan) rewrite(out, v []byte) ([]byte, bool) {
	switch {
	case len(v) == 0:
		return out, true
	case p.each != nil && v[0] == '[':
		return p.array(out, v)
	case p.members != nil && v[0] == '{':
		return p.object(out, v)
	}
	return append(out, v...), true
}

func (p *plan) array(out, arr []byte) ([]byte, bool) {
	pos, i := 0, 1
	for first := true; ; first = false {
		e, next, done, ok := nextElement(arr, i, first)
		if !ok {
			return out, false
		}
		if done {
			return append(out, arr[pos:]...), true
		}
		if c := arr[e.start]; c == '{' || c == '[' {
			out = append(out, arr[pos:e.start]...)
			if out, ok = p.each.rewrite(out, arr[e.start:e.end]); !ok {
				return out, false
			}
			pos = e.end
		}
		i = next
	}
}

func (p *plan) object(out, obj []byte) ([]byte, bool) {
	taken := takenCompanions(obj)
	pos, i := 0, 1
	for first := true; ; first = false {
		m, next, done, ok := nextMember(obj, i, first)
		if !ok {
			return out, false
		}
		if done {
			return append(out, obj[pos:]...), true
		}
		i = next
		mp := p.lookup(obj[m.keyStart:m.keyEnd])
		if mp == nil {
			continue
		}
		if mp.child != nil {
			out = append(out, obj[pos:m.start]...)
			if out, ok = mp.child.rewrite(out, obj[m.start:m.end]); !ok {
				return out, false
			}
			pos = m.end
		}
		if mp.unit == "" {
			continue
		}
		if text, ok := companion(mp.unit, obj[m.start:m.end]); ok && (taken == nil || !taken[keyName(obj[m.keyStart:m.keyEnd])]) {
			out = append(out, obj[pos:m.end]...)
			out = appendCompanion(out, obj[m.keyStart:m.keyEnd], text)
			pos = m.end
		}
	}
}

// lookup finds a member's plan by its raw key; the common unescaped key
// is looked up without a copy.
func (p *plan) lookup(rawKey []byte) *memberPlan {
	inner := rawKey[1 : len(rawKey)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return p.members[string(inner)]
	}
	return p.members[keyName(rawKey)]
}

// takenCompanions lists the members of an object that already end in
// _human, so that a companion never duplicates a member Proxmox sent;
// nil, at no cost, for the objects that have none (all of them today).
func takenCompanions(obj []byte) map[string]bool {
	if !bytes.Contains(obj, []byte(companionSuffix+`"`)) {
		return nil
	}
	taken := map[string]bool{}
	i := 1
	for first := true; ; first = false {
		m, next, done, ok := nextMember(obj, i, first)
		if !ok || done {
			return taken
		}
		if name, found := strings.CutSuffix(keyName(obj[m.keyStart:m.keyEnd]), companionSuffix); found {
			taken[name] = true
		}
		i = next
	}
}

// companion is the text beside a raw value; ok is false for a value that
// is not a number (null, a word) or has no reading in its unit.
func companion(unit catalog.Unit, raw []byte) (string, bool) {
	v, ok := number(raw)
	if !ok {
		return "", false
	}
	return Format(unit, v)
}

// appendCompanion writes ,"<key>_human":"<text>"; the key keeps its raw
// (possibly escaped) form, and the texts Format writes need no escaping.
func appendCompanion(out, rawKey []byte, text string) []byte {
	out = append(out, ',')
	out = append(out, rawKey[:len(rawKey)-1]...)
	out = append(out, companionSuffix+`":"`...)
	out = append(out, text...)
	return append(out, '"')
}
