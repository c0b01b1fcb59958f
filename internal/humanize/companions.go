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
	// named holds the members again, in a slice: a plan has a handful of
	// members, and comparing a key with each is cheaper than hashing it
	// (lookup runs for every member of an answer that passes lengths).
	named []namedPlan
	// lengths[c] has bit n set when a planned member name of n bytes
	// starts with c: most members of an answer are not planned, and this
	// rejects them without hashing their names.
	lengths *[256]uint64
}

type namedPlan struct {
	name string
	plan *memberPlan
}

// memberPlan is what one member gets: a companion in unit, and/or its own
// members or elements looked into.
type memberPlan struct {
	unit  catalog.Unit
	child *plan
}

// plans caches each operation's plan, keyed by its Human value: the
// generated catalog holds that once per operation, also when an
// Operation is copied, so a plan is built once per operation and process.
var plans sync.Map // *catalog.Human → *plan

func planFor(h *catalog.Human) *plan {
	if p, ok := plans.Load(h); ok {
		return p.(*plan)
	}
	p := newPlan(h.Fields)
	plans.Store(h, p)
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
		p.named = append(p.named, namedPlan{name, m})
		if p.lengths == nil {
			p.lengths = new([256]uint64)
		}
		if name != "" {
			p.lengths[name[0]] |= lengthBit(len(name))
		}
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

// rewriter splices companions into one answer in a single pass: b[:pos]
// has been copied to out, and each companion is written right after its
// value once the bytes before it are copied.
type rewriter struct {
	b, out []byte
	buf    *[]byte // out's scratch buffer, back to the pool when done
	pos    int
	// checkTaken: the answer has members ending in _human of its own, so
	// each object is looked through first (takenCompanions).
	checkTaken bool
}

// rewrite applies p to the whole answer b; ok is false when b is not the
// JSON the scanner expects. An answer that gets no companion comes back
// as b itself.
func (p *plan) rewrite(b []byte) (out []byte, ok bool) {
	r := &rewriter{b: b, checkTaken: bytes.Contains(b, []byte(companionSuffix+`"`))}
	defer r.release()
	end, ok := r.value(p, skipSpace(b, 0))
	if !ok || skipSpace(b, end) != len(b) {
		return nil, false
	}
	if r.pos == 0 {
		return b, true
	}
	r.flush(len(b))
	return bytes.Clone(r.out), true
}

// flush copies the answer up to index to. The answer is written into a
// pooled scratch buffer and copied out once at its size (rewrite): the
// result is kept by the caller, and a buffer sized for the worst case
// would be a third larger than the answer, zeroed, on every call.
func (r *rewriter) flush(to int) {
	if r.out == nil {
		r.buf = scratch.Get().(*[]byte)
		r.out = (*r.buf)[:0]
	}
	r.out = append(r.out, r.b[r.pos:to]...)
	r.pos = to
}

// scratch holds the rewriters' output buffers between answers.
var scratch = sync.Pool{New: func() any { return new([]byte) }}

// maxScratch is the largest buffer kept for the next answer: a rare huge
// answer should not stay allocated for the process's life.
const maxScratch = 1 << 20

// release hands the scratch buffer back to the pool.
func (r *rewriter) release() {
	if r.buf != nil && cap(r.out) <= maxScratch {
		*r.buf = r.out[:0]
		scratch.Put(r.buf)
	}
	r.buf, r.out = nil, nil
}

// value applies p to the value at b[i] and returns the index past it.
func (r *rewriter) value(p *plan, i int) (int, bool) {
	if i < len(r.b) {
		switch c := r.b[i]; {
		case c == '[' && p.each != nil:
			return r.array(p.each, i)
		case c == '{' && p.members != nil:
			return r.object(p, i)
		}
	}
	end := valueEnd(r.b, i)
	return end, end >= 0
}

func (r *rewriter) array(each *plan, i int) (int, bool) {
	b, j := r.b, i+1
	for first := true; ; first = false {
		if j = skipSpace(b, j); j < len(b) && b[j] == ']' {
			return j + 1, true
		}
		if j = separator(b, j, first); j < 0 {
			return 0, false
		}
		var ok bool
		if j, ok = r.value(each, j); !ok {
			return 0, false
		}
	}
}

func (r *rewriter) object(p *plan, i int) (int, bool) {
	b, j := r.b, i+1
	var taken map[string]bool
	if r.checkTaken {
		if end := valueEnd(b, i); end > 0 {
			taken = takenCompanions(b[i:end])
		}
	}
	for first := true; ; first = false {
		if j = skipSpace(b, j); j < len(b) && b[j] == '}' {
			return j + 1, true
		}
		keyStart, keyEnd, valStart, escapedKey, ok := memberStart(b, j, first)
		if !ok {
			return 0, false
		}
		key := b[keyStart:keyEnd]
		mp := p.lookup(key, escapedKey)
		if mp == nil {
			if j = valueEnd(b, valStart); j < 0 {
				return 0, false
			}
			continue
		}
		valEnd := 0
		if mp.child != nil {
			valEnd, ok = r.value(mp.child, valStart)
		} else {
			valEnd = valueEnd(b, valStart)
			ok = valEnd >= 0
		}
		if !ok {
			return 0, false
		}
		// Zero gets no companion: it reads the same in every unit, and
		// stopped guests and empty storages are full of zeros.
		if v, isNum := number(b[valStart:valEnd]); isNum && v != 0 && mp.unit != "" && (taken == nil || !taken[keyName(key)]) {
			r.flush(valEnd)
			r.out = appendCompanion(r.out, key, mp.unit, v)
		}
		j = valEnd
	}
}

// memberStart reads the key and colon of the member at b[i] (after its
// comma, unless first): where the key starts and ends (with its quotes),
// where the value starts, and whether the key has an escape in it.
func memberStart(b []byte, i int, first bool) (keyStart, keyEnd, valStart int, escapedKey, ok bool) {
	if i = separator(b, i, first); i < 0 || i >= len(b) || b[i] != '"' {
		return 0, 0, 0, false, false
	}
	if keyEnd, escapedKey = keyEndOf(b, i); keyEnd < 0 {
		return 0, 0, 0, false, false
	}
	colon := skipSpace(b, keyEnd)
	if colon >= len(b) || b[colon] != ':' {
		return 0, 0, 0, false, false
	}
	return i, keyEnd, skipSpace(b, colon+1), escapedKey, true
}

// keyEndOf is stringEnd for a member's name, also telling whether it has
// an escape: the scan sees every byte of a short name anyway, and looking
// for a backslash again cost a call for every member of an answer.
func keyEndOf(b []byte, i int) (end int, escaped bool) {
	j := i + 1
	for limit := min(len(b), j+16); j < limit; j++ {
		switch b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			return j + 1, escaped
		}
	}
	end = stringEnd(b, i)
	return end, end > 0 && bytes.IndexByte(b[i:end], '\\') >= 0
}

// lookup finds a member's plan by its raw key; the common unescaped key
// is looked up without a copy.
func (p *plan) lookup(rawKey []byte, escaped bool) *memberPlan {
	inner := rawKey[1 : len(rawKey)-1]
	if escaped {
		return p.members[keyName(rawKey)]
	}
	if len(inner) == 0 || p.lengths == nil || p.lengths[inner[0]]&lengthBit(len(inner)) == 0 {
		return nil
	}
	for _, n := range p.named {
		if n.name == string(inner) {
			return n.plan
		}
	}
	return nil
}

// lengthBit is a name length's bit in plan.lengths; names of 63 bytes
// and more share the last bit.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

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

// appendCompanion writes ,"<key>_human":"<text>" when the unit has a
// reading for v, and nothing otherwise (Proxmox's -1). The key keeps its
// raw (possibly escaped) form; the texts need no escaping.
func appendCompanion(out, rawKey []byte, unit catalog.Unit, v float64) []byte {
	mark := len(out)
	out = append(out, ',')
	out = append(out, rawKey[:len(rawKey)-1]...)
	out = append(out, companionSuffix+`":"`...)
	out, ok := AppendFormat(out, unit, v)
	if !ok {
		return out[:mark]
	}
	return append(out, '"')
}
