package policy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Condition is a test of one call's arguments: it holds when every one of
// its tests holds. A Decision's DestructiveWith and ConfirmWith list
// conditions, any one of which makes that call destructive or
// confirm-gated: restoring over an existing guest (force), deleting an
// unused disk from a guest's configuration (delete=unused0).
//
// Conditions are plain data, decided once per operation like the rest of
// the decision, so they can be compared, printed and shown to users.
type Condition struct {
	Tests []ParamTest
	// Reason says what the call does when the condition holds; shown to
	// users.
	Reason string
}

// ParamTest is a test of one argument, as it travels on the wire.
type ParamTest struct {
	Param string // the argument name
	Wire  string // its name on the wire (the same but for numa_n-style parameters)
	// Kind says what is tested: TestEquals, TestGiven, TestPresent or
	// TestItem.
	Kind TestKind
	// Value is the wire text the argument must have (TestEquals,
	// TestGiven), or the
	// anchored RE2 expression an item of the list must match (TestItem).
	Value string
	// Boolean compares Value and the argument as booleans (1, true, yes, on…).
	Boolean bool
	// Default is the published default as wire text: an absent argument
	// is tested as this value by TestEquals and TestItem.
	Default string
}

// TestKind is what a ParamTest checks.
type TestKind string

// The kinds of argument tests.
const (
	TestEquals  TestKind = "equals"  // the argument (or its default) has the value
	TestPresent TestKind = "present" // the caller gave the argument, whatever its value
	TestItem    TestKind = "item"    // an item of the list argument (or of its default) matches
	TestGiven   TestKind = "given"   // the caller gave the argument with the value (its default does not count)
)

// Holds reports whether the condition holds for a call whose wire
// parameters (the prepared request's query or form) are params.
func (c Condition) Holds(params url.Values) bool {
	for _, t := range c.Tests {
		if !t.Holds(params) {
			return false
		}
	}
	return len(c.Tests) > 0
}

// Holds reports whether the test holds for the call's wire parameters.
func (t ParamTest) Holds(params url.Values) bool {
	vals, given := params[t.Wire]
	switch {
	case t.Kind == TestPresent:
		return given
	case !given && t.Kind == TestGiven:
		return false
	case !given:
		if t.Default == "" {
			return false
		}
		vals = []string{t.Default}
	}
	return slices.ContainsFunc(vals, t.matches)
}

func (t ParamTest) matches(text string) bool {
	switch {
	case t.Kind == TestItem:
		re := itemPattern(t.Value)
		return slices.ContainsFunc(formats.SplitList(text), re.MatchString)
	case t.Boolean:
		want, _ := wire.ParseBool(t.Value)
		got, ok := wire.ParseBool(text)
		return ok && got == want
	}
	return text == t.Value
}

// String writes the condition for people: "force=1 and archive given".
func (c Condition) String() string {
	parts := make([]string, len(c.Tests))
	for i, t := range c.Tests {
		parts[i] = t.String()
	}
	return strings.Join(parts, " and ")
}

func (t ParamTest) String() string {
	switch t.Kind {
	case TestPresent:
		return t.Param + " given"
	case TestItem:
		return fmt.Sprintf("%s lists %s", t.Param, strings.TrimSuffix(strings.TrimPrefix(t.Value, "^(?:"), ")$"))
	case TestGiven:
		return t.Param + "=" + t.Value + " given"
	}
	if t.Default != "" {
		return fmt.Sprintf("%s=%s (default %s)", t.Param, t.Value, t.Default)
	}
	return t.Param + "=" + t.Value
}

// anyHolds returns the conditions of cs that hold for params.
func anyHolds(cs []Condition, params url.Values) []Condition {
	var out []Condition
	for _, c := range cs {
		if c.Holds(params) {
			out = append(out, c)
		}
	}
	return out
}

// itemPatterns caches the compiled item expressions: Decisions hold the
// expression's text, so they stay plain comparable data.
var itemPatterns sync.Map // string → *regexp.Regexp

func itemPattern(expr string) *regexp.Regexp {
	if re, ok := itemPatterns.Load(expr); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(expr) // compiled when the policy was loaded
	itemPatterns.Store(expr, re)
	return re
}

// fileCondition is one element of destructive_with or confirm_with as
// written: argument name → a JSON boolean or string (the value the
// argument or its default must have), {"given": value} (the caller gave
// that value), {"present": true} or {"item": "RE2"}.
type fileCondition map[string]json.RawMessage

