// Package generated holds the generator's output: generated/pve and
// generated/pbs, the endpoint catalogs and typed clients. Nothing here is
// edited by hand; run `make generate` (or `go generate ./generated`).
package generated

//go:generate go run ../gen -manifest ../schema/manifest.json -out .
