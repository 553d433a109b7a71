package llm

import (
	"context"
	"sync"
)

// Tracker sums the usage of the requests made with one context, so a run
// can tell what each article cost while many are reviewed at once.
type Tracker struct {
	mu sync.Mutex
	u  Usage
}

type trackerKey struct{}

// Track returns a context whose requests are also counted in the returned
// Tracker (besides the client's total for the run).
func Track(ctx context.Context) (context.Context, *Tracker) {
	t := &Tracker{}
	return context.WithValue(ctx, trackerKey{}, t), t
}

// Usage returns what the tracked requests used so far.
func (t *Tracker) Usage() Usage {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.u
}

func (t *Tracker) add(f func(*Usage)) {
	if t == nil {
		return
	}
	t.mu.Lock()
	f(&t.u)
	t.mu.Unlock()
}

func trackerOf(ctx context.Context) *Tracker {
	t, _ := ctx.Value(trackerKey{}).(*Tracker)
	return t
}

// count applies f to the run's usage and to the context's tracker.
func (c *Client) count(ctx context.Context, f func(*Usage)) {
	c.mu.Lock()
	f(&c.usage)
	c.mu.Unlock()
	trackerOf(ctx).add(f)
}
