// Repository-wide checks: every package has one package doc comment, and the
// dependency rules of DESIGN.md hold.
package sessiond_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

type pkgInfo struct {
	dir      string
	docFiles []string
	imports  map[string]bool
	name     string
}

// packages parses every non-test Go file under cmd/, internal/ and contracts/.
func packages(t *testing.T) map[string]*pkgInfo {
	t.Helper()
	pkgs := map[string]*pkgInfo{}
	fset := token.NewFileSet()
	for _, root := range []string{"cmd", "internal", "contracts", "scripts"} {
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.ImportsOnly)
			if err != nil {
				return err
			}
			dir := filepath.Dir(path)
			p := pkgs[dir]
			if p == nil {
				p = &pkgInfo{dir: dir, imports: map[string]bool{}, name: f.Name.Name}
				pkgs[dir] = p
			}
			if f.Doc != nil && strings.HasPrefix(f.Doc.Text(), "Package "+f.Name.Name) || f.Doc != nil && f.Name.Name == "main" && strings.HasPrefix(f.Doc.Text(), "Command ") {
				p.docFiles = append(p.docFiles, path)
			}
			for _, im := range f.Imports {
				v, _ := strconv.Unquote(im.Path.Value)
				p.imports[v] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return pkgs
}

func TestEveryPackageHasOneDoc(t *testing.T) {
	for dir, p := range packages(t) {
		if len(p.docFiles) != 1 {
			t.Errorf("package %s has %d package doc comments (%v); want exactly one starting %q", dir, len(p.docFiles), p.docFiles, "Package "+p.name)
		}
	}
}

func TestDependencyRules(t *testing.T) {
	const mod = "github.com/sessiond/sessiond/"
	pkgs := packages(t)
	for dir, p := range pkgs {
		if p.imports["github.com/spf13/viper"] && dir != filepath.Join("internal", "cli") {
			t.Errorf("%s imports viper; only internal/cli may", dir)
		}
	}
	forbidden := map[string][]string{
		"internal/storage": {"internal/chain", "internal/onion", "internal/node", "internal/cli"},
		"internal/swarm":   {"internal/chain", "internal/storage", "internal/onion", "internal/node", "internal/cli"},
		"internal/bls":     {"internal/node", "internal/cli", "internal/chain"},
		"internal/config":  {"internal/node", "internal/cli"},
	}
	for dir, bad := range forbidden {
		p := pkgs[filepath.FromSlash(dir)]
		if p == nil {
			continue
		}
		for _, b := range bad {
			if p.imports[mod+b] {
				t.Errorf("%s must not import %s", dir, b)
			}
		}
	}
	// Only internal/node (and the CLI and test harnesses above it) wire subsystems together.
	wirers := []string{"internal/node", "internal/cli", "internal/devnet", "internal/nodetest", "cmd/sessiond"}
	for dir, p := range pkgs {
		if slices.Contains(wirers, filepath.ToSlash(dir)) {
			continue
		}
		if p.imports[mod+"internal/node"] {
			t.Errorf("%s imports internal/node; only %v may", dir, wirers)
		}
	}
}
