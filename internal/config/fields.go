package config

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// Field describes one leaf key of Config.
type Field struct {
	Key     string       // dotted key, e.g. "log.level"
	Section string       // first segment, e.g. "log"
	Doc     string       // one line of help
	Type    reflect.Type // Go type of the leaf
	index   []int
}

// EnvName is the environment variable that sets the key: SESSIOND_ + the
// dotted key upper-cased with "." and "-" replaced by "_".
func (f Field) EnvName() string { return EnvName(f.Key) }

// EnvName maps a dotted key to its environment variable.
func EnvName(key string) string {
	return "SESSIOND_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// Value returns the field's value in c.
func (f Field) Value(c *Config) any {
	return reflect.ValueOf(c).Elem().FieldByIndex(f.index).Interface()
}

// Format renders the field's value in c the way a flag or YAML scalar would
// spell it.
func (f Field) Format(c *Config) string { return FormatValue(f.Value(c)) }

// FormatValue renders a config value for humans and for flag defaults.
func FormatValue(v any) string {
	switch x := v.(type) {
	case time.Duration:
		return x.String()
	case []string:
		return "[" + strings.Join(x, ", ") + "]"
	default:
		return fmt.Sprint(v)
	}
}

// Sections returns the top-level sections in declaration order with their docs.
func Sections() []Field {
	t := reflect.TypeFor[Config]()
	out := make([]Field, 0, t.NumField())
	for i := range t.NumField() {
		sf := t.Field(i)
		out = append(out, Field{Key: sf.Tag.Get("mapstructure"), Doc: sf.Tag.Get("doc"), Type: sf.Type, index: sf.Index})
	}
	return out
}

// Fields returns every leaf key of Config in declaration order.
func Fields() []Field {
	var out []Field
	var walk func(t reflect.Type, prefix string, section string, index []int)
	walk = func(t reflect.Type, prefix, section string, index []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			name := sf.Tag.Get("mapstructure")
			key := name
			if prefix != "" {
				key = prefix + "." + name
			}
			sec := section
			if sec == "" {
				sec = name
			}
			idx := append(append([]int(nil), index...), i)
			if sf.Type.Kind() == reflect.Struct && sf.Type != reflect.TypeFor[time.Duration]() {
				walk(sf.Type, key, sec, idx)
				continue
			}
			out = append(out, Field{Key: key, Section: sec, Doc: sf.Tag.Get("doc"), Type: sf.Type, index: idx})
		}
	}
	walk(reflect.TypeFor[Config](), "", "", nil)
	return out
}

// Lookup returns the field for a dotted key.
func Lookup(key string) (Field, bool) {
	for _, f := range Fields() {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}
