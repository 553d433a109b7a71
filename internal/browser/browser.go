// Package browser drives a headless Chromium over the Chrome DevTools
// Protocol, for the tests that check mtcheck's HTML report and review page
// in a real browser: navigate, run JavaScript, click, type, press keys and
// take screenshots. It is a small client over one WebSocket (flat sessions),
// with no dependency but the WebSocket library.
//
// Tests call ForTest, which skips when no Chromium is installed unless
// MTCHECK_BROWSER_TESTS=1 says the browser must be there (as .ci/run does).
package browser

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// Flags are the command-line flags Chromium is started with: headless, no
// sandbox (tests run as root in CI), and nothing that reaches the network
// by itself.
var Flags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
	"--no-default-browser-check", "--password-store=basic", "--use-mock-keychain",
}

// Find returns the Chromium to use: $MTCHECK_CHROMIUM, else the first of
// chromium, chromium-browser, google-chrome on the PATH; "" when none.
func Find() string {
	if p := os.Getenv("MTCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// Browser is a running Chromium.
type Browser struct {
	cmd  *exec.Cmd
	dir  string
	conn *websocket.Conn
	ctx  context.Context
	stop context.CancelFunc

	mu      sync.Mutex
	next    int64
	pending map[int64]chan message
	pages   map[string]*Page // by session ID
	done    chan struct{}
	err     error
}

type message struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
}

type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    string `json:"data"`
}

func (e *cdpError) Error() string {
	return fmt.Sprintf("cdp error %d: %s %s", e.Code, e.Message, e.Data)
}

// Launch starts Chromium with a fresh profile directory and connects to it.
func Launch(exe string) (*Browser, error) {
	dir, err := os.MkdirTemp("", "mtcheck-chromium-*")
	if err != nil {
		return nil, err
	}
	ctx, stop := context.WithCancel(context.Background())
	args := append(append([]string{}, Flags...), "--user-data-dir="+dir, "--remote-debugging-port=0",
		"--window-size=1280,900", "about:blank")
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdout, cmd.Stderr = nil, nil
	ownGroup(cmd)
	b := &Browser{cmd: cmd, dir: dir, ctx: ctx, stop: stop, pending: map[int64]chan message{}, pages: map[string]*Page{},
		done: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		stop()
		os.RemoveAll(dir)
		return nil, fmt.Errorf("starting %s: %w", exe, err)
	}
	ws, err := b.endpoint(30 * time.Second)
	if err != nil {
		b.Close()
		return nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(dctx, ws, nil)
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("connecting to Chromium's DevTools at %s: %w", ws, err)
	}
	conn.SetReadLimit(256 << 20) // full-page screenshots come base64 encoded
	b.conn = conn
	go b.read()
	return b, nil
}

// endpoint waits for Chromium to write its DevTools port.
func (b *Browser) endpoint(wait time.Duration) (string, error) {
	deadline := time.Now().Add(wait)
	file := filepath.Join(b.dir, "DevToolsActivePort")
	for time.Now().Before(deadline) {
		if f, err := os.Open(file); err == nil {
			sc := bufio.NewScanner(f)
			var lines []string
			for sc.Scan() {
				lines = append(lines, strings.TrimSpace(sc.Text()))
			}
			f.Close()
			if len(lines) >= 2 && lines[0] != "" && lines[1] != "" {
				return "ws://127.0.0.1:" + lines[0] + lines[1], nil
			}
		}
		if b.cmd.ProcessState != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "", fmt.Errorf("chromium did not open its DevTools port within %v", wait)
}

func (b *Browser) read() {
	defer close(b.done)
	for {
		_, data, err := b.conn.Read(b.ctx)
		if err != nil {
			b.mu.Lock()
			b.err = err
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m message
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.pending[m.ID]; ok {
				delete(b.pending, m.ID)
				ch <- m
			}
			b.mu.Unlock()
			continue
		}
		p := b.pages[m.SessionID]
		b.mu.Unlock()
		if p != nil {
			p.event(m)
		}
	}
}

// call sends a command (to a page's session when session is set) and
// decodes its result into out.
func (b *Browser) call(ctx context.Context, session, method string, params any, out any) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	if params == nil {
		raw = []byte("{}")
	}
	ch := make(chan message, 1)
	b.mu.Lock()
	if b.err != nil {
		b.mu.Unlock()
		return fmt.Errorf("browser connection closed: %w", b.err)
	}
	b.next++
	id := b.next
	b.pending[id] = ch
	b.mu.Unlock()
	data, _ := json.Marshal(message{ID: id, Method: method, Params: raw, SessionID: session})
	if err := b.conn.Write(ctx, websocket.MessageText, data); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: browser connection closed", method)
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %w", method, m.Error)
		}
		if out != nil {
			return json.Unmarshal(m.Result, out)
		}
		return nil
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Close ends Chromium and removes its profile.
func (b *Browser) Close() {
	if b.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = b.call(ctx, "", "Browser.close", nil, nil)
		cancel()
		b.conn.Close(websocket.StatusNormalClosure, "")
	}
	waited := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-time.After(5 * time.Second):
		b.stop()
		<-waited
	}
	b.stop()
	os.RemoveAll(b.dir)
}