// paramTestSpec is a test as the file gives it, before an operation
// resolves the argument's wire name, type and default.
type paramTestSpec struct {
	param  string
	kind   TestKind
	value  string
	isBool bool // the file wrote a JSON boolean
}

// compileCondition checks one condition of a rule; ptr locates it.
func compileCondition(src *source, ptr string, fc fileCondition) ([]paramTestSpec, error) {
	if len(fc) == 0 {
		return nil, src.errAt(ptr, "a condition needs at least one argument test")
	}
	var out []paramTestSpec
	for _, name := range sortedKeys(fc) {
		spec, err := compileTest(name, fc[name])
		if err != nil {
			return nil, src.errAt(ptr+"/"+escapePointer(name), "%v", err)
		}
		out = append(out, spec)
	}
	return out, nil
}

func compileTest(name string, raw json.RawMessage) (paramTestSpec, error) {
	spec := paramTestSpec{param: name, kind: TestEquals}
	var b bool
	if err := json.Unmarshal(raw, &b); err == nil {
		spec.value, spec.isBool = boolWire(b), true
		return spec, nil
	}
	if err := json.Unmarshal(raw, &spec.value); err == nil {
		return spec, nil
	}
	var obj struct {
		Present *bool           `json:"present"`
		Item    *string         `json:"item"`
		Given   json.RawMessage `json:"given"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&obj); err != nil || countSet(obj.Present != nil, obj.Item != nil, obj.Given != nil) != 1 {
		return spec, fmt.Errorf(`must be true, false, a string, {"given": true, false or a string}, {"present": true} or {"item": "regular expression"}`)
	}
	if obj.Given != nil {
		given, err := compileTest(name, obj.Given)
		if err != nil || given.kind != TestEquals {
			return spec, fmt.Errorf(`"given" must be true, false or a string`)
		}
		given.kind = TestGiven
		return given, nil
	}
	if obj.Present != nil {
		if !*obj.Present {
			return spec, fmt.Errorf(`"present" can only be true: an absent argument is tested by its value, e.g. "dry-run": false`)
		}
		spec.kind = TestPresent
		return spec, nil
	}
	spec.kind, spec.value = TestItem, "^(?:"+*obj.Item+")$"
	if _, err := regexp.Compile(spec.value); err != nil {
		return spec, fmt.Errorf("item: %v", err)
	}
	return spec, nil
}

func countSet(set ...bool) int {
	n := 0
	for _, s := range set {
		if s {
			n++
		}
	}
	return n
}

func boolWire(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// resolve makes the tests of one condition concrete for op, or says why
// they do not fit it (no such argument, a boolean test of a string…).
func resolve(op *catalog.Operation, specs []paramTestSpec, reason string) (Condition, error) {
	c := Condition{Reason: reason}
	for _, s := range specs {
		t, err := resolveTest(op, s)
		if err != nil {
			return Condition{}, err
		}
		c.Tests = append(c.Tests, t)
	}
	return c, nil
}

func resolveTest(op *catalog.Operation, s paramTestSpec) (ParamTest, error) {
	p := op.Param(s.param)
	switch {
	case p == nil:
		return ParamTest{}, fmt.Errorf("%s %s has no argument %q", op.Method, op.Path, s.param)
	case p.Location == catalog.InPath:
		return ParamTest{}, fmt.Errorf("%q is a path parameter of %s %s; conditions test the other arguments", s.param, op.Method, op.Path)
	case p.Indexed:
		return ParamTest{}, fmt.Errorf("%q of %s %s is an indexed argument, which conditions cannot test", s.param, op.Method, op.Path)
	case s.kind == TestItem && p.Type == "boolean":
		return ParamTest{}, fmt.Errorf("%q of %s %s is a boolean: test it with true or false, not an item", s.param, op.Method, op.Path)
	case (s.kind == TestEquals || s.kind == TestGiven) && s.isBool != (p.Type == "boolean"):
		return ParamTest{}, fmt.Errorf("%q of %s %s is of type %s: test it with a %s", s.param, op.Method, op.Path, typeName(p.Type), valueKind(p.Type))
	}
	return ParamTest{Param: s.param, Wire: p.WireName(), Kind: s.kind, Value: s.value,
		Boolean: p.Type == "boolean", Default: p.Default}, nil
}

func typeName(t string) string {
	if t == "" {
		return "any"
	}
	return t
}

func valueKind(t string) string {
	if t == "boolean" {
		return "JSON boolean"
	}
	return "string"
}

func sortedKeys(m fileCondition) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
