package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/onion"
)

// clientCmd is "sessiond client": a Session client that talks to a network
// through onion paths.
func (a *App) clientCmd(_ *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "client",
		Short: "A Session client: send and receive messages through onion paths",
	}
	cmd.AddCommand(a.clientKeygenCmd(), a.clientSendCmd(), a.clientReceiveCmd())
	return cmd
}

type clientFlags struct {
	seed    string
	direct  bool
	cipher  string
	timeout time.Duration
}

func (f *clientFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.seed, "seed", "", "json_rpc URL of a node to bootstrap from, e.g. http://127.0.0.1:22023/json_rpc (required)")
	cmd.Flags().BoolVar(&f.direct, "direct", false, "send storage requests directly instead of through 3-hop onion paths")
	cmd.Flags().StringVar(&f.cipher, "cipher", "aes-gcm", "onion cipher: aes-gcm or xchacha20")
	cmd.Flags().DurationVar(&f.timeout, "timeout", time.Minute, "overall timeout")
	_ = cmd.MarkFlagRequired("seed")
}

func (f *clientFlags) client(cmd *cobra.Command) (*client.Client, context.Context, context.CancelFunc, error) {
	enc, err := onion.ParseEncType(f.cipher)
	if err != nil {
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), f.timeout)
	c := client.New(client.Options{Seed: f.seed, Direct: f.direct, EncType: enc})
	if err := c.Bootstrap(ctx); err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return c, ctx, cancel, nil
}

func (a *App) clientKeygenCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Create a Session ID key file (mode 0600) and print the Session ID",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("--out is required")
			}
			id, err := client.GenerateIdentity(nil)
			if err != nil {
				return err
			}
			if err := client.SaveIdentity(out, id); err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, id.SessionID())
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "session.key", "key file to create (refuses to overwrite)")
	return cmd
}

func (a *App) clientSendCmd() *cobra.Command {
	var f clientFlags
	var to, data string
	cmd := &cobra.Command{
		Use:   "send --seed URL --to SESSION_ID --data TEXT",
		Short: "Store a message for a Session ID in its swarm (namespace 0)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := client.ParseSessionID(to); err != nil {
				return err
			}
			c, ctx, cancel, err := f.client(cmd)
			if err != nil {
				return err
			}
			defer cancel()
			hash, err := c.Store(ctx, to, []byte(data))
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "stored %s\n", hash)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&to, "to", "", "recipient Session ID (05…)")
	cmd.Flags().StringVar(&data, "data", "", "message text")
	_ = cmd.MarkFlagRequired("to")
	return cmd
}

func (a *App) clientReceiveCmd() *cobra.Command {
	var f clientFlags
	var keyFile string
	cmd := &cobra.Command{
		Use:   "receive --seed URL --key FILE",
		Short: "Retrieve and print the messages of a Session ID (namespace 0)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			id, err := client.LoadIdentity(keyFile)
			if err != nil {
				return err
			}
			c, ctx, cancel, err := f.client(cmd)
			if err != nil {
				return err
			}
			defer cancel()
			msgs, err := c.Retrieve(ctx, id, 0)
			if err != nil {
				return err
			}
			for _, m := range msgs {
				fmt.Fprintf(a.Stdout, "%s\t%s\t%s\n", time.UnixMilli(m.Timestamp).UTC().Format(time.RFC3339), m.Hash, m.Data)
			}
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&keyFile, "key", "", "Session ID key file (from client keygen)")
	_ = cmd.MarkFlagRequired("key")
	return cmd
}
