package cli

import (
	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/config"
)

// LoadConfig is the config `sessiond run --data-dir dataDir` would use,
// without flags: defaults, then dataDir's sessiond.yaml, then SESSIOND_*
// environment variables; validated. It lets tests run nodes in-process from
// the same data dirs their processes would use.
func LoadConfig(dataDir string) (config.Config, error) {
	l, err := (&App{}).loadConfig(&cobra.Command{}, &globals{}, dataDir)
	if err != nil {
		return config.Config{}, err
	}
	return l.cfg, nil
}
