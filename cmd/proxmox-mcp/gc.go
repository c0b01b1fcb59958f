package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// Startup allocates a few megabytes that are garbage at once (the policy,
// the plan, a thousand tool definitions, the first tools/list). Collecting
// while that happens costs more than the whole rest of startup, so the
// collector waits until the server has answered its first tools/list, or
// a few seconds at most; a memory limit bounds the heap meanwhile.
const (
	startupGCLimit   = 96 << 20
	startupGCTimeout = 3 * time.Second
)

// deferGC pauses garbage collection and returns the function that resumes
// it (safe to call more than once).
//
// Resuming also collects, in the background: the heap then holds all of
// start-up's garbage, far above the goal the collector sets itself, and
// left alone the first allocation after it (a client's first call, often
// seconds later) would start a collection and pay its assists (about 5 ms
// on two cores, against 1 ms for the call).
func deferGC() (resume func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startupGCLimit)
	var once sync.Once
	resume = func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			if limit == math.MaxInt64 || limit <= 0 {
				limit = math.MaxInt64
			}
			debug.SetMemoryLimit(limit)
			go runtime.GC()
		})
	}
	time.AfterFunc(startupGCTimeout, resume)
	return resume
}
