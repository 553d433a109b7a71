package llm

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		h    map[string]string
		want time.Duration
	}{
		{map[string]string{"Retry-After": "3"}, 3 * time.Second},
		{map[string]string{"Retry-After": "0.5"}, 500 * time.Millisecond},
		{map[string]string{"Retry-After": now.Add(90 * time.Second).Format(http.TimeFormat)}, 90 * time.Second},
		{map[string]string{"Retry-After-Ms": "250", "Retry-After": "1"}, 250 * time.Millisecond},
		{map[string]string{"Retry-After": "soon"}, 0},
		{nil, 0},
	} {
		h := http.Header{}
		for k, v := range tc.h {
			h.Set(k, v)
		}
		if got := retryAfter(h, now); got != tc.want {
			t.Errorf("retryAfter(%v) = %v, want %v", tc.h, got, tc.want)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1}`:                        `{"a":1}`,
		"```json\n{\"a\": [1, 2]}\n```":  `{"a": [1, 2]}`,
		`Answer: {"s": "a } brace"} end`: `{"s": "a } brace"}`,
		`{bad} then {"a":2}`:             `{"a":2}`,
	} {
		got, err := extractJSON(in)
		if err != nil || string(got) != want {
			t.Errorf("extractJSON(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "no json here", `{"a": 1`} {
		if _, err := extractJSON(in); err == nil {
			t.Errorf("extractJSON(%q) found JSON", in)
		}
	}
}

func TestPriceLookup(t *testing.T) {
	p, ok := lookupPrice(nil, "gpt-4.1-mini-2025-04-14")
	if !ok || p != Prices["gpt-4.1-mini"] {
		t.Errorf("dated model: %v %v", p, ok)
	}
	if p, _ := lookupPrice(nil, "gpt-4.1"); p != Prices["gpt-4.1"] {
		t.Errorf("gpt-4.1 took a longer entry's price: %v", p)
	}
	if p, _ := lookupPrice(map[string]Price{"gpt-4.1": {1, 2}}, "gpt-4.1-2025-04-14"); p != (Price{1, 2}) {
		t.Errorf("config override: %v", p)
	}
	if _, ok := lookupPrice(nil, "llama3.1"); ok {
		t.Error("unknown model priced")
	}
}

func TestRedact(t *testing.T) {
	c := &Client{cfg: Config{APIKey: "sk-proj-SECRETSECRET1234"}}
	got := c.redact("Incorrect API key provided: sk-proj-****************1234 (sk-proj-SECRETSECRET1234)")
	if strings.Contains(got, "SECRET") || strings.Contains(got, "1234") {
		t.Errorf("redact left key material: %q", got)
	}
}

func TestCountTokens(t *testing.T) {
	n := CountTokens("gpt-4.1-mini", "Zelensky's chief of staff, Andriy Yermak, said the leaders had agreed.")
	if n < 12 || n > 25 {
		t.Errorf("CountTokens = %d", n)
	}
	if CountTokens("llama3.1", "hello world") != CountTokens("gpt-4o", "hello world") {
		t.Error("unknown models are not counted with o200k_base")
	}
}

// grep reports whether any file under dir contains s.
func grepDir(dir, s string) bool {
	found := false
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			found = found || strings.Contains(string(b), s)
		}
		return nil
	})
	return found
}
