//go:build !unix

package audit

import "os"

// lock is a no-op where advisory locks are not available: each server
// must be given its own audit log.
func lock(*os.File) error { return nil }
