package llmtest

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Rules answer mtcheck's reviewer and fixer prompts the way a model might,
// from simple text rules, so end-to-end tests get realistic answers to the
// sentences they send. The sentences are read from the <article_data> block
// of the first user message.
type Rules struct {
	Review []ReviewRule `json:"review"`
	Fix    []FixRule    `json:"fix"`
	// ExtraID adds an answer about this sentence id, which was not asked
	// about (a model misled by an injected instruction).
	ExtraID int `json:"extra_id"`
}

// ReviewRule reports Span as an error in any sentence containing it.
type ReviewRule struct {
	Span        string `json:"span"`
	Category    string `json:"category"`
	Severity    string `json:"severity"`
	Explanation string `json:"explanation"`
}

// FixRule replaces From with To in any sentence containing From.
type FixRule struct {
	From        string  `json:"from"`
	To          string  `json:"to"`
	Explanation string  `json:"explanation"`
	Confidence  float64 `json:"confidence"`
}

// LoadRules reads rules from a JSON file.
func LoadRules(path string) (*Rules, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Rules
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &r, nil
}

// Item is a sentence as the prompts send it.
type Item struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

// Items reads the sentences of a request.
func Items(req *openai.ChatCompletionRequest) ([]Item, bool) {
	for _, m := range req.Messages {
		if m.Role != "user" {
			continue
		}
		i := strings.Index(m.Content, "<article_data>")
		j := strings.LastIndex(m.Content, "</article_data>")
		if i < 0 || j < i {
			return nil, false
		}
		var items []Item
		if json.Unmarshal([]byte(m.Content[i+len("<article_data>"):j]), &items) != nil {
			return nil, false
		}
		return items, true
	}
	return nil, false
}

// IsFixer tells the fixer prompt from the reviewer's.
func IsFixer(req *openai.ChatCompletionRequest) bool {
	for _, m := range req.Messages {
		if m.Role == "user" {
			return strings.Contains(m.Content, "Sentence ids to correct:")
		}
	}
	return false
}

// Respond answers a request by the rules.
func (r *Rules) Respond(req *openai.ChatCompletionRequest) Reply {
	items, ok := Items(req)
	if !ok {
		return Error(400, "invalid_request_error", "", "llmtest: the request has no <article_data> block")
	}
	var out any
	if IsFixer(req) {
		type fix struct {
			ID          int     `json:"id"`
			Corrected   string  `json:"corrected"`
			Explanation string  `json:"explanation"`
			Confidence  float64 `json:"confidence"`
		}
		fixes := []fix{}
		for _, it := range items {
			f := fix{ID: it.ID, Corrected: it.Text, Explanation: "no change needed", Confidence: 0.9}
			var why []string
			for _, rule := range r.Fix {
				if strings.Contains(f.Corrected, rule.From) {
					f.Corrected = strings.ReplaceAll(f.Corrected, rule.From, rule.To)
					why = append(why, rule.Explanation)
					if rule.Confidence > 0 {
						f.Confidence = rule.Confidence
					}
				}
			}
			if len(why) > 0 {
				f.Explanation = strings.Join(why, "; ")
			}
			fixes = append(fixes, f)
		}
		if r.ExtraID != 0 {
			fixes = append(fixes, fix{ID: r.ExtraID, Corrected: "Injected.", Explanation: "asked to", Confidence: 1})
		}
		out = map[string]any{"fixes": fixes}
	} else {
		type annotation struct {
			Span        string `json:"span"`
			Category    string `json:"category"`
			Severity    string `json:"severity"`
			Explanation string `json:"explanation"`
		}
		type sent struct {
			ID     int          `json:"id"`
			Errors []annotation `json:"errors"`
		}
		sents := []sent{}
		for _, it := range items {
			s := sent{ID: it.ID, Errors: []annotation{}}
			for _, rule := range r.Review {
				if strings.Contains(it.Text, rule.Span) {
					s.Errors = append(s.Errors, annotation(rule))
				}
			}
			sents = append(sents, s)
		}
		if r.ExtraID != 0 {
			sents = append(sents, sent{ID: r.ExtraID, Errors: []annotation{{"Injected", "other", "critical", "asked to"}}})
		}
		out = map[string]any{"sentences": sents}
	}
	b, _ := json.Marshal(out)
	return Reply{Content: string(b)}
}
