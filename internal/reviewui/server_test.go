package reviewui

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestCheckListen(t *testing.T) {
	for _, c := range []struct {
		addr   string
		remote bool
		ok     bool
	}{
		{"127.0.0.1:0", false, true},
		{"127.3.4.5:8080", false, true},
		{"[::1]:0", false, true},
		{"localhost:8080", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"[::]:8080", false, false},
		{"192.168.1.5:80", false, false},
		{"review.example.com:80", false, false},
		{"0.0.0.0:8080", true, true},
		{"192.168.1.5:80", true, true},
		{"8080", false, false},
		{"8080", true, false},
	} {
		err := CheckListen(c.addr, c.remote)
		if (err == nil) != c.ok {
			t.Errorf("CheckListen(%q, remote=%v) = %v, want ok=%v", c.addr, c.remote, err, c.ok)
		}
		if err != nil && c.ok == false && !c.remote && strings.Contains(c.addr, ":") && !strings.Contains(err.Error(), "--allow-remote") {
			t.Errorf("CheckListen(%q): %v does not say how to allow it", c.addr, err)
		}
	}
}

// startServer serves a session on a loopback listener, as the command
// does; cancel stops it, and done tells how Serve returned.
func startServer(t *testing.T, sess *Session) (srv *Server, cancel func(), done chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", DefaultListen)
	if err != nil {
		t.Fatal(err)
	}
	srv = NewServer(sess, ln, NewToken(), false)
	ctx, cancel := context.WithCancel(context.Background())
	done = make(chan error, 1)
	go func() { done <- srv.Serve(ctx) }()
	return srv, cancel, done
}

func testServer(t *testing.T) (*Server, *Session, string) {
	t.Helper()
	sess, path := newSession(t, nil)
	srv, cancel, done := startServer(t, sess)
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return srv, sess, path
}

type req struct {
	method, path string
	token        string // query token (GET) or header token (POST)
	origin       string
	host         string
	ctype        string
	site         string
	body         string
}

