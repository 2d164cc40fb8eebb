package cli

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/node"
	"github.com/sessiond/sessiond/internal/registration"
)

// stakeFlags are shared by rewards, exit and liquidate.
type stakeFlags struct {
	nodeURL  string
	ethKey   string
	chainRPC string
	asJSON   bool
}

func (f *stakeFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.nodeURL, "node", "", "a node's json_rpc URL (default: this data dir's node, rpc.listen)")
	cmd.Flags().StringVar(&f.ethKey, "eth-key", "", "file with a hex Ethereum private key: send the transactions with it")
	cmd.Flags().StringVar(&f.chainRPC, "chain-rpc", "", "Arbitrum JSON-RPC URL for --eth-key (default: the first chain.providers)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
	addConfigFlags(cmd.Flags())
}

// callNode posts a json_rpc method to a node.
func callNode(url, method string, params any, out any) error {
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 0, "method": method, "params": params})
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("--node %s: %w", url, err)
	}
	defer resp.Body.Close()
	var env struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	if env.Error != nil {
		return fmt.Errorf("%s: the network refused: %s (code %d)", method, env.Error.Message, env.Error.Code)
	}
	return json.Unmarshal(env.Result, out)
}

// stakeContext resolves the node URL, the rewards contract and, with
// --eth-key, a transaction sender.
type stakeContext struct {
	url     string
	rewards common.Address
	chainID uint64
	key     *ecdsa.PrivateKey
	rpc     string
}

func (a *App) stakeContext(cmd *cobra.Command, g *globals, f *stakeFlags) (*stakeContext, error) {
	dir, err := a.resolveDataDir(g)
	if err != nil {
		return nil, err
	}
	l, err := a.loadConfig(cmd, g, dir)
	if err != nil {
		return nil, err
	}
	netw, _, err := node.ChainSettings(l.cfg.Chain)
	if err != nil {
		return nil, err
	}
	sc := &stakeContext{url: f.nodeURL, rewards: netw.Rewards, chainID: netw.ChainID, rpc: f.chainRPC}
	if sc.url == "" {
		host, port, err := net.SplitHostPort(l.cfg.RPC.Listen)
		if err != nil {
			return nil, errors.New("--node: no json_rpc URL and rpc.listen is disabled")
		}
		if host == "" || host == "0.0.0.0" || host == "::" {
			host = "127.0.0.1"
		}
		sc.url = "http://" + net.JoinHostPort(host, port) + "/json_rpc"
	}
	if f.ethKey != "" {
		raw, err := os.ReadFile(f.ethKey)
		if err != nil {
			return nil, fmt.Errorf("--eth-key: %w", err)
		}
		if sc.key, err = crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")); err != nil {
			return nil, errors.New("--eth-key: the file does not hold a hex private key")
		}
		if sc.rpc == "" && len(l.cfg.Chain.Providers) > 0 {
			sc.rpc = l.cfg.Chain.Providers[0]
		}
		if sc.rpc == "" {
			return nil, errors.New("--chain-rpc: needed to send transactions")
		}
	}
	return sc, nil
}

// send submits calldata calls in order from the --eth-key account.
func (sc *stakeContext) send(ctx context.Context, calls ...[]byte) ([]string, error) {
	ec, err := ethclient.DialContext(ctx, sc.rpc)
	if err != nil {
		return nil, fmt.Errorf("--chain-rpc: %w", err)
	}
	defer ec.Close()
	c, err := devnet.Dial(ctx, ec, sc.rpc)
	if err != nil {
		return nil, err
	}
	acct := devnet.Account{Key: sc.key, Addr: crypto.PubkeyToAddress(sc.key.PublicKey)}
	var hashes []string
	for _, data := range calls {
		r, err := c.Send(ctx, acct, sc.rewards, data, "transaction")
		if err != nil {
			return hashes, err
		}
		hashes = append(hashes, r.TxHash.Hex())
	}
	return hashes, nil
}

