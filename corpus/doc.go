// Package corpus reads mtcheck's inputs — articles, references, sources and
// glossaries — from files or standard input, validates them and hands them to
// package check as parsed documents. It also holds the bundled example corpus.
//
// Every problem with an input is an *InputError naming the file, so a caller
// can report it in one line, skip that file and go on with the others.
package corpus
