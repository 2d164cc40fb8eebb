package cli

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registration"
)

// registrationOutput is `prepare_registration --json`: the registration and
// the transaction that submits it.
type registrationOutput struct {
	*registration.Registration
	Calldata calldataOut `json:"calldata"`
}

type calldataOut struct {
	Function string `json:"function"`
	To       string `json:"to,omitempty"`
	Data     string `json:"data"`
}

func (a *App) prepareRegistrationCmd(g *globals) *cobra.Command {
	var nf netFlags
	var operator, fee, submit, requirement string
	var reserves []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "prepare_registration",
		Short: "Sign this node's registration for the staking contract (portal fields, JSON or calldata)",
		Long: `prepare_registration signs the node's registration with its keys: the Ed25519
signature over (Ed25519 key || BLS key) and the BLS proof of possession bound to
the operator's address and the network. Without --reserve and with no fee it
prepares a solo registration (addBLSPublicKey, sent from the operator's wallet
with the full stake approved); otherwise a multi-contributor contract
(the factory's deploy) with the reserved contributions.

Run in a terminal without --operator it asks for each value.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if operator == "" && isTerminal(a.Stdin) {
				if err := a.promptRegistration(&operator, &fee, &reserves); err != nil {
					return err
				}
			}
			n, err := nf.resolve(a, cmd, g)
			if err != nil {
				return err
			}
			p := registration.Params{Network: n.Name, ChainID: n.ChainID, RewardsContract: n.Rewards}
			if !common.IsHexAddress(operator) {
				return fmt.Errorf("--operator: %q is not a 0x Ethereum address", operator)
			}
			p.Operator = common.HexToAddress(operator)
			if fee != "" {
				if p.FeeBPS, err = registration.ParseFee(fee); err != nil {
					return fmt.Errorf("--fee: %w", err)
				}
			}
			req := new(big.Int).Mul(new(big.Int).SetUint64(n.StakingRequirement), big.NewInt(registration.Coin))
			if requirement != "" {
				if req, err = registration.ParseSESH(requirement); err != nil {
					return fmt.Errorf("--staking-requirement: %w", err)
				}
			}
			p.StakingRequirement = req
			for _, r := range reserves {
				addr, amt, ok := strings.Cut(r, ":")
				if !ok || !common.IsHexAddress(addr) {
					return fmt.Errorf("--reserve: %q is not ADDRESS:AMOUNT", r)
				}
				v, err := registration.ParseSESH(amt)
				if err != nil {
					return fmt.Errorf("--reserve %s: %w", addr, err)
				}
				p.Reserved = append(p.Reserved, registration.Reserved{Address: common.HexToAddress(addr), Amount: v})
			}
			dir, err := a.requireDataDir(g)
			if err != nil {
				return err
			}
			id, err := keys.Load(dir)
			if err != nil {
				return err
			}
			reg, err := registration.Build(id, p)
			if err != nil {
				var fe *registration.FieldError
				if errors.As(err, &fe) {
					return fmt.Errorf("--%s: %w; nothing was signed", fe.Field, fe.Err)
				}
				return err
			}
			out := registrationOutput{Registration: reg}
			if reg.Solo() {
				data, err := reg.AddBLSPublicKeyCalldata()
				if err != nil {
					return err
				}
				out.Calldata = calldataOut{Function: "addBLSPublicKey", To: n.Rewards.Hex(), Data: "0x" + hex.EncodeToString(data)}
			} else {
				data, err := reg.DeployCalldata()
				if err != nil {
					return err
				}
				out.Calldata = calldataOut{Function: "deploy", Data: "0x" + hex.EncodeToString(data)}
				if n.Factory != (common.Address{}) {
					out.Calldata.To = n.Factory.Hex()
				}
			}
			if submit != "" {
				if err := submitToPortal(submit, reg); err != nil {
					return err
				}
			}
			if asJSON {
				enc := json.NewEncoder(a.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			a.printRegistration(out, req, submit)
			return nil
		},
	}
	nf.add(cmd.Flags())
	cmd.Flags().StringVar(&operator, "operator", "", "operator's Ethereum address (0x..., checksummed or not)")
	cmd.Flags().StringVar(&fee, "fee", "", "operator fee: a percentage (5, 5%, 2.5) or basis points (250bps); 0-100 %")
	cmd.Flags().StringArrayVar(&reserves, "reserve", nil, "reserved contribution ADDRESS:SESH (repeatable; the operator first; up to 10 in total)")
	cmd.Flags().StringVar(&requirement, "staking-requirement", "", "staking requirement in SESH (default: the network's)")
	cmd.Flags().StringVar(&submit, "submit", "", "staking portal URL to POST the registration to (e.g. https://stake.getsession.org)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}

func (a *App) printRegistration(o registrationOutput, req *big.Int, submitted string) {
	r := o.Registration
	w := a.Stdout
	kind := "solo node (you stake the full requirement)"
	if !r.Solo() {
		kind = "multi-contributor node (a contribution contract collects the stakes)"
	}
	fmt.Fprintf(w, "Registration for %s, chain %d, rewards contract %s\n", nonEmpty(r.Network, "custom network"), r.ChainID, r.RewardsContract)
	fmt.Fprintf(w, "  kind              %s\n  operator          %s\n  fee               %.2f %% (%d bps)\n", kind, r.Operator, float64(r.FeeBPS)/100, r.FeeBPS)
	fmt.Fprintf(w, "  stake required    %s SESH\n", registration.FormatSESH(req))
	for i, x := range r.Reserved {
		fmt.Fprintf(w, "  reserved #%d       %s  %s SESH\n", i+1, x.Address.Hex(), registration.FormatSESH(x.Amount))
	}
	fmt.Fprintf(w, "\nStaking portal fields:\n  pubkey_ed25519    %s\n  sig_ed25519       %s\n  pubkey_bls        %s\n  sig_bls           %s\n  operator          %s\n",
		r.PubkeyEd25519, r.SigEd25519, r.PubkeyBLS, r.SigBLS, r.Operator)
	fmt.Fprintf(w, "\nOr send it from any wallet: call %s on %s with data\n  %s\n", o.Calldata.Function, nonEmpty(o.Calldata.To, "the contribution factory"), o.Calldata.Data)
	if r.Solo() {
		fmt.Fprintln(w, "(first approve the rewards contract to spend the staking requirement of SESH)")
	}
	if submitted != "" {
		fmt.Fprintf(w, "\nSubmitted to %s/register/%s\n", strings.TrimRight(submitted, "/"), r.PubkeyEd25519)
	}
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// submitToPortal POSTs the portal's form fields to URL/api/store/<pubkey>, as
// oxend's register command does.
func submitToPortal(base string, r *registration.Registration) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range map[string]string{"sig_ed25519": r.SigEd25519, "pubkey_bls": r.PubkeyBLS, "sig_bls": r.SigBLS, "operator": r.Operator} {
		if err := mw.WriteField(k, v); err != nil {
			return err
		}
	}
	if err := mw.Close(); err != nil {
		return err
	}
	url := strings.TrimRight(base, "/") + "/api/store/" + r.PubkeyEd25519
	req, err := http.NewRequest(http.MethodPost, url, &body)
	if err != nil {
		return fmt.Errorf("--submit: %w", err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("--submit: %w", err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("--submit: the portal answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return nil
}

func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (a *App) promptRegistration(operator, fee *string, reserves *[]string) error {
	in := bufio.NewReader(a.Stdin)
	ask := func(q string) (string, error) {
		fmt.Fprint(a.Stdout, q)
		s, err := in.ReadString('\n')
		if err != nil && s == "" {
			return "", err
		}
		return strings.TrimSpace(s), nil
	}
	var err error
	if *operator, err = ask("Operator wallet address (0x...): "); err != nil {
		return err
	}
	multi, err := ask("Will others contribute to this node? [y/N]: ")
	if err != nil || !strings.HasPrefix(strings.ToLower(multi), "y") {
		return err
	}
	if *fee, err = ask("Operator fee in percent (e.g. 5): "); err != nil {
		return err
	}
	own, err := ask("Your own contribution in SESH (at least 25 % of the requirement): ")
	if err != nil {
		return err
	}
	*reserves = append(*reserves, *operator+":"+own)
	for {
		r, err := ask("Reserved contributor ADDRESS:SESH (empty to finish): ")
		if err != nil || r == "" {
			return err
		}
		*reserves = append(*reserves, r)
	}
}

func (a *App) registrationCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "registration", Short: "Registration tools"}
	var file, network string
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Check a registration JSON (from prepare_registration --json) for its network",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var data []byte
			var err error
			if file == "-" {
				data, err = io.ReadAll(a.Stdin)
			} else {
				data, err = os.ReadFile(file)
			}
			if err != nil {
				return fmt.Errorf("--json-file: %w", err)
			}
			r, err := registration.Parse(data)
			if err != nil {
				return err
			}
			if network != "" {
				n, err := chain.Lookup(network)
				if err != nil || n.Rewards == (common.Address{}) {
					return fmt.Errorf("--network: %q has no preset contracts", network)
				}
				r.Network, r.ChainID, r.RewardsContract = n.Name, n.ChainID, n.Rewards.Hex()
			}
			if r.ChainID == 0 || r.RewardsContract == "" {
				return errors.New("the registration has no chain_id and rewards_contract")
			}
			if err := r.Verify(); err != nil {
				return &ExitError{Code: 1, Err: fmt.Errorf("invalid: %w", err)}
			}
			fmt.Fprintf(a.Stdout, "valid (chain %d, rewards contract %s, operator %s)\n", r.ChainID, r.RewardsContract, r.Operator)
			return nil
		},
	}
	verify.Flags().StringVar(&file, "json-file", "", "registration JSON file, or - for standard input")
	verify.Flags().StringVar(&network, "network", "", "check for this network instead of the chain_id and rewards_contract in the file")
	_ = verify.MarkFlagRequired("json-file")
	cmd.AddCommand(verify)
	return cmd
}

func formatSESH(v *big.Int) string { return registration.FormatSESH(v) + " SESH" }
