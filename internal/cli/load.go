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

	var cfg config.Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		return nil, fmt.Errorf("config: %w", err)
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
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	l.cfg = cfg
	return l, nil
}