func do(t *testing.T, srv *Server, r req) (int, string) {
	t.Helper()
	u, _ := url.Parse(srv.URL())
	base := "http://" + u.Host
	target := base + r.path
	if r.method == "GET" && r.token != "" {
		target += "?token=" + url.QueryEscape(r.token)
	}
	hr, err := http.NewRequest(r.method, target, strings.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	if r.method != "GET" && r.token != "" {
		hr.Header.Set("X-Mtcheck-Token", r.token)
	}
	if r.origin == "self" {
		hr.Header.Set("Origin", base)
	} else if r.origin != "" {
		hr.Header.Set("Origin", r.origin)
	}
	if r.host != "" {
		hr.Host = r.host
	}
	if r.ctype != "" {
		hr.Header.Set("Content-Type", r.ctype)
	}
	if r.site != "" {
		hr.Header.Set("Sec-Fetch-Site", r.site)
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServerRefusesWithoutTokenOrFromElsewhere(t *testing.T) {
	srv, sess, _ := testServer(t)
	tok := srv.token
	id := sess.ids[sess.props[0]]
	decide := `{"id":"` + id + `","decision":"reject"}`
	json := "application/json"
	for _, c := range []struct {
		name string
		r    req
		want int
	}{
		{"page without token", req{method: "GET", path: "/"}, 403},
		{"page with a wrong token", req{method: "GET", path: "/", token: tok[:len(tok)-1] + "x"}, 403},
		{"page", req{method: "GET", path: "/", token: tok}, 200},
		{"fragment without token", req{method: "GET", path: "/view"}, 403},
		{"events without token", req{method: "GET", path: "/events"}, 403},
		{"state without token", req{method: "GET", path: "/api/state"}, 403},
		{"unknown path", req{method: "GET", path: "/etc/passwd", token: tok}, 404},
		{"another Host (DNS rebinding)", req{method: "GET", path: "/", token: tok, host: "evil.example:80"}, 403},
		{"decide without token", req{method: "POST", path: "/api/decide", origin: "self", ctype: json, body: decide}, 403},
		{"decide without Origin", req{method: "POST", path: "/api/decide", token: tok, ctype: json, body: decide}, 403},
		{"decide from another origin", req{method: "POST", path: "/api/decide", token: tok, origin: "http://evil.example", ctype: json, body: decide}, 403},
		{"decide cross-site", req{method: "POST", path: "/api/decide", token: tok, origin: "self", site: "cross-site", ctype: json, body: decide}, 403},
		{"decide as a form", req{method: "POST", path: "/api/decide", token: tok, origin: "self", ctype: "application/x-www-form-urlencoded", body: decide}, 415},
		{"save by GET", req{method: "GET", path: "/api/save", token: tok}, 405},
		{"PUT", req{method: "PUT", path: "/api/decide", token: tok, origin: "self", ctype: json, body: decide}, 405},
		{"decide", req{method: "POST", path: "/api/decide", token: tok, origin: "self", site: "same-origin", ctype: json, body: decide}, 200},
	} {
		got, body := do(t, srv, c.r)
		if got != c.want {
			t.Errorf("%s: status %d, want %d (%s)", c.name, got, c.want, strings.TrimSpace(body))
		}
		if c.want == 403 && !strings.Contains(body, "refused") && !strings.Contains(body, "token") && !strings.Contains(body, "Host") {
			t.Errorf("%s: the refusal does not say why: %q", c.name, body)
		}
	}
	// Only the last request changed anything.
	if st, _ := sess.State(); st.Unsaved != 1 || sess.decisions[id].what != Rejected {
		t.Errorf("after the requests: %+v, decision %+v", st, sess.decisions[id])
	}
}

func TestServerPageHeaders(t *testing.T) {
	srv, _, _ := testServer(t)
	u, _ := url.Parse(srv.URL())
	if u.Hostname() != "127.0.0.1" || u.Query().Get("token") != srv.token || len(srv.token) < 40 {
		t.Errorf("URL %s", srv.URL())
	}
	resp, err := http.Get(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	h := resp.Header
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "connect-src 'self'") ||
		!strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("CSP %q", csp)
	}
	if h.Get("Referrer-Policy") != "no-referrer" || h.Get("Cache-Control") != "no-store" || h.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("headers %v", h)
	}
	if !strings.Contains(string(body), `data-mode="review" data-token="`+srv.token+`"`) || !strings.Contains(string(body), `data-act="accept"`) {
		t.Error("the page lacks its token or the proposal controls")
	}
}

// The event stream sends the state at once and again at each change, and
// ends when the server shuts down, which then returns.
func TestEventsAndShutdown(t *testing.T) {
	sess, _ := newSession(t, nil)
	srv, cancel, done := startServer(t, sess)
	u, _ := url.Parse(srv.URL())
	resp, err := http.Get("http://" + u.Host + "/events?token=" + url.QueryEscape(srv.token))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	events := make(chan State, 4)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var st State
				json.Unmarshal([]byte(d), &st)
				events <- st
			}
		}
		close(events)
	}()
	next := func() State {
		select {
		case st, ok := <-events:
			if !ok {
				t.Fatal("the stream ended")
			}
			return st
		case <-time.After(10 * time.Second):
			t.Fatal("no event")
		}
		return State{}
	}
	first := next()
	sess.Decide(sess.ids[sess.props[0]], "reject", "")
	second := next()
	if second.Version <= first.Version || second.Unsaved != 1 {
		t.Errorf("events %+v then %+v", first, second)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not shut down with a stream open")
	}
	for range events {
	}
}

// The handler also guards requests that never reach a socket (the mux
// behind it must never be served bare).
func TestHandlerGuardsEverything(t *testing.T) {
	sess, _ := newSession(t, nil)
	ln, _ := net.Listen("tcp", DefaultListen)
	defer ln.Close()
	srv := NewServer(sess, ln, NewToken(), false)
	h := srv.Handler()
	for _, p := range []string{"/", "/view", "/events", "/api/state", "/api/decide", "/api/save", "/nothing"} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "http://"+ln.Addr().String()+p, nil)
		h.ServeHTTP(w, r)
		if w.Code != 403 {
			t.Errorf("GET %s without token: %d", p, w.Code)
		}
	}
}
