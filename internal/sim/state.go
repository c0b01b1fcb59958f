package sim

import (
	"crypto/sha1"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// clusterName is the simulated PVE cluster's name.
const clusterName = "demo"

// state is everything the simulator remembers. It is guarded by
// Simulator.mu; every method assumes the lock is held.
type state struct {
	s       *Simulator
	created time.Time

	nodes     map[string]*pveNode
	nodeOrder []string
	guests    map[int]*guest
	storages  map[string]*storage
	storOrder []string
	// volumes holds iso/vztmpl/backup/imported files by "storage/node"
	// ("storage" alone for shared storage); guest disks are derived from
	// guest configs instead, so they follow create, clone and migrate.
	volumes map[string][]*volume
	pools   map[string]*pool
	ha      map[string]*haResource
	groups  map[string]*group
	// replication holds the storage replication jobs by id.
	replication map[string]*replicationJob

	pveUsers, pbsUsers *userDB
	tickets            map[string]*ticketInfo

	tasks      map[string]*task
	taskOrder  []*task
	nextPID    int
	pbsTaskSeq int

	pbs *pbsState
}

// pveNode is a cluster member.
type pveNode struct {
	name   string
	id     int
	ip     string
	cpus   int
	memory int64 // bytes
	health nodeHealth
	booted time.Time
}

func (st *state) users(p catalog.Product) *userDB {
	if p == catalog.PBS {
		return st.pbsUsers
	}
	return st.pveUsers
}

func newState(s *Simulator) *state {
	now := s.now()
	st := &state{
		s: s, created: now,
		nodes: map[string]*pveNode{}, guests: map[int]*guest{},
		storages: map[string]*storage{}, volumes: map[string][]*volume{},
		pools: map[string]*pool{}, ha: map[string]*haResource{}, groups: map[string]*group{},
		replication: map[string]*replicationJob{},
		tickets:     map[string]*ticketInfo{}, tasks: map[string]*task{},
		nextPID: 0x1A2B0 + int(s.opts.Seed%4096),
	}
	st.seedNodes(now)
	st.seedUsers()
	st.seedStorages()
	st.pbs = newPBSState(st, now)
	if !s.opts.Empty {
		st.seedGuests(now)
		st.seedAccess()
		st.seedVolumes(now)
		st.pbs.seedBackups(now)
		st.seedTaskHistory(now)
	}
	return st
}

func (st *state) seedNodes(now time.Time) {
	for i, name := range st.s.opts.Nodes {
		st.nodes[name] = &pveNode{
			name: name, id: i + 1, ip: fmt.Sprintf("192.168.10.%d", 11+i),
			cpus: 16, memory: 64 << 30, booted: now.Add(-time.Duration(20+i*3) * 24 * time.Hour),
		}
		st.nodeOrder = append(st.nodeOrder, name)
	}
}

// localNode is the node a client talks to: "localhost" in a path means it.
func (st *state) localNode() string { return st.nodeOrder[0] }

func (st *state) resolveNode(name string) string {
	if name == "localhost" {
		return st.localNode()
	}
	return name
}

// digestOf is a config digest: SHA-1 over the sorted lines, 40 hex digits
// like the digest of a Proxmox config file.
func digestOf(cfg map[string]string) string {
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s: %s\n", k, cfg[k])
	}
	return fmt.Sprintf("%x", sha1.Sum([]byte(b.String())))
}

// nextPid hands out process ids for task UPIDs.
func (st *state) nextPid() int {
	st.nextPID += 1 + st.s.rng.Intn(40)
	return st.nextPID
}
