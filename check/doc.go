// Package check is the core of mtcheck: it parses an article into sentences with
// exact positions, aligns them with reference passages, runs the checks and
// scores the result. It does no I/O: callers hand it text and get findings back.
//
// Data flows one way: Parse → Align → checks → Score. Every position in a
// Finding or Sentence is a byte offset into the original text, so writers can
// turn it into line/column, SARIF regions or highlighted HTML without
// re-deriving anything.
package check
