package catalog

import (
	"strconv"
	"strings"
)

// CompareReleases orders two release labels as Proxmox numbers them:
// component by component, numerically ("8.4" < "9.1" < "9.10"), a label
// that is a prefix of another first ("9" < "9.1"). A component that is not
// a number compares as text after the numbers, so every pair has an order.
func CompareReleases(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if c := compareComponent(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return len(as) - len(bs)
}

func compareComponent(a, b string) int {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	switch {
	case errA == nil && errB == nil:
		return x - y
	case errA == nil:
		return -1
	case errB == nil:
		return 1
	}
	return strings.Compare(a, b)
}

// availableIn: a thing first seen in since exists in release. Empty since
// is "as old as what it belongs to"; a release older than every pinned one
// is taken to have what the oldest pinned one has, since nothing older is
// known.
func availableIn(since, release string) bool {
	return since == "" || CompareReleases(release, since) >= 0
}

// AvailableIn reports whether a cluster running release (a label such as
// "8.4", from its /version) has the operation.
func (op *Operation) AvailableIn(release string) bool { return availableIn(op.Since, release) }

// AvailableIn reports whether release has the parameter, given that it has
// the parameter's operation.
func (p *Param) AvailableIn(release string) bool { return availableIn(p.Since, release) }

// AvailableIn reports whether release has the key, given that it has the
// key's parameter.
func (k *PropertyKey) AvailableIn(release string) bool { return availableIn(k.Since, release) }

// HasRelease reports whether release is one of the releases the catalog
// was compared with (Releases).
func (c *Catalog) HasRelease(release string) bool {
	for _, r := range c.Releases {
		if r == release {
			return true
		}
	}
	return false
}
