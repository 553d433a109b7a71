package report

// Proposal is a proposed correction of one sentence, as the HTML report and
// the review page show it and `mtcheck fix --format json` lists it. It is
// filled in only where proposals were made (check --format html, fix,
// review): plain `check` reports have none.
type Proposal struct {
	// ID names the proposal within its file ("s3-1": the first proposal of
	// sentence 3), for links and decisions.
	ID string `json:"id"`
	// Source is offline, llm or edited (by hand, on the review page).
	Source string `json:"source"`
	Reason string `json:"reason"`
	// Original and Corrected are the sentence as a reader sees it.
	Original  string `json:"original"`
	Corrected string `json:"corrected"`
	// Diff is the word diff in the plain [-old-]{+new+} markup.
	Diff       string  `json:"diff"`
	Confidence float64 `json:"confidence"`
	// Best marks the sentence's most confident verified proposal (the one
	// fix --write applies).
	Best bool `json:"best"`
	// Rejected is why verification refused the proposal; empty when it
	// passed.
	Rejected    string  `json:"rejected,omitempty"`
	ScoreBefore float64 `json:"score_before"`
	ScoreAfter  float64 `json:"score_after"`
	// Edits are the changes to the file, byte offsets into the original.
	Edits []Edit `json:"edits"`
}

// Edit replaces the file's bytes Start..End with New.
type Edit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}
