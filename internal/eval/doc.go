// Package eval measures mtcheck against expert ratings: it reads MQM
// annotations in the TSV layout of the public WMT ratings, runs the checker
// on each system's documents against a reference, and reports how well the
// sentence scores rank, how well the flags and spans match the experts', and
// (with an LLM reviewer) what the LLM adds. Calibrate picks the flag
// threshold that reaches a requested precision or false-alarm rate.
package eval
