package check

import "testing"

func TestDisplayMap(t *testing.T) {
	text := "Intro.\n\nThe **bus\nstrike**  ended in Kyiv’s centre.\n"
	d := Parse("t.md", text, ParseOptions{})
	s := d.Sentences[1]
	disp := d.Display(s.Start, s.End)
	m := d.DisplayMap(s.Start, s.End)
	if len(m) != len(disp)+1 {
		t.Fatalf("map has %d entries for %d bytes", len(m), len(disp))
	}
	for i := 0; i < len(disp); i++ {
		if disp[i] != ' ' && disp[i] != text[m[i]] {
			t.Errorf("display byte %d %q maps to %q", i, disp[i], text[m[i]])
		}
	}
	// "bus strike" in the display is "bus\nstrike" in the file.
	k := 4
	if disp[k:k+10] != "bus strike" || text[m[k]:m[k+10]] != "bus\nstrike" {
		t.Errorf("span maps to %q", text[m[k]:m[k+10]])
	}
	if m[len(disp)] != s.End {
		t.Errorf("end maps to %d, want %d", m[len(disp)], s.End)
	}
}
