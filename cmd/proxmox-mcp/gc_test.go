package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// Resuming restores the collector's settings and collects start-up's
// garbage in the background, so no client call starts that collection.
func TestResumeGCRestoresAndCollects(t *testing.T) {
	percent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(percent)
	resume := deferGC()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("collector not paused: GC percent %d", got)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	resume()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent after resume = %d, want 100 as before", got)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		var now runtime.MemStats
		runtime.ReadMemStats(&now)
		if now.NumGC > before.NumGC {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no collection within 5s of resuming")
		}
	}
	resume() // a second call changes nothing
}
