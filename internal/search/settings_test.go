package search

import "testing"

// TestSpecifiesSettings: written values (times, schedules, key=value,
// amounts) make a request a configuration; plain words and ids do not.
func TestSpecifiesSettings(t *testing.T) {
	for text, want := range map[string]bool{
		"tape backup job of tank to pool weekly every friday 22:00": true,
		"throttle sync traffic to 20MiB/s":                          true,
		"retention keep-daily=7":                                    true,
		"pvesr job --schedule */30":                                 true,
		"ct 616 add another 8G":                                     true,
		"backups every night":                                       true,
		"vm 100 memory":                                             false,
		"every vm on pve1":                                          false,
		"UPID:pve1:00:00":                                           false,
		"snapshot vm 100":                                           false,
	} {
		if got := specifiesSettings(text); got != want {
			t.Errorf("specifiesSettings(%q) = %v, want %v", text, got, want)
		}
	}
}
