package rpc

import (
	"hash/maphash"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// Client rate limit of the storage RPC, as upstream's RateLimiter
// (oxenss/rpc/rate_limiter.cpp): a token bucket per client address holding
// at most 600 tokens and refilled at 300 per second; a new client starts full
// less the token of its first request; at most 10,000 clients are tracked,
// and when that many are, buckets that have refilled completely (idle
// clients) are dropped first and the request is refused only if none was.
// Idle buckets are also dropped every 10 s, lazily, by the next request.
const (
	DefaultRateBurst      = 600
	DefaultRatePerSecond  = 300
	DefaultRateMaxClients = 10_000
	rlCleanPeriod         = 10 * time.Second
	rlShards              = 16
)

// RateLimiter is a per-address token bucket limiter. Safe for concurrent use.
type RateLimiter struct {
	burst      float64
	rate       float64 // tokens per second
	maxClients int64
	now        func() time.Time

	seed    maphash.Seed
	clients atomic.Int64
	shards  [rlShards]rlShard

	cleanMu   sync.Mutex
	lastClean time.Time
}

type rlShard struct {
	mu      sync.Mutex
	buckets map[netip.Addr]*rlBucket
}

type rlBucket struct {
	tokens float64
	last   time.Time
}

// NewRateLimiter returns a limiter; zero values take the defaults, and now
// nil means time.Now.
func NewRateLimiter(burst, perSecond, maxClients int, now func() time.Time) *RateLimiter {
	if burst <= 0 {
		burst = DefaultRateBurst
	}
	if perSecond <= 0 {
		perSecond = DefaultRatePerSecond
	}
	if maxClients <= 0 {
		maxClients = DefaultRateMaxClients
	}
	if now == nil {
		now = time.Now
	}
	l := &RateLimiter{burst: float64(burst), rate: float64(perSecond), maxClients: int64(maxClients), now: now, seed: maphash.MakeSeed()}
	for i := range l.shards {
		l.shards[i].buckets = map[netip.Addr]*rlBucket{}
	}
	l.lastClean = now()
	return l
}

// Allow takes a token for addr (IPv4-mapped IPv6 addresses count as IPv4)
// and reports whether the request may proceed.
func (l *RateLimiter) Allow(addr netip.Addr) bool {
	addr = addr.Unmap()
	now := l.now()
	l.maybeClean(now)
	sh := l.shard(addr)
	sh.mu.Lock()
	b, ok := sh.buckets[addr]
	if ok {
		allowed := b.take(now, l.burst, l.rate)
		sh.mu.Unlock()
		return allowed
	}
	sh.mu.Unlock()
	if l.clients.Load() >= l.maxClients {
		l.clean(now)
		if l.clients.Load() >= l.maxClients {
			return false
		}
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if b, ok := sh.buckets[addr]; ok { // raced with another first request
		return b.take(now, l.burst, l.rate)
	}
	sh.buckets[addr] = &rlBucket{tokens: l.burst - 1, last: now}
	l.clients.Add(1)
	return true
}

func (l *RateLimiter) shard(a netip.Addr) *rlShard {
	b := a.As16()
	return &l.shards[maphash.Bytes(l.seed, b[:])%rlShards]
}

// fill adds the tokens earned since last and reports whether the bucket is
// full (its client idle).
func (b *rlBucket) fill(now time.Time, burst, rate float64) bool {
	if el := now.Sub(b.last); el > 0 {
		b.tokens += el.Seconds() * rate
		b.last = now
	}
	if b.tokens >= burst {
		b.tokens = burst
		return true
	}
	return false
}

func (b *rlBucket) take(now time.Time, burst, rate float64) bool {
	b.fill(now, burst, rate)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *RateLimiter) maybeClean(now time.Time) {
	l.cleanMu.Lock()
	due := now.Sub(l.lastClean) >= rlCleanPeriod
	if due {
		l.lastClean = now
	}
	l.cleanMu.Unlock()
	if due {
		l.clean(now)
	}
}

// clean drops the buckets of idle clients.
func (l *RateLimiter) clean(now time.Time) {
	for i := range l.shards {
		sh := &l.shards[i]
		sh.mu.Lock()
		for a, b := range sh.buckets {
			if b.fill(now, l.burst, l.rate) {
				delete(sh.buckets, a)
				l.clients.Add(-1)
			}
		}
		sh.mu.Unlock()
	}
}

// Clients is the number of client buckets tracked.
func (l *RateLimiter) Clients() int { return int(l.clients.Load()) }
