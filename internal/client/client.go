package client

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sessiond/sessiond/internal/onion"
)

// Node is one service node as the client knows it.
type Node struct {
	Ed25519 [32]byte
	X25519  [32]byte
	// Base is the HTTPS base URL, "https://ip:port".
	Base    string
	SwarmID uint64
}

// Hop converts n to an onion path hop.
func (n Node) Hop() onion.Hop { return onion.Hop{Ed25519: n.Ed25519, X25519: n.X25519} }

// String is a short form for errors: the key's first 16 hex digits and the
// address.
func (n Node) String() string { return hex.EncodeToString(n.Ed25519[:8]) + "@" + n.Base }

// Options configure a Client.
type Options struct {
	// Seed is a json_rpc URL ("http://ip:22023/json_rpc") asked for
	// get_service_nodes by Bootstrap.
	Seed string
	// HTTP sends all requests; nil: a client that skips TLS verification
	// (node certificates are self-signed) with a 35 s timeout.
	HTTP *http.Client
	// EncType is the onion cipher (default aes-gcm).
	EncType onion.EncType
	// Hops is the path length before the destination; 0 means 3.
	Hops int
	// Direct sends storage requests straight to /storage_rpc/v1 of the
	// destination instead of through onion paths.
	Direct bool
	// Attempts is how many paths a request tries; 0 means 3.
	Attempts int
	// Now is the clock for signatures and message timestamps.
	Now func() time.Time
}

// Client sends storage RPC requests through onion paths.
type Client struct {
	o    Options
	http *http.Client

	mu    sync.Mutex
	nodes []Node
	bad   map[[32]byte]time.Time // nodes that failed recently
	force [][]Node               // paths to use first (tests)
}

// New returns a Client; call Bootstrap (or SetNodes) before sending.
func New(o Options) *Client {
	if o.HTTP == nil {
		o.HTTP = &http.Client{
			Timeout: 35 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // self-signed node certs
				DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
				MaxIdleConnsPerHost: 16,
			},
		}
	}
	if o.Hops == 0 {
		o.Hops = 3
	}
	if o.Attempts <= 0 {
		o.Attempts = 3
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Client{o: o, http: o.HTTP, bad: map[[32]byte]time.Time{}}
}

// SetNodes replaces the node list.
func (c *Client) SetNodes(n []Node) {
	c.mu.Lock()
	c.nodes = append([]Node(nil), n...)
	c.mu.Unlock()
}

// Nodes returns the node list.
func (c *Client) Nodes() []Node {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Node(nil), c.nodes...)
}

// UsePath makes the next request use path (then normal selection resumes).
func (c *Client) UsePath(path []Node) {
	c.mu.Lock()
	c.force = append(c.force, path)
	c.mu.Unlock()
}

// Bootstrap loads the node list from the seed's get_service_nodes.
func (c *Client) Bootstrap(ctx context.Context) error {
	if c.o.Seed == "" {
		return errors.New("client: no seed URL")
	}
	req := map[string]any{"jsonrpc": "2.0", "id": 0, "method": "get_service_nodes", "params": map[string]any{
		"active_only": true,
		"fields": map[string]bool{"public_ip": true, "storage_port": true, "pubkey_ed25519": true,
			"pubkey_x25519": true, "swarm_id": true},
	}}
	b, _ := json.Marshal(req)
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.o.Seed, bytes.NewReader(b))
	if err != nil {
		return err
	}
	hr.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(hr)
	if err != nil {
		return fmt.Errorf("client: seed %s: %w", c.o.Seed, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("client: seed %s: %w", c.o.Seed, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("client: seed %s answered %d: %s", c.o.Seed, resp.StatusCode, trim(body))
	}
	nodes, err := ParseServiceNodes(body)
	if err != nil {
		return fmt.Errorf("client: seed %s: %w", c.o.Seed, err)
	}
	if len(nodes) == 0 {
		return fmt.Errorf("client: seed %s lists no reachable nodes", c.o.Seed)
	}
	c.SetNodes(nodes)
	return nil
}

// ParseServiceNodes reads a json_rpc get_service_nodes answer, skipping
// nodes without an address (0.0.0.0) or port.
func ParseServiceNodes(body []byte) ([]Node, error) {
	var r struct {
		Result struct {
			States []struct {
				IP      string `json:"public_ip"`
				Port    uint16 `json:"storage_port"`
				Ed      string `json:"pubkey_ed25519"`
				X       string `json:"pubkey_x25519"`
				SwarmID uint64 `json:"swarm_id"`
			} `json:"service_node_states"`
		} `json:"result"`
		Error *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("bad get_service_nodes answer: %w", err)
	}
	if r.Error != nil {
		return nil, fmt.Errorf("get_service_nodes: %s", r.Error.Message)
	}
	var out []Node
	for _, s := range r.Result.States {
		n := Node{SwarmID: s.SwarmID}
		if !decodeKey(s.Ed, &n.Ed25519) || !decodeKey(s.X, &n.X25519) || s.IP == "" || s.IP == "0.0.0.0" || s.Port == 0 {
			continue
		}
		n.Base = "https://" + net.JoinHostPort(s.IP, strconv.Itoa(int(s.Port)))
		out = append(out, n)
	}
	return out, nil
}

func decodeKey(s string, k *[32]byte) bool {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return false
	}
	copy(k[:], b)
	return true
}

