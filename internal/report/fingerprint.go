package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FingerprintVersion names the fingerprint scheme; it is the key of the
// fingerprint in SARIF's partialFingerprints.
const FingerprintVersion = "mtcheck/v1"

// Fingerprint identifies a finding across runs: the check, the sentence it
// is in and the span, all normalised (case, Unicode form, quotes, dashes,
// white space), plus which occurrence of the span in the sentence it is.
// Line numbers and offsets are left out, so a finding keeps its fingerprint
// when text above it is added or removed.
func Fingerprint(check, sentence, span string, occurrence int) string {
	h := sha256.New()
	for _, part := range []string{check, normText(sentence), normText(span), strconv.Itoa(occurrence)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// SetFingerprints fills in Issue.Fingerprint for every issue of the file.
func (f *File) SetFingerprints() {
	for _, s := range f.Sentences {
		seen := map[string]int{}
		for _, is := range s.Issues {
			k := is.Check + "\x00" + normText(is.Span)
			is.Fingerprint = Fingerprint(is.Check, s.Text, is.Span, seen[k])
			seen[k]++
		}
	}
	seen := map[string]int{}
	for _, is := range f.Issues {
		ctx := ""
		if is.Evidence != nil {
			ctx = is.Evidence.Text
		}
		k := is.Check + "\x00" + normText(ctx) + "\x00" + normText(is.Span)
		is.Fingerprint = Fingerprint(is.Check, ctx, is.Span, seen[k])
		seen[k]++
	}
}

var foldChars = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "‚", "'",
	"–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-", "…", "...")

func normText(s string) string {
	s = foldChars.Replace(norm.NFKC.String(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
