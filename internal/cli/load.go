package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/sessiond/sessiond/internal/config"
)

// Sources of a config value, as `config show` prints them.
const (
	SourceDefault = "default"
	SourceFile    = "file"
	SourceEnv     = "env"
	SourceFlag    = "flag"
)

// addConfigFlags defines one flag per dotted config key, defaulting to
// config.Default().
func addConfigFlags(fs *pflag.FlagSet) {
	def := config.Default()
	for _, f := range config.Fields() {
		usage := f.Doc + " (env " + f.EnvName() + ")"
		switch v := f.Value(&def).(type) {
		case string:
			fs.String(f.Key, v, usage)
		case bool:
			fs.Bool(f.Key, v, usage)
		case int:
			fs.Int(f.Key, v, usage)
		case int64:
			fs.Int64(f.Key, v, usage)
		case uint64:
			fs.Uint64(f.Key, v, usage)
		case time.Duration:
			fs.Duration(f.Key, v, usage)
		case []string:
			fs.StringSlice(f.Key, v, usage)
		default:
			panic(fmt.Sprintf("cli: config key %s has unsupported type %s", f.Key, reflect.TypeOf(v)))
		}
	}
}

// loaded is an effective config and where each value came from.
type loaded struct {
	cfg     config.Config
	sources map[string]string // dotted key -> Source*
	file    string            // the config file read, or "" when none
}

// loadConfig merges default < file < env < flag for every key and validates
// the result. A missing default config file is fine; a missing --config file
// is an error.
func (a *App) loadConfig(cmd *cobra.Command, g *globals, dataDir string) (*loaded, error) {
	v := viper.New()
	def := config.Default()
	for _, f := range config.Fields() {
		v.SetDefault(f.Key, f.Value(&def))
	}
	l := &loaded{sources: map[string]string{}}

	path, explicit := g.configFile, g.configFile != ""
	if !explicit {
		path = filepath.Join(dataDir, config.FileName)
	}
	fileKeys := map[string]bool{}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		set, err := config.CheckYAML(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		for _, k := range set {
			fileKeys[k] = true
		}
		v.SetConfigType("yaml")
		if err := v.ReadConfig(strings.NewReader(string(data))); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		l.file = path
	case errors.Is(err, os.ErrNotExist) && !explicit:
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("config file %s does not exist: fix the --config path, or leave --config out to use %s", path, filepath.Join(dataDir, config.FileName))
	default:
		return nil, fmt.Errorf("config file: %w", err)
	}

	v.SetEnvPrefix("SESSIOND")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()

	fs := cmd.Flags()
	for _, f := range config.Fields() {
		if fl := fs.Lookup(f.Key); fl != nil {
			if err := v.BindPFlag(f.Key, fl); err != nil {
				return nil, err
			}
		}
	}

	for _, f := range config.Fields() {
		src := SourceDefault
		switch {
		case fs.Lookup(f.Key) != nil && fs.Changed(f.Key):
			src = SourceFlag
		case os.Getenv(f.EnvName()) != "":
			src = SourceEnv
		case fileKeys[f.Key]:
			src = SourceFile
		}
		l.sources[f.Key] = src
	}
	var cfg config.Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		return nil, l.explainDecode(v, err)
	}
	if err := cfg.Validate(); err != nil {
		return nil, l.explainInvalid(err)
	}
	l.cfg = cfg
	return l, nil
}

// where tells the operator where to fix key: the file, variable or flag that
// set it ("" for a default).
func (l *loaded) where(key string) string {
	switch l.sources[key] {
	case SourceFile:
		return "set in " + l.file + ": fix or remove it there"
	case SourceEnv:
		return "set by the environment variable " + config.EnvName(key) + ": fix or unset it"
	case SourceFlag:
		return "set by the flag --" + key + ": fix it"
	}
	return ""
}

// explainInvalid adds to each invalid value (config.Validate) where it was
// set, so the operator knows what to edit.
func (l *loaded) explainInvalid(err error) error {
	var out []error
	for _, e := range joinedLeaves(err) {
		var se *config.SectionError
		if errors.As(e, &se) {
			if w := l.where(se.Section + "." + se.Key); w != "" {
				e = fmt.Errorf("%w (%s)", e, w)
			}
		}
		out = append(out, e)
	}
	return errors.Join(out...)
}

// explainDecode turns the decoder's "cannot parse" errors, one per key, into
// "config KEY: VALUE is not TYPE (where it was set)". Errors it does not
// recognise keep their text.
func (l *loaded) explainDecode(v *viper.Viper, err error) error {
	types := map[string]reflect.Type{}
	for _, f := range config.Fields() {
		types[f.Key] = f.Type
	}
	// The decoder's per-key errors have a Name method (the dotted key).
	type named interface {
		error
		Name() string
	}
	var out []error
	var walk func(error)
	walk = func(e error) {
		if n, ok := e.(named); ok {
			key := strings.ToLower(n.Name())
			if t, ok := types[key]; ok {
				msg := fmt.Sprintf("config %s: %q is not %s", key, fmt.Sprint(v.Get(key)), describeType(t))
				if w := l.where(key); w != "" {
					msg += " (" + w + ")"
				}
				out = append(out, errors.New(msg))
				return
			}
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			if x := u.Unwrap(); x != nil {
				walk(x)
				return
			}
			out = append(out, fmt.Errorf("config: %w", e))
		default:
			out = append(out, fmt.Errorf("config: %w", e))
		}
	}
	walk(err)
	if len(out) == 0 {
		return fmt.Errorf("config: %w", err)
	}
	return errors.Join(out...)
}

// describeType names what a config value of type t must look like.
func describeType(t reflect.Type) string {
	switch {
	case t == reflect.TypeFor[time.Duration]():
		return "a duration such as 500ms, 30s or 1h"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uint64:
		return "a whole number (0 or more)"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		return "a whole number"
	case t.Kind() == reflect.Slice:
		return "a list such as [a, b]"
	}
	return "a valid " + t.String()
}

// joinedLeaves flattens errors.Join trees into their members.
func joinedLeaves(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, joinedLeaves(e)...)
	}
	return out
}