// badFor is how long a failed node is avoided.
const badFor = 5 * time.Minute

func (c *Client) markBad(k [32]byte) {
	c.mu.Lock()
	c.bad[k] = time.Now()
	c.mu.Unlock()
}

// ErrNoPath means too few usable nodes for a path.
var ErrNoPath = errors.New("client: not enough nodes for an onion path")

// BuildPath picks Hops distinct nodes, none of them dest or a recently
// failed node, and not all from one swarm when the candidates span more
// than one.
func (c *Client) BuildPath(dest [32]byte) ([]Node, error) {
	c.mu.Lock()
	if len(c.force) > 0 {
		p := c.force[0]
		c.force = c.force[1:]
		c.mu.Unlock()
		return p, nil
	}
	var cand []Node
	for _, n := range c.nodes {
		if t, ok := c.bad[n.Ed25519]; ok && time.Since(t) < badFor {
			continue
		}
		if n.Ed25519 != dest {
			cand = append(cand, n)
		}
	}
	c.mu.Unlock()
	k := c.o.Hops
	if len(cand) < k {
		return nil, fmt.Errorf("%w: need %d, have %d", ErrNoPath, k, len(cand))
	}
	swarms := map[uint64]bool{}
	for _, n := range cand {
		swarms[n.SwarmID] = true
	}
	for range 64 {
		rand.Shuffle(len(cand), func(i, j int) { cand[i], cand[j] = cand[j], cand[i] })
		p := cand[:k]
		if len(swarms) < 2 || k < 2 || !oneSwarm(p) {
			return append([]Node(nil), p...), nil
		}
	}
	return nil, fmt.Errorf("%w: could not avoid a single-swarm path", ErrNoPath)
}

func oneSwarm(p []Node) bool {
	for _, n := range p[1:] {
		if n.SwarmID != p[0].SwarmID {
			return false
		}
	}
	return true
}

// HopError is a request that failed at a known hop: either the hop could
// not be reached (Status 0, Err set) or a hop answered an error instead of
// the destination's encrypted reply.
type HopError struct {
	// Hop is the failing node's position: 0 the entry node, len(path) the
	// destination; -1 if unknown.
	Hop    int
	Node   Node
	Status int
	Body   string
	Err    error
}

func (e *HopError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "client: onion hop %d (%s) failed", e.Hop, e.Node)
	if e.Status != 0 {
		fmt.Fprintf(&b, ": %d %s", e.Status, e.Body)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *HopError) Unwrap() error { return e.Err }

// Reply is a storage RPC answer from the destination node.
type Reply struct {
	Status int
	Body   []byte // the result: JSON or text
}

// Request runs a storage RPC method on dest, through an onion path (or
// directly with Options.Direct), trying up to Attempts paths when a hop
// fails. The destination's own status (e.g. 421, 401) is not an error.
func (c *Client) Request(ctx context.Context, dest Node, method string, params any) (*Reply, error) {
	payload, err := json.Marshal(map[string]any{"method": method, "params": params})
	if err != nil {
		return nil, err
	}
	if c.o.Direct {
		return c.direct(ctx, dest, payload)
	}
	var errs []error
	for range c.o.Attempts {
		path, err := c.BuildPath(dest.Ed25519)
		if err != nil {
			errs = append(errs, err)
			break
		}
		r, err := c.Via(ctx, path, dest, payload)
		if err == nil {
			return r, nil
		}
		errs = append(errs, err)
		var he *HopError
		if !errors.As(err, &he) || ctx.Err() != nil {
			break
		}
		if he.Hop >= 0 && he.Hop < len(path) {
			c.markBad(he.Node.Ed25519)
		} else if he.Hop == len(path) {
			break // the destination itself failed: a new path will not help
		}
	}
	return nil, errors.Join(errs...)
}