// recipient reads addr's lifetime rewards and claimed total from the
// rewards contract at the latest block.
func (sc *stakeContext) recipient(ctx context.Context, addr common.Address) (bindings.RecipientsOutput, error) {
	ec, err := ethclient.DialContext(ctx, sc.rpc)
	if err != nil {
		return bindings.RecipientsOutput{}, fmt.Errorf("--chain-rpc: %w", err)
	}
	defer ec.Close()
	rw := bindings.NewServiceNodeRewards()
	raw, err := ec.CallContract(ctx, ethereum.CallMsg{To: &sc.rewards, Data: rw.PackRecipients(addr)}, nil)
	if err != nil {
		return bindings.RecipientsOutput{}, fmt.Errorf("rewards contract %s: recipients(%s): %w", sc.rewards.Hex(), addr.Hex(), err)
	}
	return rw.UnpackRecipients(raw)
}

func sigWords(hexSig string) (bindings.IServiceNodeRewardsBLSSignatureParams, error) {
	s, err := bls.SignatureFromHex(hexSig)
	if err != nil {
		return bindings.IServiceNodeRewardsBLSSignatureParams{}, err
	}
	w := s.Words()
	return bindings.IServiceNodeRewardsBLSSignatureParams{Sigs0: w[0], Sigs1: w[1], Sigs2: w[2], Sigs3: w[3]}, nil
}

