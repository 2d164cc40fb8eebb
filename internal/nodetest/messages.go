package nodetest

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/sessiond/sessiond/internal/client"
)

// clientNode is node i as a storage RPC destination.
func (c *Cluster) clientNode(i int) client.Node {
	p := c.Net.Nodes[i]
	return client.Node{Base: p.HTTPS(), Ed25519: [32]byte(p.ID.Ed25519Public())}
}

// direct is a storage RPC client that talks to nodes without onion paths.
func (c *Cluster) direct() *client.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rpc == nil {
		c.rpc = client.New(client.Options{Direct: true, Attempts: 1})
	}
	return c.rpc
}

// NewAccount is a new Session ID with its key.
func NewAccount() (*client.Identity, error) { return client.GenerateIdentity(rand.Reader) }

// Store stores data in namespace 0 of the Session ID to through node i and
// returns the message hash once node i acknowledged it (HTTP 200).
func (c *Cluster) Store(ctx context.Context, i int, to string, data []byte) (string, error) {
	params := map[string]any{
		"pubkey": to, "namespace": 0, "data": base64.StdEncoding.EncodeToString(data),
		"timestamp": time.Now().UnixMilli(), "ttl": client.DefaultTTL.Milliseconds(),
	}
	r, err := c.direct().Request(ctx, c.clientNode(i), "store", params)
	if err != nil {
		return "", err
	}
	if r.Status != http.StatusOK {
		return "", fmt.Errorf("nodetest: store at node %d: %d %s", i, r.Status, r.Body)
	}
	var out struct {
		Hash string `json:"hash"`
	}
	if err := json.Unmarshal(r.Body, &out); err != nil || out.Hash == "" {
		return "", fmt.Errorf("nodetest: store at node %d: no hash in %s", i, r.Body)
	}
	return out.Hash, nil
}

// Hashes retrieves the hashes of id's namespace-0 messages held by node i,
// with a signed retrieve sent to node i alone.
func (c *Cluster) Hashes(ctx context.Context, i int, id *client.Identity) (map[string]bool, error) {
	out := map[string]bool{}
	last := ""
	for {
		ts := time.Now().UnixMilli()
		params := map[string]any{
			"pubkey": id.SessionID(), "pubkey_ed25519": id.Ed25519Hex(), "namespace": 0, "timestamp": ts,
			"signature": id.Sign([]byte("retrieve" + strconv.FormatInt(ts, 10))),
		}
		if last != "" {
			params["last_hash"] = last
		}
		r, err := c.direct().Request(ctx, c.clientNode(i), "retrieve", params)
		if err != nil {
			return nil, err
		}
		if r.Status != http.StatusOK {
			return nil, fmt.Errorf("nodetest: retrieve at node %d: %d %s", i, r.Status, r.Body)
		}
		var res struct {
			Messages []struct {
				Hash string `json:"hash"`
			} `json:"messages"`
			More bool `json:"more"`
		}
		if err := json.Unmarshal(r.Body, &res); err != nil {
			return nil, fmt.Errorf("nodetest: retrieve at node %d: %w", i, err)
		}
		for _, m := range res.Messages {
			out[m.Hash] = true
		}
		if !res.More || len(res.Messages) == 0 {
			return out, nil
		}
		last = res.Messages[len(res.Messages)-1].Hash
	}
}

// Swarm is the indexes of the nodes in the swarm of a Session ID, as node i
// answers get_swarm.
func (c *Cluster) Swarm(ctx context.Context, i int, sessionID string) ([]int, error) {
	r, err := c.direct().Request(ctx, c.clientNode(i), "get_swarm", map[string]any{"pubkey": sessionID})
	if err != nil {
		return nil, err
	}
	if r.Status != http.StatusOK {
		return nil, fmt.Errorf("nodetest: get_swarm at node %d: %d %s", i, r.Status, r.Body)
	}
	members, err := client.ParseSwarm(r.Body)
	if err != nil {
		return nil, err
	}
	var idx []int
	for _, m := range members {
		if j := c.Index(m.Ed25519); j >= 0 {
			idx = append(idx, j)
		}
	}
	return idx, nil
}

// SwarmCount is how many distinct swarms node i's get_service_nodes lists.
func (c *Cluster) SwarmCount(ctx context.Context, i int) (int, error) {
	var res struct {
		States []struct {
			Swarm any `json:"swarm_id"`
		} `json:"service_node_states"`
	}
	params := map[string]any{"fields": map[string]bool{"swarm_id": true}}
	if err := c.jsonRPC(ctx, c.Net.Nodes[i].JSONRPC(), "get_service_nodes", params, &res); err != nil {
		return 0, err
	}
	ids := map[string]bool{}
	for _, s := range res.States {
		ids[fmt.Sprint(s.Swarm)] = true
	}
	return len(ids), nil
}
