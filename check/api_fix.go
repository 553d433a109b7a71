package check

import "unicode/utf8"

// DisplayMap maps each byte of Display(start, end) back to the byte offset in
// Text it shows, with one more entry for the end of the displayed text, so a
// span found in what a reader sees (an LLM's quote, a word diff of a
// corrected sentence) can be turned into offsets into the original file. A
// space that stands for a run of white space or masked markup maps to the
// run's first byte.
func (d *Document) DisplayMap(start, end int) []int {
	if start < 0 {
		start = 0
	}
	if end > len(d.plain) {
		end = len(d.plain)
	}
	var out []int
	space, spaceAt, last := false, start, start
	for i, r := range d.plain[start:max(start, end)] {
		off := start + i
		if isSpace(r) {
			if !space {
				spaceAt = off
			}
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, spaceAt)
		}
		space = false
		n := utf8.RuneLen(r)
		if n < 0 {
			n = 3 // an invalid byte is displayed as U+FFFD
		}
		w := 1
		if r != utf8.RuneError {
			_, w = utf8.DecodeRuneInString(d.plain[off:])
		}
		for k := 0; k < n; k++ {
			out = append(out, off+min(k, w-1))
		}
		last = off + w
	}
	return append(out, last)
}
