package catalog

// At is the catalog as a cluster running release presents it: the
// operations that release has, each with only the parameters and
// property-string keys it has, their InputSchema and ToolSchema pruned to
// match. The catalog itself is returned when nothing would be left out
// (release empty, the catalog's own or newer); otherwise a catalog of
// copies, built once per release and then shared, so its operations keep
// their addresses for caches keyed by them. A release older than the
// oldest one compared (Releases[0]) is shown as that one: nothing older
// is known.
func (c *Catalog) At(release string) *Catalog {
	if release == "" || CompareReleases(release, c.Release.Version) >= 0 {
		return c
	}
	if v, ok := c.views.Load(release); ok {
		return v.(*Catalog)
	}
	v, _ := c.views.LoadOrStore(release, c.view(release))
	return v.(*Catalog)
}

func (c *Catalog) view(release string) *Catalog {
	view := &Catalog{Release: c.Release, Excluded: c.Excluded, Releases: c.Releases}
	for i := range c.Operations {
		if op := &c.Operations[i]; op.AvailableIn(release) {
			view.Operations = append(view.Operations, op.At(release))
		}
	}
	return view
}

// At is the operation as release has it, given that it has the operation:
// the parameters and keys newer than release left out, the schemas pruned
// to match. An operation release has in full is returned as it is (a copy
// sharing its slices).
func (op *Operation) At(release string) Operation {
	out := *op
	var cut schemaCuts
	params := make([]Param, 0, len(op.Params))
	for _, p := range op.Params {
		if !p.AvailableIn(release) {
			cut.params = append(cut.params, p)
			continue
		}
		if keys := p.keysAt(release); keys != nil {
			cut.keys = append(cut.keys, keyCut{param: p, dropped: keys.dropped})
			p.Property = keys.property
		}
		params = append(params, p)
	}
	if cut.empty() {
		return out
	}
	out.Params = params
	out.InputSchema = cut.prune(op.InputSchema)
	out.ToolSchema = cut.prune(op.ToolSchema)
	return out
}

// keysAtRelease is a property string without the keys release lacks.
type keysAtRelease struct {
	property *PropertyString
	dropped  []string
}

// keysAt is nil when release has every key of the parameter.
func (p *Param) keysAt(release string) *keysAtRelease {
	if p.Property == nil {
		return nil
	}
	var kept []PropertyKey
	var dropped []string
	for _, k := range p.Property.Keys {
		if k.AvailableIn(release) {
			kept = append(kept, k)
		} else {
			dropped = append(dropped, k.Name)
		}
	}
	if len(dropped) == 0 {
		return nil
	}
	ps := *p.Property
	ps.Keys = kept
	if ps.Key(ps.DefaultKey) == nil {
		ps.DefaultKey = ""
	}
	return &keysAtRelease{property: &ps, dropped: dropped}
}
