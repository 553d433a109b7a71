package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/check"
)

// DefaultMaxBytes is the largest file read by default: far above any
// article, low enough that a misdirected log or dump fails fast instead of
// exhausting memory.
const DefaultMaxBytes = 16 << 20

// Stdin is the name used for standard input in messages and reports.
const Stdin = "<stdin>"

// InputError is a problem with one input file.
type InputError struct {
	Path string
	Msg  string
}

func (e *InputError) Error() string { return e.Path + ": " + e.Msg }

// Reader reads inputs. Stdin is used for the path "-".
type Reader struct {
	Stdin    io.Reader
	MaxBytes int64
	stdin    *string
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// DisplayName is how a path appears in messages and reports.
func DisplayName(path string) string {
	if path == "-" {
		return Stdin
	}
	return path
}

// ReadText reads a UTF-8 text file and validates it: it must exist, be a
// regular file, fit the size limit, be text (no NUL bytes, not UTF-16) and be
// valid UTF-8. Empty files are reported by the callers that cannot use them.
func (r *Reader) ReadText(path string) (string, error) {
	name := DisplayName(path)
	var data []byte
	if path == "-" {
		if r.stdin != nil {
			return *r.stdin, nil
		}
		if r.Stdin == nil {
			return "", &InputError{name, "standard input is not available"}
		}
		var err error
		data, err = io.ReadAll(io.LimitReader(r.Stdin, r.maxBytes()+1))
		if err != nil {
			return "", &InputError{name, "cannot read: " + err.Error()}
		}
		if int64(len(data)) > r.maxBytes() {
			return "", &InputError{name, fmt.Sprintf("input is larger than the %s limit (raise it with --max-size)", humanBytes(r.maxBytes()))}
		}
	} else {
		st, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", &InputError{name, "no such file"}
		case errors.Is(err, fs.ErrPermission):
			return "", &InputError{name, "permission denied"}
		case err != nil:
			return "", &InputError{name, "cannot read: " + describe(err)}
		case st.IsDir():
			return "", &InputError{name, "is a directory, not a text file"}
		case !st.Mode().IsRegular() && st.Mode()&fs.ModeNamedPipe == 0 && st.Mode()&fs.ModeCharDevice == 0:
			return "", &InputError{name, "is not a regular file"}
		case st.Size() > r.maxBytes():
			return "", &InputError{name, fmt.Sprintf("is %s, larger than the %s limit for one article (raise it with --max-size)", humanBytes(st.Size()), humanBytes(r.maxBytes()))}
		}
		f, err := os.Open(path)
		if err != nil {
			return "", &InputError{name, "cannot open: " + describe(err)}
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, r.maxBytes()+1))
		if err != nil {
			return "", &InputError{name, "cannot read: " + describe(err)}
		}
		if int64(len(data)) > r.maxBytes() {
			return "", &InputError{name, fmt.Sprintf("is larger than the %s limit (raise it with --max-size)", humanBytes(r.maxBytes()))}
		}
	}
	if err := validateText(name, data); err != nil {
		return "", err
	}
	text := string(data)
	if path == "-" {
		r.stdin = &text
	}
	return text, nil
}

func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func validateText(name string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return &InputError{name, "is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{name, fmt.Sprintf("is a binary file (NUL byte at offset %d), not text", i)}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := bytes.Count(data[:off], []byte("\n")) + 1
		col := utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off]) + 1
		return &InputError{name, fmt.Sprintf("is not valid UTF-8 (byte 0x%02X at line %d, column %d); convert it to UTF-8", data[off], line, col)}
	}
	return nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Role says what a document is for, which decides what counts as unusable.
type Role int

const (
	Article Role = iota
	Reference
	Source
)

func (r Role) String() string {
	switch r {
	case Reference:
		return "reference"
	case Source:
		return "source"
	}
	return "article"
}

// Load reads and parses a document. An empty article or reference is an
// error (there is nothing to check, or nothing to check against). For an
// article or reference that does not read as English it returns the document
// with a warning; the caller decides what to do with it.
func (r *Reader) Load(path string, role Role) (*check.Document, error) {
	text, err := r.ReadText(path)
	if err != nil {
		return nil, err
	}
	return ParseText(DisplayName(path), text, role)
}

// ParseText parses a document's text, with Load's checks for its role.
func ParseText(name, text string, role Role) (*check.Document, error) {
	d, _, err := ParseTextLang(name, text, role)
	return d, err
}

// ParseTextLang is ParseText that also returns what check.Language says of
// an article or reference ("" for English), so callers need not work it
// out again.
func ParseTextLang(name, text string, role Role) (*check.Document, string, error) {
	d := check.Parse(name, text, check.ParseOptions{})
	if len(d.Sentences) == 0 {
		if role == Source {
			return nil, "", &InputError{name, "source is empty"}
		}
		return nil, "", &InputError{name, "is empty: no text to " + map[Role]string{Article: "check", Reference: "compare with"}[role]}
	}
	lang := ""
	if role != Source {
		if lang = check.Language(d); lang != "" {
			hint := ""
			if role == Reference {
				hint = " (a source-language text belongs in --source, not --ref)"
			}
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s does not look like English (%s)%s", role, lang, hint))
		}
	}
	return d, lang, nil
}

// LoadGlossary reads and parses a glossary file.
func (r *Reader) LoadGlossary(path string) (*check.Glossary, error) {
	text, err := r.ReadText(path)
	if err != nil {
		return nil, err
	}
	g, err := check.ParseGlossary(DisplayName(path), text)
	if err != nil {
		return nil, &InputError{DisplayName(path), trimPrefix(err.Error(), DisplayName(path)+":")}
	}
	return g, nil
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return "line " + s[len(p):]
	}
	return s
}
