package cli

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/keys"
)

func (a *App) initCmd(g *globals) *cobra.Command {
	var network string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create a data dir with new node keys and a commented config file",
		Long: `init creates the data dir (mode 0700), a new node identity (key_ed25519 and
key_bls, mode 0600, in oxend's formats) and a commented sessiond.yaml. It never
overwrites existing keys; to migrate an Oxen service node use
'sessiond keys import-oxend' instead.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !slices.Contains(config.Networks, network) {
				return fmt.Errorf("--network: %q is not one of %s", network, strings.Join(config.Networks, ", "))
			}
			dir, err := a.resolveDataDir(g)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return fmt.Errorf("create data dir: %w", err)
			}
			if keys.Exists(dir) {
				return fmt.Errorf("%s already holds node keys; refusing to overwrite them (use another --data-dir, or move the keys away first)", dir)
			}
			id, err := keys.Generate(rand.Reader)
			if err != nil {
				return err
			}
			if err := id.Save(dir, false); err != nil {
				return err
			}
			cfgPath, wrote, err := writeDefaultConfig(dir, network)
			if err != nil {
				return err
			}
			pub := id.Public()
			fmt.Fprintf(a.Stdout, "Initialized %s\n", dir)
			fmt.Fprintf(a.Stdout, "  pubkey_ed25519  %s\n  pubkey_x25519   %s\n  pubkey_bls      %s\n", pub.Ed25519, pub.X25519, pub.BLS)
			if wrote {
				fmt.Fprintf(a.Stdout, "  config          %s (network %s)\n", cfgPath, network)
			} else {
				fmt.Fprintf(a.Stdout, "  config          %s (kept the existing file)\n", cfgPath)
			}
			fmt.Fprintf(a.Stdout, "Back up %s and %s: they are the node's identity.\nNext: sessiond run --data-dir %s\n",
				filepath.Join(dir, keys.Ed25519File), filepath.Join(dir, keys.BLSFile), dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&network, "network", "mainnet", "network the config targets: "+strings.Join(config.Networks, ", "))
	return cmd
}

// writeDefaultConfig writes the commented default config for network into dir
// unless a config file is already there.
func writeDefaultConfig(dir, network string) (path string, wrote bool, err error) {
	path = filepath.Join(dir, config.FileName)
	c := config.Default()
	c.Chain.Network = network
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return path, false, nil
	}
	if err != nil {
		return path, false, fmt.Errorf("write config: %w", err)
	}
	if _, err := f.Write(config.ExampleYAML(c)); err != nil {
		f.Close()
		return path, false, fmt.Errorf("write config: %w", err)
	}
	return path, true, f.Close()
}
