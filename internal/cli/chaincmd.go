package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/node"
	"github.com/sessiond/sessiond/internal/registry"
)

// askNode GETs path from the running node's operator server into v. ok is
// false when no node answers there.
func (a *App) askNode(cmd *cobra.Command, g *globals, dir, path string, v any) (ok bool, err error) {
	l, err := a.loadConfig(cmd, g, dir)
	if err != nil {
		return false, err
	}
	if l.cfg.Metrics.Listen == "" {
		return false, nil
	}
	c := &http.Client{Timeout: 3 * time.Second}
	resp, err := c.Get("http://" + l.cfg.Metrics.Listen + path)
	if err != nil {
		return false, nil // not running (or not reachable): read the database
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return false, err
	}
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Errorf("node at %s answered %s: %s", l.cfg.Metrics.Listen, resp.Status, body)
	}
	return true, json.Unmarshal(body, v)
}

// withRegistry opens the data dir's database when no node runs.
func withRegistry(dir string, f func(*registry.Registry) error) error {
	d, err := db.Open(dir, db.Options{LockTimeout: 500 * time.Millisecond})
	if errors.Is(err, db.ErrInUse) {
		return fmt.Errorf("a sessiond holds %s but its metrics.listen endpoint did not answer: %w", dir, err)
	}
	if err != nil {
		return err
	}
	defer d.Close()
	reg, err := registry.Open(d, registry.Options{}, nil)
	if err != nil {
		return err
	}
	return f(reg)
}

func (a *App) chainCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "chain", Short: "Arbitrum watcher status"}
	var asJSON bool
	status := &cobra.Command{
		Use:   "status",
		Short: "Chain sync status: applied, final and head blocks, lag, providers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			var s node.ChainStatus
			ok, err := a.askNode(cmd, g, dir, "/v1/chain/status", &s)
			if err != nil {
				return err
			}
			if !ok {
				err = withRegistry(dir, func(reg *registry.Registry) error {
					s, err = node.ReadChainStatus(reg, nil)
					s.Disabled = "node not running; read from the database"
					return err
				})
				if err != nil {
					return err
				}
			}
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			a.printChainStatus(s)
			return nil
		},
	}
	status.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(status.Flags())
	cmd.AddCommand(status)
	return cmd
}

func (a *App) printChainStatus(s node.ChainStatus) {
	w := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "applied block\t%d\t%s\n", s.Cursor.Number, s.Cursor.Hash.Hex())
	if s.Watcher != nil {
		st := s.Watcher
		fmt.Fprintf(w, "final block\t%d\n", st.Final)
		fmt.Fprintf(w, "head block\t%d\n", st.Head)
		state := "synced"
		if !st.Synced {
			state = fmt.Sprintf("syncing %.1f%%, %.0f blocks/s, ETA %s", st.Percent, st.BlocksPerSec, time.Duration(st.ETASeconds*1e9).Round(time.Second))
		}
		fmt.Fprintf(w, "lag\t%d blocks (%s)\n", st.Lag, state)
		if st.LastError != "" {
			fmt.Fprintf(w, "last error\t%s\n", st.LastError)
		}
		for _, p := range st.Providers {
			h := "healthy"
			switch {
			case p.Refused != "":
				h = "refused: " + p.Refused
			case !p.Healthy:
				h = "failing: " + p.LastError
			}
			fmt.Fprintf(w, "provider %s\theight %d, %s\n", p.Name, p.Height, h)
		}
	} else {
		fmt.Fprintf(w, "watcher\t%s\n", s.Disabled)
	}
	fmt.Fprintf(w, "active nodes\t%d\nswarms\t%d\n", s.ActiveNodes, s.Swarms)
	_ = w.Flush()
}

func (a *App) nodesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "nodes", Short: "The service nodes the registry knows"}
	var asJSON, all bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List registered nodes (with --all, also those that left)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			path := "/v1/nodes"
			if all {
				path = "/v1/nodes/all"
			}
			var nodes []node.NodeEntry
			ok, err := a.askNode(cmd, g, dir, path, &nodes)
			if err != nil {
				return err
			}
			if !ok {
				if err := withRegistry(dir, func(reg *registry.Registry) error {
					nodes, err = node.ListNodes(reg, all)
					return err
				}); err != nil {
					return err
				}
			}
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				if nodes == nil {
					nodes = []node.NodeEntry{}
				}
				return enc.Encode(nodes)
			}
			w := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tED25519\tOPERATOR\tSTAKE\tFEE\tSWARM\tSTATE")
			for _, n := range nodes {
				swarmID := "-"
				if n.SwarmID != nil {
					swarmID = fmt.Sprintf("%x", uint64(*n.SwarmID))
				}
				state := "active"
				switch {
				case n.Liquidated:
					state = "liquidated"
				case n.Exited != nil:
					state = "exited"
				case n.ExitRequested != nil:
					state = "exit requested"
				}
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%.2f%%\t%s\t%s\n", n.ID, n.Ed25519, n.Operator, formatSESH(n.Deposit()), float64(n.Fee)/100, swarmID, state)
			}
			return w.Flush()
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	list.Flags().BoolVar(&all, "all", false, "include nodes that exited or were liquidated")
	addConfigFlags(list.Flags())
	cmd.AddCommand(list)
	return cmd
}
