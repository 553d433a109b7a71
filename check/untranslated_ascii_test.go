package check

import (
	"testing"
	"unicode"
)

// The ASCII fast paths of scriptOf and Language agree with the Unicode
// tables they skip.
func TestASCIIFastPath(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if scriptOf(r) != "" {
			t.Errorf("scriptOf(%q) = %q", r, scriptOf(r))
		}
		fast := 'a' <= r|0x20 && r|0x20 <= 'z'
		if fast != (unicode.IsLetter(r) && unicode.Is(unicode.Latin, r)) {
			t.Errorf("%q: fast path says letter=%v", r, fast)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"The council approved the budget for schools and hospitals on Tuesday evening.", ""},
		{"Міська рада затвердила бюджет на ремонт шкіл у вівторок увечері.", "Cyrillic script"},
		{"Der Stadtrat hat am Dienstag den Haushalt für die Schulen und die Krankenhäuser beschlossen.", "German"},
	} {
		if got := Language(Parse("x", c.text, ParseOptions{})); got != c.want {
			t.Errorf("Language(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
