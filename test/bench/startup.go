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
// both products (PVE and PBS) configured at the full tier, the largest list
// each mode produces.
var startupConfigs = []startupConfig{
	{"default (front door + core), PVE and PBS, full tier", "default", "full"},
	{"all operations, PVE and PBS, full tier", "all", "full"},
}

// floorLabel names the two-tool floor server in tables.
const floorLabel = "floor: two-tool mcp-go server"

// StartupResult is start → first complete tools/list and the peak RSS of
// the same runs.
type StartupResult struct {
	Config  startupConfig
	Tools   int
	Millis  Summary
	PeakRSS Summary // bytes
}

// starter starts one process of a measured configuration.
type starter struct {
	cfg   startupConfig
	start func() (*serverProc, error)
}

// measureStartup runs each configuration and the floor server runs times,
// interleaved so that a burst of noise on the machine does not land on
// one of them only. One unmeasured run of each first warms the page cache.
// The floor's figures come back last.
func measureStartup(bin string, sim *simulator, floor *floorServer, runs int) ([]StartupResult, error) {
	var ss []starter
	for _, cfg := range startupConfigs {
		env := sim.serverEnv(cfg.Mode, cfg.Tier)
		ss = append(ss, starter{cfg, func() (*serverProc, error) { return startServer(bin, env) }})
	}
	ss = append(ss, starter{startupConfig{Label: floorLabel, Mode: "floor"}, floor.start})
	ms := make([][]float64, len(ss))
	rss := make([][]float64, len(ss))
	tools := make([]int, len(ss))
	for i := -1; i < runs; i++ {
		for c, st := range ss {
			d, peak, n, err := startOnce(st.start)
			if err != nil {
				return nil, fmt.Errorf("start-up, %s: %w", st.cfg.Label, err)
			}
			if i < 0 {
				continue
			}
			ms[c] = append(ms[c], float64(d)/float64(time.Millisecond))
			rss[c] = append(rss[c], float64(peak))
			tools[c] = n
		}
	}
	out := make([]StartupResult, len(ss))
	for c, st := range ss {
		out[c] = StartupResult{Config: st.cfg, Tools: tools[c], Millis: summarize(ms[c]), PeakRSS: summarize(rss[c])}
	}
	return out, nil
}

// startOnce is one process: spawn, handshake + tools/list, then the
// high-water mark of its resident set (VmHWM) while it is still alive.
// wait4's ru_maxrss is not used: after a vfork-style spawn it can report
// the parent's resident set.
func startOnce(start func() (*serverProc, error)) (time.Duration, int64, int, error) {
	s, err := start()
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

// startupOf finds a configuration's figures by mode ("floor" for the
// floor server); nil when start-up was not measured.
func startupOf(rs []StartupResult, mode string) *StartupResult {
	for i := range rs {
		if rs[i].Config.Mode == mode {
			return &rs[i]
		}
	}
	return nil
}
