package rpc

import (
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestRateLimiterBucket(t *testing.T) {
	c := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	l := NewRateLimiter(0, 0, 0, c.Now)
	a := netip.MustParseAddr("192.0.2.1")
	for i := range DefaultRateBurst {
		require.True(t, l.Allow(a), "request %d", i)
	}
	require.False(t, l.Allow(a))
	// IPv4-mapped IPv6 is the same client.
	require.False(t, l.Allow(netip.MustParseAddr("::ffff:192.0.2.1")))
	// Another client has its own bucket.
	require.True(t, l.Allow(netip.MustParseAddr("192.0.2.2")))
	// 300 tokens per second.
	c.Add(10 * time.Millisecond)
	require.True(t, l.Allow(a))
	require.True(t, l.Allow(a))
	require.True(t, l.Allow(a))
	require.False(t, l.Allow(a))
	c.Add(time.Second)
	for range 300 {
		require.True(t, l.Allow(a))
	}
	require.False(t, l.Allow(a))
}

func TestRateLimiterMaxClients(t *testing.T) {
	c := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	l := NewRateLimiter(10, 10, 3, c.Now)
	for i := range 3 {
		require.True(t, l.Allow(netip.AddrFrom4([4]byte{10, 0, 0, byte(i)})))
	}
	require.Equal(t, 3, l.Clients())
	newcomer := netip.MustParseAddr("10.0.1.1")
	require.False(t, l.Allow(newcomer), "table full of active clients")
	// Once the others are idle (buckets full again) they make room.
	c.Add(200 * time.Millisecond)
	require.True(t, l.Allow(newcomer))
	require.Equal(t, 1, l.Clients())
	// Idle buckets are also dropped every 10 s.
	c.Add(11 * time.Second)
	require.True(t, l.Allow(netip.MustParseAddr("10.0.1.2")))
	require.Equal(t, 1, l.Clients())
}

func TestRateLimiterConcurrent(t *testing.T) {
	l := NewRateLimiter(1000, 1, 100, nil)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if l.Allow(netip.AddrFrom4([4]byte{10, 0, 0, byte(g % 2)})) {
					mu.Lock()
					allowed++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	require.InDelta(t, 1600, allowed, 10)
}
