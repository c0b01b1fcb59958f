// Package search ranks Proxmox API operations against a natural-language
// request, so a client that cannot list ~1,000 tools can still find the one
// it needs.
//
// It is a small search engine over the generated catalogs:
//
//   - tokenize.go and stem.go turn paths, tool names and prose into
//     normalised terms (path segments, snake/kebab/camel case, light
//     stemming);
//   - fields.go and index.go build BM25F postings over weighted fields
//     (path, summary, tool name, category, description, parameter names),
//     splitting glued path words ("startall") into dictionary words;
//   - synonyms.go is the vocabulary table mapping the words people use
//     ("VM", "reboot", "free space") to the words Proxmox uses (qemu,
//     reboot, status) and tagging words that reveal intent; lexicon.go
//     compiles and looks it up;
//   - query.go parses a request into concepts, intents and hints;
//   - score.go scores concepts against the postings and applies the few
//     rules no term statistic can express (intent.go: method agreement;
//     a guest id that wants a {vmid} path, a named product, general over
//     specific, path words the query does not explain);
//   - search.go is the API, rank.go picks the top results.
//
// Everything is deterministic: the same catalog and query give the same
// results in the same order, ties broken by tool name.
package search