// Page is a browser tab.
type Page struct {
	b       *Browser
	session string
	target  string

	mu     sync.Mutex
	loads  int
	errors []string
	logs   []string
	wake   chan struct{}
}

// NewPage opens a tab with the given viewport size.
func (b *Browser) NewPage(ctx context.Context, width, height int) (*Page, error) {
	var t struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &t); err != nil {
		return nil, err
	}
	var s struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": t.TargetID, "flatten": true}, &s); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: s.SessionID, target: t.TargetID, wake: make(chan struct{}, 1)}
	b.mu.Lock()
	b.pages[s.SessionID] = p
	b.mu.Unlock()
	for _, m := range []string{"Page.enable", "Runtime.enable"} {
		if err := p.call(ctx, m, nil, nil); err != nil {
			return nil, err
		}
	}
	if err := p.SetViewport(ctx, width, height, false); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *Page) call(ctx context.Context, method string, params, out any) error {
	return p.b.call(ctx, p.session, method, params, out)
}

func (p *Page) event(m message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch m.Method {
	case "Page.loadEventFired":
		p.loads++
	case "Runtime.exceptionThrown":
		var e struct {
			ExceptionDetails struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		_ = json.Unmarshal(m.Params, &e)
		p.errors = append(p.errors, strings.TrimSpace(e.ExceptionDetails.Text+" "+e.ExceptionDetails.Exception.Description))
	case "Runtime.consoleAPICalled":
		var e struct {
			Type string `json:"type"`
			Args []struct {
				Value       any    `json:"value"`
				Description string `json:"description"`
			} `json:"args"`
		}
		_ = json.Unmarshal(m.Params, &e)
		var parts []string
		for _, a := range e.Args {
			if a.Value != nil {
				parts = append(parts, fmt.Sprint(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		line := e.Type + ": " + strings.Join(parts, " ")
		p.logs = append(p.logs, line)
		if e.Type == "error" {
			p.errors = append(p.errors, line)
		}
	case "Page.javascriptDialogOpening":
		// A dialog (beforeunload) would block the page: accept it.
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = p.call(ctx, "Page.handleJavaScriptDialog", map[string]any{"accept": true}, nil)
		}()
	default:
		return
	}
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Errors returns the JavaScript exceptions and console errors seen so far.
func (p *Page) Errors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.errors...)
}

// Logs returns the console messages seen so far.
func (p *Page) Logs() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.logs...)
}

// SetViewport sets the page's size (mobile: a phone's, with touch).
func (p *Page) SetViewport(ctx context.Context, width, height int, mobile bool) error {
	scale := 1.0
	if mobile {
		scale = 2
	}
	return p.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height,
		"deviceScaleFactor": scale, "mobile": mobile}, nil)
}

// Navigate loads a URL and waits for its load event. A URL the browser
// cannot load (a refused request, a network error) is an error.
func (p *Page) Navigate(ctx context.Context, url string) error {
	p.mu.Lock()
	before := p.loads
	p.mu.Unlock()
	var r struct {
		ErrorText string `json:"errorText"`
	}
	if err := p.call(ctx, "Page.navigate", map[string]any{"url": url}, &r); err != nil {
		return err
	}
	if r.ErrorText != "" {
		return fmt.Errorf("navigating to %s: %s", url, r.ErrorText)
	}
	for {
		p.mu.Lock()
		n := p.loads
		p.mu.Unlock()
		if n > before {
			return nil
		}
		select {
		case <-p.wake:
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s to load: %w", url, ctx.Err())
		}
	}
}

// Eval runs a JavaScript expression (a promise is awaited) and decodes its
// value into out (which may be nil).
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := p.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true,
		"userGesture": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluating %q: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out != nil && len(r.Result.Value) > 0 {
		return json.Unmarshal(r.Result.Value, out)
	}
	return nil
}

