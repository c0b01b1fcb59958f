package search

import "strings"

// A request without a verb that writes the values it wants ("tape
// backup job of tank to pool weekly every friday 22:00", "throttle sync
// traffic to 20MiB/s", "keep-daily=7", "--schedule */30") describes a
// configuration to make, not one to read: it asks to create or change.
// Such values are times of day, schedules (every …, */N), key=value
// pairs and amounts with a unit of size or rate.

// specifiesSettings reports whether text writes a setting's value.
func specifiesSettings(text string) bool {
	fields := strings.Fields(strings.ToLower(text))
	for i, f := range fields {
		f = strings.Trim(f, ".,;()'\"`")
		switch {
		case isTimeOfDay(f), isKeyValue(f), strings.HasPrefix(f, "*/"), isAmount(f):
			return true
		case f == "every" && i+1 < len(fields) && scheduleUnits[strings.Trim(fields[i+1], ".,;")]:
			return true
		}
	}
	return false
}

// scheduleUnits follow "every" in a schedule.
var scheduleUnits = setOf(`minute hour day week month night morning evening weekday weekend
	monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
	2 3 4 5 6 10 12 15 30`)

// isTimeOfDay reports whether s is H:MM or HH:MM.
func isTimeOfDay(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isNumber(h) && isNumber(m)
}

// isKeyValue reports whether s is key=value with a word as key
// (keep-daily=7, --mode=snapshot).
func isKeyValue(s string) bool {
	k, v, ok := strings.Cut(strings.TrimLeft(s, "-"), "=")
	return ok && k != "" && v != "" && isLower(k[0])
}

// isAmount reports whether s is a number with a unit of size or rate
// (8g, 16gb, 20mib/s, 100m).
func isAmount(s string) bool {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	return amountUnits[strings.TrimSuffix(s[i:], "/s")]
}

var amountUnits = setOf("k kb kib m mb mib g gb gib gig gigs t tb tib")
