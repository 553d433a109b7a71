package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var word = regexp.MustCompile(`[\p{L}\p{N}]+`)

// mapsBack asserts that every word of a field's text is found at the file
// offset its map gives: escapes, entities and tags moved nothing.
func mapsBack(t *testing.T, data string, f Field) {
	t.Helper()
	for _, loc := range word.FindAllStringIndex(f.Text, -1) {
		w := f.Text[loc[0]:loc[1]]
		fo := f.Map.FileOffset(loc[0])
		if strings.Contains(data, w) && !strings.HasPrefix(data[fo:], w) {
			t.Errorf("word %q maps to file offset %d, which holds %q", w, fo, data[fo:min(len(data), fo+len(w))])
		}
		// A word with an escape or entity in it: its first character is
		// where the map says, literally or escaped.
		first := w[:len(string([]rune(w)[0]))]
		if fo < 0 || fo >= len(data) || !strings.HasPrefix(data[fo:], first) && data[fo] != '\\' && data[fo] != '&' {
			t.Errorf("word %q maps to file offset %d, which holds %q", w, fo, data[fo:min(len(data), fo+len(w))])
		}
	}
}

func load(t *testing.T, name, content string) (*SegmentFile, string) {
	t.Helper()
	p := writeFile(t, t.TempDir(), name, content)
	sf, err := (&Reader{}).LoadSegments(p, KindOf(p))
	if err != nil {
		t.Fatal(err)
	}
	return sf, content
}

func TestTSVRowsAndDocs(t *testing.T) {
	data := "id\tdoc\tsource\ttarget\treference\n" +
		"a1\td1\tКиїв\tKiev is the capital.\tKyiv is the capital.\n" +
		"a2\td1\t\tIt has 3 million people.\tIt has three million people.\n" +
		"b1\td2\tx\t\tNothing.\n" +
		"b2\td2\tx\tThe mayor spoke.\t\n"
	sf, _ := load(t, "c.tsv", data)
	if len(sf.Docs) != 2 || sf.Docs[0].ID != "d1" || len(sf.Docs[0].Segs) != 2 || len(sf.Docs[1].Segs) != 1 {
		t.Fatalf("docs %+v", sf.Docs)
	}
	s := sf.Docs[0].Segs[1]
	if s.ID != "a2" || s.Index != 2 || s.Source != nil || len(s.Refs) != 1 {
		t.Errorf("segment %+v", s)
	}
	for _, d := range sf.Docs {
		for _, s := range d.Segs {
			mapsBack(t, data, s.Target)
		}
	}
	if line, col := sf.Position(s.Target.Map.FileOffset(7)); line != 3 || col != 8+len("a2\td1\t\t") {
		t.Errorf("position %d:%d", line, col)
	}
	if len(sf.Warnings) != 1 || !strings.Contains(sf.Warnings[0], "1 row(s) without target text") {
		t.Errorf("warnings %v", sf.Warnings)
	}
	// Without a doc column every row is a document.
	sf, _ = load(t, "c.tsv", "source\ttarget\tref\nA\tOne.\tOne.\nB\tTwo.\tTwo.\n")
	if len(sf.Docs) != 2 || sf.Docs[1].ID != "2" {
		t.Errorf("ungrouped docs %+v", sf.Docs)
	}
	_, err := (&Reader{}).LoadSegments(writeFile(t, t.TempDir(), "bad.tsv", "a\tb\nx\ty\n"), SegmentTSV)
	if err == nil || !strings.Contains(err.Error(), "bad.tsv: line 1: the header row names no target column") {
		t.Errorf("no target column: %v", err)
	}
}

