package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Report is what Verify found.
type Report struct {
	// Records counts the lines that verified, up to the break if any.
	Records int
	// LogID is the log's ID, from its opening record.
	LogID string
	// Last is the hex SHA-256 of the last line that verified: keep it
	// elsewhere to detect later removal of the log's end.
	Last string
	// Break is the first place the chain does not hold; nil when intact.
	Break *Break
}

// Problem is the kind of a break.
type Problem string

// The problems Verify tells apart.
const (
	Truncated    Problem = "truncated"     // the last line is cut short
	Malformed    Problem = "malformed"     // a line is not an audit record
	MissingStart Problem = "missing-start" // the first line is not the opening record
	ForeignLine  Problem = "foreign"       // a line carries another log's ID
	Removed      Problem = "removed"       // records are missing before a line
	Reordered    Problem = "reordered"     // a line comes before one it should follow
	Inserted     Problem = "inserted"      // a line repeats an earlier sequence number
	Edited       Problem = "edited"        // a line no longer hashes to what the next line says
)

// Break locates the first broken line.
type Break struct {
	Line    int // 1-based line number in the file
	Problem Problem
	Detail  string
}

func (b *Break) Error() string { return fmt.Sprintf("line %d: %s", b.Line, b.Detail) }

// Verify reads a log and checks its chain: the opening record first, then
// every line's sequence number, log ID and prev hash. It reports the first
// break precisely; the error is for reading problems only.
func Verify(r io.Reader) (Report, error) {
	v := &verifier{lines: newLineReader(r)}
	return v.run()
}

// verifier walks the log one line at a time, with one line of lookahead
// to tell a reordering from a removal.
type verifier struct {
	lines  *lineReader
	report Report
	prev   *line // the last line that verified
}

// line is one line of the log, parsed.
type line struct {
	n        int
	raw      []byte
	complete bool // ends in a newline
	entry    Entry
	parseErr error
}

func (v *verifier) run() (Report, error) {
	cur, err := v.lines.next()
	if err != nil || cur == nil {
		if cur == nil && err == nil {
			v.fail(1, MissingStart, "the log is empty: its opening record is missing")
		}
		return v.report, err
	}
	for cur != nil {
		next, err := v.lines.next()
		if err != nil {
			return v.report, err
		}
		if b := v.check(cur, next); b != nil {
			v.report.Break = b
			return v.report, nil
		}
		v.accept(cur)
		cur = next
	}
	return v.report, nil
}

func (v *verifier) fail(n int, p Problem, format string, args ...any) {
	v.report.Break = &Break{Line: n, Problem: p, Detail: fmt.Sprintf(format, args...)}
}

func (v *verifier) accept(l *line) {
	v.prev = l
	v.report.Records++
	v.report.Last = hashLine(l.raw)
	if l.entry.Kind == KindOpened {
		v.report.LogID = l.entry.Log
	}
}

// check returns the break at cur, if any; next is the following line.
func (v *verifier) check(cur, next *line) *Break {
	if b := checkShape(cur, next == nil); b != nil {
		return b
	}
	if v.prev == nil {
		return checkStart(cur, next)
	}
	return v.checkLink(cur, next)
}

// checkShape: the line is complete and is an audit record.
func checkShape(l *line, last bool) *Break {
	switch {
	case !l.complete && last:
		return &Break{l.n, Truncated, "the line is incomplete: the log was cut short here"}
	case l.parseErr != nil:
		return &Break{l.n, Malformed, "the line is not an audit record (" + l.parseErr.Error() + ")"}
	case l.entry.Seq == 0 || l.entry.Log == "" || len(l.entry.Prev) != 64:
		return &Break{l.n, Malformed, "the line lacks its sequence number, log ID or prev hash"}
	}
	return nil
}

// checkStart: the first line is the opening record of a chain.
func checkStart(l, next *line) *Break {
	e := l.entry
	switch {
	case e.Kind == KindOpened && e.Seq == 1 && e.Prev == emptyHash:
		return nil
	case next != nil && next.parseErr == nil && next.entry.Kind == KindOpened && next.entry.Seq == 1:
		return &Break{l.n, Reordered, fmt.Sprintf("record %d comes before the opening record: the lines were reordered", e.Seq)}
	case e.Kind == KindOpened && e.Seq == 1:
		return &Break{l.n, Edited, "the opening record's prev is not the hash of the empty string: it was changed"}
	default:
		return &Break{l.n, MissingStart, fmt.Sprintf("the first line is record %d (%s), not the log's opening record: the records before it were removed", e.Seq, e.Kind)}
	}
}

// checkLink: cur continues the chain of the line before it.
func (v *verifier) checkLink(cur, next *line) *Break {
	prev, e := v.prev, cur.entry
	want := prev.entry.Seq + 1
	switch {
	case e.Log != prev.entry.Log:
		return &Break{cur.n, ForeignLine, fmt.Sprintf("the line belongs to log %s, not %s: it was inserted from another log", e.Log, prev.entry.Log)}
	case e.Kind == KindOpened:
		return &Break{cur.n, Inserted, "a second opening record: a line was inserted"}
	case e.Seq == want && e.Prev != hashLine(prev.raw):
		return &Break{prev.n, Edited, fmt.Sprintf("line %d was changed after it was written: line %d records another hash for it", prev.n, cur.n)}
	case e.Seq == want:
		return nil
	case e.Seq > want && next != nil && next.parseErr == nil && next.entry.Seq == want:
		return &Break{cur.n, Reordered, fmt.Sprintf("record %d comes before record %d: the lines were reordered", e.Seq, want)}
	case e.Seq > want:
		return &Break{cur.n, Removed, fmt.Sprintf("%s before this line (record %d): removed", missing(want, e.Seq-1), e.Seq)}
	}
	return &Break{cur.n, Inserted, fmt.Sprintf("the line is record %d, after record %d: a line was inserted or repeated", e.Seq, prev.entry.Seq)}
}

func missing(from, to uint64) string {
	if from == to {
		return fmt.Sprintf("record %d is missing", from)
	}
	return fmt.Sprintf("records %d to %d are missing", from, to)
}

// lineReader reads a log line by line, of any length.
type lineReader struct {
	r *bufio.Reader
	n int
}

func newLineReader(r io.Reader) *lineReader { return &lineReader{r: bufio.NewReaderSize(r, 64<<10)} }

// next returns the next line, parsed, or nil at the end.
func (lr *lineReader) next() (*line, error) {
	raw, err := lr.r.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, nil
	}
	lr.n++
	l := &line{n: lr.n, complete: bytes.HasSuffix(raw, []byte("\n"))}
	l.raw = bytes.TrimSuffix(raw, []byte("\n"))
	dec := json.NewDecoder(bytes.NewReader(l.raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	l.parseErr = dec.Decode(&l.entry)
	return l, nil
}
