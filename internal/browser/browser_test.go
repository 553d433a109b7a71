package browser_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/internal/browser"
)

// The driver itself: load a page, click, type, press keys, read the result
// and take a screenshot.
func TestDriver(t *testing.T) {
	b := browser.ForTest(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<!DOCTYPE html><input id=i><button id=b>go</button><p id=o></p><script>
document.getElementById("b").addEventListener("click", function(){ document.getElementById("o").textContent = "clicked:" + document.getElementById("i").value; });
document.addEventListener("keydown", function(e){ if (e.key === "j" && e.target.tagName !== "INPUT") document.getElementById("o").textContent += "+j"; });
</script>`))
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := b.NewPage(ctx, 800, 600)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := p.Click(ctx, "#i"); err != nil {
		t.Fatal(err)
	}
	if err := p.InsertText(ctx, "hello"); err != nil {
		t.Fatal(err)
	}
	if err := p.Click(ctx, "#b"); err != nil {
		t.Fatal(err)
	}
	if err := p.Eval(ctx, `document.body.focus(); document.activeElement.blur()`, nil); err != nil {
		t.Fatal(err)
	}
	if err := p.Press(ctx, "j", 0); err != nil {
		t.Fatal(err)
	}
	var got string
	if err := p.Eval(ctx, `document.getElementById("o").textContent`, &got); err != nil {
		t.Fatal(err)
	}
	if got != "clicked:hello+j" {
		t.Errorf("page says %q", got)
	}
	shot := filepath.Join(t.TempDir(), "x.png")
	if err := p.Screenshot(ctx, shot, true); err != nil {
		t.Fatal(err)
	}
	if errs := p.Errors(); len(errs) > 0 {
		t.Errorf("page errors: %v", errs)
	}
	if err := p.Eval(ctx, `undefinedFunction()`, nil); err == nil {
		t.Error("an exception in Eval is not reported")
	}
}
