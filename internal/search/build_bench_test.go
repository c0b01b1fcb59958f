package search

import (
	"runtime"
	"sync"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// BenchmarkBuildRetained builds the index over the whole catalog and runs
// the first query, which compiles the lexicon and the typo index, and
// reports what stays on the heap after a GC (retained-B/op): the server
// keeps one index for its lifetime, so what it retains is resident memory.
// The first query's share is reported apart (query-retained-B/op).
func BenchmarkBuildRetained(b *testing.B) {
	ops := apis.Operations()
	b.ReportAllocs()
	var built, queried uint64
	for b.Loop() {
		resetLexicon()
		before := heapAfterGC()
		ix := New(ops, testCategory)
		mid := heapAfterGC()
		ix.Search(Query{Text: "reboot contianer", Limit: 1})
		after := heapAfterGC()
		runtime.KeepAlive(ix)
		built += mid - before
		queried += after - mid
	}
	b.ReportMetric(float64(built)/float64(b.N), "retained-B/op")
	b.ReportMetric(float64(queried)/float64(b.N), "query-retained-B/op")
}

func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// resetLexicon drops the compiled lexicon, so the next query compiles it
// again as a new process's first query does.
func resetLexicon() {
	lexOnce = sync.Once{}
	lexCompiled = nil
}