// Via sends one storage RPC payload ({"method","params"} JSON) to dest
// through path (no retry).
func (c *Client) Via(ctx context.Context, path []Node, dest Node, payload []byte) (*Reply, error) {
	hops := make([]onion.Hop, len(path))
	for i, n := range path {
		hops[i] = n.Hop()
	}
	entry := dest
	if len(path) > 0 {
		entry = path[0]
	}
	o, err := onion.Builder{EncType: c.o.EncType}.BuildToSnode(hops, dest.Hop(), payload)
	if err != nil {
		return nil, err
	}
	status, body, err := c.post(ctx, entry.Base+onion.PathEntry, o.Request)
	if err != nil {
		return nil, &HopError{Hop: 0, Node: entry, Err: err}
	}
	if status != http.StatusOK {
		return nil, c.hopError(path, dest, status, body)
	}
	rep, err := o.OpenReply(body)
	if err != nil {
		// A 200 that does not open: some hop answered in clear.
		return nil, c.hopError(path, dest, status, body)
	}
	return &Reply{Status: rep.Status, Body: rep.BodyBytes()}, nil
}

// hopError names the hop an unencrypted error came from: a relay error
// names the next node; anything else is blamed on the entry node.
func (c *Client) hopError(path []Node, dest Node, status int, body []byte) error {
	all := append(append([]Node(nil), path...), dest)
	s := string(trim(body))
	for _, prefix := range []string{"Next node not found: ", "Next node unreachable: "} {
		if h, ok := strings.CutPrefix(s, prefix); ok {
			var k [32]byte
			if decodeKey(strings.TrimSpace(h), &k) {
				for i, n := range all {
					if n.Ed25519 == k {
						return &HopError{Hop: i, Node: n, Status: status, Body: s}
					}
				}
			}
		}
	}
	if status == http.StatusGatewayTimeout && len(path) > 1 {
		// Some relay after the entry timed out; the entry reported it.
		return &HopError{Hop: -1, Node: path[0], Status: status, Body: s + " (reported by the entry node)"}
	}
	return &HopError{Hop: 0, Node: all[0], Status: status, Body: s}
}

func (c *Client) post(ctx context.Context, url string, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return 0, nil, err
	}
	return resp.StatusCode, b, nil
}

func (c *Client) direct(ctx context.Context, dest Node, payload []byte) (*Reply, error) {
	status, body, err := c.post(ctx, dest.Base+"/storage_rpc/v1", payload)
	if err != nil {
		return nil, &HopError{Hop: 0, Node: dest, Err: err}
	}
	return &Reply{Status: status, Body: body}, nil
}

func trim(b []byte) []byte {
	if len(b) > 512 {
		b = b[:512]
	}
	return bytes.TrimSpace(b)
}

// GetSwarm asks a random node (through an onion path) for the swarm of a
// Session ID and returns its members with usable addresses.
func (c *Client) GetSwarm(ctx context.Context, sessionID string) ([]Node, error) {
	nodes := c.Nodes()
	if len(nodes) == 0 {
		return nil, errors.New("client: no nodes known (bootstrap first)")
	}
	var errs []error
	for range c.o.Attempts {
		dest := nodes[rand.IntN(len(nodes))]
		r, err := c.Request(ctx, dest, "get_swarm", map[string]any{"pubkey": sessionID})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r.Status != http.StatusOK {
			errs = append(errs, fmt.Errorf("client: get_swarm at %s: %d %s", dest, r.Status, trim(r.Body)))
			continue
		}
		return ParseSwarm(r.Body)
	}
	return nil, errors.Join(errs...)
}

