package main

import (
	"encoding/json"
	"fmt"
)

// resultOp is a read whose result is compared with the upstream answer.
type resultOp struct {
	tool, args string
	pbs        bool   // the upstream is the Backup Server
	path       string // the upstream GET, under /api2/json
}

var resultOps = []resultOp{
	{tool: latencyTool, args: `{}`, path: latencyPath},
	{tool: "pve_list_nodes", args: `{}`, path: "/api2/json/nodes"},
	{tool: "pve_get_vm_config", args: `{"vmid":100}`, path: "/api2/json/nodes/pve1/qemu/100/config"},
	{tool: "pbs_list_datastores", args: `{}`, pbs: true, path: "/api2/json/admin/datastore"},
}

// ResultBytes is what one call puts into the client's context next to
// what Proxmox sent.
type ResultBytes struct {
	Tool, Args string
	Text       int // bytes of the text content items
	Structured int // bytes of structuredContent as written
	Result     int // the whole result object
	Upstream   int // the body of the same GET
}

// ratio is (text + structuredContent) per upstream byte.
func (r ResultBytes) ratio() float64 { return ratio(float64(r.Text+r.Structured), float64(r.Upstream)) }

// measureResults calls each read once on a default-mode server and makes
// the same request directly. Deterministic on the seeded simulator.
func measureResults(bin string, sim *simulator) ([]ResultBytes, error) {
	s, err := startServer(bin, sim.serverEnv("default", "full"))
	if err != nil {
		return nil, err
	}
	defer s.close()
	if _, _, err := s.handshakeAndList(); err != nil {
		return nil, err
	}
	var out []ResultBytes
	for _, op := range resultOps {
		rb, err := resultBytes(s, sim, op)
		if err != nil {
			return nil, fmt.Errorf("result bytes, %s: %w", op.tool, err)
		}
		out = append(out, rb)
	}
	return out, nil
}

func resultBytes(s *serverProc, sim *simulator, op resultOp) (ResultBytes, error) {
	line, err := s.call(op.tool, op.args)
	if err != nil {
		return ResultBytes{}, err
	}
	res, err := resultOf(line)
	if err != nil {
		return ResultBytes{}, err
	}
	rb, err := splitResult(res)
	if err != nil {
		return rb, err
	}
	rb.Tool, rb.Args = op.tool, op.args
	direct := newDirectRequest(sim.served.PVEURL+op.path, sim.pveTokenHeader())
	if op.pbs {
		direct = newDirectRequest(sim.served.PBSURL+op.path, sim.pbsTokenHeader())
	}
	body, err := direct.body()
	rb.Upstream = len(body)
	return rb, err
}

// splitResult measures the parts of a tools/call result.
func splitResult(res json.RawMessage) (ResultBytes, error) {
	var r struct {
		IsError bool `json:"isError"`
		Content []struct {
			Text string `json:"text"`
		} `json:"content"`
		Structured json.RawMessage `json:"structuredContent"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return ResultBytes{}, err
	}
	if r.IsError {
		return ResultBytes{}, fmt.Errorf("error result: %.300s", res)
	}
	rb := ResultBytes{Structured: len(r.Structured), Result: len(res)}
	for _, c := range r.Content {
		rb.Text += len(c.Text)
	}
	return rb, nil
}
