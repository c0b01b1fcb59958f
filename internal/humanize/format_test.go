package humanize

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestFormatVectors(t *testing.T) {
	cases := []struct {
		unit catalog.Unit
		v    float64
		want string
	}{
		{catalog.UnitBytes, 0, "0 B"},
		{catalog.UnitBytes, 1, "1 B"},
		{catalog.UnitBytes, 1023, "1023 B"},
		{catalog.UnitBytes, 1024, "1 KiB"},
		{catalog.UnitBytes, 1536, "1.5 KiB"},
		{catalog.UnitBytes, 1048575, "1 MiB"}, // 1023.999 KiB rounds up a unit
		{catalog.UnitBytes, 10 << 20, "10 MiB"},
		{catalog.UnitBytes, 123456789, "118 MiB"},
		{catalog.UnitBytes, 9744207052, "9.07 GiB"},
		{catalog.UnitBytes, 100 << 30, "100 GiB"},
		{catalog.UnitBytes, 1 << 50, "1 PiB"},
		{catalog.UnitBytes, 1 << 60, "1 EiB"},
		{catalog.UnitBytesPerSecond, 120000, "117 KiB/s"},
		{catalog.UnitSeconds, 0, "0s"},
		{catalog.UnitSeconds, 0.5, "0.5s"},
		{catalog.UnitSeconds, 59, "59s"},
		{catalog.UnitSeconds, 60, "1m"},
		{catalog.UnitSeconds, 61, "1m 1s"},
		{catalog.UnitSeconds, 3600, "1h"},
		{catalog.UnitSeconds, 3660, "1h 1m"},
		{catalog.UnitSeconds, 86399, "23h 59m"},
		{catalog.UnitSeconds, 273600, "3d 4h"},
		{catalog.UnitSeconds, 273659, "3d 4h"},
		{catalog.UnitSeconds, 90061, "1d 1h"},
		{catalog.UnitSeconds, 172800 + 60, "2d"},
		{catalog.UnitSeconds, 400*86400 + 7200, "400d 2h"},
		{catalog.UnitFraction, 0, "0 %"},
		{catalog.UnitFraction, 0.123, "12.3 %"},
		{catalog.UnitFraction, 0.0123, "1.23 %"},
		{catalog.UnitFraction, 0.5, "50 %"},
		{catalog.UnitFraction, 1, "100 %"},
		{catalog.UnitFraction, 0.00001, "0 %"},
		{catalog.UnitFraction, 0.0512345, "5.12 %"},
		{catalog.UnitUnixTime, 1700000000, "2023-11-14T22:13:20Z"},
		{catalog.UnitUnixTime, 1, "1970-01-01T00:00:01Z"},
		{catalog.UnitLocalTime, 1700000000 + 3600, "2023-11-14T23:13:20"},
	}
	for _, c := range cases {
		got, ok := Format(c.unit, c.v)
		if !ok || got != c.want {
			t.Errorf("Format(%s, %v) = %q, %v; want %q", c.unit, c.v, got, ok, c.want)
		}
	}
}

// Values without a sensible reading get no companion: Proxmox's -1 for
// "unknown", 0 for "never", an unknown unit.
func TestFormatRefuses(t *testing.T) {
	cases := []struct {
		unit catalog.Unit
		v    float64
	}{
		{catalog.UnitBytes, -1},
		{catalog.UnitSeconds, -5},
		{catalog.UnitUnixTime, 0},
		{catalog.UnitUnixTime, -1},
		{catalog.UnitUnixTime, 1e13},
		{catalog.Unit("furlongs"), 3},
		{"", 3},
	}
	for _, c := range cases {
		if got, ok := Format(c.unit, c.v); ok {
			t.Errorf("Format(%s, %v) = %q, want no companion", c.unit, c.v, got)
		}
	}
}

func TestSignificantVectors(t *testing.T) {
	cases := []struct {
		v                   float64
		digits, maxDecimals int
		want                string
	}{
		{9.996, 3, -1, "10"}, {0.05, 3, 2, "0.05"}, {0.001234, 3, -1, "0.00123"}, {1.5, 3, -1, "1.5"},
		{1023.4, 3, -1, "1023"}, {-0.5, 3, 1, "-0.5"}, {-0.01, 3, 1, "0"}, {2132144479.08, 6, -1, "2132144479"},
		{0.0439571428, 6, -1, "0.0439571"}, {1e20, 3, -1, "100000000000000000000"},
	}
	for _, c := range cases {
		if got := significant(c.v, c.digits, c.maxDecimals); got != c.want {
			t.Errorf("significant(%v, %d, %d) = %q, want %q", c.v, c.digits, c.maxDecimals, got, c.want)
		}
	}
}

// The hand-written digits agree with strconv's correctly rounded ones,
// except on exact ties (strconv rounds half to even, we away from zero).
func TestSignificantAgreesWithStrconv(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		v := math.Pow(10, r.Float64()*16-6) * r.Float64()
		digits := 1 + r.IntN(6)
		decimals := max(digits-1-int(math.Floor(math.Log10(v))), 0)
		ref := strconv.FormatFloat(v, 'f', decimals, 64)
		if strings.Contains(ref, ".") {
			ref = strings.TrimRight(strings.TrimRight(ref, "0"), ".")
		}
		if got := significant(v, digits, -1); got != ref {
			scaled := v * math.Pow(10, float64(decimals))
			if math.Abs(scaled-math.Floor(scaled)-0.5) > 1e-6 && magnitude(v) == int(math.Floor(math.Log10(v))) {
				t.Fatalf("significant(%v, %d) = %q, strconv %q", v, digits, got, ref)
			}
		}
	}
}
