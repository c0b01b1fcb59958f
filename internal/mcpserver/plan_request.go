package mcpserver

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Bounds of the request's lines: enough for any everyday call, never a
// page of cloud-init user data.
const (
	planValueChars  = 200 // characters of one value
	planParamLines  = 40  // parameter lines
	planObjectLines = 12  // lines of one object read back
)

// writeRequest writes the request exactly as it would be sent: method,
// path, then every wire parameter on a line of its own as name=value
// (the value as Proxmox receives it, before URL encoding), secrets
// masked.
func writeRequest(b *strings.Builder, req *wire.Request, mask *audit.Masker) {
	rememberPathSecrets(req, mask)
	values, where := req.Form, "form body"
	if req.Form == nil {
		values, where = req.Query, "query string"
	}
	fmt.Fprintf(b, "Request (not sent): %s %s", req.Method, mask.Text(req.Path))
	if len(values) == 0 {
		b.WriteString(", no parameters.\n")
		return
	}
	fmt.Fprintf(b, ", %s:\n", where)
	masked := maskedValues(values, mask)
	lines := 0
	for _, name := range slices.Sorted(maps.Keys(masked)) {
		for _, v := range masked[name] {
			if lines == planParamLines {
				fmt.Fprintf(b, "  … and %d more\n", countValues(values)-lines)
				return
			}
			fmt.Fprintf(b, "  %s=%s\n", name, shownValue(v))
			lines++
		}
	}
}

// maskedValues masks every value: first each by its name (which teaches
// the masker the secret values), then each as text, so that a secret
// repeated inside another value is masked before any value is cut short.
func maskedValues(values url.Values, mask *audit.Masker) url.Values {
	out := url.Values{}
	for name, vs := range values {
		for _, v := range vs {
			out[name] = append(out[name], mask.Argument(name, v))
		}
	}
	for name, vs := range out {
		for i, v := range vs {
			vs[i] = mask.Text(v)
		}
		out[name] = vs
	}
	return out
}

// rememberPathSecrets: a secret that travels in the path is masked
// there too (none does today; the rule costs nothing).
func rememberPathSecrets(req *wire.Request, mask *audit.Masker) {
	for _, p := range req.Op.Params {
		if p.Location != catalog.InPath || !mask.Secret(p.Name) {
			continue
		}
		if v, ok := req.Args[p.Name]; ok {
			text := fmt.Sprint(v)
			mask.Argument(p.Name, text)
			mask.Argument(p.Name, url.PathEscape(text))
		}
	}
}

func countValues(v url.Values) int {
	n := 0
	for _, vs := range v {
		n += len(vs)
	}
	return n
}

// shownValue is a value as a plan line shows it: as is when it reads
// unambiguously, quoted when it is empty or holds spaces at its ends or
// control characters; cut to planValueChars.
func shownValue(v string) string {
	runes := []rune(v)
	if len(runes) <= planValueChars {
		return quoteIfNeeded(v)
	}
	return quoteIfNeeded(string(runes[:planValueChars])) + fmt.Sprintf("… (%d characters in all)", len(runes))
}

func quoteIfNeeded(v string) string {
	if v == "" || strings.TrimSpace(v) != v || strings.IndexFunc(v, unicode.IsControl) >= 0 {
		return strconv.Quote(v)
	}
	return v
}
