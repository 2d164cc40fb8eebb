package nodetest

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/devnet"
)

// Exit takes node i out of the network the way an operator does: the
// operator requests the exit on chain, another node aggregates the
// network's exit signature (bls_exit_liquidation_request), the exit is
// submitted, and once the chain has removed the node its process is
// stopped. WaitConverged stops expecting it.
func (c *Cluster) Exit(ctx context.Context, i int) error {
	p := c.Net.Nodes[i]
	op, err := devnet.NewAccount(fmt.Appendf(nil, "sessiond-devnet-operator-%d", i))
	if err != nil {
		return err
	}
	if _, err := c.Net.Contracts.RequestExit(ctx, op, p.NodeID); err != nil {
		return fmt.Errorf("nodetest: request exit of node %d: %w", i, err)
	}
	var signer *devnet.Proc
	for _, q := range c.Net.Nodes {
		if q.Index != i && !q.Gone {
			signer = q
			break
		}
	}
	if signer == nil {
		return errors.New("nodetest: no other node to sign the exit")
	}
	pk := p.ID.BLSPublic
	var res struct {
		Timestamp  uint64   `json:"timestamp"`
		Signature  string   `json:"signature"`
		NonSigners []uint64 `json:"non_signer_indices"`
	}
	// The signers accept once their registries hold the exit request.
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	var lastErr error
	for {
		lastErr = c.jsonRPC(ctx, signer.JSONRPC(), "bls_exit_liquidation_request",
			map[string]any{"bls_pubkey": hex.EncodeToString(pk[:]), "liquidate": false}, &res)
		if lastErr == nil {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("nodetest: exit signature for node %d: %w", i, lastErr)
		case <-time.After(250 * time.Millisecond):
		}
	}
	sig, err := bls.SignatureFromHex(res.Signature)
	if err != nil {
		return err
	}
	if _, err := c.Net.Contracts.ExitWithSignature(ctx, c.owner, pk, res.Timestamp, sig, res.NonSigners); err != nil {
		return fmt.Errorf("nodetest: exit node %d: %w", i, err)
	}
	p.Gone = true
	return c.Kill(i)
}

// jsonRPC calls method on a json_rpc URL and decodes its result into out.
func (c *Cluster) jsonRPC(ctx context.Context, url, method string, params, out any) error {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 0, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %s", method, r.Error.Message)
	}
	if len(r.Result) == 0 {
		return errors.New(method + ": empty result")
	}
	return json.Unmarshal(r.Result, out)
}
