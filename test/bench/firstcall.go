package main

import (
	"encoding/json"
	"fmt"
	"time"
)

// firstCallOp is one operation timed on a fresh process.
type firstCallOp struct {
	Label, Kind string
	tool, args  string
	// refused: the answer must be an error result (validation refuses it).
	refused bool
	// pause comes between tools/list and the first call: a client's first
	// call follows the model's turn, which the immediate rows leave out.
	pause time.Duration
}

// firstCallOps are reads and writes a session makes early. Writes go
// through the front door at the full tier: refused by validation, dry_run
// (the plan, nothing sent) and one real write the simulator applies; the
// real write sets a value to what it already is after the first call, so
// both calls do the same work.
var firstCallOps = []firstCallOp{
	{Label: "pve_get_cluster_resources", Kind: "read", tool: "pve_get_cluster_resources", args: `{}`},
	{Label: "pve_get_vm_config (vmid 100)", Kind: "read, node found by the server", tool: "pve_get_vm_config", args: `{"vmid":100}`},
	// The same read with its node: the first call above also reads the
	// cluster's guest list to find the node (one more round trip, cached
	// for the calls after it); this row shows what is left without it.
	{Label: "pve_get_vm_config (node pve1, vmid 100)", Kind: "read", tool: "pve_get_vm_config", args: `{"node":"pve1","vmid":100}`},
	{Label: "pbs_list_datastores", Kind: "read (PBS)", tool: "pbs_list_datastores", args: `{}`},
	{Label: "proxmox_call_read pve_get_nodes_qemu_snapshot", Kind: "read via the front door", tool: "proxmox_call_read",
		args: `{"tool":"pve_get_nodes_qemu_snapshot","arguments":{"vmid":100}}`},
	{Label: "proxmox_search", Kind: "search", tool: "proxmox_search", args: `{"query":"snapshot a vm"}`},
	{Label: "proxmox_search, 100 ms after tools/list", Kind: "search after a model's turn", tool: "proxmox_search",
		args: `{"query":"snapshot a vm"}`, pause: 100 * time.Millisecond},
	// A turn long enough for any background work to have finished: what
	// is left is the search call's own first-time cost.
	{Label: "proxmox_search, 500 ms after tools/list", Kind: "search after a long turn", tool: "proxmox_search",
		args: `{"query":"snapshot a vm"}`, pause: 500 * time.Millisecond},
	{Label: "proxmox_call_write pve_put_nodes_qemu_config, invalid", Kind: "write, refused by validation", tool: "proxmox_call_write",
		args: `{"tool":"pve_put_nodes_qemu_config","arguments":{"vmid":100,"cores":"many"}}`, refused: true},
	{Label: "proxmox_call_write pve_post_nodes_qemu_snapshot, dry_run", Kind: "write, dry_run", tool: "proxmox_call_write",
		args: `{"tool":"pve_post_nodes_qemu_snapshot","arguments":{"vmid":100,"snapname":"bench"},"dry_run":true}`},
	{Label: "proxmox_call_write pve_put_nodes_qemu_config, dry_run", Kind: "write, dry_run (reads the state)", tool: "proxmox_call_write",
		args: `{"tool":"pve_put_nodes_qemu_config","arguments":{"vmid":100,"description":"bench"},"dry_run":true}`},
	{Label: "proxmox_call_write pve_put_nodes_qemu_config", Kind: "write, sent", tool: "proxmox_call_write",
		args: `{"tool":"pve_put_nodes_qemu_config","arguments":{"vmid":100,"description":"bench"},"confirm":true}`},
}

// FirstCall is one operation's first and second call, µs, over rounds.
type FirstCall struct {
	Label, Kind   string
	First, Second Summary
	// Extra is first − second per round: what the first call pays once.
	Extra Summary
}

// FirstCallResult holds every operation and the two floors: the floor
// server's first echo, and a direct request on a new HTTP client (its
// first call dials the connection, as the server's first call does).
type FirstCallResult struct {
	Rounds        int
	Ops           []FirstCall
	Floor, Direct FirstCall
}

