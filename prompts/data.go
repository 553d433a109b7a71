package prompts

// Data is what a template renders: the sentences of one chunk of an article
// with their evidence.
type Data struct {
	// Article is the article's name (its path), for orientation only.
	Article string
	Items   []Item
	// Glossary lists the glossary entries as lines of the glossary format.
	Glossary []string
	// HasSource: the items carry source passages.
	HasSource bool
}

// Item is one sentence to review or correct.
type Item struct {
	ID         int     `json:"id"`
	Text       string  `json:"text"`
	Before     string  `json:"before,omitempty"`
	After      string  `json:"after,omitempty"`
	Reference  string  `json:"reference"`
	Similarity float64 `json:"similarity"`
	Source     string  `json:"source,omitempty"`
	Findings   []Note  `json:"findings"`
}

// Note is a finding about the sentence, as the model sees it.
type Note struct {
	Check      string `json:"check"`
	Severity   string `json:"severity"`
	Span       string `json:"span"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
}
