// Package prompts holds the LLM prompt templates and the JSON schemas of
// their answers, embedded in the binary. A template file NAME.tmpl defines
// two text/template templates, "system" and "user"; NAME.schema.json is the
// JSON Schema the answer must satisfy. A prompt's version is a hash of both
// files: it enters the LLM cache key and the run signature, so an edited
// prompt never reuses answers given to another.
//
// Article text reaches a template only through the data it renders, and the
// built-in templates print it with the json function, which escapes <, >
// and &: an article cannot close the <article_data> block it sits in, so it
// stays data, whatever it says.
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed *.tmpl *.schema.json
var builtin embed.FS

// Names of the built-in prompts.
const (
	Reviewer = "reviewer"
	Fixer    = "fixer"
)

var descriptions = map[string]string{
	Reviewer: "MQM-style error annotation of translated sentences against their evidence (GEMBA-MQM style)",
	Fixer:    "minimal corrections of flagged sentences that keep the meaning, style and voice",
}

// Prompt is one template with its answer schema.
type Prompt struct {
	Name        string
	Description string
	// Template and Schema are the files' text.
	Template string
	Schema   []byte
	// Version is the first 12 hex digits of the SHA-256 of both files.
	Version string
	// Origin is "built-in" or the directory the prompt was read from.
	Origin string
	tmpl   *template.Template
	schema *jsonschema.Schema
}

// Set is the prompts of a run, by name.
type Set struct{ byName map[string]*Prompt }

// Builtin returns the embedded prompts.
func Builtin() *Set {
	s, err := load(nil, "")
	if err != nil {
		panic("prompts: built-in prompts do not load: " + err.Error())
	}
	return s
}

// Load returns the built-in prompts with those in dir taking their place:
// dir/NAME.tmpl and dir/NAME.schema.json replace the built-in files of the
// same name (either or both). A file in dir that names no known prompt is an
// error, so a misspelt file never silently does nothing.
func Load(dir string) (*Set, error) {
	if dir == "" {
		return Builtin(), nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("prompts directory %s: %v", dir, errors.Unwrap(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("prompts directory %s: not a directory", dir)
	}
	return load(os.DirFS(dir), dir)
}

func load(over fs.FS, dir string) (*Set, error) {
	s := &Set{byName: map[string]*Prompt{}}
	for _, name := range []string{Reviewer, Fixer} {
		t, err := fs.ReadFile(builtin, name+".tmpl")
		if err != nil {
			return nil, err
		}
		sc, err := fs.ReadFile(builtin, name+".schema.json")
		if err != nil {
			return nil, err
		}
		p := &Prompt{Name: name, Description: descriptions[name], Template: string(t), Schema: sc, Origin: "built-in"}
		s.byName[name] = p
	}
	if over != nil {
		entries, err := fs.ReadDir(over, ".")
		if err != nil {
			return nil, fmt.Errorf("prompts directory %s: %v", dir, err)
		}
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || strings.HasPrefix(n, ".") {
				continue
			}
			name, kind := strings.TrimSuffix(n, ".tmpl"), "tmpl"
			if strings.HasSuffix(n, ".schema.json") {
				name, kind = strings.TrimSuffix(n, ".schema.json"), "schema"
			} else if !strings.HasSuffix(n, ".tmpl") {
				continue // a README or notes beside the prompts
			}
			p, ok := s.byName[name]
			if !ok {
				return nil, fmt.Errorf("prompts directory %s: %s names no prompt (known: %s)", dir, n, strings.Join(s.Names(), ", "))
			}
			data, err := fs.ReadFile(over, n)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", filepath.Join(dir, n), err)
			}
			if kind == "tmpl" {
				p.Template = string(data)
			} else {
				p.Schema = data
			}
			p.Origin = dir
		}
	}
	for _, p := range s.byName {
		if err := p.compile(); err != nil {
			where := p.Name
			if p.Origin != "built-in" {
				where = filepath.Join(p.Origin, p.Name)
			}
			return nil, fmt.Errorf("prompt %s: %v", where, err)
		}
	}
	return s, nil
}

var funcs = template.FuncMap{
	// json prints a value as JSON with <, > and & escaped, so text inside
	// it cannot close or open a delimiter.
	"json": func(v any) (string, error) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(true)
		enc.SetIndent("", " ")
		if err := enc.Encode(v); err != nil {
			return "", err
		}
		return strings.TrimSuffix(b.String(), "\n"), nil
	},
	// ids lists the items' ids: "1, 2, 5".
	"ids": func(items []Item) string {
		var ids []string
		for _, it := range items {
			ids = append(ids, strconv.Itoa(it.ID))
		}
		return strings.Join(ids, ", ")
	},
}

