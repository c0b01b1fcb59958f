package validate

import (
	"fmt"
	"sort"
	"strings"
)

// Kind classifies a Problem so callers can render it their own way.
type Kind int

// Problem kinds.
const (
	Invalid Kind = iota // the value is wrong
	Missing             // a required argument is absent
	Unknown             // the operation has no such argument
)

// Problem is one thing wrong with the arguments.
type Problem struct {
	// Arg names the argument; nested values are dotted ("net.0.bridge").
	Arg string
	// Message says what is wrong without naming the argument; for Unknown
	// it lists the valid arguments.
	Message string
	Kind    Kind
}

// String renders the problem as one short sentence.
func (p Problem) String() string {
	switch p.Kind {
	case Missing:
		return fmt.Sprintf("missing required argument %q", p.Arg)
	case Unknown:
		if p.Message == "" {
			return fmt.Sprintf("unknown argument %q", p.Arg)
		}
		return fmt.Sprintf("unknown argument %q (%s)", p.Arg, p.Message)
	}
	if p.Arg == "" {
		return p.Message
	}
	return fmt.Sprintf("argument %q: %s", p.Arg, p.Message)
}

// Error is returned when arguments are refused. No request is sent.
type Error struct {
	Problems []Problem
}

func newError(problems []Problem) *Error {
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if a.Kind != b.Kind {
			return rank(a.Kind) < rank(b.Kind)
		}
		if a.Arg != b.Arg {
			return a.Arg < b.Arg
		}
		return a.Message < b.Message
	})
	return &Error{Problems: dedupe(problems)}
}

// rank puts missing and unknown arguments first: they are the usual mistake
// and fixing them often makes the other problems go away.
func rank(k Kind) int {
	switch k {
	case Missing:
		return 0
	case Unknown:
		return 1
	}
	return 2
}

func dedupe(ps []Problem) []Problem {
	out := ps[:0]
	for i, p := range ps {
		if i > 0 && p == ps[i-1] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// Errorf returns an Error with a single Invalid problem.
func Errorf(arg, format string, a ...any) *Error {
	return &Error{Problems: []Problem{{Arg: arg, Message: fmt.Sprintf(format, a...)}}}
}

func (e *Error) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}
