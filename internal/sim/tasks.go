package sim

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// task is a worker task: what a long-running call returns the UPID of.
// Tasks advance lazily: whenever the state is locked, every task whose
// time is up finishes and applies its effect, in end-time order. No
// goroutines or timers are involved, so a test clock (Options.Clock) can
// step time and a task's outcome does not depend on scheduling.
type task struct {
	product     catalog.Product
	upid        string
	node        string
	pid, pstart int
	taskID      int // PBS only
	start, end  time.Time
	typ, id     string
	authid      string

	running bool
	exit    string
	log     []string
	// effect runs when the task ends; its error becomes the exit status.
	effect func(t *task) error
	// failure makes the task end with this exit status (failLog first).
	failure string
	failLog []string
}

// taskSpec describes a task to start.
type taskSpec struct {
	product catalog.Product
	node    string
	typ, id string
	authid  string
	log     []string // written at start
	effect  func(t *task) error
	// fail ends the task at once with this error: a worker that died on a
	// precondition ("VM 100 already running").
	fail string
}

func (st *state) startTask(now time.Time, sp taskSpec) *task {
	t := &task{
		product: sp.product, node: sp.node, typ: sp.typ, id: sp.id, authid: sp.authid,
		pid: st.nextPid(), pstart: 1000000 + st.s.rng.Intn(9000000),
		start: now, end: now.Add(st.s.opts.TaskDuration), running: true,
		log: append([]string(nil), sp.log...), effect: sp.effect,
	}
	if sp.fail != "" {
		t.failure, t.end = sp.fail, now
	} else if f, ok := st.s.faults.taskFailure(sp.typ, sp.id); ok {
		t.failure, t.failLog = f.Message, f.Log
	}
	st.pbsTaskSeq++
	t.taskID = st.pbsTaskSeq
	t.upid = t.makeUPID()
	st.tasks[t.upid] = t
	st.taskOrder = append(st.taskOrder, t)
	st.advance(now)
	return t
}

// makeUPID formats the task id as its product does (package wire).
func (t *task) makeUPID() string {
	return wire.FormatUPID(wire.Task{Product: t.product, Node: t.node, PID: int64(t.pid), PStart: int64(t.pstart),
		TaskID: int64(t.taskID), StartTime: t.start, Type: t.typ, ID: t.id, User: t.authid})
}

// advance finishes every due task whose node is reachable.
func (st *state) advance(now time.Time) {
	due := []*task{}
	for _, t := range st.taskOrder {
		if t.running && !now.Before(t.end) && st.nodeReachable(t) {
			due = append(due, t)
		}
	}
	sort.SliceStable(due, func(i, j int) bool { return due[i].end.Before(due[j].end) })
	for _, t := range due {
		st.finish(t)
	}
}

func (st *state) nodeReachable(t *task) bool {
	if t.product != catalog.PVE {
		return true
	}
	n := st.nodes[t.node]
	return n == nil || n.health != nodeOffline
}

// finish ends a task: an injected or precondition failure, or the effect.
func (st *state) finish(t *task) {
	t.running = false
	if t.failure != "" {
		t.log = append(t.log, t.failLog...)
		t.fail(t.failure)
		return
	}
	if t.effect != nil {
		if err := t.effect(t); err != nil {
			t.fail(strings.TrimSuffix(err.Error(), "\n"))
			return
		}
	}
	t.exit = "OK"
	t.log = append(t.log, "TASK OK")
}

func (t *task) fail(msg string) {
	t.running = false
	t.exit = msg
	t.log = append(t.log, "TASK ERROR: "+msg)
}

// interruptTasks ends the tasks of a node that was offline, as a node
// that went down leaves them.
func (st *state) interruptTasks(node string, now time.Time) {
	for _, t := range st.taskOrder {
		if t.running && t.product == catalog.PVE && t.node == node {
			t.fail("unexpected status")
		}
	}
}

// stopTask is DELETE /nodes/{node}/tasks/{upid}.
func (st *state) stopTask(t *task) {
	if t.running {
		t.fail("interrupted by signal")
	}
}

// statusText is a finished task's status column in task lists.

// endTime is when a finished task ended.
func (t *task) endTime() int64 {
	if t.end.IsZero() {
		return t.start.Unix()
	}
	return t.end.Unix()
}

// taskError is how a task effect fails.
type taskError string

func (e taskError) Error() string { return string(e) }

func taskErrorf(format string, a ...any) error { return taskError(fmt.Sprintf(format, a...)) }

// pastTask records a finished task in the history.
func (st *state) pastTask(p catalog.Product, node, typ, id, authid string, start time.Time, d time.Duration, exit string, lines []string) {
	t := &task{product: p, node: node, typ: typ, id: id, authid: authid, pid: st.nextPid(), pstart: 2000000 + st.s.rng.Intn(9000000),
		start: start, end: start.Add(d), exit: exit, log: lines}
	st.pbsTaskSeq++
	t.taskID = st.pbsTaskSeq
	if exit == "OK" {
		t.log = append(t.log, "TASK OK")
	} else {
		t.log = append(t.log, "TASK ERROR: "+exit)
	}
	t.upid = t.makeUPID()
	st.tasks[t.upid] = t
	st.taskOrder = append(st.taskOrder, t)
}

func (st *state) seedTaskHistory(now time.Time) {
	day := now.Add(-24 * time.Hour).Truncate(time.Hour)
	pve := st.nodeOrder
	st.pastTask(catalog.PVE, pve[0], "vzdump", "", "root@pam", day.Add(2*time.Hour), 9*time.Minute, "OK",
		[]string{"INFO: starting new backup job: vzdump 100 101 200 --storage pbs-store1 --mode snapshot", "INFO: Backup job finished successfully"})
	st.pastTask(catalog.PVE, pve[0], "qmstart", "100", "root@pam", day.Add(5*time.Hour), 3*time.Second, "OK", nil)
	last := pve[len(pve)-1]
	st.pastTask(catalog.PVE, pve[min(1, len(pve)-1)], "vzdump", "102", "root@pam", day.Add(3*time.Hour), 14*time.Minute, "job errors",
		[]string{"INFO: starting new backup job: vzdump 102 --storage local --mode stop", "ERROR: Backup of VM 102 failed - unable to create temporary directory '/var/lib/vz/dump/vzdump-qemu-102-2025_01_01-03_00_00.tmp' - No space left on device", "INFO: Failed at " + day.Add(3*time.Hour).UTC().Format("2006-01-02 15:04:05")})
	st.pastTask(catalog.PVE, last, "vzcreate", "203", "root@pam", day.Add(-48*time.Hour), 40*time.Second, "OK", []string{"extracting archive '/var/lib/vz/template/cache/debian-12-standard_12.7-1_amd64.tar.zst'"})
	st.pastTask(catalog.PBS, PBSNode, "garbage_collection", "store1", "root@pam", day.Add(4*time.Hour), 2*time.Minute, "OK",
		[]string{"starting garbage collection on store store1", "Start GC phase1 (mark used chunks)", "Start GC phase2 (sweep unused chunks)", "Removed garbage: 1.21 GiB", "Pending removals: 0 B (in 0 chunks)"})
	st.pastTask(catalog.PBS, PBSNode, "syncjob", "offsite-pbs:store1:store1::s-offsite", "root@pam", day.Add(6*time.Hour), 30*time.Second, "connection error: Connection refused (os error 111)",
		[]string{"Starting datastore sync job 'offsite-pbs:store1:store1::s-offsite'"})
}
