package search

import "strings"

// Case-insensitive tests of catalog text for the index build, without
// the lowercased copy strings.ToLower makes of every summary and
// description (hundreds of kilobytes per build). Text that is not ASCII
// takes strings.ToLower, so the answers are the same as on its result.

// lowerHasPrefix reports whether strings.ToLower(s) starts with prefix,
// which is lowercase.
func lowerHasPrefix(s, prefix string) bool {
	if !isASCII(s) {
		return strings.HasPrefix(strings.ToLower(s), prefix)
	}
	return len(s) >= len(prefix) && equalLowerASCII(s[:len(prefix)], prefix)
}

// lowerContains reports whether strings.ToLower(s) contains sub, which is
// lowercase.
func lowerContains(s, sub string) bool {
	if !isASCII(s) {
		return strings.Contains(strings.ToLower(s), sub)
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalLowerASCII(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalLowerASCII compares ASCII s, lowercased, with lower.
func equalLowerASCII(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
