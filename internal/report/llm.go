package report

import (
	"fmt"
	"strings"
)

// LLM describes the LLM part of a run: what was asked of which model, with
// which prompts and parameters (the signature, which makes a result
// reproducible and comparable, as sacreBLEU's does), and what it used.
type LLM struct {
	// Signature is one line: tool version, model, prompt versions and
	// parameters, "|"-separated key:value pairs.
	Signature  string            `json:"signature"`
	Model      string            `json:"model"`
	Endpoint   string            `json:"endpoint"`
	Review     string            `json:"review"`
	Prompts    map[string]string `json:"prompts"`
	Parameters map[string]any    `json:"parameters"`
	Usage      LLMUsage          `json:"usage"`
	// Findings counts the LLM findings added; Confirmed those that repeated
	// an offline finding; Dropped the quoted spans not found; Errors the
	// sentences left unreviewed (llm-error warnings name them).
	Findings  int  `json:"findings"`
	Confirmed int  `json:"confirmed"`
	Dropped   int  `json:"dropped"`
	Errors    int  `json:"errors"`
	DryRun    bool `json:"dry_run,omitempty"`
	// Batches are the Batch API batches whose answers the run used.
	Batches []string `json:"batches,omitempty"`
	// Stopped says why the LLM stopped before the end, if it did: the
	// budget, a provider failure, an interruption.
	Stopped string `json:"stopped,omitempty"`
}

// LLMUsage is what the run used. CostUSD is null for a model with no price.
type LLMUsage struct {
	Requests         int      `json:"requests"`
	Cached           int      `json:"cached"`
	Retries          int      `json:"retries"`
	Repairs          int      `json:"repairs"`
	Failed           int      `json:"failed"`
	OverBudget       int      `json:"over_budget"`
	PromptTokens     int64    `json:"prompt_tokens"`
	CompletionTokens int64    `json:"completion_tokens"`
	CostUSD          *float64 `json:"cost_usd"`
	// Batched counts the requests answered through the Batch API (at
	// about half the price); they are among Requests.
	Batched int `json:"batched,omitempty"`
}

// Line is the one-line usage summary the text writers print.
func (l *LLM) Line() string {
	u := l.Usage
	var b strings.Builder
	fmt.Fprintf(&b, "llm: %s · %d request(s), %d cached", l.Model, u.Requests, u.Cached)
	if u.Batched > 0 {
		fmt.Fprintf(&b, ", %d by batch", u.Batched)
	}
	if u.Retries > 0 {
		fmt.Fprintf(&b, ", %d retried", u.Retries)
	}
	fmt.Fprintf(&b, " · %d prompt + %d completion tokens", u.PromptTokens, u.CompletionTokens)
	if u.CostUSD != nil {
		fmt.Fprintf(&b, " · $%.4f", *u.CostUSD)
	} else {
		b.WriteString(" · cost unknown (no price for the model)")
	}
	if l.Findings+l.Confirmed > 0 {
		fmt.Fprintf(&b, " · %d finding(s) added, %d confirmed", l.Findings, l.Confirmed)
	}
	if l.Stopped != "" {
		fmt.Fprintf(&b, " · stopped: %s", l.Stopped)
	}
	return b.String()
}
