package review

import (
	"strings"
	"unicode"
)

// Find locates a quoted span in a sentence and returns its byte offsets in
// the sentence. Models retype what they quote: curly quotes come back
// straight, dashes as hyphens, white space changes, and sometimes case, so
// both sides are compared in a folded form. An empty or unfound span
// reports false.
func Find(text, span string) (int, int, bool) {
	span = strings.TrimSpace(span)
	if span == "" {
		return 0, 0, false
	}
	if i := strings.Index(text, span); i >= 0 {
		return i, i + len(span), true
	}
	for _, lower := range []bool{false, true} {
		ft, mt := fold(text, lower)
		fs, _ := fold(span, lower)
		fs = strings.TrimSpace(fs)
		if fs == "" {
			return 0, 0, false
		}
		if i := strings.Index(ft, fs); i >= 0 {
			return mt[i], mt[i+len(fs)], true
		}
		// Quotes around the whole span are often added by the model.
		if t := strings.Trim(fs, `"'`); t != fs && t != "" {
			if i := strings.Index(ft, t); i >= 0 {
				return mt[i], mt[i+len(t)], true
			}
		}
	}
	return 0, 0, false
}

// fold maps typographic variants to one form and white space runs to one
// space, and returns a map from each byte of the result (and its end) to the
// byte of s it came from.
func fold(s string, lower bool) (string, []int) {
	var b strings.Builder
	var m []int
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' {
			if !space {
				b.WriteByte(' ')
				m = append(m, i)
			}
			space = true
			continue
		}
		space = false
		switch r {
		case '‘', '’', '‚', '‛', '′', '`', '´':
			r = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			r = '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			r = '-'
		case '…':
			b.WriteString("...")
			m = append(m, i, i, i)
			continue
		}
		if lower {
			r = unicode.ToLower(r)
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			m = append(m, i)
		}
	}
	m = append(m, len(s))
	return b.String(), m
}
