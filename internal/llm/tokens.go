package llm

import (
	"strings"
	"sync"

	"github.com/tiktoken-go/tokenizer"
)

var (
	codecOnce sync.Map // encoding name -> *codecEntry
)

type codecEntry struct {
	once  sync.Once
	codec tokenizer.Codec
}

// CountTokens counts the tokens of text as the model's tokenizer would,
// offline. Models it does not know (local ones) are counted with o200k_base,
// a fair estimate for any modern tokenizer.
func CountTokens(model, text string) int {
	enc := tokenizer.O200kBase
	m := strings.ToLower(model)
	if strings.HasPrefix(m, "gpt-4-") || m == "gpt-4" || strings.HasPrefix(m, "gpt-3.5") || strings.HasPrefix(m, "gpt-35") {
		enc = tokenizer.Cl100kBase
	}
	v, _ := codecOnce.LoadOrStore(enc, &codecEntry{})
	e := v.(*codecEntry)
	e.once.Do(func() { e.codec, _ = tokenizer.Get(enc) })
	if e.codec == nil {
		return len(text)/4 + 1
	}
	n, err := e.codec.Count(text)
	if err != nil {
		return len(text)/4 + 1
	}
	return n
}

// messageTokens estimates a chat request's prompt tokens: each message's
// content plus OpenAI's per-message overhead.
func messageTokens(model string, contents ...string) int {
	n := 3
	for _, c := range contents {
		n += 4 + CountTokens(model, c)
	}
	return n
}
