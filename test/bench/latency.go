package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
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
// request made directly and with a call to the two-tool floor server.
type LatencyResult struct {
	Plan   LatencyPlan
	Server LatencySummary // µs
	Floor  LatencySummary // µs: the direct net/http request
	// Refused is a call the server answers without Proxmox (its arguments
	// fail validation): the transport, tool dispatch and validation.
	Refused LatencySummary // µs
	// Ping is the MCP ping request: the pipe and JSON-RPC alone.
	Ping LatencySummary // µs
	// FloorCall and FloorPing are the two-tool server's tools/call of
	// echo and its ping, through the same client, in the same rounds.
	FloorCall, FloorPing LatencySummary // µs
	Overhead             Summary        // µs: server p50 − direct p50, per round
	// Share is the server-side share of a call, per round (see shareOf).
	Share Summary // µs
	// OverFloorCall is server p50 − direct p50 − floor call p50, per
	// round: what the server adds to a minimal server's tools/call.
	OverFloorCall Summary // µs
	// CPU is the server process's CPU time (user + system) over the timed
	// loop per real call: an upper bound, the refused calls and pings
	// are in it too.
	CPU     Summary // µs
	IdleRSS Summary // bytes
}

// roundResult is one server process's figures.
type roundResult struct {
	server, refused, ping, floorCall, floorPing, direct Percentiles
	cpu                                                 float64 // µs per call
	rss                                                 int64
}

// shareOf is the server-side share of a call: everything but the upstream
// round trip and the client's own cost. The upstream round trip is the
// direct request's p50 (the same GET from a Go net/http client, which also
// pays the HTTP client's work the server pays); the client's own cost is
// the floor server's ping p50 (the client writing and reading a line, the
// pipe both ways and a minimal JSON-RPC turn). What is left is the
// server's own: mcp-go's tools/call handling, validation, the request,
// shaping and encoding the result.
func shareOf(server, direct, floorPing float64) float64 { return server - direct - floorPing }

// measureLatency starts one default-mode server and one floor server per
// round, makes Warm calls, idles, reads VmRSS, then times Calls of each
// kind, one of each in turn, so drift on the machine hits all alike.
func measureLatency(bin string, sim *simulator, floor *floorServer, plan LatencyPlan) (*LatencyResult, error) {
	direct := newDirectClient(sim)
	var rounds []*roundResult
	for r := 0; r < plan.Rounds; r++ {
		rr, err := latencyRound(bin, sim, floor, direct, plan, r)
		if err != nil {
			return nil, fmt.Errorf("call latency: %w", err)
		}
		rounds = append(rounds, rr)
	}
	return summarizeRounds(plan, rounds), nil
}

func summarizeRounds(plan LatencyPlan, rounds []*roundResult) *LatencyResult {
	kind := func(f func(*roundResult) Percentiles) LatencySummary {
		var ps []Percentiles
		for _, r := range rounds {
			ps = append(ps, f(r))
		}
		return summarizeLatency(ps)
	}
	each := func(f func(*roundResult) float64) Summary {
		var xs []float64
		for _, r := range rounds {
			xs = append(xs, f(r))
		}
		return summarize(xs)
	}
	return &LatencyResult{Plan: plan,
		Server:    kind(func(r *roundResult) Percentiles { return r.server }),
		Floor:     kind(func(r *roundResult) Percentiles { return r.direct }),
		Refused:   kind(func(r *roundResult) Percentiles { return r.refused }),
		Ping:      kind(func(r *roundResult) Percentiles { return r.ping }),
		FloorCall: kind(func(r *roundResult) Percentiles { return r.floorCall }),
		FloorPing: kind(func(r *roundResult) Percentiles { return r.floorPing }),
		Overhead:  each(func(r *roundResult) float64 { return r.server.P50 - r.direct.P50 }),
		Share:     each(func(r *roundResult) float64 { return shareOf(r.server.P50, r.direct.P50, r.floorPing.P50) }),
		OverFloorCall: each(func(r *roundResult) float64 {
			return r.server.P50 - r.direct.P50 - r.floorCall.P50
		}),
		CPU:     each(func(r *roundResult) float64 { return r.cpu }),
		IdleRSS: each(func(r *roundResult) float64 { return float64(r.rss) }),
	}
}

