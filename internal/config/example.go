package config

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ExampleYAML renders c as a commented YAML config file, every key with its
// help line. With c = Default() it is configs/sessiond.example.yaml.
func ExampleYAML(c Config) []byte {
	var b bytes.Buffer
	b.WriteString("# sessiond configuration.\n")
	b.WriteString("# Every key can also be set with an environment variable (SESSIOND_ + the key in\n")
	b.WriteString("# upper case, dots as underscores, e.g. SESSIOND_LOG_LEVEL) or a flag named as the\n")
	b.WriteString("# dotted key (--log.level). Precedence: flag > environment > this file > default.\n")
	fields := Fields()
	for _, sec := range Sections() {
		fmt.Fprintf(&b, "\n# %s\n%s:\n", sec.Doc, sec.Key)
		for _, f := range fields {
			if f.Section != sec.Key {
				continue
			}
			name := strings.TrimPrefix(f.Key, sec.Key+".")
			fmt.Fprintf(&b, "  # %s\n  %s: %s\n", f.Doc, name, yamlScalar(f.Value(&c)))
		}
	}
	return b.Bytes()
}

// yamlScalar renders one value in flow style.
func yamlScalar(v any) string {
	if d, ok := v.(time.Duration); ok {
		return d.String()
	}
	out, err := yaml.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("config: marshal %T: %v", v, err)) // only config value types reach here
	}
	s := strings.TrimSpace(string(out))
	if l, ok := v.([]string); ok {
		if len(l) == 0 {
			return "[]"
		}
		parts := make([]string, len(l))
		for i, x := range l {
			parts[i] = yamlScalar(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return s
}