// worst is the operation with the largest median extra.
func (r *FirstCallResult) worst() FirstCall {
	var w FirstCall
	for i, op := range r.Ops {
		if i == 0 || op.Extra.Median > w.Extra.Median {
			w = op
		}
	}
	return w
}

type pairTimes struct{ first, second []float64 }

func (p *pairTimes) add(a, b time.Duration) {
	p.first = append(p.first, us(a))
	p.second = append(p.second, us(b))
}

func (p *pairTimes) summary(label, kind string) FirstCall {
	extra := make([]float64, len(p.first))
	for i := range p.first {
		extra[i] = p.first[i] - p.second[i]
	}
	return FirstCall{Label: label, Kind: kind, First: summarize(p.first), Second: summarize(p.second), Extra: summarize(extra)}
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// measureFirstCall gives every operation a fresh default-mode process per
// round (both products, full tier), so each first call is the process's
// first tools/call, and times it against a second, identical call.
func measureFirstCall(bin string, sim *simulator, floor *floorServer, rounds int) (*FirstCallResult, error) {
	times := make([]pairTimes, len(firstCallOps))
	var floorT, directT pairTimes
	for r := 0; r < rounds; r++ {
		for i, op := range firstCallOps {
			a, b, err := firstAndSecond(func() (*serverProc, error) { return startServer(bin, sim.serverEnv("default", "full")) }, op)
			if err != nil {
				return nil, fmt.Errorf("first call, %s: %w", op.Label, err)
			}
			times[i].add(a, b)
		}
		a, b, err := firstAndSecond(floor.start, firstCallOp{tool: floorTool, args: floorArgs})
		if err != nil {
			return nil, fmt.Errorf("first call, floor server: %w", err)
		}
		floorT.add(a, b)
		if a, b, err = directFirstAndSecond(sim); err != nil {
			return nil, err
		}
		directT.add(a, b)
	}
	res := &FirstCallResult{Rounds: rounds,
		Floor:  floorT.summary(floorLabel+", "+floorTool, "floor"),
		Direct: directT.summary("direct net/http GET on a new client", "floor")}
	for i, op := range firstCallOps {
		res.Ops = append(res.Ops, times[i].summary(op.Label, op.Kind))
	}
	return res, nil
}

// firstAndSecond starts a process, completes the handshake and times the
// operation twice; both answers are checked after the timing.
func firstAndSecond(start func() (*serverProc, error), op firstCallOp) (time.Duration, time.Duration, error) {
	s, err := start()
	if err != nil {
		return 0, 0, err
	}
	defer s.close()
	if _, _, err := s.handshakeAndList(); err != nil {
		return 0, 0, err
	}
	time.Sleep(op.pause)
	var d [2]time.Duration
	var lines [2][]byte
	for i := range d {
		t := time.Now()
		if lines[i], err = s.call(op.tool, op.args); err != nil {
			return 0, 0, err
		}
		d[i] = time.Since(t)
	}
	for _, line := range lines {
		if err := checkAnswer(line, op.refused); err != nil {
			return 0, 0, err
		}
	}
	return d[0], d[1], nil
}

// checkAnswer: a result, an error result exactly when refused is expected.
func checkAnswer(line []byte, refused bool) error {
	res, err := resultOf(line)
	if err != nil {
		return err
	}
	var r struct {
		IsError bool `json:"isError"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return err
	}
	if r.IsError != refused {
		return fmt.Errorf("unexpected answer (isError %v): %.300s", r.IsError, res)
	}
	return nil
}

func directFirstAndSecond(sim *simulator) (time.Duration, time.Duration, error) {
	c := newDirectClient(sim)
	defer c.http.CloseIdleConnections()
	var d [2]time.Duration
	for i := range d {
		t := time.Now()
		if err := c.get(); err != nil {
			return 0, 0, err
		}
		d[i] = time.Since(t)
	}
	return d[0], d[1], nil
}
