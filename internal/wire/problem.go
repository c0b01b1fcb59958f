package wire

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Kind classifies a Problem; the simulator words each kind as its product
// does, the MCP server in its own words.
type Kind uint8

// Problem kinds.
const (
	Invalid   Kind = iota // a value is wrong in a way Detail explains
	Missing               // a required parameter (or key) is absent
	Unknown               // no such parameter (or key)
	Duplicate             // the same wire parameter given twice
	Type                  // wrong type: Want names the type
	Enum                  // not one of Enum
	Pattern               // does not match the pattern
	Format                // a named format refused it: Want names it, Detail is Proxmox's message
	TooShort              // shorter than Limit characters
	TooLong               // longer than Limit characters
	BelowMin              // below Limit
	AboveMax              // above Limit
	Requires              // needs the parameter Want
	Unsafe                // a path value that could change the path
	Syntax                // a property string PVE cannot split into keys: Detail is its message
)

// Problem is one thing wrong with an operation's arguments.
type Problem struct {
	// Param names the argument as the caller wrote it ("net0", "net.1",
	// "vmid"); Wire is its name on the wire ("net0").
	Param, Wire string
	// Key is the property-string key the problem is about, if any.
	Key  string
	Kind Kind
	// Want is the wanted type (Type), format (Format) or parameter
	// (Requires).
	Want string
	// Got is the offending value: its text as sent, or its JSON when the
	// caller gave something other than a string (GotJSON); empty for
	// secrets.
	Got     string
	GotJSON bool
	// Limit is the bound of TooShort, TooLong, BelowMin, AboveMax.
	Limit float64
	// Enum lists the accepted values (Enum) or the valid names (Unknown).
	Enum []string
	// Detail explains an Invalid or Format problem.
	Detail string
}

// maxShown bounds how much of a value a message repeats.
const maxShown = 60

// shown shortens a value for a message, keeping it valid UTF-8.
func shown(s string) string {
	if len(s) <= maxShown {
		return s
	}
	cut := maxShown
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// String renders the problem as one sentence in the MCP server's words.
func (p Problem) String() string {
	if p.Param == "" {
		return p.describe()
	}
	subject := fmt.Sprintf("argument %q", p.Param)
	if p.Key != "" {
		subject += fmt.Sprintf(", key %q", p.Key)
	}
	switch p.Kind {
	case Missing:
		if p.Key != "" {
			return fmt.Sprintf("argument %q: missing required key %q", p.Param, p.Key)
		}
		return fmt.Sprintf("missing required argument %q", p.Param)
	case Unknown:
		what := fmt.Sprintf("unknown argument %q", p.Param)
		if p.Key != "" {
			what = fmt.Sprintf("argument %q: unknown key %q", p.Param, p.Key)
		}
		if len(p.Enum) > 0 {
			what += " (valid: " + listed(p.Enum, 40) + ")"
		}
		return what
	}
	return subject + ": " + p.describe()
}

func (p Problem) describe() string {
	got := ""
	switch {
	case p.GotJSON:
		got = ", got " + shown(p.Got)
	case p.Got != "":
		got = ", got " + strconv.Quote(shown(p.Got))
	}
	switch p.Kind {
	case Duplicate:
		return p.Detail
	case Type:
		return "must be " + article(p.Want) + got
	case Enum:
		return "must be one of " + listed(p.Enum, 30) + got
	case Pattern:
		return "does not have the form Proxmox accepts (" + shown(p.Detail) + ")" + got
	case Format:
		return fmt.Sprintf("is not a valid %s: %s%s", p.Want, p.Detail, got)
	case TooShort:
		return fmt.Sprintf("must be at least %s characters long%s", num(p.Limit), got)
	case TooLong:
		return fmt.Sprintf("may be at most %s characters long%s", num(p.Limit), got)
	case BelowMin:
		return fmt.Sprintf("must be at least %s%s", num(p.Limit), got)
	case AboveMax:
		return fmt.Sprintf("must be at most %s%s", num(p.Limit), got)
	case Requires:
		return fmt.Sprintf("needs argument %q as well", p.Want)
	}
	return p.Detail + got
}

func article(t string) string {
	switch {
	case strings.HasPrefix(t, "object"), strings.HasPrefix(t, "integer"), strings.HasPrefix(t, "array"):
		return "an " + t
	case t == "":
		return "a value"
	}
	return "a " + t
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// listed joins names, at most n of them.
func listed(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:n], ", ") + fmt.Sprintf(", … (%d in all)", len(names))
}

// Error is returned when arguments are refused: nothing may be sent.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}

// newError sorts problems (missing and unknown first: fixing them often
// makes the rest go away) and drops repeats; nil when there are none.
func newError(problems []Problem) error {
	if len(problems) == 0 {
		return nil
	}
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if rank(a.Kind) != rank(b.Kind) {
			return rank(a.Kind) < rank(b.Kind)
		}
		if a.Param != b.Param {
			return a.Param < b.Param
		}
		return a.Key < b.Key
	})
	out := problems[:0]
	for i, p := range problems {
		if i > 0 && p.String() == problems[i-1].String() {
			continue
		}
		out = append(out, p)
	}
	return &Error{Problems: out}
}

func rank(k Kind) int {
	switch k {
	case Missing:
		return 0
	case Unknown:
		return 1
	}
	return 2
}
