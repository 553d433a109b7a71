package bloom

import (
	"fmt"
	"testing"
)

func TestFilter(t *testing.T) {
	f := New(1000*16, 11)
	for i := 0; i < 1000; i++ {
		f.Add(fmt.Sprintf("word%d", i))
	}
	for i := 0; i < 1000; i++ {
		if !f.Has(fmt.Sprintf("word%d", i)) {
			t.Fatalf("word%d added but not found", i)
		}
	}
	// At 16 bits and 11 hashes a Bloom filter errs about once in 2,000.
	wrong := 0
	for i := 0; i < 100000; i++ {
		if f.Has(fmt.Sprintf("other%d", i)) {
			wrong++
		}
	}
	if wrong > 200 {
		t.Errorf("%d of 100,000 absent strings reported present; want about 50", wrong)
	}
	g, err := FromBytes(f.Bytes(), f.Bits(), f.Hashes())
	if err != nil || !g.Has("word7") || g.Has("other1") != f.Has("other1") {
		t.Errorf("a filter read back from its bytes answers differently (err %v)", err)
	}
	if _, err := FromBytes(f.Bytes()[1:], f.Bits(), f.Hashes()); err == nil {
		t.Error("FromBytes accepted bytes of the wrong size")
	}
}