func TestJSONLEscapesMapBack(t *testing.T) {
	data := `{"id": 7, "doc": "x", "source": "Київ", "target": "The \"Caf\u00e9 Kyiv\" owner\nsaid \ud83d\ude00 yes.", "references": ["The owner of Cafe Kyiv said yes.", ""]}` + "\n" +
		`{"id": "s8", "doc": "x", "target": "Second line\\here."}` + "\n"
	sf, _ := load(t, "c.jsonl", data)
	if len(sf.Docs) != 1 || len(sf.Docs[0].Segs) != 2 {
		t.Fatalf("docs %+v", sf.Docs)
	}
	s := sf.Docs[0].Segs[0]
	if s.ID != "7" || s.Target.Text != "The \"Café Kyiv\" owner said 😀 yes." || len(s.Refs) != 1 {
		t.Fatalf("segment %q %q refs %d", s.ID, s.Target.Text, len(s.Refs))
	}
	mapsBack(t, data, s.Target)
	mapsBack(t, data, *s.Source)
	mapsBack(t, data, s.Refs[0])
	mapsBack(t, data, sf.Docs[0].Segs[1].Target)
	if _, err := (&Reader{}).LoadSegments(writeFile(t, t.TempDir(), "b.jsonl", "{\"target\": 3}\n"), SegmentJSONL); err == nil ||
		!strings.Contains(err.Error(), `line 1: no "target" string`) {
		t.Errorf("bad row: %v", err)
	}
}

func TestXLIFF12(t *testing.T) {
	data := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="news/odesa.txt" source-language="uk" target-language="en" datatype="plaintext">
  <body>
   <trans-unit id="u1">
    <source>Прем'єр Денис Шмигаль</source>
    <target>Prime &amp; <g id="1">Minister</g> Denys<x id="2"/> Shmyhal <ph id="3">{{count}}</ph>said.</target>
    <alt-trans><target>Wrong alternative</target></alt-trans>
   </trans-unit>
   <trans-unit id="u2"><source>Без перекладу</source></trans-unit>
   <trans-unit id="u3"><source>Так</source><target><![CDATA[Yes & <no>]]> and &#x41;B.</target></trans-unit>
  </body>
 </file>
</xliff>
`
	sf, _ := load(t, "n.xlf", data)
	if len(sf.Docs) != 1 || sf.Docs[0].ID != "" || len(sf.Docs[0].Segs) != 2 {
		t.Fatalf("docs %+v", sf.Docs)
	}
	s := sf.Docs[0].Segs[0]
	if s.ID != "u1" || s.Index != 1 || s.Target.Text != "Prime & Minister Denys Shmyhal said." || s.Source.Text != "Прем'єр Денис Шмигаль" {
		t.Fatalf("unit %q: %q / %q", s.ID, s.Target.Text, s.Source.Text)
	}
	mapsBack(t, data, s.Target)
	mapsBack(t, data, *s.Source)
	s3 := sf.Docs[0].Segs[1]
	if s3.ID != "u3" || s3.Index != 3 || s3.Target.Text != "Yes & <no> and AB." {
		t.Errorf("unit 3: %q %q", s3.ID, s3.Target.Text)
	}
	mapsBack(t, data, s3.Target)
	if len(sf.Warnings) != 1 || !strings.Contains(sf.Warnings[0], "(the first: u2)") {
		t.Errorf("warnings %v", sf.Warnings)
	}
	if line, col := sf.Position(s.Target.Map.FileOffset(strings.Index(s.Target.Text, "Shmyhal"))); line != 7 || col != 65 {
		t.Errorf("Shmyhal at %d:%d, want 7:65", line, col)
	}
}

func TestXLIFF20(t *testing.T) {
	data := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="uk" trgLang="en">
<file id="f1"><unit id="1"><segment id="s1"><source>Один</source><target>One <pc id="p1">bold</pc> word<ph id="ph1"/>.</target></segment>
<segment id="s2"><source>Два</source><target>Two <mrk id="m1" type="term">terms</mrk>.</target></segment></unit></file>
<file id="f2"><unit id="9"><segment><source>Три</source><target>Three.</target></segment></unit></file>
</xliff>`
	sf, _ := load(t, "n.xliff", data)
	if len(sf.Docs) != 2 || sf.Docs[0].ID != "f1" || sf.Docs[1].ID != "f2" {
		t.Fatalf("docs %+v", sf.Docs)
	}
	segs := sf.Docs[0].Segs
	if len(segs) != 2 || segs[0].ID != "1" || segs[1].ID != "1/s2" || segs[0].Target.Text != "One bold word." || segs[1].Target.Text != "Two terms." {
		t.Fatalf("segments %q %q / %q %q", segs[0].ID, segs[0].Target.Text, segs[1].ID, segs[1].Target.Text)
	}
	mapsBack(t, data, segs[0].Target)
	mapsBack(t, data, segs[1].Target)
	if _, err := (&Reader{}).LoadSegments(writeFile(t, t.TempDir(), "b.xlf", "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><target>x</trans-unit>"), XLIFF); err == nil ||
		!strings.Contains(err.Error(), "b.xlf: line 1: not well-formed XML") {
		t.Errorf("malformed XML: %v", err)
	}
}

