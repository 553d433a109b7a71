package config

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/internal/fsutil"
)

// SetCheckValues writes check.threshold and check.severity entries into a
// config file, keeping the rest of the file (comments, order, other keys)
// as it is; the file is created when it does not exist. The result is
// validated before it replaces the file, atomically.
func SetCheckValues(path string, threshold *float64, severities map[string]string) error {
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("%s: %v", path, err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(data) == 0 {
		lines = nil
	}
	isTop := func(l string) bool { return reTop.MatchString(l) }
	out := editBlock(lines, "check:", func(l string) bool { return isTop(l) && strings.HasPrefix(l, "check:") }, isTop,
		func(section []string) []string {
			if threshold != nil {
				section = setKey(section, "threshold", fmt.Sprintf("%g", *threshold))
			}
			if len(severities) > 0 {
				section = setSeverities(section, severities)
			}
			return section
		})
	text := strings.Join(out, "\n") + "\n"
	if _, err := Parse([]byte(text)); err != nil {
		return fmt.Errorf("%s: the updated config would not be valid: %v", path, err)
	}
	return fsutil.WriteAtomic(path, func(w io.Writer) error {
		_, err := w.Write([]byte(text))
		return err
	})
}

var reTop = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*:`)

// setKey replaces "  key: …" in a section or adds it first.
func setKey(section []string, key, value string) []string {
	re := regexp.MustCompile(`^(\s+)` + regexp.QuoteMeta(key) + `:[^#]*(#.*)?$`)
	for i, l := range section {
		if m := re.FindStringSubmatch(l); m != nil {
			comment := ""
			if m[2] != "" {
				comment = "  " + m[2]
			}
			section[i] = m[1] + key + ": " + value + comment
			return section
		}
	}
	return append([]string{"  " + key + ": " + value}, section...)
}

// setSeverities sets "check.severity.ID: sev" entries.
func setSeverities(section []string, sev map[string]string) []string {
	ids := make([]string, 0, len(sev))
	for id := range sev {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	isSeverity := func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "severity:") && leading(l) == 2 }
	ends := func(l string) bool { return strings.TrimSpace(l) != "" && leading(l) <= 2 }
	return editBlock(section, "  severity:", isSeverity, ends, func(sub []string) []string {
		for _, id := range ids {
			done := false
			for i, l := range sub {
				if strings.HasPrefix(strings.TrimSpace(l), id+":") {
					sub[i] = "    " + id + ": " + sev[id]
					done = true
				}
			}
			if !done {
				sub = append(sub, "    "+id+": "+sev[id])
			}
		}
		return sub
	})
}

// editBlock finds the last line of lines for which isHeader holds (adding
// header at the end when there is none), hands the lines of its block, up to
// the next line for which ends holds, to edit, and puts what edit returns in
// their place.
func editBlock(lines []string, header string, isHeader, ends func(string) bool, edit func([]string) []string) []string {
	at := -1
	for i, l := range lines {
		if isHeader(l) {
			at = i
		}
	}
	if at < 0 {
		lines = append(lines, header)
		at = len(lines) - 1
	}
	end := len(lines)
	for i := at + 1; i < len(lines); i++ {
		if ends(lines[i]) {
			end = i
			break
		}
	}
	body := edit(append([]string{}, lines[at+1:end]...))
	return append(append(append([]string{}, lines[:at+1]...), body...), lines[end:]...)
}

func leading(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }
