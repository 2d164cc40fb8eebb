package peer

import (
	"crypto/ed25519"
	"crypto/sha256"
	"io"
	"log"
	"net/http/httptest"
	"net/netip"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// quietLog drops the servers' "TLS handshake error" lines of connections that
// clients abandon at shutdown.
var quietLog = log.New(io.Discard, "", 0)

// testKey is a deterministic Ed25519 key.
func testKey(i int) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte{byte(i), byte(i >> 8), 'k'})
	return ed25519.NewKeyFromSeed(seed[:])
}

// memberSet is a mutable Members.
type memberSet struct {
	mu sync.Mutex
	m  map[[32]byte]bool
}

func newMembers(keys ...ed25519.PrivateKey) *memberSet {
	s := &memberSet{m: map[[32]byte]bool{}}
	for _, k := range keys {
		s.add(pubkeyOf(k))
	}
	return s
}

func (s *memberSet) add(k [32]byte) { s.mu.Lock(); s.m[k] = true; s.mu.Unlock() }
func (s *memberSet) remove(k [32]byte) {
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

func (s *memberSet) IsRegistered(k [32]byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[k]
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.UnixMilli(1_750_000_000_000)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// signedAnnouncement returns a valid announcement by priv at time t.
func signedAnnouncement(priv ed25519.PrivateKey, ip string, port uint16, t time.Time) *Announcement {
	a := &Announcement{
		IP: netip.MustParseAddr(ip), HTTPSPort: port, RPCPort: 22023, Version: "0.1.0",
		StorageVersion: [3]uint16{2, 11, 0}, Timestamp: t.UnixMilli(),
	}
	a.Sign(priv)
	return a
}

// startTLS starts srv with the node-to-node TLS identity of key.
func startTLS(t *testing.T, srv *httptest.Server, key ed25519.PrivateKey) {
	t.Helper()
	cfg, err := ListenerTLS(key, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	srv.TLS = cfg
	srv.StartTLS()
}
