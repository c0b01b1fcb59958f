package mcpserver

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
)

// planShownChars bounds one value of an object a plan shows.
const planShownChars = 100

// writeObject writes an object Proxmox sent, one key per line in key
// order, without its digest, secrets masked by name, at most
// planObjectLines lines.
func writeObject(b *strings.Builder, obj map[string]any, mask *audit.Masker) {
	keys := slices.DeleteFunc(sortedKeys(obj), func(k string) bool { return k == paramDigest })
	for i, k := range keys {
		if i == planObjectLines {
			fmt.Fprintf(b, "  … and %d more keys\n", len(keys)-i)
			return
		}
		fmt.Fprintf(b, "  %s: %s\n", k, upstreamValue(mask, k, obj[k]))
	}
	if len(keys) == 0 {
		b.WriteString("  (an empty object)\n")
	}
}

// objectLine is an object on one line, for one item of a list.
func objectLine(obj map[string]any, mask *audit.Masker) string {
	var parts []string
	for _, k := range sortedKeys(obj) {
		if k != paramDigest {
			parts = append(parts, k+"="+upstreamValue(mask, k, obj[k]))
		}
	}
	return clippedText(strings.Join(parts, ", "), 2*planValueChars)
}

// upstreamValue is a value Proxmox sent under key, masked (by its name,
// and of the caller's secrets) before it is cut short, so that no part
// of a secret survives the cut.
func upstreamValue(mask *audit.Masker, key string, v any) string {
	return shortValue(mask.Text(mask.Upstream(key, valueText(v))))
}

func shortValue(v string) string {
	if r := []rune(v); len(r) > planShownChars {
		return quoteIfNeeded(string(r[:planShownChars])) + "…"
	}
	return quoteIfNeeded(v)
}

func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }

// unixTime renders a Unix time Proxmox sent, "" when it is none.
func unixTime(v any) string {
	n, err := strconv.ParseInt(valueText(v), 10, 64)
	if err != nil || n <= 0 {
		return ""
	}
	return time.Unix(n, 0).UTC().Format("2006-01-02 15:04 UTC")
}

// compareSnaptime orders snapshots oldest first.
func compareSnaptime(a, b map[string]any) int {
	ta, _ := strconv.ParseInt(valueText(a["snaptime"]), 10, 64)
	tb, _ := strconv.ParseInt(valueText(b["snaptime"]), 10, 64)
	return cmp.Compare(ta, tb)
}
