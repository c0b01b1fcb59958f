package main

import (
	"encoding/json"
	"fmt"
)

// bytesPerToken is the usual rough rate for English and JSON text; the
// estimate only needs to say which mode fits a client's context.
const bytesPerToken = 4

var (
	contextModes = []string{"default", "all", "front-door"}
	contextTiers = []string{"read-only", "read-execute", "full"}
)

// ContextCost is what a client pays in context for the tool list.
type ContextCost struct {
	Mode, Tier string
	Tools      int
	Bytes      int
}

// Tokens estimates the tokens the list costs a model.
func (c ContextCost) Tokens() int { return (c.Bytes + bytesPerToken - 1) / bytesPerToken }

// measureContext lists the tools once per mode and tier. The list is
// deterministic (the same bytes every run), so one run each is the figure.
// Bytes are the tools/list result exactly as the server wrote it.
func measureContext(bin string, sim *simulator) ([]ContextCost, error) {
	var out []ContextCost
	for _, mode := range contextModes {
		for _, tier := range contextTiers {
			res, err := listOnce(bin, sim.serverEnv(mode, tier))
			if err != nil {
				return nil, fmt.Errorf("context cost, %s/%s: %w", mode, tier, err)
			}
			n, err := countTools(res)
			if err != nil {
				return nil, err
			}
			out = append(out, ContextCost{Mode: mode, Tier: tier, Tools: n, Bytes: len(res)})
		}
	}
	return out, nil
}

func listOnce(bin string, env []string) (json.RawMessage, error) {
	s, err := startServer(bin, env)
	if err != nil {
		return nil, err
	}
	defer s.close()
	res, _, err := s.handshakeAndList()
	return res, err
}

// countTools counts the tools of a tools/list result; it also proves the
// result is the list, not an error.
func countTools(res json.RawMessage) (int, error) {
	var list struct {
		Tools []json.RawMessage `json:"tools"`
	}
	if err := json.Unmarshal(res, &list); err != nil {
		return 0, fmt.Errorf("tools/list result: %w", err)
	}
	if len(list.Tools) == 0 {
		return 0, fmt.Errorf("tools/list returned no tools")
	}
	return len(list.Tools), nil
}

// floorListBytes is the size of the floor server's tools/list result.
func floorListBytes(floor *floorServer) (int, error) {
	s, err := floor.start()
	if err != nil {
		return 0, err
	}
	defer s.close()
	res, _, err := s.handshakeAndList()
	return len(res), err
}
