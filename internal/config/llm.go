package config

import "path/filepath"

// LLMConfig is the llm: section: the endpoint, model and limits used by
// `mtcheck check --llm` and `mtcheck fix`. The API key is never read from
// the file: it comes from OPENAI_API_KEY (or AZURE_OPENAI_API_KEY).
type LLMConfig struct {
	Model   string `yaml:"model"`
	BaseURL string `yaml:"base_url"`
	// APIType is openai (any OpenAI-compatible server) or azure.
	APIType string      `yaml:"api_type"`
	Azure   AzureConfig `yaml:"azure"`
	// Review is all or flagged.
	Review          string   `yaml:"review"`
	ResponseFormat  string   `yaml:"response_format"`
	Temperature     *float64 `yaml:"temperature"`
	MaxOutputTokens int      `yaml:"max_output_tokens"`
	ChunkTokens     int      `yaml:"chunk_tokens"`
	Concurrency     int      `yaml:"concurrency"`
	RPM             int      `yaml:"rpm"`
	TPM             int      `yaml:"tpm"`
	MaxTokens       int64    `yaml:"max_tokens"`
	MaxCost         float64  `yaml:"max_cost"`
	// Timeout per request, as a Go duration ("90s", "2m").
	Timeout    string `yaml:"timeout"`
	MaxRetries *int   `yaml:"max_retries"`
	// Prices in US dollars per million tokens, by model name.
	Prices   map[string]PriceConfig `yaml:"prices"`
	CacheDir string                 `yaml:"cache_dir"`
	NoCache  bool                   `yaml:"no_cache"`
	// Prompts is a directory of prompt overrides.
	Prompts string `yaml:"prompts"`
}

// AzureConfig holds the Azure OpenAI settings.
type AzureConfig struct {
	Deployment string `yaml:"deployment"`
	APIVersion string `yaml:"api_version"`
}

// PriceConfig is one model's price.
type PriceConfig struct {
	Input  float64 `yaml:"input"`
	Output float64 `yaml:"output"`
}

// resolve makes the section's paths relative to the config file's directory.
func (c *LLMConfig) resolve(base string) {
	for _, p := range []*string{&c.CacheDir, &c.Prompts} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
}
