package llm

// GrepDir is grepDir for the external tests.
var GrepDir = grepDir
