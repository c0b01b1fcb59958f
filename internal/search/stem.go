package search

import "strings"

// stem reduces an English word to a crude stem so that the forms people
// write meet the forms Proxmox writes: "backups" and "backup", "rebooting"
// and "reboot", "created" and "create". It is deliberately light (no
// Porter suffix ladder): API vocabulary is full of short technical words
// (dns, zfs, status, alias) that an aggressive stemmer mangles. The only
// requirement is that query and index go through the same function.
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	if len(w) <= 3 { // dns, nfs, zfs, pbs: acronyms, not plurals
		return w
	}
	w = stripPlural(w)

	w = stripVerbSuffix(w)
	// Drop a final silent e so "create" meets "created" → "creat" and
	// "images" meets "image". Short words keep it: node, note, zone, rule.
	if len(w) >= 5 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// irregular holds the few forms the suffix rules get wrong.
var irregular = map[string]string{
	"moved": "move", "moving": "move",
	"used": "use", "using": "use", "uses": "use",
	"named": "name", "naming": "name",
	"based": "base",
	"noted": "note",
	"ran":   "run",
	"data":  "data",
	// Plurals of two-letter abbreviations; other three-letter words
	// ending in s are acronyms (dns, nfs, zfs).
	"vms": "vm", "ids": "id", "ips": "ip", "cts": "ct",
	// Plurals of abbreviations that end like status or chaos.
	"gpus": "gpu", "cpus": "cpu", "vcpus": "vcpu", "isos": "iso",
}

// stripPlural removes an English plural ending.
func stripPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // entries → entry
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2] // addresses → address
	case hasAnySuffix(w, "ses", "xes", "zes", "ches", "shes"):
		return w[:len(w)-2] // aliases → alias, switches → switch
	case hasAnySuffix(w, "ss", "us", "is", "as", "os"):
		return w // status, alias, analysis: not plurals
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// stripVerbSuffix removes -ing and -ed when a plausible stem (three or more
// letters with a vowel) remains, then undoubles a final consonant so
// "stopped" → "stop" and "running" → "run".
func stripVerbSuffix(w string) string {
	for _, suf := range []string{"ing", "ed"} {
		if !strings.HasSuffix(w, suf) || strings.HasSuffix(w, "eed") {
			continue
		}
		base := w[:len(w)-len(suf)]
		if len(base) < 3 || !strings.ContainsAny(base, "aeiouy") {
			continue
		}
		return undouble(base)
	}
	return w
}

// undouble turns a doubled final consonant into one, except l, s and z
// (install, pass, buzz), as Porter's stemmer does.
func undouble(w string) string {
	n := len(w)
	if n < 2 || w[n-1] != w[n-2] {
		return w
	}
	if strings.ContainsRune("aeiouylsz", rune(w[n-1])) {
		return w
	}
	return w[:n-1]
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
