package cli

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/logging"
)

func (a *App) devnetCmd(g *globals) *cobra.Command {
	var nodes int
	var chainRPC, nodeConfig string
	var releaseEvery, blockEvery, wait time.Duration
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a whole local network: a chain with the staking contracts and N registered nodes",
		Long: `devnet starts an embedded chain (the in-process simulated backend, served over
HTTP on loopback; or --chain-rpc for a geth --dev), deploys the staking
contracts, registers N nodes on it (solo and multi-contributor) with real keys,
starts them as processes of this binary, waits until every node agrees on the
swarms, and prints one line beginning "devnet ready:". The pool releases
rewards every --release-every. Ctrl-C stops everything. With --data-dir the
node identities, ports and stored messages are kept, and a second start
resumes the same network (the embedded chain is redeployed identically).
Each node's data dir holds its log (sessiond.log) and, while it runs, its
process id (sessiond.pid), so one node can be stopped or killed by hand.
--node-config appends YAML to every node's config, e.g. "onion:" with
"proxy_allow_private: true" to let onion requests reach local test servers,
or "liveness:" with "liquidate_after: 1m".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := g.dataDir
			if dir == "" {
				d, err := os.MkdirTemp("", "sessiond-devnet-")
				if err != nil {
					return err
				}
				dir = d
			}
			dir, err := filepath.Abs(dir)
			if err != nil {
				return err
			}
			lg, err := logging.New(config.Log{Level: "info", Format: "console"}, a.Stderr)
			if err != nil {
				return err
			}
			lg = lg.Named("devnet")
			ctx, cancel := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer cancel()

			owner, err := devnet.NewAccount([]byte("sessiond-devnet-owner"))
			if err != nil {
				return err
			}
			var chain *devnet.Chain
			var funder func(context.Context, common.Address, *big.Int) error
			if chainRPC == "" {
				eth := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))
				chain, err = devnet.NewSimulated(devnet.SimulatedOptions{
					Alloc:      map[common.Address]*big.Int{owner.Addr: eth},
					HTTPAddr:   "127.0.0.1:0",
					BlockEvery: blockEvery,
				})
				if err != nil {
					return err
				}
			} else {
				geth := &devnet.Geth{URL: chainRPC}
				if chain, err = geth.Chain(ctx); err != nil {
					return err
				}
				funder = geth.Fund
				if err := funder(ctx, owner.Addr, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))); err != nil {
					return fmt.Errorf("--chain-rpc: fund the devnet owner from the dev account: %w", err)
				}
			}
			defer chain.Close()
			lg.Info("chain up", zap.String("url", chain.URL), zap.Stringer("chain_id", chain.ChainID))

			var extra string
			if nodeConfig != "" {
				raw, err := os.ReadFile(nodeConfig)
				if err != nil {
					return fmt.Errorf("--node-config: %w", err)
				}
				extra = string(raw)
			}
			nw, err := devnet.NewNetwork(ctx, devnet.NetworkOptions{Dir: dir, Nodes: nodes, Chain: chain, Funder: funder, Owner: owner, Logger: lg, ExtraConfig: extra})
			if err != nil {
				return err
			}
			if err := nw.Start(); err != nil {
				_ = nw.Stop()
				return err
			}
			defer func() {
				lg.Info("stopping nodes")
				_ = nw.Stop()
			}()
			wctx, wcancel := context.WithTimeout(ctx, wait)
			err = nw.WaitConverged(wctx)
			wcancel()
			if err != nil {
				return fmt.Errorf("%w (logs in %s/node-*/sessiond.log)", err, dir)
			}
			fmt.Fprintf(a.Stdout, "devnet ready: seed %s, %d nodes, chain %s, logs %s/node-*/sessiond.log, data %s\n",
				nw.Nodes[0].JSONRPC(), nodes, chain.URL, dir, dir)

			t := time.NewTicker(releaseEvery)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return nil
				case <-t.C:
					if _, err := nw.Contracts.ReleasePool(ctx, owner); err != nil && ctx.Err() == nil {
						lg.Warn("pool release failed", zap.Error(err))
					}
				}
			}
		},
	}
	cmd.Flags().IntVar(&nodes, "nodes", 12, "how many nodes to run")
	cmd.Flags().StringVar(&chainRPC, "chain-rpc", "", "use this geth --dev JSON-RPC URL instead of the embedded chain")
	cmd.Flags().StringVar(&nodeConfig, "node-config", "", "YAML appended to every node's sessiond.yaml (sections devnet does not write, e.g. onion: or liveness:)")
	cmd.Flags().DurationVar(&releaseEvery, "release-every", time.Minute, "how often the reward pool releases funds")
	cmd.Flags().DurationVar(&blockEvery, "block-every", time.Second, "block period of the embedded chain")
	cmd.Flags().DurationVar(&wait, "wait", 3*time.Minute, "how long to wait for the nodes to agree")
	return cmd
}
