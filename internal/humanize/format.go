package humanize

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Format writes a number in its unit for a person to read; ok is false
// when the unit is unknown or the value has no sensible reading (a
// negative size, which Proxmox sends as "-1 on error"; a time of 0, which
// Proxmox uses for "never" and "not set").
func Format(unit catalog.Unit, v float64) (s string, ok bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "", false
	}
	switch unit {
	case catalog.UnitBytes:
		return Bytes(v)
	case catalog.UnitBytesPerSecond:
		s, ok = Bytes(v)
		return s + "/s", ok
	case catalog.UnitSeconds:
		return Duration(v)
	case catalog.UnitUnixTime:
		return Time(v, time.RFC3339)
	case catalog.UnitLocalTime:
		return Time(v, "2006-01-02T15:04:05")
	case catalog.UnitFraction:
		return Percent(v), true
	}
	return "", false
}

// byteUnits are binary multiples, as Proxmox's own clients show sizes
// (pve-common PVE::Format::render_bytes: B, KiB … PiB).
var byteUnits = []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}

// Bytes writes a size in binary units with three significant digits:
// 0 B, 1023 B, 1 KiB, 9.07 GiB.
func Bytes(v float64) (string, bool) {
	if v < 0 {
		return "", false
	}
	if v < 1024 {
		return strconv.FormatFloat(math.Round(v), 'f', -1, 64) + " B", true
	}
	unit := 0
	for v >= 1024 && unit < len(byteUnits)-1 {
		v /= 1024
		unit++
	}
	// 1023.99 KiB rounds to 1024 KiB at three digits: that is 1 MiB.
	if math.Round(v) >= 1024 && unit < len(byteUnits)-1 {
		v /= 1024
		unit++
	}
	return significant(v, 3, -1) + " " + byteUnits[unit], true
}

// durationUnits are the units a duration is written in, largest first.
var durationUnits = []struct {
	name    string
	seconds int64
}{{"d", 86400}, {"h", 3600}, {"m", 60}, {"s", 1}}

// Duration writes seconds in the two largest units that apply, the
// second left out when it is zero: 59s, 1h, 3d 4h, 400d 2h. Days are the
// largest unit, since "57w 1d" of uptime needs arithmetic that "400d 2h"
// does not. Under a minute, tenths of a second show: 0.5s.
func Duration(seconds float64) (string, bool) {
	if seconds < 0 {
		return "", false
	}
	if seconds < 59.95 {
		return significant(seconds, 3, 1) + "s", true
	}
	n := int64(math.Round(seconds))
	for i, u := range durationUnits {
		if n < u.seconds {
			continue
		}
		out := strconv.FormatInt(n/u.seconds, 10) + u.name
		if i+1 < len(durationUnits) {
			next := durationUnits[i+1]
			if rest := n % u.seconds / next.seconds; rest > 0 {
				out += " " + strconv.FormatInt(rest, 10) + next.name
			}
		}
		return out, true
	}
	return "0s", true
}

// Percent writes a share from 0 to 1 as a percentage with three
// significant digits and at most two decimals: 12.3 %, 100 %, 0.12 %.
func Percent(fraction float64) string {
	return significant(fraction*100, 3, 2) + " %"
}

// Time writes seconds since the epoch in layout, in UTC. Zero and
// negative values are Proxmox's "never" or "unknown"; years past 9999
// do not fit RFC 3339.
func Time(seconds float64, layout string) (string, bool) {
	if seconds <= 0 || seconds >= 253402300800 {
		return "", false
	}
	return time.Unix(int64(seconds), 0).UTC().Format(layout), true
}

// significant writes v with the given number of significant digits, at
// most maxDecimals after the point (-1: no limit), without trailing zeros.
func significant(v float64, digits, maxDecimals int) string {
	decimals := 0
	if v != 0 {
		decimals = digits - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	}
	if decimals < 0 {
		decimals = 0
	}
	if maxDecimals >= 0 && decimals > maxDecimals {
		decimals = maxDecimals
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}
