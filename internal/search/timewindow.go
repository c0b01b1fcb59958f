package search

// A request often bounds what it asks for in time: "cpu of vm 101 over
// the last hour", "iowait on pve2 over the day", "disk usage trend of
// datastore tank this month", "the last 24 hours". Such a window asks
// for history: the RRD statistics a node, guest, storage or datastore
// keeps (read by timeframe: hour, day, week, month, year), or for what a
// log or the task history recorded in that time. Its words are not
// concepts of their own: "day" and "last" would otherwise match whatever
// mentions days (schedules, retention) or "last" (keep-last).

// timeUnits are the units of a window.
var timeUnits = setOf("minute minutes min mins hour hours hr hrs h day days week weeks month months year years 24h 7d 30d")

// windowOpeners come before a unit, perhaps with a number or "the"
// between: "last hour", "past 7 days", "over the day", "this week",
// "per hour".
var windowOpeners = setOf("last past previous over this during within per")

// windowLeads are prepositions that lead into a window ("in the last
// hour", "for the past week").
var windowLeads = setOf("in for from")

// windowWords are windows of one word.
var windowWords = setOf("today tonight overnight")

// maxWindowGap is how many words (a number, "the", "few") may stand
// between an opener and its unit.
const maxWindowGap = 2

// windowAlts are what a window asks for: statistics over time, or the
// records of that time.
var windowAlts = []alt{{"rrddata", 1}, {"rrd", 0.9}, {"timeframe", 0.8}, {"log", 0.4}, {"task", 0.4}}

// windowWeight is the window concept's weight: it says how, not what.
const windowWeight = 0.5

// takeTimeWindows returns ws without the words of its time windows and
// whether there was one. A unit counts only after an opener ("the day
// after" is no window) and a one-word window only outside a name.
func takeTimeWindows(ws []qword) ([]qword, bool) {
	drop := make([]bool, len(ws))
	found := false
	for i, w := range ws {
		if w.ident {
			continue
		}
		if windowWords[w.raw] {
			drop[i], found = true, true
			continue
		}
		if !timeUnits[w.raw] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-1-maxWindowGap; j-- {
			if windowOpeners[ws[j].raw] {
				// "over the last hour", "in the past day": the words
				// leading up to the opener belong to the window.
				for j > 0 && (windowOpeners[ws[j-1].raw] || determiners[ws[j-1].raw] || windowLeads[ws[j-1].raw]) {
					j--
				}
				for k := j; k <= i; k++ {
					drop[k] = true
				}
				found = true
				break
			}
			if !isNumber(ws[j].raw) && !determiners[ws[j].raw] && ws[j].raw != "few" {
				break
			}
		}
	}
	if !found {
		return ws, false
	}
	out := make([]qword, 0, len(ws))
	for i, w := range ws {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out, true
}

// addTimeWindow adds the window concept to p.
func (ix *Index) addTimeWindow(p *plan) {
	p.add(concept{alts: ix.termAlts(windowAlts), weight: windowWeight})
}
