package search

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// benchQueries are realistic requests of varied length and vocabulary.
var benchQueries = []string{
	"reboot VM 101",
	"which backups of container 200 exist on the backup server",
	"free space on storage local-lvm",
	"list all virtual machines",
	"migrate vm 101 to node pve2",
	"show task log",
	"create API token",
	"add firewall rule to vm",
	"garbage collection on datastore",
	"what version of proxmox",
	"set permissions for user",
	"guest agent network interfaces",
}

// BenchmarkSearch is one search over the whole catalog (both products).
func BenchmarkSearch(b *testing.B) {
	ix := New(apis.Operations(), testCategory)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ix.Search(Query{Text: benchQueries[i%len(benchQueries)]})
		i++
	}
}

// BenchmarkNew is building the index over the whole catalog.
func BenchmarkNew(b *testing.B) {
	ops := apis.Operations()
	b.ReportAllocs()
	for b.Loop() {
		New(ops, testCategory)
	}
}
