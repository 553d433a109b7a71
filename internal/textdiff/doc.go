// Package textdiff computes word and line diffs over go-diff and renders
// them for people and tools: ANSI colour for a terminal, the
// `[-old-]{+new+}` markup of `git diff --word-diff=plain`, an HTML fragment,
// and a unified diff that patch(1) and `git apply` accept.
//
// Word diffs tokenise both texts into words, runs of white space and single
// punctuation marks, map each distinct token to one rune (as go-diff does for
// lines) and diff the rune strings, so a change is always reported in whole
// words rather than as character soup.
package textdiff
