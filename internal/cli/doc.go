// Package cli is the mtcheck command line: one file per command, and Main,
// which maps every outcome to an exit code in one place.
package cli
