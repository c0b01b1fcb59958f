package example

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// String produces a string that matches a Go regexp pattern and length
// bounds (maxLen < 0: none). It walks the parsed regexp, choosing the smallest repetition and
// a preferred character of each class, and widens repetitions or changes
// alternatives until the result matches: the patterns come from Proxmox's
// schemas, where most are simple but anchors, groups and character classes
// abound.
func String(pattern string, minLen, maxLen int) (string, bool) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return "", false
	}
	ast, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return "", false
	}
	ast = ast.Simplify()
	for attempt := 0; attempt < 48; attempt++ {
		g := &regexGen{extra: attempt / 4, alt: attempt % 4}
		s := g.gen(ast)
		if matchesWithin(re, s, minLen, maxLen) {
			return s, true
		}
		if n := utf8.RuneCountInString(s); n < minLen {
			g = &regexGen{extra: minLen - n + attempt/4, alt: attempt % 4}
			if s = g.gen(ast); matchesWithin(re, s, minLen, maxLen) {
				return s, true
			}
		}
	}
	return "", false
}

func matchesWithin(re *regexp.Regexp, s string, minLen, maxLen int) bool {
	n := utf8.RuneCountInString(s)
	return re.MatchString(s) && n >= minLen && (maxLen < 0 || n <= maxLen)
}

// regexGen generates one string. extra is how many repetitions beyond the
// minimum the first unbounded repeat gets; alt rotates alternatives.
type regexGen struct {
	extra int
	alt   int
	used  bool
}

func (g *regexGen) gen(re *syntax.Regexp) string {
	var b strings.Builder
	g.emit(&b, re)
	return b.String()
}

func (g *regexGen) emit(b *strings.Builder, re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		b.WriteString(string(re.Rune))
	case syntax.OpCharClass:
		b.WriteRune(pickRune(re.Rune))
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteByte('a')
	case syntax.OpCapture:
		g.emit(b, re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			g.emit(b, s)
		}
	case syntax.OpAlternate:
		g.emit(b, re.Sub[g.alt%len(re.Sub)])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		g.repeat(b, re)
	}
	// Anchors, word boundaries and empty matches emit nothing.
}

func (g *regexGen) repeat(b *strings.Builder, re *syntax.Regexp) {
	min, max := re.Min, re.Max
	switch re.Op {
	case syntax.OpStar:
		min, max = 0, -1
	case syntax.OpPlus:
		min, max = 1, -1
	case syntax.OpQuest:
		min, max = 0, 1
	}
	n := min
	switch {
	case g.extra == 0:
	case max < 0 && !g.used:
		// The first unbounded repeat takes all the growth.
		n += g.extra
		g.used = true
	case max > min:
		// Bounded repeats (optional groups) open once, so the unbounded
		// repeats inside them can grow.
		n++
	}
	for i := 0; i < n; i++ {
		g.emit(b, re.Sub[0])
	}
}

// preferred are the characters tried first, so generated values read like
// identifiers rather than control characters.
const preferred = "a0bcA1_-.xyz:/@"

// pickRune chooses a rune in the class given as [lo, hi] pairs.
func pickRune(ranges []rune) rune {
	for _, r := range preferred {
		if inRanges(ranges, r) {
			return r
		}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if hi >= 0x21 && lo <= 0x7e {
			return max(lo, 0x21)
		}
	}
	if len(ranges) > 0 {
		return ranges[0]
	}
	return 'a'
}

func inRanges(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if r >= ranges[i] && r <= ranges[i+1] {
			return true
		}
	}
	return false
}
