package cli

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/config"
)

func (a *App) configCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Inspect the configuration",
	}
	cmd.AddCommand(a.configShowCmd(g), a.configExampleCmd())
	return cmd
}

// shownValue is one row of `config show --json`.
type shownValue struct {
	Key    string `json:"key"`
	Value  any    `json:"value"`
	Source string `json:"source"`
	Env    string `json:"env"`
}

func (a *App) configShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the effective config, each value with its source (default, file, env, flag)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := a.resolveDataDir(g)
			if err != nil {
				return err
			}
			l, err := a.loadConfig(cmd, g, dir)
			if err != nil {
				return err
			}
			var rows []shownValue
			for _, f := range config.Fields() {
				rows = append(rows, shownValue{Key: f.Key, Value: f.Value(&l.cfg), Source: l.sources[f.Key], Env: f.EnvName()})
			}
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			if l.file != "" {
				fmt.Fprintf(a.Stdout, "# config file: %s\n", l.file)
			} else {
				fmt.Fprintln(a.Stdout, "# no config file")
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			for _, r := range rows {
				fmt.Fprintf(tw, "%s\t%s\t(%s)\n", r.Key, config.FormatValue(r.Value), r.Source)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	addConfigFlags(cmd.Flags())
	return cmd
}

func (a *App) configExampleCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "example",
		Short: "Print the commented default config (configs/sessiond.example.yaml)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := a.Stdout.Write(config.ExampleYAML(config.Default()))
			return err
		},
	}
}
