package check

import (
	"math/rand/v2"
	"testing"
)

// chrFStrings is chrF as first written, with string n-gram keys: the
// reference the faster version must agree with.
func chrFStrings(hyp, ref string) float64 {
	h, r := stripSpace(hyp), stripSpace(ref)
	var precs, recs float64
	orders := 0
	count := func(rs []rune, n int) map[string]int {
		m := map[string]int{}
		for i := 0; i+n <= len(rs); i++ {
			m[string(rs[i:i+n])]++
		}
		return m
	}
	for n := 1; n <= 6; n++ {
		hc, rc := count(h, n), count(r, n)
		th, tr := 0, 0
		for _, c := range hc {
			th += c
		}
		for _, c := range rc {
			tr += c
		}
		if th == 0 || tr == 0 {
			continue
		}
		m := 0
		for g, c := range hc {
			m += min(c, rc[g])
		}
		precs += float64(m) / float64(th)
		recs += float64(m) / float64(tr)
		orders++
	}
	return chrFScore(precs, recs, orders)
}

func TestChrFMatchesStringKeys(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abc dé€Жж😀")
	word := func() string {
		n := rnd.IntN(12)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rnd.IntN(len(alphabet))]
		}
		return string(rs)
	}
	for i := 0; i < 2000; i++ {
		a, b := word(), word()
		if got, want := chrF(a, b), chrFStrings(a, b); got != want {
			t.Fatalf("chrF(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
}

func BenchmarkChrF(b *testing.B) {
	h := "The city council of Lviv approved a budget of 12 million hryvnias for school repairs on Tuesday."
	r := "The Lviv city council on Tuesday approved a budget of 21 million hryvnias for repairs to schools."
	b.Run("table", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			chrF(h, r)
		}
	})
	b.Run("string-keys", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			chrFStrings(h, r)
		}
	})
}
