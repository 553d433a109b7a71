// Package llm is mtcheck's client for OpenAI-compatible chat endpoints
// (OpenAI, Azure OpenAI, and local servers such as Ollama, vLLM and
// llama.cpp), built on github.com/sashabaranov/go-openai.
//
// One Client serves a whole run. Do sends one request and returns an answer
// that has been parsed and validated, or a typed error:
//
//   - structured outputs: the answer schema goes as a json_schema
//     response_format; an endpoint that refuses it is asked again in JSON
//     mode, then with no response_format, and the JSON object is then
//     found in whatever text comes back;
//   - reliability: a timeout per attempt; retries with exponential backoff
//     and jitter on 429, 5xx and network errors, honouring Retry-After; no
//     retry on other 4xx, which are *ProviderError with Fatal set; one repair
//     request for an answer that is not valid, then *AnswerError;
//     ErrTruncated when the answer was cut off (finish_reason "length");
//   - limits: concurrency, requests and tokens per minute, and a token and
//     cost budget checked before each request (ErrBudget);
//   - a content-addressed on-disk cache of validated answers shared safely
//     by concurrent processes, so an identical request is never sent twice;
//   - usage: tokens and estimated cost summed for the run.
//
// The API key is sent in a request header and nowhere else: it is not part
// of the cache key, of errors or of anything the package prints.
package llm
