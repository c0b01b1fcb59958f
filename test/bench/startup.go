package main

import (
	"fmt"
	"time"
)

// startupConfig is one measured configuration of the server.
type startupConfig struct {
	Label, Mode, Tier string
}

// startupConfigs: the default front door and every operation registered,
// both products at the full tier (the largest list each mode produces).
var startupConfigs = []startupConfig{
	{"default (front door + core), full tier", "default", "full"},
	{"all operations, full tier", "all", "full"},
}

// StartupResult is start → first complete tools/list and the peak RSS of
// the same runs.
type StartupResult struct {
	Config  startupConfig
	Tools   int
	Millis  Summary
	PeakRSS Summary // bytes
}

// measureStartup runs each configuration runs times, interleaved so that
// a burst of noise on the machine does not land on one configuration only.
// One unmeasured run per configuration first warms the page cache.
func measureStartup(bin string, sim *simulator, runs int) ([]StartupResult, error) {
	ms := make([][]float64, len(startupConfigs))
	rss := make([][]float64, len(startupConfigs))
	tools := make([]int, len(startupConfigs))
	for i := -1; i < runs; i++ {
		for c, cfg := range startupConfigs {
			d, peak, n, err := startOnce(bin, sim.serverEnv(cfg.Mode, cfg.Tier))
			if err != nil {
				return nil, fmt.Errorf("start-up, %s: %w", cfg.Label, err)
			}
			if i < 0 {
				continue
			}
			ms[c] = append(ms[c], float64(d)/float64(time.Millisecond))
			rss[c] = append(rss[c], float64(peak))
			tools[c] = n
		}
	}
	out := make([]StartupResult, len(startupConfigs))
	for c, cfg := range startupConfigs {
		out[c] = StartupResult{Config: cfg, Tools: tools[c], Millis: summarize(ms[c]), PeakRSS: summarize(rss[c])}
	}
	return out, nil
}

// startOnce is one process: spawn, handshake + tools/list, then the
// high-water mark of its resident set (VmHWM) while it is still alive.
// wait4's ru_maxrss is not used: after a vfork-style spawn it can report
// the parent's resident set.
func startOnce(bin string, env []string) (time.Duration, int64, int, error) {
	s, err := startServer(bin, env)
	if err != nil {
		return 0, 0, 0, err
	}
	defer s.close()
	res, d, err := s.handshakeAndList()
	if err != nil {
		return 0, 0, 0, err
	}
	peak, err := s.status("VmHWM")
	if err != nil {
		return 0, 0, 0, err
	}
	n, err := countTools(res)
	return d, peak, n, err
}
