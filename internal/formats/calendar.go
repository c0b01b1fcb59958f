package formats

import (
	"strconv"
	"strings"
)

// Calendar events (pve-calendar-event). PVE::CalendarEvent
// (proxmox/pve-common src/PVE/CalendarEvent.pm) trims the value and refuses
// an empty one; the rest is proxmox-time's parser (proxmox/proxmox-rs
// proxmox-time/src/calendar_event.rs, parse_helpers.rs, week_days.rs), a
// nom grammar mirrored here rule by rule: a parser returns the rest of its
// input, or ok=false for nom's recoverable error, which opt() and
// separated_list1() absorb the same way nom does.

func calendarEventCheck(v string) string {
	event := strings.TrimFunc(v, isPerlSpace)
	if event == "" {
		return "invalid calendar event '" + v + "' - unable to parse calendar event - event is empty\n"
	}
	rest, ok := parseCalendarEvent(event)
	if ok && rest == "" {
		return ""
	}
	if !ok {
		rest = event
	}
	return "invalid calendar event '" + v + "' - unable to parse calendar event at '" + rest + "'\n"
}

// calendarKeywords are the shorthands proxmox-time accepts for the whole
// event (after an optional UTC suffix).
var calendarKeywords = map[string]bool{
	"minutely": true, "hourly": true, "daily": true, "weekly": true, "monthly": true,
	"yearly": true, "annually": true, "quarterly": true, "semiannually": true, "semi-annually": true,
}

// parseCalendarEvent is parse_calendar_event_incomplete: [weekdays] [date]
// [time] [UTC], at least one of the first three.
func parseCalendarEvent(i string) (string, bool) {
	if n, found := strings.CutSuffix(i, "UTC"); found {
		i = strings.TrimRight(n, " ")
	}
	var hasDay, hasDate, hasTime bool
	if i != "" && isASCIIAlpha(i[0]) {
		if calendarKeywords[i] {
			return "", true
		}
		n, ok := separatedList1(i, ",", parseWeekdayRange)
		if !ok {
			return i, false
		}
		i, hasDay = space0(n), true
	}
	if n, ok := parseDateSpec(i); ok {
		i, hasDate = space0(n), true
	}
	if n, ok := parseTimeSpec(i); ok {
		i, hasTime = n, true
	}
	if !hasDay && !hasDate && !hasTime {
		return i, false
	}
	return i, true
}

type calParser func(string) (string, bool)

// separatedList1 is nom's separated_list1: one element, then more after
// each separator; a separator or element that does not parse ends the list
// before that separator.
func separatedList1(i, sep string, element calParser) (string, bool) {
	i, ok := element(i)
	if !ok {
		return i, false
	}
	for strings.HasPrefix(i, sep) {
		n, ok := element(i[len(sep):])
		if !ok {
			break
		}
		i = n
	}
	return i, true
}

func space0(i string) string { return strings.TrimLeft(i, " \t") }

func isASCIIAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// weekdays are the names parse_weekday knows, compared in lower case.
var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tuesday": true, "wed": true, "wednesday": true,
	"thu": true, "thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
}

func parseWeekday(i string) (string, bool) {
	n := 0
	for n < len(i) && isASCIIAlpha(i[n]) {
		n++
	}
	if n == 0 || !weekdays[strings.ToLower(i[:n])] {
		return i, false
	}
	return i[n:], true
}

// parseWeekdayRange is DAY or DAY..DAY; a range may wrap around the week.
func parseWeekdayRange(i string) (string, bool) {
	i, ok := parseWeekday(i)
	if !ok {
		return i, false
	}
	if rest, found := strings.CutPrefix(i, ".."); found {
		if n, ok := parseWeekday(rest); ok {
			return n, true
		}
	}
	return i, true
}

// parseTimeComp is parse_time_comp: decimal digits below max.
func parseTimeComp(max uint64) calParser {
	return func(i string) (string, bool) {
		n := 0
		for n < len(i) && i[n] >= '0' && i[n] <= '9' {
			n++
		}
		if n == 0 {
			return i, false
		}
		v, err := strconv.ParseUint(i[:n], 10, 32)
		if err != nil || v >= max {
			return i, false
		}
		return i[n:], true
	}
}

// parseDateTimeComp is VALUE, VALUE..END, VALUE/REPEAT or VALUE..END/REPEAT.
func parseDateTimeComp(max uint64) calParser {
	comp := parseTimeComp(max)
	return func(i string) (string, bool) {
		start := i
		i, ok := comp(i)
		if !ok {
			return i, false
		}
		if rest, found := strings.CutPrefix(i, ".."); found {
			if n, ok := comp(rest); ok {
				if compValue(start) > compValue(rest) {
					return n, false // "range start is bigger than end"
				}
				i = n
			}
		}
		if rest, found := strings.CutPrefix(i, "/"); found {
			return comp(rest)
		}
		return i, true
	}
}

// compValue is the number a successful parseTimeComp read at the start of i.
func compValue(i string) uint64 {
	n := 0
	for n < len(i) && i[n] >= '0' && i[n] <= '9' {
		n++
	}
	v, _ := strconv.ParseUint(i[:n], 10, 32)
	return v
}

// parseCompList is parse_date_time_comp_list: "*", "*/REPEAT" with a
// positive repeat, or a comma-separated list of components.
func parseCompList(max uint64) calParser {
	return func(i string) (string, bool) {
		if rest, found := strings.CutPrefix(i, "*"); found {
			if after, slash := strings.CutPrefix(rest, "/"); slash {
				n, ok := parseTimeComp(max)(after)
				if !ok {
					return n, false
				}
				if compValue(after) > 0 {
					return n, true
				}
			}
			return rest, true
		}
		return separatedList1(i, ",", parseDateTimeComp(max))
	}
}

// parseTimeSpec is [HOUR:]MINUTE[:SECOND].
func parseTimeSpec(i string) (string, bool) {
	if n, ok := parseCompList(24)(i); ok {
		if rest, found := strings.CutPrefix(n, ":"); found {
			i = rest
		}
	}
	i, ok := parseCompList(60)(i)
	if !ok {
		return i, false
	}
	if rest, found := strings.CutPrefix(i, ":"); found {
		if n, ok := parseCompList(60)(rest); ok {
			i = n
		}
	}
	return i, true
}

// parseDateSpec is YEAR-MONTH-DAY or MONTH-DAY.
func parseDateSpec(i string) (string, bool) {
	if n, ok := sequence(i, parseCompList(2200), dash(parseCompList(13)), dash(parseCompList(32))); ok {
		return n, true
	}
	return sequence(i, parseCompList(13), dash(parseCompList(32)))
}

// dash is nom's preceded(tag("-"), p).
func dash(p calParser) calParser {
	return func(i string) (string, bool) {
		rest, found := strings.CutPrefix(i, "-")
		if !found {
			return i, false
		}
		return p(rest)
	}
}

// sequence is nom's tuple: every parser in turn.
func sequence(i string, parsers ...calParser) (string, bool) {
	for _, p := range parsers {
		n, ok := p(i)
		if !ok {
			return n, false
		}
		i = n
	}
	return i, true
}