func TestPO(t *testing.T) {
	data := `# Translators' comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: en\n"

#: news.c:12
msgctxt "headline"
msgid "Київ"
msgstr "Kiev \"today\"\n"
"and tomorrow."

#, fuzzy
msgid "Одна книга"
msgid_plural "%d книги"
msgstr[0] "One book"
msgstr[1] "%d books"

msgid "Не перекладено"
msgstr ""

#~ msgid "Старе"
#~ msgstr "Old"
`
	sf, _ := load(t, "uk.po", data)
	segs := sf.Docs[0].Segs
	if len(segs) != 3 {
		t.Fatalf("%d segments: %+v", len(segs), segs)
	}
	if segs[0].ID != "Київ" || segs[0].Index != 1 || segs[0].Target.Text != `Kiev "today" and tomorrow.` {
		t.Errorf("entry 1: %q %q", segs[0].ID, segs[0].Target.Text)
	}
	mapsBack(t, data, segs[0].Target)
	if segs[2].ID != "Одна книга [1]" || segs[2].Index != 2 || segs[2].Source.Text != "%d книги" {
		t.Errorf("plural: %q %q", segs[2].ID, segs[2].Source.Text)
	}
	if line, _ := sf.Position(segs[0].Target.Map.FileOffset(strings.Index(segs[0].Target.Text, "tomorrow"))); line != 11 {
		t.Errorf("tomorrow on line %d, want 11", line)
	}
	if len(sf.Warnings) != 1 {
		t.Errorf("warnings %v", sf.Warnings)
	}
	if _, err := (&Reader{}).LoadSegments(writeFile(t, t.TempDir(), "b.po", "msgid \"a\"\nmsgstr \"b\"\nbogus \"c\"\n"), PO); err == nil ||
		!strings.Contains(err.Error(), `b.po: line 3: cannot read "bogus"`) {
		t.Errorf("bad PO: %v", err)
	}
}

func TestBuildMapsSentencesBack(t *testing.T) {
	data := "id\tdoc\tsource\ttarget\treference\n" +
		"1\td\t\tThe mayor of Kyiv spoke on Monday. He said\\nten buses left.\tThe mayor of Kyiv spoke on Monday. He said nine buses left.\n" +
		"2\td\t\tThe city council met.\tThe city council met.\n"
	sf, _ := load(t, "c.tsv", data)
	b, err := sf.Build(sf.Docs[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Article.Sentences) != 3 || len(b.Refs) != 1 || b.Source != nil {
		t.Fatalf("%d sentences, %d refs", len(b.Article.Sentences), len(b.Refs))
	}
	for _, s := range b.Article.Sentences {
		fo, seg, ok := b.Origin(b.Article, s.Start)
		if !ok || !strings.HasPrefix(data[fo:], s.Text[:10]) {
			t.Errorf("sentence %q maps to %q", s.Text, data[fo:fo+10])
		}
		if want := map[int]string{0: "1", 1: "1", 2: "2"}[s.Index]; seg.ID != want {
			t.Errorf("sentence %d in segment %s, want %s", s.Index, seg.ID, want)
		}
	}
	if l, ok := b.LineOrigin(b.Refs[0], 3); !ok || l != 3 {
		t.Errorf("reference line 3 of the assembled text is file line %d", l)
	}
}
