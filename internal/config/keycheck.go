package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// CheckYAML parses a config file and rejects unknown keys, non-mapping
// sections and duplicate keys, naming the dotted key and its line. It returns
// the leaf keys the file sets. It does not decode values; viper does that with
// the same key space.
func CheckYAML(data []byte) (set []string, err error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, fmt.Errorf("config file: %w: fix the YAML (each section a mapping, keys indented with spaces; `sessiond config example` shows the layout)", err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config file line %d: top level must be a mapping of sections", root.Line)
	}
	known := map[string]bool{}
	sections := map[string]bool{}
	for _, f := range Fields() {
		known[f.Key] = true
		sections[f.Section] = true
	}
	var errs []error
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			if prefix != "" {
				key = prefix + "." + k.Value
			}
			if seen[key] {
				errs = append(errs, fmt.Errorf("config file line %d: duplicate key %q", k.Line, key))
				continue
			}
			seen[key] = true
			switch {
			case known[key]:
				// A leaf; viper checks the value's type.
				set = append(set, key)
			case prefix == "" && sections[key]:
				if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
					continue
				}
				if v.Kind != yaml.MappingNode {
					errs = append(errs, fmt.Errorf("config file line %d: %q must be a mapping of keys", v.Line, key))
					continue
				}
				walk(v, key)
			default:
				errs = append(errs, fmt.Errorf("config file line %d: unknown key %q%s: fix its spelling or remove it (`sessiond config example` lists every key)", k.Line, key, suggestKey(key, prefix, known, sections)))
			}
		}
	}
	walk(root, "")
	return set, errors.Join(errs...)
}

// suggestKey returns ` (did you mean "x"?)` when a known key (or, at the
// top level, a section) is within two edits of key, else "".
func suggestKey(key, prefix string, known, sections map[string]bool) string {
	candidates := known
	if prefix == "" {
		candidates = sections
	}
	best, bestDist := "", 3
	for c := range candidates {
		if d := editDistance(key, c); d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance between a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
