package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// App carries the process's streams and exit hook, so commands are testable
// without a real process.
type App struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Exit is called only to force an exit on a repeated signal.
	Exit func(code int)
}

// ExitError carries a specific exit code.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// Main runs sessiond with args and returns the process exit code.
func Main(ctx context.Context, args []string) int {
	app := &App{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Exit: os.Exit}
	return app.Run(ctx, args)
}

// Run executes the command line and maps errors to exit codes.
func (a *App) Run(ctx context.Context, args []string) int {
	root := a.NewRoot()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintf(a.Stderr, "sessiond: %v\n", err)
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return 1
}

// globals are the flags every command shares.
type globals struct {
	dataDir    string
	configFile string
}

// NewRoot builds the command tree.
func (a *App) NewRoot() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "sessiond",
		Short: "A Session Node: message storage, onion routing and the Arbitrum staking watcher in one binary",
		Long: `sessiond is a Session Node. It stores and serves messages for Session clients,
routes their onion requests, takes part in its swarm, and follows the Session
Token staking contracts on Arbitrum One.

Start with:  sessiond init --data-dir DIR   then   sessiond run --data-dir DIR`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.Stdin)
	root.SetOut(a.Stdout)
	root.SetErr(a.Stderr)
	root.CompletionOptions.DisableDefaultCmd = true
	root.PersistentFlags().StringVar(&g.dataDir, "data-dir", "", "data directory (keys, config, database); default $SESSIOND_DATA_DIR or ~/.sessiond")
	root.PersistentFlags().StringVar(&g.configFile, "config", "", "config file; default DATA_DIR/sessiond.yaml")
	root.AddCommand(
		a.versionCmd(),
		a.initCmd(g),
		a.runCmd(g),
		a.keysCmd(g),
		a.configCmd(g),
		a.blsCmd(g),
		a.prepareRegistrationCmd(g),
		a.registrationCmd(g),
		a.chainCmd(g),
		a.nodesCmd(g),
		a.devnetCmd(g),
		a.clientCmd(g),
		a.rewardsCmd(g),
		a.exitCmd(g, false),
		a.exitCmd(g, true),
		a.statusCmd(g),
	)
	return root
}

// resolveDataDir picks --data-dir, then SESSIOND_DATA_DIR, then ~/.sessiond.
func (a *App) resolveDataDir(g *globals) (string, error) {
	d := g.dataDir
	if d == "" {
		d = os.Getenv("SESSIOND_DATA_DIR")
	}
	if d == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no --data-dir given and no home directory: %w", err)
		}
		d = filepath.Join(home, ".sessiond")
	}
	return filepath.Abs(d)
}

// requireDataDir resolves the data dir and checks that it exists.
func (a *App) requireDataDir(g *globals) (string, error) {
	d, err := a.resolveDataDir(g)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(d)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("data dir %s does not exist: create it with `sessiond init --data-dir %s`", d, d)
	}
	if err != nil {
		return "", err
	}
	if !fi.IsDir() {
		return "", fmt.Errorf("data dir %s is not a directory", d)
	}
	return d, nil
}
