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

// StartupResult is start → first complete tools/list and the memory of
// the same runs.
type StartupResult struct {
	Config startupConfig
	Tools  int
	Millis Summary
	// PeakRSS is VmHWM once the process has settled after the answer
	// (see settle): the work it starts right after its first answer
	// counts. AnswerRSS is VmHWM read right at the answer.
	PeakRSS, AnswerRSS Summary // bytes
	// Settle is how long after the answer the process last used CPU, ms.
	Settle   Summary
	Resident ResidentSummary
}

// starter starts one process of a measured configuration.
type starter struct {
	cfg   startupConfig
	start func() (*serverProc, error)
}

// startupRuns collects one configuration's figures over runs.
type startupRuns struct {
	ms, peak, answer, settle []float64
	resident                 residentFigures
	sizes                    map[string]int64
	tools                    int
}

func (sr *startupRuns) add(o startOutcome) {
	sr.ms = append(sr.ms, float64(o.took)/float64(time.Millisecond))
	sr.peak = append(sr.peak, float64(o.peak))
	sr.answer = append(sr.answer, float64(o.atAnswer))
	sr.settle = append(sr.settle, float64(o.settle)/float64(time.Millisecond))
	sr.resident.add(o.resident)
	sr.sizes = sectionSizes(o.resident)
	sr.tools = o.tools
}

func (sr *startupRuns) result(cfg startupConfig) StartupResult {
	return StartupResult{Config: cfg, Tools: sr.tools, Millis: summarize(sr.ms), PeakRSS: summarize(sr.peak),
		AnswerRSS: summarize(sr.answer), Settle: summarize(sr.settle), Resident: sr.resident.summary(sr.sizes)}
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
	got := make([]startupRuns, len(ss))
	for i := -1; i < runs; i++ {
		for c, st := range ss {
			o, err := startOnce(st.start)
			if err != nil {
				return nil, fmt.Errorf("start-up, %s: %w", st.cfg.Label, err)
			}
			if i >= 0 {
				got[c].add(o)
			}
		}
	}
	out := make([]StartupResult, len(ss))
	for c, st := range ss {
		out[c] = got[c].result(st.cfg)
	}
	return out, nil
}

// startOutcome is what one start-up run measured.
type startOutcome struct {
	took           time.Duration
	atAnswer, peak int64
	settle         time.Duration
	resident       residentSet
	tools          int
}

// startOnce is one process: spawn, handshake + tools/list, the high-water
// mark of its resident set (VmHWM) at the answer, then once the process
// has settled, VmHWM again and where its resident set is, while it is
// still alive. wait4's ru_maxrss is not used: after a vfork-style spawn it
// can report the parent's resident set.
func startOnce(start func() (*serverProc, error)) (startOutcome, error) {
	var o startOutcome
	s, err := start()
	if err != nil {
		return o, err
	}
	defer s.close()
	res, d, err := s.handshakeAndList()
	if err != nil {
		return o, err
	}
	o.took = d
	if o.atAnswer, err = s.status("VmHWM"); err != nil {
		return o, err
	}
	if o.settle, err = settle(s); err != nil {
		return o, err
	}
	if o.peak, err = s.status("VmHWM"); err != nil {
		return o, err
	}
	if o.resident, err = readResident(s); err != nil {
		return o, err
	}
	o.tools, err = countTools(res)
	return o, err
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
