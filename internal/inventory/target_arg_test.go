package inventory

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func twoClusters(t *testing.T) *Inventory {
	t.Helper()
	inv, err := New(Options{Mode: ModeAll, FrontDoor: true, Products: []Product{
		{Product: catalog.PVE, Tier: policy.Full, Target: "prod"},
		{Product: catalog.PVE, Tier: policy.Full, Target: "lab"},
		{Product: catalog.PBS, Tier: policy.Full},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return inv
}

// With two PVE targets every PVE operation's listed schema has the target
// argument (named proxmox_target where the operation has a target
// parameter of its own), bounded and listing both; PBS, with one target,
// has none; every schema stays valid JSON.
func TestListedSchemasCarryTheTargetArgument(t *testing.T) {
	renamed := 0
	for _, tool := range twoClusters(t).Tools() {
		if tool.Kind != OperationTool {
			continue
		}
		var s struct {
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(tool.Schema, &s); err != nil || !strings.HasPrefix(string(tool.Schema), schemaPrefix) {
			t.Fatalf("%s: %v: %.80s", tool.Name, err, tool.Schema)
		}
		name := TargetArgName(tool.Entry.Op)
		raw, has := s.Properties[name]
		var arg struct {
			Enum      []string `json:"enum"`
			MaxLength int      `json:"maxLength"`
		}
		if has {
			if err := json.Unmarshal(raw, &arg); err != nil {
				t.Fatalf("%s: %s: %v", tool.Name, name, err)
			}
		}
		switch {
		case tool.Entry.Op.Product == catalog.PBS && has:
			t.Errorf("%s lists %s with one PBS target", tool.Name, name)
		case tool.Entry.Op.Product == catalog.PVE && (!has || !slices.Equal(arg.Enum, []string{"prod", "lab"}) || arg.MaxLength != MaxTargetName):
			t.Errorf("%s: %s is %+v (listed: %v)", tool.Name, name, arg, has)
		}
		if name != ArgTarget {
			renamed++
			if _, kept := s.Properties[ArgTarget]; !kept {
				t.Errorf("%s lost its own %q parameter", tool.Name, ArgTarget)
			}
		}
	}
	if renamed == 0 {
		t.Error("no operation has a target parameter of its own: the proxmox_target case is untested")
	}
}

func TestTargetNamesAreBounded(t *testing.T) {
	long := strings.Repeat("a", MaxTargetName+1)
	_, err := New(Options{Products: []Product{
		{Product: catalog.PVE, Tier: policy.ReadOnly, Target: long},
		{Product: catalog.PVE, Tier: policy.ReadOnly, Target: "lab"},
	}})
	if err == nil || !strings.Contains(err.Error(), "longer than 64") {
		t.Fatalf("a %d-character target name: %v", len(long), err)
	}
}