// WaitFor polls a JavaScript condition until it is true.
func (p *Page) WaitFor(ctx context.Context, cond string) error {
	var last error
	for {
		var ok bool
		if last = p.Eval(ctx, "!!("+cond+")", &ok); last == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("waiting for %s: %v (%w)", cond, last, ctx.Err())
			}
			return fmt.Errorf("waiting for %s: %w", cond, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Click clicks the middle of the first element matching a CSS selector
// with real mouse events, after scrolling it into view.
func (p *Page) Click(ctx context.Context, selector string) error {
	var box struct {
		X, Y  float64
		Found bool
	}
	js := fmt.Sprintf(`(function(){var e=document.querySelector(%q); if(!e) return {found:false};
		e.scrollIntoView({block:"center"}); var r=e.getClientRects()[0]||e.getBoundingClientRect();
		return {found:true, x:r.left+Math.min(r.width/2, 8), y:r.top+r.height/2};})()`, selector)
	if err := p.Eval(ctx, js, &box); err != nil {
		return err
	}
	if !box.Found {
		return fmt.Errorf("click: no element matches %s", selector)
	}
	for _, t := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		ev := map[string]any{"type": t, "x": box.X, "y": box.Y, "button": "left", "clickCount": 1}
		if t == "mouseMoved" {
			ev["button"] = "none"
		}
		if err := p.call(ctx, "Input.dispatchMouseEvent", ev, nil); err != nil {
			return err
		}
	}
	return nil
}

// Press types a key the way a keyboard does: "j", "Enter", "Escape",
// "Tab". Modifiers: 2 is Ctrl, 8 is Shift.
func (p *Page) Press(ctx context.Context, key string, modifiers int) error {
	code, vk, text := keyInfo(key)
	down := map[string]any{"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers}
	if text != "" && modifiers&^8 == 0 {
		down["text"] = text
	}
	if err := p.call(ctx, "Input.dispatchKeyEvent", down, nil); err != nil {
		return err
	}
	return p.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key, "code": code,
		"windowsVirtualKeyCode": vk, "modifiers": modifiers}, nil)
}

func keyInfo(key string) (code string, vk int, text string) {
	switch key {
	case "Enter":
		return "Enter", 13, "\r"
	case "Escape":
		return "Escape", 27, ""
	case "Tab":
		return "Tab", 9, ""
	case "Backspace":
		return "Backspace", 8, ""
	case " ":
		return "Space", 32, " "
	}
	if len(key) == 1 {
		c := key[0]
		switch {
		case c >= 'a' && c <= 'z':
			return "Key" + strings.ToUpper(key), int(c - 'a' + 'A'), key
		case c >= '0' && c <= '9':
			return "Digit" + key, int(c), key
		}
		return "", int(c), key
	}
	return key, 0, ""
}

// InsertText types text into the focused element.
func (p *Page) InsertText(ctx context.Context, text string) error {
	return p.call(ctx, "Input.insertText", map[string]any{"text": text}, nil)
}

// Screenshot writes a PNG of the whole page (fullPage) or the viewport.
func (p *Page) Screenshot(ctx context.Context, path string, fullPage bool) error {
	params := map[string]any{"format": "png"}
	if fullPage {
		var m struct {
			CSSContentSize struct{ Width, Height float64 } `json:"cssContentSize"`
		}
		if err := p.call(ctx, "Page.getLayoutMetrics", nil, &m); err != nil {
			return err
		}
		params["captureBeyondViewport"] = true
		params["clip"] = map[string]any{"x": 0, "y": 0, "width": m.CSSContentSize.Width, "height": m.CSSContentSize.Height, "scale": 1}
	}
	var r struct {
		Data string `json:"data"`
	}
	if err := p.call(ctx, "Page.captureScreenshot", params, &r); err != nil {
		return err
	}
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, png, 0o644)
}

// Close closes the tab.
func (p *Page) Close(ctx context.Context) error {
	p.b.mu.Lock()
	delete(p.b.pages, p.session)
	p.b.mu.Unlock()
	return p.b.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": p.target}, nil)
}

// ErrNoBrowser is returned when no Chromium is installed.
var ErrNoBrowser = errors.New("no Chromium found (install Debian's chromium, or set MTCHECK_CHROMIUM)")

// ForTest starts a browser for a test and stops it when the test ends. It
// skips the test when there is no Chromium, unless MTCHECK_BROWSER_TESTS=1
// (CI), which makes that a failure.
func ForTest(t testing.TB) *Browser {
	t.Helper()
	exe := Find()
	if exe == "" {
		if os.Getenv("MTCHECK_BROWSER_TESTS") == "1" {
			t.Fatal(ErrNoBrowser)
		}
		t.Skip(ErrNoBrowser.Error() + "; skipping the browser test")
	}
	b, err := Launch(exe)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// ArtifactDir is where tests save screenshots: $MTCHECK_ARTIFACTS, or a
// temporary directory of the test.
func ArtifactDir(t testing.TB) string {
	if d := os.Getenv("MTCHECK_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}
