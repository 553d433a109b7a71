package llm

import (
	"sort"
	"strings"
)

// Price is what a model costs, in US dollars per million tokens.
type Price struct {
	Input  float64 `yaml:"input" json:"input"`
	Output float64 `yaml:"output" json:"output"`
}

// Prices is the built-in table (OpenAI's list prices for standard
// processing, as published in 2025). Config can override any entry and add
// others (a local model at 0). A dated model name uses the entry of its
// longest matching prefix: gpt-4.1-mini-2025-04-14 costs what gpt-4.1-mini
// does.
var Prices = map[string]Price{
	"gpt-5":        {1.25, 10},
	"gpt-5-mini":   {0.25, 2},
	"gpt-5-nano":   {0.05, 0.40},
	"gpt-4.1":      {2, 8},
	"gpt-4.1-mini": {0.40, 1.60},
	"gpt-4.1-nano": {0.10, 0.40},
	"gpt-4o":       {2.50, 10},
	"gpt-4o-mini":  {0.15, 0.60},
	"o3":           {2, 8},
	"o3-mini":      {1.10, 4.40},
	"o4-mini":      {1.10, 4.40},
	"o1":           {15, 60},
}

func lookupPrice(over map[string]Price, model string) (Price, bool) {
	m := strings.ToLower(model)
	if p, ok := over[m]; ok {
		return p, true
	}
	if p, ok := over[model]; ok {
		return p, true
	}
	best, found := "", false
	var price Price
	for _, table := range []map[string]Price{over, Prices} {
		for k, p := range table {
			k = strings.ToLower(k)
			if (m == k || strings.HasPrefix(m, k+"-")) && len(k) > len(best) {
				best, price, found = k, p, true
			}
		}
		if found {
			return price, true
		}
	}
	return Price{}, false
}

// Cost is the price of a request's tokens.
func (p Price) Cost(prompt, completion int64) float64 {
	return (float64(prompt)*p.Input + float64(completion)*p.Output) / 1e6
}

// PriceTable lists the built-in prices by model name.
func PriceTable() []string {
	var names []string
	for n := range Prices {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
