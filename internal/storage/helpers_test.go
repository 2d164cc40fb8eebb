package storage

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/goleak"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// testNow is the fixed start of the fake clock.
var testNow = time.UnixMilli(1_700_000_000_000)

// clock is a settable fake clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
func (c *clock) ms() int64 { return c.Now().UnixMilli() }

type testStore struct {
	*Store
	t     testing.TB
	clock *clock
	dir   string
	d     *db.DB
	node  ed25519.PrivateKey
	reg   *prometheus.Registry
}

// newTestStore opens a started Store on a temp bbolt file with a fake clock.
// mod may change the options before Open.
func newTestStore(t testing.TB, mod ...func(*Options)) *testStore {
	t.Helper()
	dir := t.TempDir()
	d, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	_, node, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	c := &clock{t: testNow}
	opts := Options{Identity: node, Now: c.Now, ReapPeriod: time.Hour}
	for _, f := range mod {
		f(&opts)
	}
	reg := prometheus.NewRegistry()
	s, err := Open(d, opts, zaptest.NewLogger(t), reg)
	require.NoError(t, err)
	require.NoError(t, s.Start())
	ts := &testStore{Store: s, t: t, clock: c, dir: dir, d: d, node: node, reg: reg}
	t.Cleanup(func() {
		require.NoError(t, s.Close())
		require.NoError(t, d.Close())
	})
	return ts
}

// call runs one client request and decodes a JSON body.
func (ts *testStore) call(method string, params any) (int, map[string]any, string) {
	ts.t.Helper()
	raw, err := json.Marshal(params)
	require.NoError(ts.t, err)
	res := ts.Handle(context.Background(), method, raw, Client{})
	return decodeRes(ts.t, res)
}

func decodeRes(t testing.TB, res Response) (int, map[string]any, string) {
	t.Helper()
	if !res.JSON {
		return res.Status, nil, string(res.Body)
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(res.Body, &m), "body %s", res.Body)
	return res.Status, m, string(res.Body)
}

// user is a Session account: an Ed25519 key and its 05 Session ID.
type user struct {
	priv ed25519.PrivateKey
	pub  ed25519.PublicKey
	id   string // 05 + X25519 hex
}

func newUser(t *testing.T) *user {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	x, err := keys.Ed25519PublicToX25519(pub)
	require.NoError(t, err)
	return &user{priv: priv, pub: pub, id: "05" + hex.EncodeToString(x[:])}
}

// group is an 03 account whose key signs directly.
func newGroup(t *testing.T) *user {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	return &user{priv: priv, pub: pub, id: "03" + hex.EncodeToString(pub)}
}

func (u *user) edHex() string { return hex.EncodeToString(u.pub) }

func (u *user) sign(parts ...any) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(u.priv, sigMsg(parts...)))
}

// sigMsg concatenates strings, byte slices and integers (decimal).
func sigMsg(parts ...any) []byte {
	var b []byte
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			b = append(b, v...)
		case []byte:
			b = append(b, v...)
		case int64:
			b = strconv.AppendInt(b, v, 10)
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		case []string:
			for _, s := range v {
				b = append(b, s...)
			}
		default:
			panic("sigMsg: bad part")
		}
	}
	return b
}

// auth returns the authentication params of a request signed by u (05
// accounts with pubkey_ed25519).
func (u *user) auth(parts ...any) map[string]any {
	m := map[string]any{"pubkey": u.id, "signature": u.sign(parts...)}
	if u.id[:2] == "05" {
		m["pubkey_ed25519"] = u.edHex()
	}
	return m
}

// makeToken builds a subaccount token for sub's key with the given prefix and
// flags, signed by the account owner.
func makeToken(owner *user, sub *user, prefix, flags byte) (tok []byte, tokB64, sigB64 string) {
	tok = make([]byte, TokenLen)
	tok[0], tok[1] = prefix, flags
	copy(tok[4:], sub.pub)
	return tok, base64.StdEncoding.EncodeToString(tok), base64.StdEncoding.EncodeToString(ed25519.Sign(owner.priv, tok))
}

func merge(ms ...map[string]any) map[string]any {
	out := map[string]any{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func b64(data []byte) string { return base64.StdEncoding.EncodeToString(data) }

// storeMsg stores data for acct in ns (unsigned: public namespaces only) and
// returns the hash.
func (ts *testStore) storeMsg(acct string, ns int, data []byte, ttl int64) string {
	ts.t.Helper()
	st, body, raw := ts.call("store", map[string]any{
		"pubkey": acct, "namespace": ns, "timestamp": ts.clock.ms(), "ttl": ttl, "data": b64(data),
	})
	require.Equal(ts.t, 200, st, raw)
	return body["hash"].(string)
}

// storeSigned stores into any namespace, signed by u.
func (ts *testStore) storeSigned(u *user, ns int, data []byte, ttl int64) string {
	ts.t.Helper()
	now := ts.clock.ms()
	st, body, raw := ts.call("store", merge(u.auth("store", nsSigString(int16(ns)), now), map[string]any{
		"namespace": ns, "timestamp": now, "ttl": ttl, "data": b64(data),
	}))
	require.Equal(ts.t, 200, st, raw)
	return body["hash"].(string)
}

// own returns this node's entry of a recursive response.
func (ts *testStore) own(body map[string]any) map[string]any {
	ts.t.Helper()
	sw, ok := body["swarm"].(map[string]any)
	require.True(ts.t, ok, "no swarm in %v", body)
	e, ok := sw[hex.EncodeToString(ts.node.Public().(ed25519.PublicKey))].(map[string]any)
	require.True(ts.t, ok, "no own entry in %v", sw)
	return e
}

// checkNodeSig verifies this node's signature in an entry over parts.
func (ts *testStore) checkNodeSig(entry map[string]any, parts ...any) {
	ts.t.Helper()
	sig, err := base64.StdEncoding.DecodeString(entry["signature"].(string))
	require.NoError(ts.t, err)
	require.True(ts.t, ed25519.Verify(ts.node.Public().(ed25519.PublicKey), sigMsg(parts...), sig), "node signature over %q", sigMsg(parts...))
}

const day = int64(24 * 3600 * 1000)

type bboltTx = bolt.Tx

func keysConvert(pub []byte) ([32]byte, error) { return keys.Ed25519PublicToX25519(pub) }
