package cli

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/bls"
)

func (a *App) blsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "bls", Short: "BLS signature tools"}
	cmd.AddCommand(a.blsVerifyCmd(g))
	return cmd
}

func (a *App) blsVerifyCmd(g *globals) *cobra.Command {
	var nf netFlags
	var pub, msg, sig string
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Check a BLS signature exactly as the rewards contract would, before paying gas",
		Long: `verify checks e(G1, signature) * e(-pubkey, H(message)) == 1 with the network's
hash-to-G2 tag, as ServiceNodeRewards does. The message is the exact bytes
signed (for example a bls_rewards_request msg_to_sign); the public key is the
aggregate key minus non-signers for network signatures.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			n, err := nf.resolve(a, cmd, g)
			if err != nil {
				return err
			}
			pk, err := bls.PublicKeyFromHex(pub)
			if err != nil {
				return fmt.Errorf("--pubkey: %w", err)
			}
			s, err := bls.SignatureFromHex(sig)
			if err != nil {
				return fmt.Errorf("--signature: %w", err)
			}
			m, err := hex.DecodeString(strings.TrimPrefix(msg, "0x"))
			if err != nil || len(m) == 0 {
				return fmt.Errorf("--message: not hex")
			}
			if !bls.Verify(pk, domainOf(n), m, s) {
				return &ExitError{Code: 1, Err: fmt.Errorf("invalid: the signature does not verify for chain %d, rewards contract %s", n.ChainID, n.Rewards.Hex())}
			}
			fmt.Fprintf(a.Stdout, "valid (chain %d, rewards contract %s)\n", n.ChainID, n.Rewards.Hex())
			return nil
		},
	}
	nf.add(cmd.Flags())
	cmd.Flags().StringVar(&pub, "pubkey", "", "BLS public key, 64 bytes hex (X||Y)")
	cmd.Flags().StringVar(&msg, "message", "", "signed message bytes, hex")
	cmd.Flags().StringVar(&sig, "signature", "", "BLS signature, 128 bytes hex (sigs0..sigs3)")
	for _, f := range []string{"pubkey", "message", "signature"} {
		_ = cmd.MarkFlagRequired(f)
	}
	return cmd
}
