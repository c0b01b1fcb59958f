package audit

import (
	"bytes"
	"strings"
	"testing"
)

func join(lines [][]byte) []byte { return bytes.Join(lines, nil) }

func without(lines [][]byte, i int) [][]byte {
	out := append([][]byte{}, lines[:i]...)
	return append(out, lines[i+1:]...)
}

func TestVerifyFindsTheFirstBreak(t *testing.T) {
	_, lines := writeLog(t, 5) // lines 1 (opened) to 6
	_, other := writeLog(t, 2)
	edited := append([][]byte{}, lines...)
	edited[2] = bytes.Replace(lines[2], []byte(`"alice"`), []byte(`"mallory"`), 1)
	swapped := append([][]byte{}, lines...)
	swapped[2], swapped[3] = lines[3], lines[2]
	openingSwapped := append([][]byte{}, lines...)
	openingSwapped[0], openingSwapped[1] = lines[1], lines[0]
	duplicated := append(append(append([][]byte{}, lines[:4]...), lines[2]), lines[4:]...)
	foreign := append(append(append([][]byte{}, lines[:3]...), other[1]), lines[3:]...)
	whole := join(lines)
	tests := []struct {
		name    string
		data    []byte
		line    int
		problem Problem
		detail  string
	}{
		{"a removed line", join(without(lines, 3)), 4, Removed, "record 4 is missing"},
		{"two removed lines", join(append(append([][]byte{}, lines[:2]...), lines[4:]...)), 3, Removed, "records 3 to 4 are missing"},
		{"an edited line", join(edited), 3, Edited, "line 3 was changed"},
		{"an edited last-but-one line", join(append(append([][]byte{}, lines[:4]...), bytes.Replace(lines[4], []byte(`"alice"`), []byte(`"mallory"`), 1), lines[5])), 5, Edited, ""},
		{"reordered lines", join(swapped), 3, Reordered, "record 4 comes before record 3"},
		{"the opening line moved", join(openingSwapped), 1, Reordered, "before the opening record"},
		{"a repeated line", join(duplicated), 5, Inserted, "inserted or repeated"},
		{"a line from another log", join(foreign), 4, ForeignLine, "another log"},
		{"a truncated line", whole[:len(whole)-7], 6, Truncated, "cut short"},
		{"a removed first line", join(without(lines, 0)), 1, MissingStart, "records before it were removed"},
		{"a line that is not a record", join(append(append([][]byte{}, lines[:2]...), append([]byte("garbage\n"), join(lines[2:])...))), 3, Malformed, ""},
		{"an empty log", nil, 1, MissingStart, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := verifyBytes(t, tt.data)
			b := rep.Break
			if b == nil {
				t.Fatalf("no break found; report %+v", rep)
			}
			if b.Line != tt.line || b.Problem != tt.problem || !strings.Contains(b.Detail, tt.detail) {
				t.Errorf("break %+v; want line %d, %s, %q", b, tt.line, tt.problem, tt.detail)
			}
			if rep.Records >= len(lines) {
				t.Errorf("report counts %d intact records", rep.Records)
			}
		})
	}
	if rep := verifyBytes(t, whole); rep.Break != nil {
		t.Fatalf("the untouched log breaks: %v", rep.Break)
	}
}

// Removing the last records leaves a valid chain: the hash of the last
// line, kept elsewhere, is what shows it.
func TestVerifyReportsTheLastHash(t *testing.T) {
	_, lines := writeLog(t, 3)
	full := verifyBytes(t, join(lines))
	cut := verifyBytes(t, join(lines[:3]))
	if cut.Break != nil || cut.Last == full.Last || cut.Records != full.Records-1 {
		t.Errorf("full %+v, cut %+v", full, cut)
	}
}
