// Package inventory is the one place that decides what a session gets:
// which Proxmox operations exist for it, under which names, which are
// registered as tools of their own, with which listed schema and
// annotations, which the front door reaches, and why anything else is
// refused.
//
// Its inputs are the generated catalogs, the policy (tiers, categories,
// the core set, name overrides), and the configuration (per product: the
// tier and the category allowlist; the mode and the front door switch).
// A request may narrow it further (the HTTP transport's headers), never
// widen it. The MCP server, the HTTP transport, the tools and check
// commands, search and describe all ask it; nothing else filters.
package inventory
