package textdiff

import (
	"html"
	"strings"
)

// ANSI colours: deletions red and struck through, insertions green and
// underlined, so the difference survives colour blindness.
const (
	ansiDel   = "\x1b[31;9m"
	ansiIns   = "\x1b[32;4m"
	ansiReset = "\x1b[0m"
)

// Plain renders a word diff as `git diff --word-diff=plain` does:
// [-removed-]{+added+}.
func Plain(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case Equal:
			b.WriteString(op.Text)
		case Delete:
			b.WriteString("[-" + op.Text + "-]")
		case Insert:
			b.WriteString("{+" + op.Text + "+}")
		}
	}
	return b.String()
}

// ANSI renders a word diff for a colour terminal. Line breaks inside a
// change close the colour first, so a pager never bleeds it.
func ANSI(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		code := ""
		switch op.Kind {
		case Equal:
			b.WriteString(op.Text)
			continue
		case Delete:
			code = ansiDel
		case Insert:
			code = ansiIns
		}
		for i, line := range strings.Split(op.Text, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			if line != "" {
				b.WriteString(code + line + ansiReset)
			}
		}
	}
	return b.String()
}

// HTML renders a word diff as an HTML fragment: <del> and <ins> inside a
// <span class="mtcheck-diff">, with every text escaped.
func HTML(ops []Op) string {
	var b strings.Builder
	b.WriteString(`<span class="mtcheck-diff">`)
	for _, op := range ops {
		t := html.EscapeString(op.Text)
		switch op.Kind {
		case Equal:
			b.WriteString(t)
		case Delete:
			b.WriteString("<del>" + t + "</del>")
		case Insert:
			b.WriteString("<ins>" + t + "</ins>")
		}
	}
	b.WriteString(`</span>`)
	return b.String()
}

// Style picks a word-diff renderer.
type Style int

const (
	StylePlain Style = iota
	StyleANSI
	StyleHTML
)

// Render renders a word diff in a style.
func Render(ops []Op, s Style) string {
	switch s {
	case StyleANSI:
		return ANSI(ops)
	case StyleHTML:
		return HTML(ops)
	}
	return Plain(ops)
}
