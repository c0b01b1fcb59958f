package audit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func tempLog(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "audit.log")
}

func call(i int) Record {
	return Record{Who: "alice", Tool: "pve_delete_nodes_qemu_vmid", Operation: "pve_delete_nodes_qemu_vmid",
		Arguments: map[string]any{"node": "pve1", "vmid": 100 + i},
		Request:   Request{Method: "DELETE", Path: fmt.Sprintf("/nodes/pve1/qemu/%d", 100+i)},
		Status:    200, UPID: "UPID:pve1:00001234:00005678:65A0B1C2:qmdestroy:100:alice@pve:",
		Duration: 1500 * time.Millisecond, Decision: ConfirmedByElicitation}
}

// writeLog creates a log with n call records and returns its lines.
func writeLog(t *testing.T, n int) (string, [][]byte) {
	t.Helper()
	path := tempLog(t)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := l.Append(call(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return path, readLines(t, path)
}

func readLines(t *testing.T, path string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.SplitAfter(data, []byte("\n"))[:bytes.Count(data, []byte("\n"))]
}

func verifyBytes(t *testing.T, data []byte) Report {
	t.Helper()
	rep, err := Verify(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestAppendVerifyRoundTrip(t *testing.T) {
	path, lines := writeLog(t, 3)
	if len(lines) != 4 {
		t.Fatalf("%d lines, want the opening record and 3 calls", len(lines))
	}
	data, _ := os.ReadFile(path)
	rep := verifyBytes(t, data)
	if rep.Break != nil || rep.Records != 4 || len(rep.LogID) != 32 || rep.Last != hashLine(bytes.TrimSuffix(lines[3], []byte("\n"))) {
		t.Fatalf("report %+v (break %v)", rep, rep.Break)
	}
	var e Entry
	if err := json.Unmarshal(lines[2], &e); err != nil {
		t.Fatal(err)
	}
	if e.Seq != 3 || e.Kind != KindCall || e.Who != "alice" || e.Decision != ConfirmedByElicitation || *e.Status != 200 ||
		*e.Duration != 1500 || e.Request.Path != "/nodes/pve1/qemu/101" || fmt.Sprint(e.Arguments["vmid"]) != "101" ||
		e.UPID == "" || e.Prev != hashLine(bytes.TrimSuffix(lines[1], []byte("\n"))) {
		t.Errorf("record: %+v", e)
	}
	if ts, err := time.Parse(time.RFC3339, e.Time); err != nil || ts.Location() != time.UTC || !strings.HasSuffix(e.Time, "Z") {
		t.Errorf("time %q is not RFC 3339 UTC: %v", e.Time, err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, %v; want 0600", fi.Mode(), err)
	}
}

func TestResumeAfterReopen(t *testing.T) {
	path, _ := writeLog(t, 2)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(call(9)); err != nil {
		t.Fatal(err)
	}
	l.Close()
	lines := readLines(t, path)
	var resumed, opened Entry
	json.Unmarshal(lines[3], &resumed)
	json.Unmarshal(lines[0], &opened)
	if len(lines) != 5 || resumed.Kind != KindResumed || resumed.Seq != 4 || resumed.Log != opened.Log {
		t.Fatalf("after reopening: %d lines, line 4 %+v", len(lines), resumed)
	}
	data, _ := os.ReadFile(path)
	if rep := verifyBytes(t, data); rep.Break != nil || rep.Records != 5 {
		t.Errorf("report %+v, break %v", rep, rep.Break)
	}
}

func TestOpenRefusesALogCutShort(t *testing.T) {
	path, _ := writeLog(t, 1)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, data[:len(data)-10], 0o600)
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "incomplete") || !strings.Contains(err.Error(), "audit verify") {
		t.Errorf("Open of a log cut short: %v", err)
	}
	os.WriteFile(path, []byte("not a log\n"), 0o600)
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "not an audit record") {
		t.Errorf("Open of another file: %v", err)
	}
}

func TestOneWriterPerLog(t *testing.T) {
	path := tempLog(t)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "another process") {
		t.Errorf("second Open = %v; want it refused", err)
	}
}

func TestConcurrentAppendsStayOneChain(t *testing.T) {
	path := tempLog(t)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	l.noSync = true // the chain is what is tested here, not the disk
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				if err := l.Append(call(g*100 + i)); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	l.Close()
	data, _ := os.ReadFile(path)
	if rep := verifyBytes(t, data); rep.Break != nil || rep.Records != 201 {
		t.Errorf("report %+v, break %v", rep, rep.Break)
	}
}

func TestAppendRefusesIncompleteRecords(t *testing.T) {
	l, err := Open(tempLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.Append(Record{Tool: "x"}); err == nil || !strings.Contains(err.Error(), "decision") {
		t.Errorf("no decision: %v", err)
	}
	if err := l.Append(Record{Tool: "x", Decision: Refused}); err == nil || !strings.Contains(err.Error(), "reason") {
		t.Errorf("refused without reason: %v", err)
	}
	if err := l.Append(Record{Tool: "x", Decision: Refused, Reason: "needs the full tier"}); err != nil {
		t.Error(err)
	}
	l.Close()
	if err := l.Append(call(1)); err == nil {
		t.Error("Append after Close succeeded")
	}
}

func TestDisabledRecordsNothing(t *testing.T) {
	if err := Disabled.Append(call(1)); err != nil {
		t.Error(err)
	}
	if err := Disabled.Append(Record{}); err != nil {
		t.Error("Disabled checks records it does not write:", err)
	}
	if Disabled.Close() != nil || Disabled.ID() != "" {
		t.Error("Disabled is not inert")
	}
}

func TestStderrLog(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	l, err := Open("-")
	os.Stderr = old
	if err != nil {
		t.Fatal(err)
	}
	l.Append(call(1))
	w.Close()
	var buf bytes.Buffer
	buf.ReadFrom(r)
	if rep := verifyBytes(t, buf.Bytes()); rep.Break != nil || rep.Records != 2 {
		t.Errorf("stderr log: %+v %v\n%s", rep, rep.Break, buf.String())
	}
}

// BenchmarkAppend measures the cost of one record, synced to disk and not.
func BenchmarkAppend(b *testing.B) {
	for _, sync := range []bool{true, false} {
		b.Run(fmt.Sprintf("sync=%v", sync), func(b *testing.B) {
			l, err := Open(filepath.Join(b.TempDir(), "audit.log"))
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			l.noSync = !sync
			rec := call(1)
			rec.Arguments["password"] = "s3cret-value"
			for b.Loop() {
				if err := l.Append(rec); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A last line longer than one read of the file's end still resumes.
func TestResumeAfterALongRecord(t *testing.T) {
	path := tempLog(t)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	big := call(1)
	for i := range 150 {
		big.Arguments[fmt.Sprintf("arg%d", i)] = strings.Repeat("x", 1000)
	}
	if err := l.Append(big); err != nil {
		t.Fatal(err)
	}
	l.Close()
	if fi, _ := os.Stat(path); fi.Size() < 2*tailChunk {
		t.Fatalf("the record is only %d bytes", fi.Size())
	}
	if l, err = Open(path); err != nil {
		t.Fatal(err)
	}
	l.Close()
	data, _ := os.ReadFile(path)
	if rep := verifyBytes(t, data); rep.Break != nil || rep.Records != 3 {
		t.Errorf("report %+v, break %v", rep, rep.Break)
	}
}