func (a *App) rewardsCmd(g *globals) *cobra.Command {
	var f stakeFlags
	cmd := &cobra.Command{
		Use:   "rewards ADDRESS",
		Short: "An address's lifetime rewards, the network's signature and the calldata to claim them",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(args[0]) {
				return fmt.Errorf("%q is not an Ethereum address", args[0])
			}
			sc, err := a.stakeContext(cmd, g, &f)
			if err != nil {
				return err
			}
			var r struct {
				Address    string   `json:"address"`
				Amount     *big.Int `json:"amount"`
				Height     uint64   `json:"height"`
				MsgToSign  string   `json:"msg_to_sign"`
				Signature  string   `json:"signature"`
				NonSigners []uint64 `json:"non_signer_indices"`
			}
			if err := callNode(sc.url, "bls_rewards_request", map[string]any{"address": args[0]}, &r); err != nil {
				return err
			}
			sig, err := sigWords(r.Signature)
			if err != nil {
				return fmt.Errorf("bls_rewards_request: bad signature: %w", err)
			}
			rw := bindings.NewServiceNodeRewards()
			update := rw.PackUpdateRewardsBalance(common.HexToAddress(args[0]), r.Amount, sig, r.NonSigners)
			claim := rw.PackClaimRewards0()
			out := map[string]any{
				"address": args[0], "lifetime_rewards": r.Amount, "height": r.Height, "signature": r.Signature,
				"non_signer_indices": r.NonSigners, "rewards_contract": sc.rewards.Hex(),
				"update_calldata": "0x" + hex.EncodeToString(update), "claim_calldata": "0x" + hex.EncodeToString(claim),
			}
			var paid *big.Int
			if sc.key != nil {
				addr := common.HexToAddress(args[0])
				if from := crypto.PubkeyToAddress(sc.key.PublicKey); from != addr {
					return fmt.Errorf("--eth-key is the key of %s, not of %s: claimRewards pays the sender, so claim with %s's key", from.Hex(), addr.Hex(), addr.Hex())
				}
				// The contract refuses a balance it already holds
				// (RecipientRewardsTooLow) and pays nothing for an empty
				// claim: send only what moves funds, and say when nothing does.
				onChain, err := sc.recipient(cmd.Context(), addr)
				if err != nil {
					return err
				}
				calls := [][]byte{update, claim}
				lifetime := r.Amount
				if onChain.Rewards.Cmp(r.Amount) >= 0 {
					calls, lifetime = [][]byte{claim}, onChain.Rewards
				}
				paid = new(big.Int).Sub(lifetime, onChain.Claimed)
				if paid.Sign() <= 0 {
					return fmt.Errorf("nothing to claim: %s has claimed all %s SESH of its lifetime rewards on %s (the network signs %s SESH at block %d); no transaction sent",
						addr.Hex(), registration.FormatSESH(onChain.Claimed), sc.rewards.Hex(), registration.FormatSESH(r.Amount), r.Height)
				}
				hashes, err := sc.send(cmd.Context(), calls...)
				out["transactions"] = hashes
				if err != nil {
					return fmt.Errorf("%w (sent: %v)", err, hashes)
				}
				out["claimed"] = paid
			}
			if f.asJSON {
				return json.NewEncoder(a.Stdout).Encode(out)
			}
			fmt.Fprintf(a.Stdout, "address           %s\nlifetime rewards  %s SESH (signed by the network at block %d, %d non-signers)\n",
				args[0], registration.FormatSESH(r.Amount), r.Height, len(r.NonSigners))
			fmt.Fprintf(a.Stdout, "claim: send to %s\n  1. updateRewardsBalance  %s\n  2. claimRewards          %s\n", sc.rewards.Hex(), out["update_calldata"], out["claim_calldata"])
			if h, ok := out["transactions"]; ok {
				fmt.Fprintf(a.Stdout, "sent: %v\nclaimed %s SESH\n", h, registration.FormatSESH(paid))
			}
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func (a *App) exitCmd(g *globals, liquidate bool) *cobra.Command {
	var f stakeFlags
	var pub string
	name, fn := "exit", "exitBLSPublicKeyWithSignature"
	if liquidate {
		name, fn = "liquidate", "liquidateBLSPublicKeyWithSignature"
	}
	cmd := &cobra.Command{
		Use:   name,
		Short: "The network's signature and calldata to " + name + " a node (" + fn + ")",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pk, err := bls.PublicKeyFromHex(pub)
			if err != nil {
				return fmt.Errorf("--bls-pubkey: %w", err)
			}
			sc, err := a.stakeContext(cmd, g, &f)
			if err != nil {
				return err
			}
			var r struct {
				Timestamp  uint64   `json:"timestamp"`
				Signature  string   `json:"signature"`
				NonSigners []uint64 `json:"non_signer_indices"`
			}
			if err := callNode(sc.url, "bls_exit_liquidation_request", map[string]any{"bls_pubkey": pk.Hex(), "liquidate": liquidate}, &r); err != nil {
				return err
			}
			sig, err := sigWords(r.Signature)
			if err != nil {
				return err
			}
			x, y := pk.XY()
			rw := bindings.NewServiceNodeRewards()
			g1 := bindings.BN256G1G1Point{X: x, Y: y}
			ts := new(big.Int).SetUint64(r.Timestamp)
			data := rw.PackExitBLSPublicKeyWithSignature(g1, ts, sig, r.NonSigners)
			if liquidate {
				data = rw.PackLiquidateBLSPublicKeyWithSignature(g1, ts, sig, r.NonSigners)
			}
			out := map[string]any{"bls_pubkey": pk.Hex(), "timestamp": r.Timestamp, "signature": r.Signature,
				"non_signer_indices": r.NonSigners, "rewards_contract": sc.rewards.Hex(), "function": fn,
				"calldata": "0x" + hex.EncodeToString(data)}
			if sc.key != nil {
				hashes, err := sc.send(cmd.Context(), data)
				out["transactions"] = hashes
				if err != nil {
					return err
				}
			}
			if f.asJSON {
				return json.NewEncoder(a.Stdout).Encode(out)
			}
			fmt.Fprintf(a.Stdout, "%s of %s signed at %d (%d non-signers); valid for the contract's signature expiry (10 min)\ncall %s on %s with\n  %s\n",
				name, pk.Hex(), r.Timestamp, len(r.NonSigners), fn, sc.rewards.Hex(), out["calldata"])
			if h, ok := out["transactions"]; ok {
				fmt.Fprintf(a.Stdout, "sent: %v\n", h)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&pub, "bls-pubkey", "", "the node's BLS public key (128 hex)")
	_ = cmd.MarkFlagRequired("bls-pubkey")
	f.add(cmd)
	return cmd
}
