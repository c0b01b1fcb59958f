package release

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// semVer is the Semantic Versioning 2.0.0 grammar (semver.org's own
// expression), which npm's versions follow.
var semVer = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// describeHash is what git describe --always --dirty prints without a tag.
var describeHash = regexp.MustCompile(`^[0-9a-f]{7,40}(-dirty)?$`)

// describeSuffix is what git describe --tags --dirty adds after a tag: the
// commits since it, the abbreviated hash, and -dirty.
var describeSuffix = regexp.MustCompile(`(-\d+-g[0-9a-f]{7,40})?(-dirty)?$`)

// NPMVersion turns a release version into the semantic version npm needs:
// v1.2.3 and git describe's v1.2.3-4-gabcdef0-dirty lose the v; a bare
// commit hash becomes the prerelease 0.0.0-gabcdef0.
func NPMVersion(version string) (string, error) {
	v := strings.TrimPrefix(version, "v")
	switch {
	case semVer.MatchString(v):
		return v, nil
	case describeHash.MatchString(version):
		return "0.0.0-g" + version, nil
	}
	return "", fmt.Errorf("version %q is not a semantic version (npm needs one): tag the commit v1.2.3 or set VERSION=v1.2.3", version)
}

// ModuleVersion is the version the Go module proxy serves the source under:
// the release version when it is a clean tag (v1.2.3, v1.3.0-rc.1), else the
// pseudo-version Go itself gives the commit: after the tag git describe
// names, or v0.0.0 without one.
func ModuleVersion(src Source) string {
	if semver.IsValid(src.Version) && semver.Canonical(src.Version) == src.Version && describeSuffix.FindString(src.Version) == "" {
		return src.Version
	}
	base := describeSuffix.ReplaceAllString(src.Version, "")
	older, major := "", "v0"
	if semver.IsValid(base) {
		older, major = base, semver.Major(base)
	}
	rev := src.Revision
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return module.PseudoVersion(major, older, src.Time, rev)
}