// ParseSwarm reads a get_swarm result's "snodes", skipping 0.0.0.0.
func ParseSwarm(body []byte) ([]Node, error) {
	var r struct {
		Snodes []struct {
			IP   string `json:"ip"`
			Port uint16 `json:"port_https"`
			Ed   string `json:"pubkey_ed25519"`
			X    string `json:"pubkey_x25519"`
		} `json:"snodes"`
		Swarm string `json:"swarm"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("client: bad get_swarm answer: %w", err)
	}
	id, _ := strconv.ParseUint(r.Swarm, 16, 64)
	var out []Node
	for _, s := range r.Snodes {
		n := Node{SwarmID: id}
		if !decodeKey(s.Ed, &n.Ed25519) || !decodeKey(s.X, &n.X25519) || s.IP == "" || s.IP == "0.0.0.0" || s.Port == 0 {
			continue
		}
		n.Base = "https://" + net.JoinHostPort(s.IP, strconv.Itoa(int(s.Port)))
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, errors.New("client: get_swarm listed no reachable nodes")
	}
	return out, nil
}

// DefaultTTL is the message lifetime Store uses (14 days).
const DefaultTTL = 14 * 24 * time.Hour

// Store stores data for a Session ID in namespace 0 (public inbox: no
// signature needed) on one member of its swarm, and returns the message
// hash.
func (c *Client) Store(ctx context.Context, to string, data []byte) (string, error) {
	swarm, err := c.GetSwarm(ctx, to)
	if err != nil {
		return "", err
	}
	now := c.o.Now().UnixMilli()
	params := map[string]any{
		"pubkey": to, "namespace": 0, "data": base64.StdEncoding.EncodeToString(data),
		"timestamp": now, "ttl": DefaultTTL.Milliseconds(),
	}
	return c.onSwarm(ctx, swarm, "store", params, func(body []byte) (string, error) {
		var r struct {
			Hash string `json:"hash"`
		}
		if err := json.Unmarshal(body, &r); err != nil {
			return "", err
		}
		return r.Hash, nil
	})
}

// Message is a retrieved message.
type Message struct {
	Hash      string `json:"hash"`
	Data      []byte `json:"-"`
	Timestamp int64  `json:"timestamp"`
	Expiry    int64  `json:"expiration"`
}

// Retrieve fetches id's messages in namespace ns, signed with id's key.
func (c *Client) Retrieve(ctx context.Context, id *Identity, ns int16) ([]Message, error) {
	swarm, err := c.GetSwarm(ctx, id.SessionID())
	if err != nil {
		return nil, err
	}
	var msgs []Message
	_, err = c.onSwarm(ctx, swarm, "retrieve", func() any {
		ts := c.o.Now().UnixMilli()
		return map[string]any{
			"pubkey": id.SessionID(), "pubkey_ed25519": id.Ed25519Hex(), "namespace": ns, "timestamp": ts,
			"signature": id.Sign([]byte("retrieve" + nsSig(ns) + strconv.FormatInt(ts, 10))),
		}
	}, func(body []byte) (string, error) {
		var r struct {
			Messages []struct {
				Hash      string `json:"hash"`
				Data      string `json:"data"`
				Timestamp int64  `json:"timestamp"`
				Expiry    int64  `json:"expiration"`
			} `json:"messages"`
		}
		if err := json.Unmarshal(body, &r); err != nil {
			return "", err
		}
		msgs = msgs[:0]
		for _, m := range r.Messages {
			d, err := base64.StdEncoding.DecodeString(m.Data)
			if err != nil {
				return "", fmt.Errorf("message %s: bad base64", m.Hash)
			}
			msgs = append(msgs, Message{Hash: m.Hash, Data: d, Timestamp: m.Timestamp, Expiry: m.Expiry})
		}
		return "", nil
	})
	return msgs, err
}

// onSwarm runs method on random swarm members until one answers 200;
// params may be a func() any to re-sign per attempt.
func (c *Client) onSwarm(ctx context.Context, swarm []Node, method string, params any, ok func([]byte) (string, error)) (string, error) {
	order := rand.Perm(len(swarm))
	var errs []error
	for _, i := range order {
		p := params
		if f, isF := params.(func() any); isF {
			p = f()
		}
		r, err := c.Request(ctx, swarm[i], method, p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r.Status != http.StatusOK {
			errs = append(errs, fmt.Errorf("client: %s at %s: %d %s", method, swarm[i], r.Status, trim(r.Body)))
			continue
		}
		s, err := ok(r.Body)
		if err != nil {
			return "", fmt.Errorf("client: %s at %s: %w", method, swarm[i], err)
		}
		return s, nil
	}
	return "", errors.Join(errs...)
}

// ProxyV4 sends a v4 request (spec §7) to an HTTP server through an onion
// path whose last hop proxies it, and returns the server's code, its JSON
// metadata and body.
func (c *Client) ProxyV4(ctx context.Context, path []Node, dest onion.ServerDestination, method, endpoint string, body []byte) (int, []byte, []byte, error) {
	meta, _ := json.Marshal(map[string]any{"method": method, "endpoint": endpoint, "headers": map[string]string{}})
	hops := make([]onion.Hop, len(path))
	for i, n := range path {
		hops[i] = n.Hop()
	}
	if len(path) == 0 {
		return 0, nil, nil, errors.New("client: a proxied request needs at least one hop")
	}
	o, err := onion.Builder{EncType: c.o.EncType}.BuildToServer(hops, dest, onion.V4Request(meta, body))
	if err != nil {
		return 0, nil, nil, err
	}
	status, rb, err := c.post(ctx, path[0].Base+onion.PathEntry, o.Request)
	if err != nil {
		return 0, nil, nil, &HopError{Hop: 0, Node: path[0], Err: err}
	}
	if status != http.StatusOK {
		return 0, nil, nil, c.hopError(path[:len(path)-1], path[len(path)-1], status, rb)
	}
	pt, err := o.Decrypt(rb)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("client: server reply does not decrypt: %w", err)
	}
	m, b, err := onion.ParseV4(pt)
	if err != nil {
		return 0, nil, nil, err
	}
	var hdr struct {
		Code int `json:"code"`
	}
	if err := json.Unmarshal(m, &hdr); err != nil {
		return 0, nil, nil, fmt.Errorf("client: v4 response metadata: %w", err)
	}
	return hdr.Code, m, b, nil
}
