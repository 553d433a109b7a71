package llm

import (
	"context"
	"math/rand/v2"
	"net/http"
	"strings"
	"time"
)

// DefaultModel is used when neither flags nor config name a model.
const DefaultModel = "gpt-4.1-mini"

// DefaultBaseURL is OpenAI's API.
const DefaultBaseURL = "https://api.openai.com/v1"

// DefaultAzureAPIVersion is an Azure OpenAI API version with structured
// outputs.
const DefaultAzureAPIVersion = "2024-10-21"

// Response format modes, from the strictest down.
const (
	FormatAuto       = "auto" // json_schema, falling back as the endpoint requires
	FormatJSONSchema = "json_schema"
	FormatJSONObject = "json_object"
	FormatText       = "text"
)

// Config configures a Client. The zero value of a field means its default.
type Config struct {
	// BaseURL of the OpenAI-compatible API, including /v1 (for Azure, the
	// resource endpoint, https://NAME.openai.azure.com).
	BaseURL string
	// APIKey may be empty for local servers.
	APIKey string
	// APIType is "openai" (any OpenAI-compatible server) or "azure".
	APIType string
	// APIVersion and Deployment are for Azure (Deployment defaults to Model).
	APIVersion string
	Deployment string
	Model      string
	// ResponseFormat is auto, json_schema, json_object or text.
	ResponseFormat string
	// Temperature is sent to models that accept one (not reasoning models).
	Temperature float64
	// MaxOutputTokens bounds each answer (default 4096).
	MaxOutputTokens int
	// Timeout bounds each attempt (default 120s).
	Timeout time.Duration
	// MaxRetries after the first attempt (default 4; -1 for none).
	MaxRetries int
	// Concurrency is the number of requests in flight at once (default 4).
	Concurrency int
	// RPM and TPM limit requests and tokens per minute (0: no limit).
	RPM, TPM int
	// MaxTokens and MaxCost are the run's budget: no request is sent that
	// would take the total past them (0: no limit). Cost is in US dollars.
	MaxTokens int64
	MaxCost   float64
	// Prices override or extend the built-in price table.
	Prices map[string]Price
	// CacheDir holds the response cache; NoCache turns it off.
	CacheDir string
	NoCache  bool
	// DryRun plans requests without sending them.
	DryRun bool

	HTTPClient *http.Client
	// Sleep waits between retries; tests replace it to run without delay.
	Sleep func(ctx context.Context, d time.Duration) error
	// Jitter returns a number in [0,1); tests fix it.
	Jitter func() float64
	// BackoffBase and BackoffMax shape the retry delays (1s, 30s).
	BackoffBase, BackoffMax time.Duration
	// MaxRetryAfter: a Retry-After longer than this ends the retries (5m).
	MaxRetryAfter time.Duration
}

func (c *Config) withDefaults() {
	if c.Model == "" {
		c.Model = DefaultModel
	}
	c.APIType = strings.ToLower(c.APIType)
	if c.APIType == "" {
		c.APIType = "openai"
	}
	if c.BaseURL == "" && c.APIType == "openai" {
		c.BaseURL = DefaultBaseURL
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	if c.APIType == "azure" && c.APIVersion == "" {
		c.APIVersion = DefaultAzureAPIVersion
	}
	if c.ResponseFormat == "" {
		c.ResponseFormat = FormatAuto
	}
	if c.MaxOutputTokens <= 0 {
		c.MaxOutputTokens = 4096
	}
	if c.Timeout <= 0 {
		c.Timeout = 120 * time.Second
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 4
	} else if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 4
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	if c.Sleep == nil {
		c.Sleep = sleep
	}
	if c.Jitter == nil {
		c.Jitter = rand.Float64
	}
	if c.BackoffBase <= 0 {
		c.BackoffBase = time.Second
	}
	if c.BackoffMax <= 0 {
		c.BackoffMax = 30 * time.Second
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = 5 * time.Minute
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Validate reports settings that cannot work.
func (c Config) Validate() error {
	switch strings.ToLower(c.APIType) {
	case "", "openai":
	case "azure":
		if c.BaseURL == "" {
			return errorf("Azure needs the resource endpoint as the base URL (--base-url https://NAME.openai.azure.com)")
		}
	default:
		return errorf("api type %q: want openai or azure", c.APIType)
	}
	switch c.ResponseFormat {
	case "", FormatAuto, FormatJSONSchema, FormatJSONObject, FormatText:
	default:
		return errorf("response format %q: want auto, json_schema, json_object or text", c.ResponseFormat)
	}
	if c.MaxCost > 0 {
		if _, ok := lookupPrice(c.Prices, c.Model); !ok {
			return errorf("--max-cost needs the price of model %q: add it under llm.prices in .mtcheck.yaml", c.Model)
		}
	}
	return nil
}

// IsReasoningModel reports models that take no temperature and count their
// output limit as max_completion_tokens (OpenAI's o-series and gpt-5).
func IsReasoningModel(model string) bool {
	m := strings.ToLower(model)
	if i := strings.LastIndexByte(m, '/'); i >= 0 {
		m = m[i+1:]
	}
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}
