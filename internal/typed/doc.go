// Package typed is the runtime of the generated typed clients
// (generated/pve, generated/pbs).
//
// The generated packages are a library for other Go programs, so their
// exported API names no type of an internal package: each wraps this
// package's Client in its own Client, turns its Settings into options,
// and converts the errors and tasks returned here into exported types of
// its own. Everything that decides behaviour lives here, once for both
// products: how parameters become tool arguments, that every call is
// prepared (checked and encoded) by package wire exactly as the MCP
// server prepares it, how answers decode, how a task is followed.
package typed
