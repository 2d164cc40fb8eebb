package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/node"
	"github.com/sessiond/sessiond/internal/registration"
)

func (a *App) statusCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One screen from the running node: keys, registration, chain sync, swarm, storage, traffic, rewards, readiness",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			var s node.Status
			ok, err := a.askNode(cmd, g, dir, "/v1/status", &s)
			if err != nil {
				return err
			}
			if !ok {
				return errors.New("no sessiond answers on this data dir's metrics.listen: start it with `sessiond run`, or pass --metrics.listen")
			}
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			renderStatus(a.Stdout, s, isTerminal(a.Stdout))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(cmd.Flags())
	return cmd
}

// renderStatus prints the status screen; colour only when color is set.
func renderStatus(w io.Writer, s node.Status, color bool) {
	paint := func(code, text string) string {
		if !color {
			return text
		}
		return "\x1b[" + code + "m" + text + "\x1b[0m"
	}
	good := func(t string) string { return paint("32", t) }
	bad := func(t string) string { return paint("31", t) }
	row := func(k, v string) { fmt.Fprintf(w, "  %-18s %s\n", k, v) }

	state := good("ready")
	if !s.Ready {
		state = bad("NOT READY")
	}
	fmt.Fprintf(w, "sessiond %s  %s  up %s\n", s.Version.Version, state, time.Duration(s.Uptime*float64(time.Second)).Round(time.Second))
	for _, r := range s.NotReady {
		fmt.Fprintf(w, "  - %s\n", bad(r))
	}
	fmt.Fprintln(w, "keys")
	row("ed25519", s.Keys.Ed25519)
	row("x25519", s.Keys.X25519)
	row("bls", s.Keys.BLS)

	fmt.Fprintln(w, "registration")
	if r := s.Registration; r != nil {
		st := good("active")
		switch {
		case r.Exited:
			st = bad("exited")
		case r.ExitRequested:
			st = paint("33", "exit requested")
		}
		row("service node id", fmt.Sprintf("%d (%s)", r.ID, st))
		row("operator", r.Operator)
		row("stake", fmt.Sprintf("%s SESH from %d contributor(s), fee %.2f %%", registration.FormatSESH(r.Stake), r.Contributors, float64(r.FeeBPS)/100))
	} else {
		row("state", bad("not registered")+" (see sessiond prepare_registration)")
	}

	fmt.Fprintln(w, "chain")
	c := s.Chain
	if c.Watcher != nil {
		sync := good("synced")
		if !c.Watcher.Synced {
			sync = paint("33", fmt.Sprintf("syncing %.1f %%, ETA %s", c.Watcher.Percent, time.Duration(c.Watcher.ETASeconds*float64(time.Second)).Round(time.Second)))
		}
		row("blocks", fmt.Sprintf("applied %d, final %d, head %d (lag %d, %s)", c.Cursor.Number, c.Watcher.Final, c.Watcher.Head, c.Watcher.Lag, sync))
		var ps []string
		for _, p := range c.Watcher.Providers {
			h := good("ok")
			if p.Refused != "" {
				h = bad("refused")
			} else if !p.Healthy {
				h = bad("failing")
			}
			ps = append(ps, p.Name+" "+h)
		}
		row("providers", strings.Join(ps, ", "))
	} else {
		row("watcher", bad(c.Disabled))
	}
	row("network", fmt.Sprintf("%d active nodes in %d swarms", c.ActiveNodes, c.Swarms))

	fmt.Fprintln(w, "swarm")
	if s.Swarm.ID != nil {
		row("id", fmt.Sprintf("%x", *s.Swarm.ID))
		reach := fmt.Sprintf("%d of %d reachable", s.Swarm.Reachable, s.Swarm.Members)
		if s.Swarm.Reachable < s.Swarm.Members {
			reach = paint("33", reach)
		}
		row("members", reach)
	} else {
		row("id", "none (not in a swarm)")
	}
	if t := s.Swarm.Transfer; t != nil {
		what := "pushing moved accounts to their new swarms"
		if t.Phase == "join" {
			what = "pulling this swarm's messages"
		}
		line := fmt.Sprintf("%s: %d of about %d messages (%.0f%%), %.0f/s", what, t.Messages, t.Total, t.Percent, t.PerSecond)
		if t.ETASeconds > 0 {
			line += ", " + time.Duration(t.ETASeconds*float64(time.Second)).Round(time.Second).String() + " left"
		}
		row(t.Phase, paint("33", line))
	}

	fmt.Fprintln(w, "storage")
	row("messages", fmt.Sprintf("%.0f (%s)", s.Storage.Messages, bytesHuman(s.Storage.Bytes)))
	fmt.Fprintln(w, "traffic")
	row("storage rpc", fmt.Sprintf("%.0f requests (%.1f/s average)", s.Traffic.RPCRequests, s.Traffic.RPCPerSecond))
	row("onion", fmt.Sprintf("%.0f requests (%.1f/s average)", s.Traffic.OnionRequests, s.Traffic.OnionPerSec))
	if r := s.Rewards; r != nil {
		fmt.Fprintln(w, "rewards")
		row("address", r.Address)
		row("lifetime", registration.FormatSESH(nz(r.Lifetime))+" SESH")
		row("claimed", registration.FormatSESH(nz(r.Claimed))+" SESH")
		row("claimable", good(registration.FormatSESH(nz(r.Claimable))+" SESH")+" (sessiond rewards "+r.Address+")")
	}
}

func nz(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func bytesHuman(b float64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for b >= 1024 && i < len(units)-1 {
		b /= 1024
		i++
	}
	return fmt.Sprintf("%.1f %s", b, units[i])
}
