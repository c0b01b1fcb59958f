package humanize

import (
	"math"
	"strconv"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Format writes a number in its unit for a person to read; ok is false
// when the unit is unknown or the value has no sensible reading (a
// negative size, which Proxmox sends as "-1 on error"; a time of 0, which
// Proxmox uses for "never" and "not set").
func Format(unit catalog.Unit, v float64) (s string, ok bool) {
	b, ok := AppendFormat(nil, unit, v)
	return string(b), ok
}

// AppendFormat is Format appending to out, without allocating for the
// text; out is returned unchanged when ok is false.
func AppendFormat(out []byte, unit catalog.Unit, v float64) (_ []byte, ok bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return out, false
	}
	switch unit {
	case catalog.UnitBytes:
		return appendBytes(out, v)
	case catalog.UnitBytesPerSecond:
		if out, ok = appendBytes(out, v); ok {
			out = append(out, "/s"...)
		}
		return out, ok
	case catalog.UnitSeconds:
		return appendDuration(out, v)
	case catalog.UnitUnixTime:
		return appendTime(out, v, time.RFC3339)
	case catalog.UnitLocalTime:
		return appendTime(out, v, "2006-01-02T15:04:05")
	case catalog.UnitFraction:
		return append(appendSignificant(out, v*100, 3, 2), " %"...), true
	}
	return out, false
}

// byteUnits are binary multiples, as Proxmox's own clients show sizes
// (pve-common PVE::Format::render_bytes: B, KiB … PiB).
var byteUnits = []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}

// appendBytes writes a size in binary units with three significant
// digits: 0 B, 1023 B, 1 KiB, 9.07 GiB.
func appendBytes(out []byte, v float64) ([]byte, bool) {
	if v < 0 {
		return out, false
	}
	if v < 1024 {
		return append(strconv.AppendFloat(out, math.Round(v), 'f', -1, 64), " B"...), true
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
	out = append(appendSignificant(out, v, 3, -1), ' ')
	return append(out, byteUnits[unit]...), true
}

// durationUnits are the units a duration is written in, largest first.
var durationUnits = []struct {
	name    byte
	seconds int64
}{{'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}}

// appendDuration writes seconds in the two largest units that apply, the
// second left out when it is zero: 59s, 1h, 3d 4h, 400d 2h. Days are the
// largest unit, since "57w 1d" of uptime needs arithmetic that "400d 2h"
// does not. Under a minute, tenths of a second show: 0.5s.
func appendDuration(out []byte, seconds float64) ([]byte, bool) {
	if seconds < 0 {
		return out, false
	}
	if seconds < 59.95 {
		return append(appendSignificant(out, seconds, 3, 1), 's'), true
	}
	n := int64(math.Round(seconds))
	i := 0
	for n < durationUnits[i].seconds {
		i++
	}
	u := durationUnits[i]
	out = append(strconv.AppendInt(out, n/u.seconds, 10), u.name)
	if i+1 < len(durationUnits) {
		next := durationUnits[i+1]
		if rest := n % u.seconds / next.seconds; rest > 0 {
			out = append(strconv.AppendInt(append(out, ' '), rest, 10), next.name)
		}
	}
	return out, true
}

// appendTime writes seconds since the epoch in layout, in UTC. Zero and
// negative values are Proxmox's "never" or "unknown"; years past 9999 do
// not fit RFC 3339.
func appendTime(out []byte, seconds float64, layout string) ([]byte, bool) {
	if seconds <= 0 || seconds >= 253402300800 {
		return out, false
	}
	return time.Unix(int64(seconds), 0).UTC().AppendFormat(out, layout), true
}

// appendSignificant writes v with the given number of significant digits,
// at most maxDecimals after the point (-1: no limit), without trailing
// zeros: 9.07, 12.3, 100, 0.12. It is on the path of every companion, so
// it writes the digits itself rather than through strconv's float
// formatting, which costs several times as much.
func appendSignificant(out []byte, v float64, digits, maxDecimals int) []byte {
	if v < 0 {
		if r := appendSignificant(nil, -v, digits, maxDecimals); string(r) != "0" {
			out = append(out, '-')
		}
		v = -v
	}
	decimals := max(digits-1-magnitude(v), 0)
	if maxDecimals >= 0 {
		decimals = min(decimals, maxDecimals)
	}
	if decimals >= len(pow10) || v*pow10[decimals] >= 1<<53 {
		return strconv.AppendFloat(out, v, 'f', decimals, 64) // beyond exact integers: rare, and exact
	}
	scale := int64(pow10[decimals])
	n := int64(math.Round(v * pow10[decimals]))
	out = strconv.AppendInt(out, n/scale, 10)
	frac := n % scale
	if frac == 0 {
		return out
	}
	for frac%10 == 0 {
		frac /= 10
		decimals--
	}
	out = append(out, '.')
	for d := pow10[decimals-1]; d >= 1 && float64(frac) < d; d /= 10 {
		out = append(out, '0')
	}
	return strconv.AppendInt(out, frac, 10)
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// magnitude is floor(log10(v)) for v > 0, and 0 for 0.
func magnitude(v float64) int {
	if v == 0 {
		return 0
	}
	m := 0
	for ; v >= 10 && m < 308; v /= 10 {
		m++
	}
	for ; v < 1 && m > -308; v *= 10 {
		m--
	}
	return m
}

// significant is appendSignificant as a string.
func significant(v float64, digits, maxDecimals int) string {
	return string(appendSignificant(nil, v, digits, maxDecimals))
}
