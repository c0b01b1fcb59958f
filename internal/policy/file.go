package policy

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

//go:embed policy.json
var defaultFile []byte

//go:embed policy.schema.json
var schemaFile []byte

// policyFile is policy.json as written; policy.schema.json describes it.
type policyFile struct {
	Schema        string                       `json:"$schema"`
	Version       int                          `json:"version"`
	Description   []string                     `json:"description"`
	Categories    map[string]map[string]string `json:"categories"`
	CategoryRules []fileCategoryRule           `json:"category_rules"`
	Rules         []fileRule                   `json:"rules"`
}

type fileMatch struct {
	Product string   `json:"product"`
	Methods []string `json:"methods"`
	Paths   []string `json:"paths"`
	Comment string   `json:"comment"`
}

type fileCategoryRule struct {
	fileMatch
	Category string `json:"category"`
}

type fileRule struct {
	fileMatch
	Tier            *string         `json:"tier"`
	Destructive     *bool           `json:"destructive"`
	DestructiveWith []fileCondition `json:"destructive_with"`
	Confirm         *bool           `json:"confirm"`
	ConfirmWith     []fileCondition `json:"confirm_with"`
	GuestExec       *bool           `json:"guest_exec"`
	Core            *bool           `json:"core"`
	Name            *string         `json:"name"`
	TokenUnusable   *bool           `json:"token_unusable"`
	Reason          string          `json:"reason"`
	Note            string          `json:"note"`
}

var (
	compiledSchema     *jsonschema.Schema
	compiledSchemaOnce sync.Once
	compiledSchemaErr  error
)

// fileSchema compiles the embedded policy.schema.json once.
func fileSchema() (*jsonschema.Schema, error) {
	compiledSchemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaFile))
		if err != nil {
			compiledSchemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		const url = "mem:///policy.schema.json"
		if compiledSchemaErr = c.AddResource(url, doc); compiledSchemaErr == nil {
			compiledSchema, compiledSchemaErr = c.Compile(url)
		}
	})
	return compiledSchema, compiledSchemaErr
}

// parse reads, validates and compiles a policy file against the compiled-in
// catalogs of both products.
func parse(name string, data []byte) (*Policy, error) {
	src := newSource(name, data)
	if err := validateFile(src, data); err != nil {
		return nil, err
	}
	return parseTrusted(src, data)
}

// parseTrusted compiles a file whose JSON Schema validation is known to
// pass: the embedded default, which the package tests validate. Skipping it
// at startup saves a third of the policy's load time.
func parseTrusted(src *source, data []byte) (*Policy, error) {
	var f policyFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, src.syntaxError(err)
	}
	return compile(src, &f, apis.Operations())
}

// validateFile checks the file's syntax and its JSON Schema.
func validateFile(src *source, data []byte) error {
	doc, err := decodeStrict(data)
	if err != nil {
		return src.syntaxError(err)
	}
	sch, err := fileSchema()
	if err != nil {
		return fmt.Errorf("policy: schema: %w", err)
	}
	if err := sch.Validate(doc); err != nil {
		return src.schemaError(err)
	}
	return nil
}

// decodeStrict decodes one JSON value, numbers kept exact, nothing after it.
func decodeStrict(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &json.SyntaxError{Offset: dec.InputOffset()}
	}
	return doc, nil
}

// compile turns the checked file into a Policy and precomputes a decision
// for every operation in ops.
func compile(src *source, f *policyFile, ops []*catalog.Operation) (*Policy, error) {
	p := &Policy{categoryDesc: map[catalog.Product]map[string]string{}, categories: map[catalog.Product][]string{}}
	for prod, cats := range f.Categories {
		p.categoryDesc[catalog.Product(prod)] = cats
		for name := range cats {
			p.categories[catalog.Product(prod)] = append(p.categories[catalog.Product(prod)], name)
		}
		sort.Strings(p.categories[catalog.Product(prod)])
	}
	if err := p.compileCategoryRules(src, f.CategoryRules); err != nil {
		return nil, err
	}
	if err := p.compileRules(src, f.Rules); err != nil {
		return nil, err
	}
	p.indexRules(ops)
	if err := p.index(src, ops); err != nil {
		return nil, err
	}
	p.byOp = nil // the decisions are made; later ones (other views) try every rule
	return p, nil
}

func compileMatcher(src *source, ptr string, m fileMatch) (matcher, error) {
	out := matcher{product: catalog.Product(m.Product), methods: m.Methods}
	for i, s := range m.Paths {
		pat, err := compilePattern(s)
		if err != nil {
			return out, src.errAt(fmt.Sprintf("%s/paths/%d", ptr, i), "bad pattern %q: %v", s, err)
		}
		out.paths = append(out.paths, pat)
	}
	return out, nil
}

func (p *Policy) compileCategoryRules(src *source, in []fileCategoryRule) error {
	for i, fr := range in {
		ptr := fmt.Sprintf("/category_rules/%d", i)
		m, err := compileMatcher(src, ptr, fr.fileMatch)
		if err != nil {
			return err
		}
		if _, ok := p.categoryDesc[m.product][fr.Category]; !ok {
			return src.errAt(ptr+"/category", "unknown %s category %q: declare it under categories.%s (declared: %s)",
				m.product, fr.Category, m.product, strings.Join(p.categories[m.product], ", "))
		}
		p.categoryRules = append(p.categoryRules, categoryRule{matcher: m, origin: origin{src, ptr}, category: fr.Category})
	}
	return nil
}

