package peer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"go.uber.org/goleak"

	"github.com/sessiond/sessiond/internal/db"
)

// startService serves a Service for key i on a loopback TLS server.
func startService(t *testing.T, i int, members Members, d *db.DB, seeds ...string) (*Service, *httptest.Server) {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil) // listens already: the port is known
	srv.Config.ErrorLog = quietLog
	port := uint16(srv.Listener.Addr().(*net.TCPAddr).Port)
	svc, err := New(Options{
		PublicIP: netip.MustParseAddr("127.0.0.1"), HTTPSPort: port, AllowPrivate: true, Seeds: seeds,
		AnnounceInterval: time.Hour, SyncInterval: 50 * time.Millisecond, FlushInterval: 20 * time.Millisecond, GossipDelay: 5 * time.Millisecond,
		Identity: testKey(i), Members: members, DB: d,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = svc.Handler()
	startTLS(t, srv, testKey(i))
	return svc, srv
}

func TestServiceStartStopPersist(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	members := newMembers(testKey(0), testKey(1))
	dataDir := t.TempDir()
	d, err := db.Open(dataDir, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seedSvc, seedSrv := startService(t, 0, members, nil)
	svc, srv := startService(t, 1, members, d, seedSrv.URL)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 2)
	go func() { done <- seedSvc.Run(ctx) }()
	go func() { done <- svc.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for seedSvc.Directory().Len() < 2 || svc.Directory().Len() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("no convergence: seed knows %d, node knows %d", seedSvc.Directory().Len(), svc.Directory().Len())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := svc.Run(ctx); err == nil {
		t.Fatal("second Run accepted")
	}
	cancel()
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	srv.Close()
	seedSrv.Close()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// The restarted node knows its peer without any seed.
	d, err = db.Open(dataDir, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	again, err := New(Options{Identity: testKey(1), Members: members, DB: d})
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := again.Directory().Lookup(pubkeyOf(testKey(0))); !ok || c.IP.String() != "127.0.0.1" {
		t.Fatalf("restart lost the peer: %+v", c)
	}
}

func TestAnnounceEndpoint(t *testing.T) {
	clk := newClock()
	members := newMembers(testKey(0), testKey(1), testKey(2))
	svc, err := New(Options{Identity: testKey(0), Members: members, Now: clk.Now, AllowPrivate: false})
	if err != nil {
		t.Fatal(err)
	}
	good := signedAnnouncement(testKey(2), "203.0.114.2", 22021, clk.Now())
	private := signedAnnouncement(testKey(1), "10.1.2.3", 22021, clk.Now())
	body := encodeAnnouncementSet([]*Announcement{good, private})
	body = bytes.Replace(body, []byte("]}"), []byte(`,{"bogus":1}]}`), 1)

	c := NewClient(ClientOptions{Identity: testKey(1), Now: clk.Now})
	srv := httptest.NewUnstartedServer(svc.Handler())
	startTLS(t, srv, testKey(0))
	defer srv.Close()
	defer c.CloseIdleConnections()
	target := Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}
	res, err := c.Do(context.Background(), target, Request{Path: PathAnnounce, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != 200 || string(res.Body) != `{"accepted":1,"rejected":2}` {
		t.Fatalf("answer %d %s", res.Status, res.Body)
	}
	// The new announcement is queued for gossip.
	if batch := svc.takePending(10); len(batch) != 1 || batch[0].Key != good.Key {
		t.Fatalf("gossip queue %v", batch)
	}
	res, err = c.Do(context.Background(), target, Request{Path: PathAnnouncements})
	if err != nil || res.Status != 200 {
		t.Fatal(err)
	}
	var set struct{ Announcements []json.RawMessage }
	if err := json.Unmarshal(res.Body, &set); err != nil || len(set.Announcements) != 1 {
		t.Fatalf("set %s", res.Body)
	}
	// An unregistered sender is refused before its body is read.
	outsider := NewClient(ClientOptions{Identity: testKey(9), Now: clk.Now})
	defer outsider.CloseIdleConnections()
	res, err = outsider.Do(context.Background(), target, Request{Path: PathAnnounce, Body: body})
	if err != nil || res.Status != http.StatusUnauthorized {
		t.Fatalf("outsider: %v %+v", err, res)
	}
}

func TestOptionsValidation(t *testing.T) {
	base := Options{Identity: testKey(0), Members: newMembers()}
	for name, mut := range map[string]func(o *Options){
		"no identity":     func(o *Options) { o.Identity = nil },
		"no members":      func(o *Options) { o.Members = nil },
		"private on main": func(o *Options) { o.PublicIP = netip.MustParseAddr("192.168.0.2"); o.HTTPSPort = 1 },
		"ipv6":            func(o *Options) { o.PublicIP = netip.MustParseAddr("2001:db8::1"); o.HTTPSPort = 1 },
		"no https port":   func(o *Options) { o.PublicIP = netip.MustParseAddr("1.1.1.1") },
		"bad seed":        func(o *Options) { o.Seeds = []string{"ftp://x"} },
		"seed with path":  func(o *Options) { o.Seeds = []string{"https://1.1.1.1:22021/x"} },
		"http node seed":  func(o *Options) { o.Seeds = []string{"http://1.1.1.1:22021"} },
	} {
		o := base
		mut(&o)
		if _, err := New(o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	o := base
	o.Seeds = []string{"https://1.1.1.1:22021", "http://1.1.1.1:22023/json_rpc", "https://seed.example:4443/json_rpc"}
	if _, err := New(o); err != nil {
		t.Fatal(err)
	}
}

func TestKickAfterRegistryCatchUp(t *testing.T) {
	full := newMembers(testKey(0), testKey(1))
	lagging := newMembers(testKey(1)) // node 1's registry does not list node 0 yet
	seedSvc, seedSrv := startService(t, 0, full, nil)
	defer seedSrv.Close()
	svc, srv := startService(t, 1, lagging, nil, seedSrv.URL)
	defer srv.Close()
	seedSvc.o.SyncInterval, svc.o.SyncInterval = time.Hour, time.Hour

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 2)
	go func() { done <- seedSvc.Run(ctx) }()
	waitFor("the seed's own announcement", func() bool { _, ok := seedSvc.Target(seedSvc.Self()); return ok })
	go func() { done <- svc.Run(ctx) }()
	defer func() {
		cancel()
		<-done
		<-done
	}()
	// The seed learns node 1; node 1 refuses the seed's announcement for now.
	waitFor("seed to learn node 1", func() bool { _, ok := seedSvc.Directory().Lookup(pubkeyOf(testKey(1))); return ok })
	waitFor("the refusal", func() bool {
		return testutil.ToFloat64(svc.Metrics().annRejected.WithLabelValues(ReasonUnregistered)) > 0
	})
	if _, ok := svc.Target(pubkeyOf(testKey(0))); ok {
		t.Fatal("accepted an unregistered node")
	}
	lagging.add(pubkeyOf(testKey(0)))
	pulls := func() float64 {
		return testutil.ToFloat64(seedSvc.Metrics().serverRequests.WithLabelValues("GET "+PathAnnouncements, "ok"))
	}
	before := pulls()
	svc.Kick()
	// The kick takes the parked announcement and pulls; either may come
	// first.
	waitFor("node 1 to learn the seed", func() bool { _, ok := svc.Target(pubkeyOf(testKey(0))); return ok })
	waitFor("the first kick's pull", func() bool { return pulls() >= before+1 })
	learned := time.Now() // just after the first kick's pull
	if pulls() != before+1 {
		t.Fatalf("the first kick made %v pulls, want 1", pulls()-before)
	}

	// Kicks come with every applied block (4 a second on Arbitrum): they
	// pull at most once per KickInterval, and one that came early still
	// pulls once the interval has passed.
	start := time.Now()
	for time.Since(start) < KickInterval/2 {
		svc.Kick()
		time.Sleep(20 * time.Millisecond)
	}
	if n := pulls() - before; n != 1 {
		t.Fatalf("kicks within %v of a pull made %v more pulls", KickInterval, n-1)
	}
	waitForIn := func(d time.Duration, what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(d); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	waitForIn(KickInterval, "the delayed pull", func() bool { return pulls() == before+2 })
	if el := time.Since(learned); el < KickInterval-time.Second {
		t.Fatalf("the delayed pull came %v after the last, want %v", el, KickInterval)
	}
}

// TestPartitionedPeersLearnEachOther cuts nodes 1 and 2 apart (their dialers
// refuse each other's port); both still learn each other's address through
// the seed, node 0.
func TestPartitionedPeersLearnEachOther(t *testing.T) {
	members := newMembers(testKey(0), testKey(1), testKey(2))
	type node struct {
		svc *Service
		srv *httptest.Server
	}
	var nodes [3]node
	var blocked [3]string // the address node i must not reach
	for i := range nodes {
		nodes[i].srv = httptest.NewUnstartedServer(nil) // listens already: the port is known
		nodes[i].srv.Config.ErrorLog = quietLog
		defer nodes[i].srv.Close()
	}
	blocked[1], blocked[2] = nodes[2].srv.Listener.Addr().String(), nodes[1].srv.Listener.Addr().String()
	var refused atomic.Int32
	for i := range nodes {
		var dialer net.Dialer
		dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
			if addr == blocked[i] {
				refused.Add(1)
				return nil, &net.OpError{Op: "dial", Net: network, Err: errors.New("partitioned")}
			}
			return dialer.DialContext(ctx, network, addr)
		}
		var seeds []string
		if i > 0 {
			seeds = []string{"https://" + nodes[0].srv.Listener.Addr().String()}
		}
		svc, err := New(Options{
			PublicIP: netip.MustParseAddr("127.0.0.1"), HTTPSPort: uint16(nodes[i].srv.Listener.Addr().(*net.TCPAddr).Port),
			AllowPrivate: true, Seeds: seeds, AnnounceInterval: time.Hour, SyncInterval: 30 * time.Millisecond,
			GossipDelay: 5 * time.Millisecond, Identity: testKey(i), Members: members, DialContext: dial,
		})
		if err != nil {
			t.Fatal(err)
		}
		nodes[i].svc = svc
		nodes[i].srv.Config.Handler = svc.Handler()
		startTLS(t, nodes[i].srv, testKey(i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range nodes {
		wg.Go(func() { _ = nodes[i].svc.Run(ctx) })
	}
	defer func() { cancel(); wg.Wait() }()
	for deadline := time.Now().Add(10 * time.Second); nodes[1].svc.Directory().Len() < 3 || nodes[2].svc.Directory().Len() < 3; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("directories: %d %d", nodes[1].svc.Directory().Len(), nodes[2].svc.Directory().Len())
		}
	}
	// They keep pulling from random peers, so they do try each other, and
	// count the refused dials as unreachable.
	unreachable := func() float64 {
		return testutil.ToFloat64(nodes[1].svc.Metrics().clientRequests.WithLabelValues(PathAnnouncements, "unreachable")) +
			testutil.ToFloat64(nodes[2].svc.Metrics().clientRequests.WithLabelValues(PathAnnouncements, "unreachable"))
	}
	for deadline := time.Now().Add(10 * time.Second); refused.Load() == 0 || unreachable() == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("partition: %d dials refused, %v requests counted unreachable", refused.Load(), unreachable())
		}
	}
}
