package cli

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/logging"
	"github.com/sessiond/sessiond/internal/node"
)

func (a *App) runCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the node until SIGINT or SIGTERM",
		Long: `run starts the node from the data dir. The first SIGINT or SIGTERM stops it
gracefully (exit code 0); a second one forces an immediate exit.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			l, err := a.loadConfig(cmd, g, dir)
			if err != nil {
				return err
			}
			lg, err := logging.New(l.cfg.Log, a.Stderr)
			if err != nil {
				return err
			}
			defer func() { _ = lg.Sync() }()
			id, err := keys.Load(dir)
			if err != nil {
				return err
			}
			n, err := node.New(l.cfg, node.Options{DataDir: dir, Identity: id, Logger: lg})
			if err != nil {
				return err
			}
			ctx, cancel := a.signalContext(cmd.Context(), lg)
			defer cancel()
			if err := n.Start(ctx); err != nil {
				if errors.Is(err, context.Canceled) && ctx.Err() != nil {
					// A signal during start-up: stop as gracefully as after it.
					lg.Info("stopped during start-up")
					return n.Close()
				}
				return errors.Join(explainStartError(dir, err), n.Close())
			}
			<-ctx.Done()
			return n.Close()
		},
	}
	addConfigFlags(cmd.Flags())
	return cmd
}

// signalContext returns a context cancelled by the first SIGINT or SIGTERM.
// A second signal calls a.Exit(1). The returned cancel func stops listening.
func (a *App) signalContext(parent context.Context, lg *zap.Logger) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	sigc := make(chan os.Signal, 2)
	signal.Notify(sigc, syscall.SIGINT, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigc:
			lg.Info("signal received, shutting down; send it again to force exit", zap.Stringer("signal", s))
			cancel()
		case <-done:
			return
		}
		select {
		case s := <-sigc:
			lg.Warn("second signal received, forcing exit", zap.Stringer("signal", s))
			a.Exit(1)
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigc)
		close(done)
		cancel()
	}
}

// explainStartError adds what to do to start-up errors that do not say it
// yet: a write that failed for lack of space anywhere in the data dir (the
// database explains its own).
func explainStartError(dataDir string, err error) error {
	var se *db.SpaceError
	if errors.As(err, &se) {
		return err // explained already, with its context
	}
	path := dataDir
	var pe *os.PathError
	if errors.As(err, &pe) {
		path = pe.Path
	}
	if e := db.DiskError(path, err); e != nil {
		return e
	}
	return err
}
