package wire

import (
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
)

// The checks in this file work on a value's wire text, the form both the
// client sends and the simulator receives: one set of rules for both.

var (
	// isInteger and isNumber are PVE::JSONSchema's is_integer / is_number.
	isInteger = regexp.MustCompile(`^[+-]?\d+$`)
	isNumber  = regexp.MustCompile(`^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$`)
)

// ParseBool reads a boolean as both daemons do.
func ParseBool(s string) (bool, bool) { return parseBool(s) }

// parseBool reads a boolean as both daemons do: 1/0, true/false, yes/no,
// on/off, in any case.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true, true
	case "0", "false", "no", "off":
		return false, true
	}
	return false, false
}

// typedText parses wire text by the value's type into the JSON data model
// (the type check both daemons make first).
func typedText(v *catalog.Value, text string) (any, *Problem) {
	switch v.Type {
	case "boolean":
		if b, ok := parseBool(text); ok {
			return b, nil
		}
	case "integer":
		if isInteger.MatchString(text) {
			t := strings.TrimPrefix(text, "+")
			if n, err := strconv.ParseInt(t, 10, 64); err == nil {
				return n, nil
			}
			return json.Number(t), nil
		}
	case "number":
		if isNumber.MatchString(text) {
			if f, err := strconv.ParseFloat(text, 64); err == nil {
				return f, nil
			}
		}
	default:
		return text, nil
	}
	return nil, &Problem{Kind: Type, Want: v.Type, Got: text}
}

// checkText checks wire text against the value's rules once its type is
// known to match, in the order PVE's check_prop does: format, pattern,
// length, range, enumeration (a number's range before its format).
func checkText(v *catalog.Value, text string) *Problem {
	if v.Type == "string" || v.Type == "" {
		if p := checkString(v, text); p != nil {
			return p
		}
	}
	if v.Type == "integer" || v.Type == "number" {
		if p := checkRange(v, text); p != nil {
			return p
		}
		// check_prop checks a named format on every scalar, whatever its
		// type: the integer vmid 0100 is in range but not a VM ID. PVE
		// checks the format first; a value out of range is named by its
		// range here, which says more (both refuse it).
		if p := checkFormat(v.Format, text); v.Format != "" && p != nil {
			return p
		}
	}
	if len(v.Enum) > 0 && !slices.Contains(v.Enum, text) {
		return &Problem{Kind: Enum, Enum: v.Enum, Got: text}
	}
	return nil
}

func checkString(v *catalog.Value, text string) *Problem {
	if v.Format != "" {
		if p := checkFormat(v.Format, text); p != nil {
			return p
		}
	}
	if v.Pattern != "" {
		if re := compiled(v.Pattern); re != nil && !re.MatchString(text) {
			return &Problem{Kind: Pattern, Detail: v.Pattern, Got: text}
		}
	}
	n := utf8.RuneCountInString(text)
	if v.MaxLength > 0 && n > v.MaxLength {
		return &Problem{Kind: TooLong, Limit: float64(v.MaxLength), Got: text}
	}
	if v.MinLength > 0 && n < v.MinLength {
		return &Problem{Kind: TooShort, Limit: float64(v.MinLength), Got: text}
	}
	return nil
}

func checkRange(v *catalog.Value, text string) *Problem {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return nil
	}
	if v.HasMin && f < v.Min {
		return &Problem{Kind: BelowMin, Limit: v.Min, Got: text}
	}
	if v.HasMax && f > v.Max {
		return &Problem{Kind: AboveMax, Limit: v.Max, Got: text}
	}
	return nil
}

// checkFormat checks a Proxmox VE named format (package formats); a
// format no pinned release registers is checked as a plain string (the
// generator's schema report lists it).
func checkFormat(format, text string) *Problem {
	var fe *formats.Error
	if err := formats.Check(format, text); !errors.As(err, &fe) {
		return nil
	}
	return &Problem{Kind: Format, Want: format, Detail: fe.Message, Got: text}
}

var patterns sync.Map // pattern text → *regexp.Regexp, nil when it does not compile

// compiled compiles a catalog pattern once; the generator only emits
// patterns that compile, so nil means a hand-built catalog's mistake and
// the pattern is not enforced.
func compiled(p string) *regexp.Regexp {
	if v, ok := patterns.Load(p); ok {
		return v.(*regexp.Regexp)
	}
	re, _ := regexp.Compile(p)
	patterns.Store(p, re)
	return re
}

// Accepts reports whether Proxmox accepts text as a scalar value (its
// type and every rule), as the simulator would check it.
func Accepts(v *catalog.Value, text string) bool {
	_, p := decodeScalar(v, text)
	return p == nil
}
