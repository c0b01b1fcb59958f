// Package search ranks Proxmox API operations against a natural-language
// request, so a client that cannot list ~1,000 tools can still find the one
// it needs.
//
// It is a small search engine over the generated catalogs:
//
//   - tokenize.go turns paths, tool names and prose into normalised terms
//     (path segments, snake/kebab/camel case, light stemming);
//   - index.go builds BM25F postings over weighted fields (path, summary,
//     tool name, category, description, parameter names);
//   - synonyms.go maps the words people use ("VM", "reboot", "free space")
//     to the words Proxmox uses (qemu, reboot, status) and tags the words
//     that reveal intent (read, create, change, delete, act);
//   - query.go parses a request into concepts, intents and hints;
//   - score.go scores concepts against the postings and applies the few
//     rules no term statistic can express: method agreement, a guest id
//     that wants a {vmid} path, an explicit product, general over specific.
//
// Everything is deterministic: the same catalog and query give the same
// results in the same order, ties broken by tool name.
package search
