package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestStdinIsReadOnceAndLimited(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("The talks lasted nine hours.")}
	a, err := r.ReadText("-")
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.ReadText("-")
	if err != nil || a != b {
		t.Errorf("second read %q, %v", b, err)
	}
	small := &Reader{Stdin: strings.NewReader(strings.Repeat("x", 100)), MaxBytes: 10}
	_, err = small.ReadText("-")
	var ie *InputError
	if !errors.As(err, &ie) || ie.Path != Stdin || !strings.Contains(ie.Msg, "larger than") {
		t.Errorf("err %v", err)
	}
}

func TestLoadWarnsAboutNonEnglish(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("Die Regierung hat die Pläne für das neue Gesetz nicht vorgestellt, und sie wird es auch nicht tun.")}
	d, err := r.Load("-", Reference)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "German") || !strings.Contains(d.Warnings[0], "--source") {
		t.Errorf("warnings %q", d.Warnings)
	}
	src := &Reader{Stdin: strings.NewReader("代表团抵达基辅。")}
	if d, err := src.Load("-", Source); err != nil || len(d.Warnings) != 0 {
		t.Errorf("a source in another language is expected: %v %v", d, err)
	}
}

func TestEmptyInputs(t *testing.T) {
	for role, want := range map[Role]string{Article: "no text to check", Reference: "no text to compare with", Source: "source is empty"} {
		r := &Reader{Stdin: strings.NewReader(" \n\n\uFEFF ")}
		_, err := r.Load("-", role)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%v: %v", role, err)
		}
	}
}
