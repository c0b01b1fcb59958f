package main

import (
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// Which returned numbers get a human-readable companion is decided here,
// from the returns schema, by three rules in this order; a number none of
// them names keeps its raw value only, because a wrong unit misleads more
// than no companion.
//
//  1. Proxmox's renderer mark: how its own command-line client shows the
//     value (pve-common src/PVE/Format.pm implements each renderer).
//  2. A description that states the unit in so many words ("in bytes",
//     "(bytes)", "seconds since epoch", "(UNIX epoch)", "in seconds").
//  3. A short list of members whose unit Proxmox's code fixes although
//     the schema does not say it (certainNames, byteCounters).

// rendererUnits are the renderers that show numbers; "yaml" renders a
// structure and gets no companion.
var rendererUnits = map[string]catalog.Unit{
	"bytes":                  catalog.UnitBytes,
	"duration":               catalog.UnitSeconds,
	"timestamp":              catalog.UnitUnixTime,
	"timestamp_gmt":          catalog.UnitLocalTime,
	"fraction_as_percentage": catalog.UnitFraction,
}

// unitPhrases are descriptions that state a unit, tried in order: a rate
// before bytes, a point in time before a duration. The bytes phrases are
// the exact wordings the dumps use for byte counts; "bytes read" and the
// like are left out, since the tape statistics that use them come from
// drive counters Proxmox does not document in bytes.
var unitPhrases = []struct {
	re   *regexp.Regexp
	unit catalog.Unit
}{
	{regexp.MustCompile(`(?i)\bbytes ?(/|per ?)s(ec|econd)?\b`), catalog.UnitBytesPerSecond},
	{regexp.MustCompile(`(?i)seconds since 1970.*\(local time\)`), catalog.UnitLocalTime},
	{regexp.MustCompile(`(?i)unix epoch|\(epoch\)|seconds since (the )?(unix )?epoch|seconds since 1970|unix timestamp`), catalog.UnitUnixTime},
	{regexp.MustCompile(`(?i)\bin seconds\b|\(seconds\)`), catalog.UnitSeconds},
	{regexp.MustCompile(`(?i)\bin bytes\b|\(bytes\)|^bytes used\b|\b(free|used|available|pending|removed) bytes\b|\bsum of bytes\b`), catalog.UnitBytes},
}

// certainNames are members whose unit is the same wherever Proxmox
// returns them as numbers, though some schemas leave it unsaid:
//   - cpu: the share of the node's or guest's CPUs in use, 0 to 1; the
//     same value /cluster/resources marks fraction_as_percentage
//     (qemu-server and pve-container vmstatus, pve-manager's node status
//     from PVE::ProcFSTools::read_proc_stat; PBS node status from
//     proxmox-sys read_proc_stat).
//   - uptime: seconds (/proc/uptime; PVE marks it duration elsewhere).
//   - starttime, endtime: task times, seconds since the epoch (the UPID
//     carries starttime in hex; pve-common PVE::Tools::upid_decode,
//     proxmox-rest-server's UPID; PBS describes them "(Epoch)").
//   - ctime, backup-time: creation and backup times, seconds since the
//     epoch (PVE storage content, PBS snapshots and tape labels).
var certainNames = map[string]catalog.Unit{
	"cpu":         catalog.UnitFraction,
	"uptime":      catalog.UnitSeconds,
	"starttime":   catalog.UnitUnixTime,
	"endtime":     catalog.UnitUnixTime,
	"ctime":       catalog.UnitUnixTime,
	"backup-time": catalog.UnitUnixTime,
}

// byteCounters are the node-status objects whose total, used, free and
// avail members count bytes: PVE's memory and rootfs say so; PBS's
// memory and swap ("Total memory") come from /proc/meminfo in bytes
// (proxmox-backup src/api2/node/status.rs, proxmox-sys read_meminfo).
var byteCounters = map[string]bool{"memory": true, "swap": true, "root": true, "rootfs": true}

var counterMembers = map[string]bool{"total": true, "used": true, "free": true, "avail": true, "available": true}

// notUnits are members a rule would name wrongly: PBS describes a task's
// pstart as "The task start time (Epoch)" in its task list, but it is the
// process start in clock ticks since boot (/proc/<pid>/stat field 22, as
// its own task status schema says).
var notUnits = map[string]bool{"pstart": true}

// derivedField is a companion and the rule that gave it, for the
// generator's tests and listings.
type derivedField struct {
	catalog.HumanField
	rule string
}

// humanOf is what the catalog carries about an operation's answer; nil
// when nothing in it gets a companion or a summary.
func humanOf(op *schema.Operation) *catalog.Human {
	h := &catalog.Human{Series: seriesOf(op)}
	for _, f := range derivedFields(op.Returns) {
		h.Fields = append(h.Fields, f.HumanField)
	}
	if len(h.Fields) == 0 && h.Series == nil {
		return nil
	}
	return h
}

// addHuman writes the operation's Human value into its catalog entry.
func addHuman(d jen.Dict, h *catalog.Human) {
	if h != nil {
		d[jen.Id("Human")] = literal(reflect.ValueOf(h))
	}
}

// derivedFields walks a returns schema: every numeric member a rule
// names, at any depth of objects and lists, in sorted order.
func derivedFields(s *schema.Schema) []derivedField {
	var out []derivedField
	walkReturns(s, "", "", &out)
	return out
}

func walkReturns(s *schema.Schema, path, parent string, out *[]derivedField) {
	if s == nil {
		return
	}
	if s.Items != nil {
		walkReturns(s.Items, path+"[]", parent, out)
	}
	for _, name := range slices.Sorted(maps.Keys(s.Properties)) {
		if strings.ContainsAny(name, ".[]") {
			continue // a name the path syntax cannot say; none is published
		}
		child, at := s.Properties[name], joinPath(path, name)
		if unit, rule := unitOf(name, parent, child); rule != "" {
			*out = append(*out, derivedField{catalog.HumanField{Path: at, Unit: unit}, rule})
			continue
		}
		walkReturns(child, at, name, out)
	}
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// unitOf applies the rules to one member; rule is "" when none names it.
func unitOf(name, parent string, s *schema.Schema) (unit catalog.Unit, rule string) {
	if u, ok := rendererUnits[s.Renderer]; ok {
		return u, "renderer " + s.Renderer
	}
	if (s.Type != "integer" && s.Type != "number") || notUnits[name] {
		return "", ""
	}
	for _, p := range unitPhrases {
		if p.re.MatchString(s.Description) {
			return p.unit, "description"
		}
	}
	if u, ok := certainNames[name]; ok {
		return u, "name"
	}
	if byteCounters[parent] && counterMembers[name] {
		return catalog.UnitBytes, "counter of " + parent
	}
	return "", ""
}

// seriesOf marks the answers that are lists of points dated by "time":
// PVE's …/rrddata (pve-manager PVE::API2::Nodes and the guest and storage
// APIs, from the RRD files pmxcfs keeps) and PBS's …/rrd (proxmox-backup
// src/api2/node/rrd.rs and the datastore's, create_value_from_rrd). Their
// schemas publish no point members, so the units come from rrdUnits.
func seriesOf(op *schema.Operation) *catalog.Series {
	if op.Method != "GET" {
		return nil
	}
	pve := op.Product == schema.PVE && strings.HasSuffix(op.Path, "/rrddata")
	pbs := op.Product == schema.PBS && strings.HasSuffix(op.Path, "/rrd")
	if !pve && !pbs {
		return nil
	}
	return &catalog.Series{Time: "time", Units: rrdUnitFields()}
}

// rrdUnits are the units of RRD point members. Gauges hold the sampled
// value, DERIVE sources a rate per second: pve-cluster
// src/pmxcfs/status.c (rrd_def_node, rrd_def_vm, rrd_def_storage) and
// proxmox-backup's metric collection (rrd_update_gauge /
// rrd_update_derive). cpu and iowait are shares of the CPUs, 0 to 1.
var rrdUnits = map[string]catalog.Unit{
	"cpu": catalog.UnitFraction, "iowait": catalog.UnitFraction,
	"mem": catalog.UnitBytes, "maxmem": catalog.UnitBytes, "memhost": catalog.UnitBytes,
	"disk": catalog.UnitBytes, "maxdisk": catalog.UnitBytes,
	"memtotal": catalog.UnitBytes, "memused": catalog.UnitBytes, "memavailable": catalog.UnitBytes, "arcsize": catalog.UnitBytes,
	"swaptotal": catalog.UnitBytes, "swapused": catalog.UnitBytes,
	"roottotal": catalog.UnitBytes, "rootused": catalog.UnitBytes,
	"total": catalog.UnitBytes, "used": catalog.UnitBytes,
	"netin": catalog.UnitBytesPerSecond, "netout": catalog.UnitBytesPerSecond,
	"diskread": catalog.UnitBytesPerSecond, "diskwrite": catalog.UnitBytesPerSecond,
	"read_bytes": catalog.UnitBytesPerSecond, "write_bytes": catalog.UnitBytesPerSecond,
}

func rrdUnitFields() []catalog.HumanField {
	out := make([]catalog.HumanField, 0, len(rrdUnits))
	for name, u := range rrdUnits {
		out = append(out, catalog.HumanField{Path: name, Unit: u})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
