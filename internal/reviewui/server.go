package reviewui

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/internal/report"
)

// DefaultListen is where the review server listens unless told otherwise:
// the loopback interface, on a free port.
const DefaultListen = "127.0.0.1:0"

// CheckListen refuses an address other than a loopback one (127.0.0.0/8,
// ::1, localhost) unless allowRemote: the review page can write files.
func CheckListen(addr string, allowRemote bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--listen %q: want HOST:PORT, such as 127.0.0.1:8080 (port 0 picks a free one)", addr)
	}
	if isLoopback(host) || allowRemote {
		return nil
	}
	what := host + " is not a loopback address"
	if host == "" {
		what = "that is every interface, not a loopback address"
	}
	return fmt.Errorf("--listen %s: %s, and the review page can change files; add --allow-remote to serve it there anyway", addr, what)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Server serves a session's review page.
type Server struct {
	sess        *Session
	token       string
	ln          net.Listener
	allowRemote bool
	hosts       map[string]bool
	quit        chan struct{}
	// Logf reports what happens (saves, refused requests); nil is silent.
	Logf func(format string, a ...any)
}

// NewToken makes a session token: 256 random bits.
func NewToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// NewServer serves sess on ln. The Host header of every request must name
// the listening address (or localhost on its port), which keeps out pages
// reaching it by DNS rebinding; with allowRemote any host is accepted.
func NewServer(sess *Session, ln net.Listener, token string, allowRemote bool) *Server {
	s := &Server{sess: sess, token: token, ln: ln, allowRemote: allowRemote, hosts: map[string]bool{}, quit: make(chan struct{})}
	addr := ln.Addr().String()
	s.hosts[addr] = true
	if _, port, err := net.SplitHostPort(addr); err == nil {
		s.hosts["localhost:"+port] = true
		s.hosts["127.0.0.1:"+port] = true
		s.hosts["[::1]:"+port] = true
	}
	return s
}

// URL is the page's address, token included.
func (s *Server) URL() string {
	host := s.ln.Addr().String()
	if h, port, err := net.SplitHostPort(host); err == nil && (h == "0.0.0.0" || h == "::") {
		host = net.JoinHostPort("127.0.0.1", port)
	}
	return "http://" + host + "/?token=" + url.QueryEscape(s.token)
}

// Serve answers requests until ctx is cancelled, then shuts down: no new
// requests, the event streams end, and requests in flight (a save) finish.
func (s *Server) Serve(ctx context.Context) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	close(s.quit)
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	<-errc
	return err
}

// Handler is the server's HTTP handler, with its guard.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /view", s.view)
	mux.HandleFunc("GET /events", s.events)
	mux.HandleFunc("GET /api/state", s.stateJSON)
	mux.HandleFunc("POST /api/decide", s.decide)
	mux.HandleFunc("POST /api/save", s.save)
	return s.guard(mux)
}

func (s *Server) logf(format string, a ...any) {
	if s.Logf != nil {
		s.Logf(format, a...)
	}
}

// guard lets a request through only with the session token; a request
// that changes anything must also be a same-origin POST with the token in
// a header and a JSON body, which no other page can send unnoticed.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if !s.allowRemote && !s.hosts[r.Host] {
			s.refuse(w, r, http.StatusForbidden, "unexpected Host "+strconv.Quote(r.Host)+": open the address mtcheck review printed")
			return
		}
		// A POST carries the token in a header (which a form or a link
		// cannot set); other requests may carry it in the query.
		tok := r.Header.Get("X-Mtcheck-Token")
		if tok == "" && r.Method != http.MethodPost {
			tok = r.URL.Query().Get("token")
		}
		if subtle.ConstantTimeCompare([]byte(tok), []byte(s.token)) != 1 {
			s.refuse(w, r, http.StatusForbidden, "this request needs the session token: open the address mtcheck review printed")
			return
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodPost:
			if o := r.Header.Get("Origin"); o == "" || o != "http://"+r.Host {
				s.refuse(w, r, http.StatusForbidden, "cross-origin request refused (Origin "+strconv.Quote(o)+")")
				return
			}
			if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
				s.refuse(w, r, http.StatusForbidden, "cross-site request refused")
				return
			}
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				s.refuse(w, r, http.StatusUnsupportedMediaType, "want a JSON body (Content-Type: application/json)")
				return
			}
		default:
			w.Header().Set("Allow", "GET, POST")
			s.refuse(w, r, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) refuse(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.logf("refused %s %s from %s: %s", r.Method, r.URL.Path, r.RemoteAddr, msg)
	if r.Method == http.MethodPost || strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, "mtcheck review: "+msg+"\n")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func (s *Server) html(w http.ResponseWriter, fragment bool) {
	var buf bytes.Buffer
	v, err := s.sess.Render(&buf, s.token, fragment)
	if err != nil {
		http.Error(w, "rendering the page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", report.CSP("'self'")+"; frame-ancestors 'none'")
	h.Set("X-Mtcheck-Version", strconv.Itoa(v))
	w.Write(buf.Bytes())
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) { s.html(w, false) }
func (s *Server) view(w http.ResponseWriter, r *http.Request) { s.html(w, true) }

func (s *Server) stateJSON(w http.ResponseWriter, r *http.Request) {
	st, _ := s.sess.State()
	writeJSON(w, http.StatusOK, st)
}

// events streams the session's state (server-sent events) whenever it
// changes: LLM progress, new proposals, decisions, saves.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		st, changed := s.sess.State()
		b, _ := json.Marshal(st)
		if _, err := fmt.Fprintf(w, "event: state\ndata: %s\n\n", b); err != nil {
			return
		}
		fl.Flush()
		select {
		case <-changed:
		case <-ping.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		case <-r.Context().Done():
			return
		case <-s.quit:
			return
		}
	}
}

func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID       string `json:"id"`
		Decision string `json:"decision"`
		Text     string `json:"text"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "bad request body: " + err.Error()})
		return
	}
	st, err := s.sess.Decide(req.ID, req.Decision, req.Text)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"state": st})
}

func (s *Server) save(w http.ResponseWriter, r *http.Request) {
	res, err := s.sess.Save()
	if err != nil {
		s.logf("save failed: %v", err)
		writeErr(w, err)
		return
	}
	s.logf("%s", res.Message)
	writeJSON(w, http.StatusOK, res)
}

func writeErr(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var ue *UserError
	if errors.As(err, &ue) {
		status = ue.Status
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}
