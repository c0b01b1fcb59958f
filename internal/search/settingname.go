package search

import (
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A request that names a setting by Proxmox's own name for it
// ("transfer-last 1 for the weekly offsite sync", "--gc-schedule daily
// on store main", "turn maintenance mode off for store fast", "notes
// template for the backups of job daily") is about the operations that
// take that parameter, and about reading it back from the object it
// belongs to. Only compound names count (two or more words joined by -
// or _): a plain word such as "comment" or "name" is a parameter of
// hundreds of operations and says nothing. Hyphenated words otherwise
// read as an object's name ("local-lvm"); a setting's name is none.
//
// A name that many operations take (backup-id, max-depth) does not say
// which one the request means, so it is left to the words.
const maxSettingOps = 8

// Named settings multiply the operations that take them, and the reads
// of the same objects, by settingBonus when written as Proxmox writes
// them and by spelledSettingBonus when written as words ("maintenance
// mode"), which can also be two ordinary words that happen to meet.
const (
	settingBonus        = 2
	spelledSettingBonus = 1.5
)

// maxSettingWords is the most words a spelled setting name has
// ("notification-mode": 2, "sync-defaults-options": 3).
const maxSettingWords = 3

// settingDocs maps each compound parameter name, and each compound key of
// a parameter's property string (keep-daily in prune-backups), written
// as normalizeSegment writes it (- for _), to the operations that take it and the reads of the same paths.
// A name that more than maxSettingOps operations take maps to nil: it is
// still a setting's name, not an object's, but it does not say which
// operation is meant.
func settingDocs(ops []*catalog.Operation) map[string][]int32 {
	takers := map[string][]int32{}
	take := func(name string, d int32) {
		if name = normalizeSegment(name); strings.Contains(name, "-") && !slices.Contains(takers[name], d) {
			takers[name] = append(takers[name], d)
		}
	}
	for d, op := range ops {
		for _, prm := range op.Params {
			if prm.Location == catalog.InPath {
				continue
			}
			take(prm.Name, int32(d))
			if prm.Property != nil {
				for _, k := range prm.Property.Keys {
					take(k.Name, int32(d))
				}
			}
		}
	}
	reads := map[catalog.Product]map[string]int32{}
	for d, op := range ops {
		if op.Method == "GET" {
			if reads[op.Product] == nil {
				reads[op.Product] = map[string]int32{}
			}
			reads[op.Product][op.Path] = int32(d)
		}
	}
	out := make(map[string][]int32, len(takers))
	for name, docs := range takers {
		if len(docs) > maxSettingOps {
			out[name] = nil
			continue
		}
		all := slices.Clone(docs)
		for _, d := range docs {
			if r, ok := reads[ops[d].Product][ops[d].Path]; ok && !slices.Contains(all, r) {
				all = append(all, r)
			}
		}
		out[name] = all
	}
	return out
}

// isSettingName reports whether a compound word is a parameter's name.
func (ix *Index) isSettingName(c string) bool {
	_, ok := ix.settings[normalizeSegment(c)]
	return ok
}

// readSettingNames notes the settings the request names.
func (ix *Index) readSettingNames(p *plan, text string) {
	words := settingWords(text)
	for i, w := range words {
		if strings.Contains(w, "-") {
			if docs, ok := ix.settings[w]; ok {
				p.option = true // a setting's name changes the configuration it is in
				p.nameSetting(docs, settingBonus)
				if p.intents&methodIntents == 0 && isSettingValue(valueAfter(text, w)) {
					p.addIntent(intentUpdate) // "transfer-last 1": the value to set
				}
			}
			continue
		}
		joined := w
		for n := 2; n <= maxSettingWords && i+n <= len(words); n++ {
			next := words[i+n-1]
			if strings.Contains(next, "-") {
				break
			}
			joined += "-" + next
			if docs, ok := ix.settings[joined]; ok && !ix.namesObjectKind(joined) {
				p.nameSetting(docs, spelledSettingBonus)
			}
		}
	}
}

// nameSetting adds the operations of one named setting.
func (p *plan) nameSetting(docs []int32, bonus float64) {
	if len(docs) == 0 {
		return
	}
	p.settingBonus = max(p.settingBonus, bonus)
	for _, d := range docs {
		if !slices.Contains(p.settingDocs, d) {
			p.settingDocs = append(p.settingDocs, d)
		}
	}
}

// namesObjectKind reports whether words spelled as a setting's name also
// name a kind of object the API has a path for ("encryption key":
// /config/tape-encryption-keys): then they are more likely that object.
func (ix *Index) namesObjectKind(name string) bool {
	for seg := range ix.segments {
		if strings.HasSuffix(seg, name) || strings.HasSuffix(seg, name+"s") {
			return true
		}
	}
	return false
}

// settingFactor is what the preference multiplies d by for the settings
// the request names.
func (p *plan) settingFactor(d int32) float64 {
	if p.settingBonus > 0 && slices.Contains(p.settingDocs, d) {
		return p.settingBonus
	}
	return 1
}

// settingWords splits a request into lower-case words as a setting name
// is written: "--transfer-last=1" is transfer-last, "gc_schedule:" is
// gc-schedule.
func settingWords(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	})
	out := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(normalizeSegment(f), "-"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// valueAfter returns what follows the first mention of the setting name
// in text, up to the next space: "transfer-last=3" and "transfer-last 3"
// both give 3.
func valueAfter(text, name string) string {
	i := strings.Index(normalizeSegment(text), name)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(text[i+len(name):], "=: ")
	v, _, _ := strings.Cut(rest, " ")
	return strings.TrimRight(v, ",;.")
}

// isSettingValue reports whether the word after a setting's name is a
// value for it: a number, a switch, a quoted text, a user or a time.
func isSettingValue(v string) bool {
	if v == "" {
		return false
	}
	switch {
	case isNumber(v), switchValues[strings.ToLower(v)], isTimeOfDay(v), isAmount(strings.ToLower(v)):
		return true
	}
	return strings.ContainsAny(v[:1], "'\"`") || strings.Contains(v, "@")
}

var switchValues = setOf("on off true false yes no enable disable enabled disabled")
