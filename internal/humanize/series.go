package humanize

import (
	"bytes"
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// SummaryMinPoints is the shortest series that gets a summary: up to 20
// points read at a glance, while an RRD answer holds 70 (pmxcfs keeps 70
// rows per timeframe) and is read faster from its summary.
const SummaryMinPoints = 21

// fieldStats gathers one member over the points of a series.
type fieldStats struct {
	samples          int
	min, max, sum    float64
	latest, latestAt float64
}

func (f *fieldStats) add(v, at float64) {
	if f.samples == 0 || v < f.min {
		f.min = v
	}
	if f.samples == 0 || v > f.max {
		f.max = v
	}
	if f.samples == 0 || at >= f.latestAt {
		f.latest, f.latestAt = v, at
	}
	f.samples++
	f.sum += v
}

// seriesStats is a whole series: its window and every numeric member.
type seriesStats struct {
	points   int
	from, to float64
	fields   map[string]*fieldStats
	values   []span // scratch: one point's members, reused for the next
}

// summarize reads a list of points dated by s.Time and writes its summary,
// or returns nil when the data is not such a list or is short.
func summarize(s *catalog.Series, data []byte) []byte {
	st, ok := readSeries(s.Time, data)
	if !ok || st.points < SummaryMinPoints {
		return nil
	}
	units := make(map[string]catalog.Unit, len(s.Units))
	for _, u := range s.Units {
		units[u.Path] = u.Unit
	}
	return st.appendJSON(make([]byte, 0, 128+96*len(st.fields)), units)
}

// readSeries scans the points; a point that is not an object or has no
// time means the data is not a series.
func readSeries(timeKey string, data []byte) (*seriesStats, bool) {
	if len(data) == 0 || data[0] != '[' {
		return nil, false
	}
	st := &seriesStats{fields: map[string]*fieldStats{}}
	i := 1
	for first := true; ; first = false {
		e, next, done, ok := nextElement(data, i, first)
		if !ok {
			return nil, false
		}
		if done {
			return st, st.points > 0
		}
		if !st.addPoint(timeKey, data[e.start:e.end]) {
			return nil, false
		}
		i = next
	}
}

func (st *seriesStats) addPoint(timeKey string, point []byte) bool {
	if len(point) == 0 || point[0] != '{' {
		return false
	}
	at, found := 0.0, false
	values := st.values[:0]
	i := 1
	for first := true; ; first = false {
		m, next, done, ok := nextMember(point, i, first)
		if !ok {
			return false
		}
		if done {
			break
		}
		i = next
		if string(point[m.keyStart+1:m.keyEnd-1]) == timeKey {
			at, found = number(point[m.start:m.end])
		} else {
			values = append(values, m)
		}
	}
	st.values = values
	if !found {
		return false
	}
	for _, m := range values {
		if v, ok := number(point[m.start:m.end]); ok {
			st.field(point[m.keyStart:m.keyEnd]).add(v, at)
		}
	}
	if st.points == 0 || at < st.from {
		st.from = at
	}
	if st.points == 0 || at > st.to {
		st.to = at
	}
	st.points++
	return true
}

// field is the statistics of the member named rawKey (with its quotes).
// Every point names the same members: an unescaped name is looked up
// without making it a string, which is done once, for a new field.
func (st *seriesStats) field(rawKey []byte) *fieldStats {
	inner := rawKey[1 : len(rawKey)-1]
	if bytes.IndexByte(inner, '\\') >= 0 {
		return st.fieldNamed(keyName(rawKey))
	}
	if f := st.fields[string(inner)]; f != nil {
		return f
	}
	return st.fieldNamed(string(inner))
}

func (st *seriesStats) fieldNamed(name string) *fieldStats {
	f := st.fields[name]
	if f == nil {
		f = &fieldStats{}
		st.fields[name] = f
	}
	return f
}

// appendJSON writes the summary, members in a fixed order so that the
// model reads the window first:
//
//	{"points":70,"from":…,"from_human":"…","to":…,"to_human":"…","step":60,"step_human":"1m",
//	 "fields":{"cpu":{"latest":…,"latest_human":"…","min":…,"avg":…,"max":…},…}}
//
// A field present in fewer points than the series has says in how many
// ("samples"); its figures are over those.
func (st *seriesStats) appendJSON(out []byte, units map[string]catalog.Unit) []byte {
	out = append(out, `{"points":`...)
	out = strconv.AppendInt(out, int64(st.points), 10)
	out = appendFigure(out, "from", st.from, catalog.UnitUnixTime)
	out = appendFigure(out, "to", st.to, catalog.UnitUnixTime)
	if st.points > 1 {
		out = appendFigure(out, "step", math.Round((st.to-st.from)/float64(st.points-1)), catalog.UnitSeconds)
	}
	out = append(out, `,"fields":{`...)
	for i, name := range slices.Sorted(maps.Keys(st.fields)) {
		if i > 0 {
			out = append(out, ',')
		}
		out = appendString(out, name)
		out = st.fields[name].appendJSON(append(out, ':'), st.points, units[name])
	}
	return append(out, "}}"...)
}

func (f *fieldStats) appendJSON(out []byte, points int, unit catalog.Unit) []byte {
	out = append(out, '{')
	if f.samples < points {
		out = append(out, `"samples":`...)
		out = strconv.AppendInt(out, int64(f.samples), 10)
		out = append(out, ',')
	}
	out = append(out, `"latest":`...)
	out = appendNumber(out, f.latest)
	out = appendHuman(out, "latest", f.latest, unit)
	out = appendFigure(out, "min", f.min, unit)
	out = appendFigure(out, "avg", roundSignificant(f.sum/float64(f.samples), 6), unit)
	out = appendFigure(out, "max", f.max, unit)
	return append(out, '}')
}

// appendFigure writes ,"name":v and, when the unit has a reading for v,
// ,"name_human":"…".
func appendFigure(out []byte, name string, v float64, unit catalog.Unit) []byte {
	out = append(out, ',')
	out = appendString(out, name)
	out = appendNumber(append(out, ':'), v)
	return appendHuman(out, name, v, unit)
}

func appendHuman(out []byte, name string, v float64, unit catalog.Unit) []byte {
	mark := len(out)
	out = append(out, ',')
	if plainString(name) {
		out = append(append(append(out, '"'), name...), companionSuffix+`"`...)
	} else {
		out = appendString(out, name+companionSuffix)
	}
	out = append(out, `:"`...)
	out, ok := AppendFormat(out, unit, v)
	if !ok {
		return out[:mark]
	}
	return append(out, '"')
}

// appendNumber writes v as a JSON number, never in exponent form.
func appendNumber(out []byte, v float64) []byte {
	return strconv.AppendFloat(out, v, 'f', -1, 64)
}

// appendString writes s as a JSON string: member names of RRD points and
// the texts of Format are plain ASCII and written as they are; anything
// else goes through encoding/json.
func appendString(out []byte, s string) []byte {
	if !plainString(s) {
		quoted, _ := json.Marshal(s)
		return append(out, quoted...)
	}
	out = append(out, '"')
	out = append(out, s...)
	return append(out, '"')
}

// plainString reports whether s is written in JSON as it is, between
// quotes (encoding/json escapes <, > and & too).
func plainString(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// roundSignificant keeps an average readable: 6 significant digits, but
// never fewer than its whole part (an average of bytes stays in bytes).
func roundSignificant(v float64, digits int) float64 {
	f, err := strconv.ParseFloat(significant(v, digits, -1), 64)
	if err != nil {
		return v
	}
	return f
}