func (p *Prompt) compile() error {
	t, err := template.New(p.Name).Funcs(funcs).Option("missingkey=error").Parse(p.Template)
	if err != nil {
		return err
	}
	for _, part := range []string{"system", "user"} {
		if t.Lookup(part) == nil {
			return fmt.Errorf("the template defines no %q template ({{define %q}}…{{end}})", part, part)
		}
	}
	p.tmpl = t
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(p.Schema))
	if err != nil {
		return fmt.Errorf("schema: %v", err)
	}
	c := jsonschema.NewCompiler()
	url := p.Name + ".schema.json"
	if err := c.AddResource(url, doc); err != nil {
		return fmt.Errorf("schema: %v", err)
	}
	if p.schema, err = c.Compile(url); err != nil {
		return fmt.Errorf("schema: %v", err)
	}
	h := sha256.New()
	h.Write([]byte(p.Template))
	h.Write([]byte{0})
	h.Write(p.Schema)
	p.Version = hex.EncodeToString(h.Sum(nil))[:12]
	return nil
}

// Names lists the prompts in order.
func (s *Set) Names() []string {
	var out []string
	for n := range s.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Get returns a prompt by name.
func (s *Set) Get(name string) (*Prompt, error) {
	p, ok := s.byName[name]
	if !ok {
		return nil, fmt.Errorf("no prompt %q (known: %s)", name, strings.Join(s.Names(), ", "))
	}
	return p, nil
}

// Versions maps each prompt name to its version.
func (s *Set) Versions() map[string]string {
	out := map[string]string{}
	for n, p := range s.byName {
		out[n] = p.Version
	}
	return out
}

// Export writes every prompt's template and schema into dir, creating it.
// Existing files are not overwritten.
func (s *Set) Export(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, n := range s.Names() {
		p := s.byName[n]
		for _, f := range []struct {
			name string
			data []byte
		}{{n + ".tmpl", []byte(p.Template)}, {n + ".schema.json", p.Schema}} {
			path := filepath.Join(dir, f.name)
			fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return written, fmt.Errorf("%s: already exists (not overwritten)", path)
			}
			if err != nil {
				return written, err
			}
			_, err = fh.Write(f.data)
			if cerr := fh.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return written, fmt.Errorf("%s: %v", path, err)
			}
			written = append(written, path)
		}
	}
	return written, nil
}

// Messages is a rendered prompt.
type Messages struct {
	System, User string
}

// Render fills the prompt's templates with data.
func (p *Prompt) Render(data *Data) (Messages, error) {
	var m Messages
	for _, part := range []struct {
		name string
		dst  *string
	}{{"system", &m.System}, {"user", &m.User}} {
		var b strings.Builder
		if err := p.tmpl.ExecuteTemplate(&b, part.name, data); err != nil {
			return m, fmt.Errorf("prompt %s: %v", p.Name, err)
		}
		*part.dst = strings.TrimSpace(b.String())
	}
	return m, nil
}

// Validate checks an answer (decoded JSON) against the prompt's schema.
func (p *Prompt) Validate(answer []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(answer))
	if err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if err := p.schema.Validate(v); err != nil {
		var ve *jsonschema.ValidationError
		if errors.As(err, &ve) {
			return fmt.Errorf("does not match the %s schema: %s", p.Name, oneLine(strings.Join(leaves(ve, nil), "; ")))
		}
		return err
	}
	return nil
}

// leaves lists the innermost schema violations as "at /path: problem".
func leaves(ve *jsonschema.ValidationError, out []string) []string {
	if len(ve.Causes) == 0 {
		loc := "/" + strings.Join(ve.InstanceLocation, "/")
		return append(out, "at "+loc+": "+ve.ErrorKind.LocalizedString(printer))
	}
	for _, c := range ve.Causes {
		out = leaves(c, out)
	}
	return out
}

var printer = message.NewPrinter(language.English)

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

// WriteTo prints the prompt as `mtcheck prompts show` does.
func (p *Prompt) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s (version %s, %s)\n# %s\n\n", p.Name, p.Version, p.Origin, p.Description)
	fmt.Fprintf(&b, "## %s.tmpl\n\n%s\n", p.Name, strings.TrimRight(p.Template, "\n"))
	fmt.Fprintf(&b, "\n## %s.schema.json\n\n%s\n", p.Name, strings.TrimRight(string(p.Schema), "\n"))
	n, err := w.Write(b.Bytes())
	return int64(n), err
}
