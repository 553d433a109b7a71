package main

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// The end-to-end scripts talk to a running `mtcheck review`, whose page
// address a fake $BROWSER wrote to a file, with these commands.

// waitfileCmd: waitfile FILE waits (up to a minute) until FILE exists and
// is not empty.
func waitfileCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile FILE")
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(ts.MkAbs(args[0])); err == nil && len(b) > 0 {
			return
		}
	}
	ts.Fatalf("waitfile: %s did not appear", args[0])
}

// fetchCmd: fetch [-notoken] URLFILE METHOD PATH STATUS [BODY] sends a request to
// the page whose address is in URLFILE, as the page's script does (the
// token in the query for GET, in a header for POST, with the page's
// Origin), and requires STATUS. In BODY, $FIRST is the first proposal on
// the page. The response body goes to stdout.
func fetchCmd(ts *testscript.TestScript, neg bool, args []string) {
	token := true
	if len(args) > 0 && args[0] == "-notoken" {
		token, args = false, args[1:]
	}
	if neg || len(args) < 4 {
		ts.Fatalf("usage: fetch [-notoken] URLFILE METHOD PATH STATUS [BODY]")
	}
	raw, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	page, err := url.Parse(strings.TrimSpace(string(raw)))
	ts.Check(err)
	tok := page.Query().Get("token")
	base := "http://" + page.Host
	get := func(u string) string {
		resp, err := http.Get(u)
		ts.Check(err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	method, path, body := args[1], args[2], ""
	if len(args) > 4 {
		body = args[4]
	}
	if strings.Contains(body, "$FIRST") {
		m := regexp.MustCompile(`data-proposal="([^"]+)"`).FindStringSubmatch(get(base + "/?token=" + url.QueryEscape(tok)))
		if m == nil {
			ts.Fatalf("fetch: the page has no proposal")
		}
		body = strings.ReplaceAll(body, "$FIRST", m[1])
	}
	target := base + path
	if token && method == "GET" {
		target += "?token=" + url.QueryEscape(tok)
	}
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	ts.Check(err)
	if method == "POST" {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", base)
		if token {
			req.Header.Set("X-Mtcheck-Token", tok)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	ts.Check(err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	ts.Stdout().Write(b)
	want, err := strconv.Atoi(args[3])
	ts.Check(err)
	if resp.StatusCode != want {
		ts.Fatalf("fetch %s %s: status %d, want %d: %s", method, path, resp.StatusCode, want, b)
	}
}