func latencyRound(bin string, sim *simulator, floor *floorServer, direct *directClient, plan LatencyPlan, round int) (*roundResult, error) {
	env := append(sim.serverEnv("default", "full"), runProfileEnv(fmt.Sprintf("latency-%d", round+1))...)
	s, err := startServer(bin, env)
	if err != nil {
		return nil, err
	}
	defer s.close()
	f, err := startFloorSession(floor)
	if err != nil {
		return nil, err
	}
	defer f.close()
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
		if _, err := f.call(floorTool, floorArgs); err != nil {
			return nil, err
		}
		if err := direct.get(); err != nil {
			return nil, err
		}
	}
	time.Sleep(plan.Idle)
	rss, err := s.status("VmRSS")
	if err != nil {
		return nil, err
	}
	return timeCalls(s, f, direct, plan.Calls, rss)
}

// runProfileEnv passes the server's run-profile settings on from this
// program's environment, each file named for the process (FILE.label), so
// a measured run can be profiled as it is measured:
//
//	PROXMOX_MCP_RUN_CPUPROFILE=/tmp/cpu go run ./test/bench -only latency -out ""
//
// Every other variable stays out of the server's environment.
func runProfileEnv(label string) []string {
	var env []string
	for _, name := range []string{"PROXMOX_MCP_RUN_CPUPROFILE", "PROXMOX_MCP_RUN_MEMPROFILE"} {
		if path := os.Getenv(name); path != "" {
			env = append(env, name+"="+path+"."+label)
		}
	}
	return env
}

// startFloorSession starts the floor server and completes its handshake,
// checking that its tool answers.
func startFloorSession(floor *floorServer) (*serverProc, error) {
	f, err := floor.start()
	if err != nil {
		return nil, err
	}
	if _, _, err := f.handshakeAndList(); err != nil {
		f.close()
		return nil, fmt.Errorf("floor server: %w", err)
	}
	line, err := f.call(floorTool, floorArgs)
	if err == nil {
		_, err = resultOf(line)
	}
	if err != nil {
		f.close()
		return nil, fmt.Errorf("floor server's %s: %w", floorTool, err)
	}
	return f, nil
}

// timeCalls alternates the kinds of request, n times each, in the order
// of roundResult's fields.
func timeCalls(s, f *serverProc, direct *directClient, n int, rss int64) (*roundResult, error) {
	kinds := []func() error{
		func() error { return checkedCall(s, false) },
		func() error { _, err := s.call(latencyTool, refusedArgs); return err },
		s.ping,
		func() error { _, err := f.call(floorTool, floorArgs); return err },
		f.ping,
		direct.get,
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
	return &roundResult{server: p(0), refused: p(1), ping: p(2), floorCall: p(3), floorPing: p(4), direct: p(5),
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
	// The text is the data (structuredContent is off by default).
	var r struct {
		IsError bool `json:"isError"`
		Content []struct {
			Text string `json:"text"`
		} `json:"content"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return err
	}
	var list []json.RawMessage
	if r.IsError || len(r.Content) == 0 || json.Unmarshal([]byte(r.Content[0].Text), &list) != nil || len(list) == 0 {
		return fmt.Errorf("%s did not return resources: %.300s", latencyTool, res)
	}
	return nil
}

// directClient makes the server's upstream request itself: the fastest any
// client on this machine can get the same answer.
type directClient struct {
	http *http.Client
	req  *http.Request
}

func newDirectClient(sim *simulator) *directClient {
	return newDirectRequest(sim.served.PVEURL+latencyPath, sim.pveTokenHeader())
}

// newDirectRequest is a GET of url with the product's token header, on a
// client of its own (its own connection pool).
func newDirectRequest(url, auth string) *directClient {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", auth)
	return &directClient{http: &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}, req: req}
}

// get makes the request and discards the body, as cheaply as a client can.
func (d *directClient) get() error {
	_, err := d.do(io.Discard)
	return err
}

// body makes the request and returns the answer's body.
func (d *directClient) body() ([]byte, error) {
	var b bytes.Buffer
	_, err := d.do(&b)
	return b.Bytes(), err
}

func (d *directClient) do(w io.Writer) (int64, error) {
	resp, err := d.http.Do(d.req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(w, resp.Body)
	if err != nil {
		return n, err
	}
	if resp.StatusCode != http.StatusOK {
		return n, fmt.Errorf("direct request %s: %s", d.req.URL.Path, resp.Status)
	}
	return n, nil
}
