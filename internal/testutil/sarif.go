// Package testutil holds helpers for tests only; no command imports it.
package testutil

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	// The official SARIF 2.1.0 schema ships in this module (in its
	// sources); see SARIFSchema.
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

// SARIFSchema returns the official SARIF 2.1.0 JSON schema, compiled. It
// is read from the go-sarif module's sources (a Go string constant there),
// the one place it can be had offline through the Go module proxy.
func SARIFSchema() (*jsonschema.Schema, error) {
	once.Do(func() { schema, err = loadSchema() })
	return schema, err
}

func loadSchema() (*jsonschema.Schema, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		return nil, fmt.Errorf("locating the go-sarif module: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pkg/report/v210/sarif/schema.go"))
	if err != nil {
		return nil, err
	}
	m := regexp.MustCompile("(?s)const schema = `(.*)`").FindSubmatch(src)
	if m == nil || !bytes.Contains(m[1], []byte(`"title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"`)) {
		return nil, fmt.Errorf("no SARIF 2.1.0 schema in go-sarif's schema.go")
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(m[1]))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("sarif-schema-2.1.0.json")
}

// ValidateSARIF checks a SARIF document against the schema.
func ValidateSARIF(data []byte) error {
	sch, err := SARIFSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}