func (p *Policy) compileRules(src *source, in []fileRule) error {
	for i, fr := range in {
		ptr := fmt.Sprintf("/rules/%d", i)
		m, err := compileMatcher(src, ptr, fr.fileMatch)
		if err != nil {
			return err
		}
		r := rule{matcher: m, origin: origin{src, ptr}, destructive: fr.Destructive, confirm: fr.Confirm, core: fr.Core,
			guestExec: fr.GuestExec, tokenUnusable: fr.TokenUnusable, reason: fr.Reason, note: fr.Note}
		if r.destructiveWith, err = compileConditions(src, ptr+"/destructive_with", fr.DestructiveWith); err != nil {
			return err
		}
		if r.confirmWith, err = compileConditions(src, ptr+"/confirm_with", fr.ConfirmWith); err != nil {
			return err
		}
		if fr.Tier == nil && r.destructive == nil && r.destructiveWith == nil && r.confirm == nil && r.confirmWith == nil &&
			r.guestExec == nil && r.core == nil && fr.Name == nil && r.tokenUnusable == nil && r.note == "" {
			return src.errAt(ptr, "the rule decides nothing: set tier, destructive, destructive_with, confirm, confirm_with, guest_exec, core, name, token_unusable or note")
		}
		if fr.Tier != nil {
			t, err := ParseTier(*fr.Tier)
			if err != nil {
				return src.errAt(ptr+"/tier", "%v", err)
			}
			r.tier = &t
		}
		if fr.Name != nil {
			if !strings.HasPrefix(*fr.Name, string(m.product)+"_") {
				return src.errAt(ptr+"/name", "%q must start with %s_", *fr.Name, m.product)
			}
			r.name = *fr.Name
		}
		p.rules = append(p.rules, r)
	}
	return nil
}

// compileConditions checks a rule's destructive_with or confirm_with; nil
// when the file leaves it out.
func compileConditions(src *source, ptr string, in []fileCondition) ([][]paramTestSpec, error) {
	if in == nil {
		return nil, nil
	}
	out := make([][]paramTestSpec, 0, len(in))
	for i, fc := range in {
		specs, err := compileCondition(src, fmt.Sprintf("%s/%d", ptr, i), fc)
		if err != nil {
			return nil, err
		}
		out = append(out, specs)
	}
	return out, nil
}

// index decides every operation once and checks what only the whole
// catalog can show: every operation has a category, and every name
// override names exactly one operation, uniquely.
func (p *Policy) index(src *source, ops []*catalog.Operation) error {
	p.decisions = make(map[*catalog.Operation]Decision, len(ops))
	p.byName = make(map[string]*catalog.Operation, len(ops))
	generated := make(map[string]bool, len(ops))
	for _, op := range ops {
		generated[op.Name] = true
		p.byName[op.Name] = op
	}
	segs := make([][]string, len(ops))
	for i, op := range ops {
		segs[i] = p.candidateRules(op).segs
		if segs[i] == nil {
			segs[i] = splitPath(op.Path)
		}
	}
	if err := p.checkNames(src, ops, segs, generated); err != nil {
		return err
	}
	var uncategorised []string
	for _, op := range ops {
		d, trace := p.trace(op)
		if len(trace.problems) > 0 {
			return conditionError(src, trace.problems)
		}
		if d.Category == "" {
			uncategorised = append(uncategorised, fmt.Sprintf("%s %s %s (%s)", op.Product, op.Method, op.Path, op.Name))
		}
		p.decisions[op] = d
		p.byName[d.Name] = op
	}
	if n := len(uncategorised); n > 0 {
		msg := "no rule gives a category to " + strings.Join(uncategorised[:min(n, 3)], ", ")
		if n > 3 {
			msg += fmt.Sprintf(" and %d more operation(s)", n-3)
		}
		return &FileError{File: src.name, Line: src.line("/category_rules"), Field: "category_rules", Msg: msg}
	}
	return nil
}

// conditionError reports the first condition that does not fit an
// operation its rule matches, at the condition's place in the file.
func conditionError(src *source, problems []conditionProblem) error {
	fe := src.errAt(problems[0].ptr, "%v", problems[0].err)
	fe.More = len(problems) - 1
	return fe
}

func (p *Policy) checkNames(src *source, ops []*catalog.Operation, segs [][]string, generated map[string]bool) error {
	seen := map[string]int{}
	for i, r := range p.rules {
		if r.name == "" {
			continue
		}
		ptr := fmt.Sprintf("/rules/%d/name", i)
		if generated[r.name] {
			return src.errAt(ptr, "%q is already a generated tool name", r.name)
		}
		if j, dup := seen[r.name]; dup {
			return src.errAt(ptr, "%q is also the name in rules[%d]", r.name, j)
		}
		seen[r.name] = i
		var n int
		for i, op := range ops {
			if r.matchesSegs(op, segs[i]) {
				n++
			}
		}
		if n != 1 {
			return src.errAt(ptr, "a name override must match exactly one operation; this rule matches %d", n)
		}
	}
	return nil
}
