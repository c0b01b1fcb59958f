package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strconv"
	"strings"
)

// indexEntry is one stanza of a repository's Packages index (deb822
// fields, as apt reads them).
type indexEntry struct {
	Package, Version, Filename, SHA256 string
}

// parseIndex reads a Packages index, plain or gzip-compressed.
func parseIndex(data []byte) ([]indexEntry, error) {
	var r io.Reader = bytes.NewReader(data)
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		gr, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		r = gr
	}
	var out []indexEntry
	var cur indexEntry
	flush := func() {
		if cur.Package != "" {
			out = append(out, cur)
		}
		cur = indexEntry{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") {
			continue // a continuation line of a multi-line field
		}
		value = strings.TrimSpace(value)
		switch key {
		case "Package":
			cur.Package = value
		case "Version":
			cur.Version = value
		case "Filename":
			cur.Filename = value
		case "SHA256":
			cur.SHA256 = value
		}
	}
	flush()
	return out, sc.Err()
}

// seriesEntries are the index's versions of a package in a release
// series ("3.4": 3.4.0-1, 3.4.1-1 …), newest first.
func seriesEntries(index []indexEntry, name, series string) []indexEntry {
	var out []indexEntry
	for _, e := range index {
		if e.Package == name && e.Filename != "" && strings.HasPrefix(e.Version, series+".") {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b indexEntry) int { return compareVersions(b.Version, a.Version) })
	return out
}

// compareVersions orders Debian versions of the shapes Proxmox uses
// (9.1.2, 3.4.1-1): runs of digits compare as numbers, other runs as text.
func compareVersions(a, b string) int {
	for a != "" || b != "" {
		ra, ta := versionRun(a)
		rb, tb := versionRun(b)
		if c := compareRuns(ra, rb); c != 0 {
			return c
		}
		a, b = ta, tb
	}
	return 0
}

func versionRun(s string) (run, rest string) {
	if s == "" {
		return "", ""
	}
	digit := s[0] >= '0' && s[0] <= '9'
	i := 1
	for i < len(s) && (s[i] >= '0' && s[i] <= '9') == digit {
		i++
	}
	return s[:i], s[i:]
}

func compareRuns(a, b string) int {
	na, errA := strconv.Atoi(a)
	nb, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return na - nb
	}
	return strings.Compare(a, b)
}
