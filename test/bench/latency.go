package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// The measured call: a read every session makes first, answered by the
// simulator from its state (a few KB of JSON).
const (
	latencyTool = "pve_get_cluster_resources"
	latencyPath = "/api2/json/cluster/resources"
)

// LatencyPlan sizes the call measurements.
type LatencyPlan struct {
	Rounds int           // server processes, one figure each
	Warm   int           // calls before measuring (and before idle RSS)
	Calls  int           // timed requests per round, of each kind
	Idle   time.Duration // pause before reading idle RSS
}

// LatencyResult compares a tools/call over stdio with the same Proxmox
// request made directly.
type LatencyResult struct {
	Plan   LatencyPlan
	Server LatencySummary // µs
	Floor  LatencySummary // µs
	// Refused is a call the server answers without Proxmox (its arguments
	// fail validation): the transport, tool dispatch and validation.
	Refused LatencySummary // µs
	// Ping is the MCP ping request: the pipe and JSON-RPC alone.
	Ping     LatencySummary // µs
	Overhead Summary        // µs: server p50 − floor p50, per round
	// CPU is the server process's CPU time (user + system) over the timed
	// loop per real call: an upper bound, the refused calls and pings
	// are in it too.
	CPU     Summary // µs
	IdleRSS Summary // bytes
}

// roundResult is one server process's figures.
type roundResult struct {
	server, refused, ping, floor Percentiles
	cpu                          float64 // µs per call
	rss                          int64
}

// measureLatency starts one default-mode server per round, makes Warm
// calls, idles, reads VmRSS, then times Calls of each kind: the server
// call, a refused call, a ping and the direct request, one of each in
// turn, so drift on the machine hits all of them alike.
func measureLatency(bin string, sim *simulator, plan LatencyPlan) (*LatencyResult, error) {
	floor := newFloorClient(sim)
	var server, refused, ping, direct []Percentiles
	var overhead, cpu, idle []float64
	for r := 0; r < plan.Rounds; r++ {
		rr, err := latencyRound(bin, sim, floor, plan)
		if err != nil {
			return nil, fmt.Errorf("call latency: %w", err)
		}
		server, refused, direct = append(server, rr.server), append(refused, rr.refused), append(direct, rr.floor)
		ping = append(ping, rr.ping)
		overhead = append(overhead, rr.server.P50-rr.floor.P50)
		cpu, idle = append(cpu, rr.cpu), append(idle, float64(rr.rss))
	}
	return &LatencyResult{Plan: plan,
		Server: summarizeLatency(server), Floor: summarizeLatency(direct),
		Refused: summarizeLatency(refused), Ping: summarizeLatency(ping),
		Overhead: summarize(overhead), CPU: summarize(cpu), IdleRSS: summarize(idle)}, nil
}

func latencyRound(bin string, sim *simulator, floor *floorClient, plan LatencyPlan) (*roundResult, error) {
	s, err := startServer(bin, sim.serverEnv("default", "full"))
	if err != nil {
		return nil, err
	}
	defer s.close()
	if _, _, err := s.handshakeAndList(); err != nil {
		return nil, err
	}
	if err := checkRefused(s); err != nil {
		return nil, err
	}
	for i := 0; i < plan.Warm; i++ {
		if err := checkedCall(s, i == 0); err != nil {
			return nil, err
		}
		if err := floor.get(); err != nil {
			return nil, err
		}
	}
	time.Sleep(plan.Idle)
	rss, err := s.status("VmRSS")
	if err != nil {
		return nil, err
	}
	return timeCalls(s, floor, plan.Calls, rss)
}

// timeCalls alternates the kinds of request, n times each, in the order
// of roundResult's fields.
func timeCalls(s *serverProc, floor *floorClient, n int, rss int64) (*roundResult, error) {
	kinds := []func() error{
		func() error { return checkedCall(s, false) },
		func() error { _, err := s.call(latencyTool, refusedArgs); return err },
		s.ping,
		floor.get,
	}
	times := make([][]time.Duration, len(kinds))
	cpu0, err := s.cpuTime()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		for k, do := range kinds {
			t := time.Now()
			if err := do(); err != nil {
				return nil, err
			}
			times[k] = append(times[k], time.Since(t))
		}
	}
	cpu1, err := s.cpuTime()
	if err != nil {
		return nil, err
	}
	p := func(k int) Percentiles { return percentiles(micros(times[k])) }
	return &roundResult{server: p(0), refused: p(1), ping: p(2), floor: p(3),
		cpu: float64(cpu1-cpu0) / float64(time.Microsecond) / float64(n), rss: rss}, nil
}

// refusedArgs fail validation: the server answers without Proxmox.
const refusedArgs = `{"type":"no-such-type"}`

func checkRefused(s *serverProc) error {
	line, err := s.call(latencyTool, refusedArgs)
	if err != nil {
		return err
	}
	res, err := resultOf(line)
	if err != nil {
		return err
	}
	var r struct {
		IsError bool `json:"isError"`
	}
	if err := json.Unmarshal(res, &r); err != nil || !r.IsError {
		return fmt.Errorf("the refused call was not refused: %.300s", res)
	}
	return nil
}

// checkedCall makes the measured call; the first one's result is checked
// in full, so an error answer is never what gets timed.
func checkedCall(s *serverProc, check bool) error {
	line, err := s.call(latencyTool, `{}`)
	if err != nil {
		return err
	}
	if !check {
		return nil
	}
	res, err := resultOf(line)
	if err != nil {
		return err
	}
	var r struct {
		IsError           bool `json:"isError"`
		StructuredContent struct {
			Data []json.RawMessage `json:"data"`
		} `json:"structuredContent"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return err
	}
	if r.IsError || len(r.StructuredContent.Data) == 0 {
		return fmt.Errorf("%s did not return resources: %.300s", latencyTool, res)
	}
	return nil
}

// floorClient makes the server's upstream request itself: the fastest any
// client on this machine can get the same answer.
type floorClient struct {
	http *http.Client
	req  *http.Request
}

func newFloorClient(sim *simulator) *floorClient {
	req, _ := http.NewRequest(http.MethodGet, sim.served.PVEURL+latencyPath, nil)
	req.Header.Set("Authorization", sim.pveTokenHeader())
	return &floorClient{http: &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}, req: req}
}

func (f *floorClient) get() error {
	resp, err := f.http.Do(f.req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("floor request: %s", resp.Status)
	}
	return nil
}
