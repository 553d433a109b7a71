package llm

import (
	"sync"

	"github.com/tiktoken-go/tokenizer"
	"github.com/tiktoken-go/tokenizer/codec"
)

// CountTokens counts the tokens of text with o200k_base, offline: the
// tokenizer of every current OpenAI model (gpt-4o, gpt-4.1, gpt-5, o-series)
// and a fair estimate for other modern tokenizers (local models). Only this
// vocabulary is linked in: each one adds megabytes to the binary.
func CountTokens(model, text string) int {
	o200kOnce.Do(func() { o200k = codec.NewO200kBase() })
	n, err := o200k.Count(text)
	if err != nil {
		return len(text)/4 + 1
	}
	return n
}

var (
	o200kOnce sync.Once
	o200k     tokenizer.Codec
)

// messageTokens estimates a chat request's prompt tokens: each message's
// content plus OpenAI's per-message overhead.
func messageTokens(model string, contents ...string) int {
	n := 3
	for _, c := range contents {
		n += 4 + CountTokens(model, c)
	}
	return n
}
