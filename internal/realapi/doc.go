// Package realapi runs mtcheck against a real OpenAI-compatible endpoint. It
// is built only with the realapi tag and skips without OPENAI_API_KEY:
//
//	OPENAI_API_KEY=sk-… go test -tags realapi -v ./internal/realapi
//	OPENAI_API_KEY=… OPENAI_BASE_URL=http://localhost:11434/v1 MTCHECK_MODEL=llama3.1:8b go test -tags realapi ./internal/realapi
//
// Every other test uses the in-process fake endpoint (internal/llm/llmtest).
package realapi
