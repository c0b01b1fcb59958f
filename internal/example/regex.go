package example

import (
	"regexp/syntax"
	"strings"
	"unicode"
)

// Matching returns a short string the Go regexp pattern matches: the
// fewest repetitions, the first alternative that can match, and readable
// characters from classes.
func Matching(pattern string) (string, bool) {
	return MatchingLength(pattern, 0)
}

// MatchingLength is Matching for a string of at least minLen characters:
// open repetitions (*, +, {n,}) are taken more often until it is long enough.
func MatchingLength(pattern string, minLen int) (string, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return "", false
	}
	re = re.Simplify()
	for reps := 0; reps <= 256; reps = max(reps*2, 1) {
		g := generator{reps: reps}
		if !g.write(re) {
			return "", false
		}
		if len([]rune(g.b.String())) >= minLen {
			return g.b.String(), true
		}
	}
	return "", false
}

// generator writes a matching string; reps is how many extra times an
// open repetition is taken.
type generator struct {
	b    strings.Builder
	reps int
}

func (g *generator) write(re *syntax.Regexp) bool {
	b := &g.b
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpLiteral:
		b.WriteString(string(re.Rune))
	case syntax.OpCharClass:
		r, ok := pickRune(re.Rune)
		if !ok {
			return false
		}
		b.WriteRune(r)
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteByte('a')
	case syntax.OpCapture:
		return g.write(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		return g.repeat(re)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !g.write(sub) {
				return false
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			alt := generator{reps: g.reps}
			if alt.write(sub) {
				b.WriteString(alt.b.String())
				return true
			}
		}
		return false
	}
	// Quest, empty match and anchors contribute nothing.
	return true
}

func (g *generator) repeat(re *syntax.Regexp) bool {
	lo, hi := 0, -1
	switch re.Op {
	case syntax.OpPlus:
		lo = 1
	case syntax.OpRepeat:
		lo, hi = re.Min, re.Max
	}
	n := lo
	if hi < 0 {
		n = lo + g.reps
	} else if g.reps > 0 {
		n = min(hi, lo+g.reps)
	}
	for i := 0; i < n; i++ {
		if !g.write(re.Sub[0]) {
			return false
		}
	}
	return true
}

// preferred are readable characters tried first from a class.
const preferred = "a0A-_.:/"

// pickRune chooses a readable member of a class given as [lo, hi] pairs.
func pickRune(ranges []rune) (rune, bool) {
	if len(ranges) == 0 {
		return 0, false
	}
	in := func(r rune) bool {
		for i := 0; i+1 < len(ranges); i += 2 {
			if r >= ranges[i] && r <= ranges[i+1] {
				return true
			}
		}
		return false
	}
	for _, r := range preferred {
		if in(r) {
			return r, true
		}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := max(ranges[i], 0x21); r <= ranges[i+1] && r < ranges[i]+0x10000; r++ {
			if unicode.IsPrint(r) {
				return r, true
			}
		}
	}
	return ranges[0], true
}
