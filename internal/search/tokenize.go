package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits text into lowercase words: runs of letters and digits, with
// camelCase and long digit runs cut apart ("getVMConfig" → get, vm, config;
// "vm101" → vm, 101). Everything else — '/', '{', '_', '-', '.', spaces —
// separates. Apostrophes inside a word are dropped so "let's" stays one word.
func words(text string) []string {
	return appendWords(nil, text)
}

// appendWords appends the words of text to out. Plain ASCII text, nearly
// all of the catalog and of queries, is cut into substrings of one
// lowercased copy without further allocation.
func appendWords(out []string, text string) []string {
	if !isPlainASCII(text) {
		if !isASCII(text) {
			return appendWordsSlow(out, text)
		}
		// Dropping apostrophes is all the slow path would do.
		text = strings.ReplaceAll(text, "'", "")
	}
	lower := strings.ToLower(text)
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isAlnum(text[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = appendCamel(out, text[start:i], lower[start:i])
			start = -1
		}
	}
	return out
}

// appendCamel cuts one run at its camelCase boundaries ("getVMConfig" →
// get, VM, Config: an acronym ends where an upper-case letter starts a
// lower-case word) and appends the lowercased parts. A single trailing
// lower-case letter is a plural, not a word: "VMs", "OSDs" stay whole.
func appendCamel(out []string, run, lower string) []string {
	start := 0
	for i := 1; i < len(run); i++ {
		lowerToUpper := isLower(run[i-1]) && isUpper(run[i])
		acronymEnd := isUpper(run[i-1]) && isUpper(run[i]) &&
			i+2 < len(run) && isLower(run[i+1]) && isLower(run[i+2])
		if lowerToUpper || acronymEnd {
			out = appendDigitSplit(out, lower[start:i])
			start = i
		}
	}
	return appendDigitSplit(out, lower[start:])
}

// appendDigitSplit separates a run of three or more digits from adjacent
// letters: "vm101" is a guest id glued to a word, while "s3", "ipv6" and
// "2fa" are names and stay whole.
func appendDigitSplit(out []string, run string) []string {
	start := 0
	for i := 0; i < len(run); {
		j := i
		for j < len(run) && isDigit(run[j]) {
			j++
		}
		if j-i >= 3 {
			if i > start {
				out = append(out, run[start:i])
			}
			out = append(out, run[i:j])
			start = j
		}
		i = max(j, i+1)
	}
	if start < len(run) {
		out = append(out, run[start:])
	}
	return out
}

// appendWordsSlow handles text with non-ASCII letters or apostrophes: it
// rebuilds each run rune by rune, then cuts it like appendWords.
func appendWordsSlow(out []string, text string) []string {
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		run := b.String()
		b.Reset()
		if isPlainASCII(run) {
			out = appendCamel(out, run, strings.ToLower(run))
			return
		}
		// Lowercasing may change the byte length of non-ASCII letters,
		// so such a run is not cut at case changes.
		out = appendDigitSplit(out, strings.ToLower(run))
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '\'' || r == '’') && b.Len() > 0:
			// let's, user's: keep the word whole.
		default:
			flush()
		}
	}
	flush()
	return out
}

// isPlainASCII reports whether text is ASCII without apostrophes, so that
// byte positions in text and in its lowercase form agree.
func isPlainASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf || text[i] == '\'' {
			return false
		}
	}
	return true
}

// isASCII reports whether text is all ASCII.
func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool { return isLower(c) || isUpper(c) || isDigit(c) }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// terms returns the index terms of text: its words, stemmed, without
// one-letter words (stray "s" of "VM's", "n" of "net[n]").
func terms(text string) []string {
	ws := words(text)
	out := ws[:0]
	for _, w := range ws {
		if len(w) > 1 {
			out = append(out, stem(w))
		}
	}
	return out
}
