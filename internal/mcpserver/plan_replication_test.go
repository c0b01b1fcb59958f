package mcpserver

import "testing"

// A guest with a replication job: Proxmox refuses the delete without
// purge=1 (its own words), and purge=1 removes the job; a job of another
// guest is not named.
func TestPlanGuestDeleteNamesReplicationJobs(t *testing.T) {
	pe := newPlanEnv(t)
	pe.write("pve POST /cluster/replication", map[string]any{"id": "101-0", "target": "pve2", "type": "local"})
	// The seeded cluster replicates VM 100 (job 100-0): not VM 101's.
	plan := pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101})
	mustContain(t, plan, `replication jobs: 101-0 to pve2: Proxmox refuses without purge=1 ("There is a replication job '101-0' for guest '101' - Please remove that first.")`)
	mustNotContain(t, plan, "100-0")
	plan = pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101, "purge": true})
	mustContain(t, plan, "replication jobs: 101-0 to pve2: removed (purge=1)")
	plan = pe.dryRun("pve DELETE /nodes/{node}/lxc/{vmid}", map[string]any{"node": "pve3", "vmid": 202})
	mustContain(t, plan, "replication jobs: none")
}
