package search

import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// Option adds what the caller knows about the operations beyond the
// catalog: how categories are described and which names tools go by.
type Option func(*settings)

type settings struct {
	categoryDoc func(catalog.Product, string) string
	toolNames   func(*catalog.Operation) []string
	examples    func(*catalog.Operation) string // the words of the requests written for an operation (see examples.go)
}

// CategoryDescriptions indexes each operation's category description (the
// policy's one-line summary, "cluster status, resources, log, options,
// corosync membership…") with its other text, so the words that describe
// a category lead to its operations. doc returns "" for an unknown
// category.
func CategoryDescriptions(doc func(product catalog.Product, category string) string) Option {
	return func(s *settings) { s.categoryDoc = doc }
}

// ToolNames lets a query that names a tool by a name other than its
// catalog name (a policy override such as pve_list_vms) find it. names
// returns the extra names of an operation, if any.
func ToolNames(names func(*catalog.Operation) []string) Option {
	return func(s *settings) { s.toolNames = names }
}
