// Package review puts an LLM to work on an article: the reviewer annotates
// translation errors (MQM style) that join the offline findings, and the
// fixer proposes corrected sentences. Sentences go in chunks sized by an
// offline token count, each with its evidence; answers are validated, may
// only speak of the sentences asked about, and have their quoted spans
// located in the sentence tolerantly (quotes, dashes, white space, case).
package review
