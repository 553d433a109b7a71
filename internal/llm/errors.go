package llm

import (
	"errors"
	"fmt"
)

// ProviderError is a failure of the endpoint: an error status the request
// cannot be retried past (Fatal: bad key, unknown model, wrong URL, a request
// the endpoint refuses), or a retryable failure that outlasted the retries.
type ProviderError struct {
	Status   int // HTTP status, 0 for network errors
	Msg      string
	Attempts int
	Fatal    bool
}

func (e *ProviderError) Error() string { return e.Msg }

// AnswerError is an answer that was not valid even after one repair request.
type AnswerError struct{ Err error }

func (e *AnswerError) Error() string {
	return "invalid answer after one repair attempt: " + e.Err.Error()
}
func (e *AnswerError) Unwrap() error { return e.Err }

// ErrTruncated: the answer hit the output token limit (finish_reason
// "length"); the caller should ask about fewer sentences at a time.
var ErrTruncated = errors.New("the answer was cut off at the output token limit")

// ErrDryRun: the request was planned, not sent.
var ErrDryRun = errors.New("dry run: request not sent")

// BudgetError: the request would take the run past --max-tokens or
// --max-cost, so it was not sent.
type BudgetError struct{ Msg string }

func (e *BudgetError) Error() string { return e.Msg }

type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }

func errorf(format string, a ...any) error { return &configError{fmt.Sprintf(format, a...)} }
