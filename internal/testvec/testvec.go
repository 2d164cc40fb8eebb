// Package testvec loads the upstream test vectors in shared/testdata (a
// sibling of the repository checkout, here and in CI) for tests. A missing
// file fails the test: vectors are never skipped.
package testvec

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Group is one top-level group of vectors.json.
type Group[C any] struct {
	Source string `json:"source"`
	Notes  string `json:"notes"`
	Cases  []C    `json:"cases"`
}

// SharedDir finds the shared/ directory by walking up from the working
// directory. It fails the test when none is found.
func SharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("testvec: getwd: %v", err)
	}
	for {
		cand := filepath.Join(dir, "shared", "testdata", "vectors.json")
		if _, err := os.Stat(cand); err == nil {
			return filepath.Join(dir, "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("testvec: shared/testdata/vectors.json not found above the working directory")
		}
		dir = parent
	}
}

// Load decodes vectors.json group name into a Group of case type C.
func Load[C any](t testing.TB, name string) Group[C] {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(SharedDir(t), "testdata", "vectors.json"))
	if err != nil {
		t.Fatalf("testvec: %v", err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatalf("testvec: parse vectors.json: %v", err)
	}
	g, ok := all[name]
	if !ok {
		t.Fatalf("testvec: no group %q in vectors.json", name)
	}
	var out Group[C]
	if err := json.Unmarshal(g, &out); err != nil {
		t.Fatalf("testvec: group %s: %v", name, err)
	}
	if len(out.Cases) == 0 {
		t.Fatalf("testvec: group %s has no cases", name)
	}
	return out
}

// LoadInto decodes the cases of group name into cases (a pointer to a slice).
func LoadInto(t testing.TB, name string, cases any) {
	t.Helper()
	g := Load[json.RawMessage](t, name)
	raw, err := json.Marshal(g.Cases)
	if err == nil {
		err = json.Unmarshal(raw, cases)
	}
	if err != nil {
		t.Fatalf("testvec: group %s: %v", name, err)
	}
}

// Path is the path of vectors.json.
func Path(t testing.TB) string {
	t.Helper()
	return filepath.Join(SharedDir(t), "testdata", "vectors.json")
}
