package cli

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/keys"
)

func (a *App) keysCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Show or import the node's keys",
	}
	cmd.AddCommand(a.keysShowCmd(g), a.keysImportCmd(g))
	return cmd
}

func (a *App) keysShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the node's public keys (never a secret)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			id, err := keys.Load(dir)
			if err != nil {
				return err
			}
			pub := id.Public()
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(pub)
			}
			fmt.Fprintf(a.Stdout, "pubkey_ed25519  %s\npubkey_x25519   %s\npubkey_bls      %s\n", pub.Ed25519, pub.X25519, pub.BLS)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) keysImportCmd(g *globals) *cobra.Command {
	var edFile, blsFile, network string
	var force bool
	cmd := &cobra.Command{
		Use:   "import-oxend",
		Short: "Import an Oxen service node's key_ed25519 (and key_bls) so the node keeps its identity",
		Long: `import-oxend copies an oxend key_ed25519 file (libsodium's 64-byte secret key:
seed then public key) and, if given, its key_bls file (32-byte secret) into the
data dir. Without --bls a new BLS key is generated (nodes from before the
Session Token had none). Existing keys are kept unless --force is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if edFile == "" {
				return fmt.Errorf("--ed25519: the oxend key_ed25519 file is required")
			}
			if !slices.Contains(config.Networks, network) {
				return fmt.Errorf("--network: %q is not one of %s", network, strings.Join(config.Networks, ", "))
			}
			raw, err := os.ReadFile(edFile)
			if err != nil {
				return fmt.Errorf("--ed25519: %w", err)
			}
			edPriv, err := keys.ParseEd25519File(raw)
			if err != nil {
				return fmt.Errorf("--ed25519 %s: %w", edFile, err)
			}
			var sk bls.SecretKey
			generated := blsFile == ""
			if generated {
				if sk, err = bls.GenerateSecretKey(rand.Reader); err != nil {
					return err
				}
			} else {
				raw, err := os.ReadFile(blsFile)
				if err != nil {
					return fmt.Errorf("--bls: %w", err)
				}
				if sk, err = keys.ParseBLSFile(raw); err != nil {
					return fmt.Errorf("--bls %s: %w", blsFile, err)
				}
			}
			id, err := keys.New(edPriv, sk)
			if err != nil {
				return err
			}
			dir, err := a.resolveDataDir(g)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return fmt.Errorf("create data dir: %w", err)
			}
			if err := id.Save(dir, force); err != nil {
				return fmt.Errorf("%w; pass --force to replace them", err)
			}
			if _, _, err := writeDefaultConfig(dir, network); err != nil {
				return err
			}
			pub := id.Public()
			fmt.Fprintf(a.Stdout, "Imported into %s\n  pubkey_ed25519  %s\n  pubkey_x25519   %s\n  pubkey_bls      %s\n", dir, pub.Ed25519, pub.X25519, pub.BLS)
			if generated {
				fmt.Fprintln(a.Stdout, "No --bls file given: generated a new BLS key.")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&edFile, "ed25519", "", "oxend key_ed25519 file (64 bytes)")
	cmd.Flags().StringVar(&blsFile, "bls", "", "oxend key_bls file (32 bytes); optional")
	cmd.Flags().StringVar(&network, "network", "mainnet", "network for a new config file: "+strings.Join(config.Networks, ", "))
	cmd.Flags().BoolVar(&force, "force", false, "replace existing key files in the data dir")
	return cmd
}
