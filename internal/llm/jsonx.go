package llm

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// extractJSON finds the JSON object in an answer: the whole text, a fenced
// ```json block, or the first balanced {…} in prose. Models without
// structured outputs often wrap the object in words or fences.
func extractJSON(s string) ([]byte, error) {
	t := strings.TrimSpace(s)
	if json.Valid([]byte(t)) && strings.HasPrefix(t, "{") {
		return []byte(t), nil
	}
	if i := strings.Index(t, "```"); i >= 0 {
		rest := t[i+3:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[nl+1:]
		}
		if j := strings.Index(rest, "```"); j >= 0 {
			if b := bytes.TrimSpace([]byte(rest[:j])); json.Valid(b) {
				return b, nil
			}
		}
	}
	for start := strings.IndexByte(t, '{'); start >= 0; {
		if end := balanced(t, start); end > 0 && json.Valid([]byte(t[start:end])) {
			return []byte(t[start:end]), nil
		}
		next := strings.IndexByte(t[start+1:], '{')
		if next < 0 {
			break
		}
		start += 1 + next
	}
	if t == "" {
		return nil, errors.New("the answer is empty")
	}
	return nil, errors.New("the answer holds no JSON object")
}

// balanced returns the end of the {…} starting at i, skipping strings, or -1.
func balanced(s string, i int) int {
	depth, inStr, esc := 0, false, false
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}
