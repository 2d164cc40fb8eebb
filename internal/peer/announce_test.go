package peer

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sessiond/sessiond/internal/db"
)

func TestAnnouncementLayoutAndJSON(t *testing.T) {
	a := &Announcement{
		IP: netip.MustParseAddr("203.0.114.7"), HTTPSPort: 22021, RPCPort: 22023, QUICPort: 22020,
		Version: "1.2.3", StorageVersion: [3]uint16{2, 11, 0}, Timestamp: 0x0102030405,
	}
	a.Sign(testKey(1))
	k := pubkeyOf(testKey(1))
	want := "sessiond-announce-v1\x00" + string(k[:]) + "\xcb\x00\x72\x07" + "\x56\x05" + "\x56\x07" + "\x56\x04" +
		"\x00\x02\x00\x0b\x00\x00" + "\x00\x00\x00\x01\x02\x03\x04\x05" + "\x05" + "1.2.3"
	if got := string(a.Message()); got != want {
		t.Fatalf("message:\n got %x\nwant %x", got, want)
	}
	if !a.VerifySignature() {
		t.Fatal("own signature does not verify")
	}
	j, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"pubkey_ed25519":"` + hex.EncodeToString(k[:]) + `","public_ip":"203.0.114.7","https_port":22021,"rpc_port":22023,` +
		`"quic_port":22020,"version":"1.2.3","storage_version":[2,11,0],"timestamp":4328719365,"signature":"` + hex.EncodeToString(a.Signature[:]) + `"}`
	if string(j) != wantJSON {
		t.Fatalf("json:\n got %s\nwant %s", j, wantJSON)
	}
	b, err := ParseAnnouncement(j)
	if err != nil || *b != *a {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, b, a)
	}
}

func TestParseAnnouncementStrict(t *testing.T) {
	good, _ := json.Marshal(signedAnnouncement(testKey(1), "203.0.114.7", 22021, time.UnixMilli(1e12)))
	edit := func(from, to string) []byte { return []byte(strings.Replace(string(good), from, to, 1)) }
	bad := map[string][]byte{
		"not json":        []byte("{"),
		"unknown field":   edit(`"version"`, `"extra":1,"version"`),
		"missing field":   edit(`"rpc_port":22023,`, ``),
		"ipv6":            edit(`"203.0.114.7"`, `"2001:db8::1"`),
		"mapped ipv4":     edit(`"203.0.114.7"`, `"::ffff:203.0.114.7"`),
		"leading zeros":   edit(`"203.0.114.7"`, `"203.000.114.7"`),
		"zero ip":         edit(`"203.0.114.7"`, `"0.0.0.0"`),
		"broadcast":       edit(`"203.0.114.7"`, `"255.255.255.255"`),
		"zero https port": edit(`"https_port":22021`, `"https_port":0`),
		"port too large":  edit(`"https_port":22021`, `"https_port":70000`),
		"short key":       edit(`"pubkey_ed25519":"`, `"pubkey_ed25519":"00`),
		"empty version":   edit(`"version":"0.1.0"`, `"version":""`),
		"space version":   edit(`"version":"0.1.0"`, `"version":"0.1 0"`),
		"negative ts":     edit(`"timestamp":1000000000000`, `"timestamp":-1`),
		"two versions":    edit(`"storage_version":[2,11,0]`, `"storage_version":[2,11]`),
	}
	for name, b := range bad {
		if _, err := ParseAnnouncement(b); err == nil {
			t.Errorf("%s: accepted %s", name, b)
		}
	}
}

func TestIsPublicIPv4(t *testing.T) {
	for ip, want := range map[string]bool{
		"1.1.1.1": true, "203.0.114.7": true, "144.76.164.202": true,
		"10.0.0.1": false, "172.16.3.4": false, "192.168.1.1": false, "127.0.0.1": false,
		"169.254.1.1": false, "100.64.0.1": false, "0.0.0.0": false, "0.1.2.3": false,
		"224.0.0.1": false, "255.255.255.255": false, "192.0.2.5": false, "198.18.0.1": false,
		"2001:db8::1": false, "::ffff:1.1.1.1": true,
	} {
		if got := IsPublicIPv4(netip.MustParseAddr(ip)); got != want {
			t.Errorf("%s: %v, want %v", ip, got, want)
		}
	}
}

func newDirectory(t *testing.T, clk *clock, members Members, allowPrivate bool, d *db.DB) *Directory {
	t.Helper()
	dir, err := OpenDirectory(DirectoryOptions{DB: d, Members: members, AllowPrivate: allowPrivate, Now: clk.Now, Metrics: NewMetrics(nil)})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDirectoryAcceptRules(t *testing.T) {
	clk := newClock()
	now := clk.Now()
	members := newMembers(testKey(1), testKey(2))
	dir := newDirectory(t, clk, members, false, nil)

	claim := signedAnnouncement(testKey(2), "203.0.114.9", 22021, now)
	claim.Key = pubkeyOf(testKey(1)) // node 2 announcing an address for node 1's key
	badSig := signedAnnouncement(testKey(1), "203.0.114.7", 22021, now)
	badSig.Signature[5] ^= 1
	changed := signedAnnouncement(testKey(1), "203.0.114.7", 22021, now)
	changed.HTTPSPort = 443 // altered after signing

	cases := []struct {
		name   string
		a      *Announcement
		reason string
	}{
		{"wrong key claim", claim, ReasonBadSignature},
		{"bad signature", badSig, ReasonBadSignature},
		{"altered after signing", changed, ReasonBadSignature},
		{"unregistered", signedAnnouncement(testKey(3), "203.0.114.7", 22021, now), ReasonUnregistered},
		{"private ip on mainnet", signedAnnouncement(testKey(1), "192.168.1.10", 22021, now), ReasonPrivateIP},
		{"loopback on mainnet", signedAnnouncement(testKey(1), "127.0.0.1", 22021, now), ReasonPrivateIP},
		{"link-local on mainnet", signedAnnouncement(testKey(1), "169.254.0.9", 22021, now), ReasonPrivateIP},
		{"stale", signedAnnouncement(testKey(1), "203.0.114.7", 22021, now.Add(-DefaultMaxAge-time.Second)), ReasonStale},
		{"future", signedAnnouncement(testKey(1), "203.0.114.7", 22021, now.Add(DefaultMaxFuture+time.Second)), ReasonFuture},
		{"malformed", &Announcement{Key: pubkeyOf(testKey(1)), IP: netip.MustParseAddr("203.0.114.7"), Timestamp: now.UnixMilli(), Version: "x"}, ReasonMalformed},
	}
	for _, tc := range cases {
		err := dir.Accept(tc.a)
		var re *RejectError
		if !errors.As(err, &re) || re.Reason != tc.reason {
			t.Errorf("%s: err = %v, want reason %s", tc.name, err, tc.reason)
		}
		if got := testutil.ToFloat64(dir.o.Metrics.annRejected.WithLabelValues(tc.reason)); got == 0 {
			t.Errorf("%s: reason %s not counted", tc.name, tc.reason)
		}
	}
	if dir.Len() != 0 {
		t.Fatalf("rejected announcements were kept: %d", dir.Len())
	}

	first := signedAnnouncement(testKey(1), "203.0.114.7", 22021, now.Add(-time.Minute))
	if err := dir.Accept(first); err != nil {
		t.Fatal(err)
	}
	var re *RejectError
	if err := dir.Accept(first); !errors.As(err, &re) || re.Reason != ReasonNotNewer {
		t.Fatalf("duplicate: %v", err)
	}
	older := signedAnnouncement(testKey(1), "203.0.114.8", 22021, now.Add(-2*time.Minute))
	if err := dir.Accept(older); !errors.As(err, &re) || re.Reason != ReasonNotNewer {
		t.Fatalf("older: %v", err)
	}
	newer := signedAnnouncement(testKey(1), "203.0.114.9", 22022, now)
	if err := dir.Accept(newer); err != nil {
		t.Fatal(err)
	}
	c, ok := dir.Lookup(pubkeyOf(testKey(1)))
	if !ok || c.IP.String() != "203.0.114.9" || c.HTTPSPort != 22022 || c.RPCPort != 22023 || c.QUICPort != 22022 ||
		c.Version != "0.1.0" || !c.LastSeen.Equal(now) {
		t.Fatalf("contact %+v", c)
	}
	m := dir.o.Metrics
	if testutil.ToFloat64(m.annAccepted) != 2 || testutil.ToFloat64(m.annReceived) != float64(len(cases)+4) ||
		testutil.ToFloat64(m.knownPeers) != 1 {
		t.Fatalf("metrics: accepted %v received %v known %v", testutil.ToFloat64(m.annAccepted), testutil.ToFloat64(m.annReceived), testutil.ToFloat64(m.knownPeers))
	}

	// Devnets accept private and loopback addresses, never 0.0.0.0.
	dev := newDirectory(t, clk, members, true, nil)
	if err := dev.Accept(signedAnnouncement(testKey(2), "127.0.0.1", 35001, now)); err != nil {
		t.Fatal(err)
	}
	zero := signedAnnouncement(testKey(1), "127.0.0.1", 35001, now)
	zero.IP = netip.IPv4Unspecified()
	zero.Sign(testKey(1))
	if err := dev.Accept(zero); !errors.As(err, &re) || re.Reason != ReasonMalformed {
		t.Fatalf("0.0.0.0: %v", err)
	}
}

// An announcement refused only because its node was not registered yet (this
// node's registry behind the sender's) is taken once the registry lists the
// node, with every other check; stale and badly signed ones are not.
func TestDirectoryReconsidersParked(t *testing.T) {
	clk := newClock()
	now := clk.Now()
	members := newMembers()
	dir := newDirectory(t, clk, members, false, nil)
	early := signedAnnouncement(testKey(3), "203.0.114.3", 22021, now.Add(-time.Minute))
	late := signedAnnouncement(testKey(3), "203.0.114.4", 22021, now) // the newest of node 3 is kept
	forged := signedAnnouncement(testKey(4), "203.0.114.5", 22021, now)
	forged.Signature[0] ^= 1
	old := signedAnnouncement(testKey(5), "203.0.114.6", 22021, now.Add(-DefaultMaxAge+time.Minute))
	var re *RejectError
	for _, a := range []*Announcement{late, early, forged, old} {
		if err := dir.Accept(a); !errors.As(err, &re) || re.Reason != ReasonUnregistered {
			t.Fatalf("before registration: %v", err)
		}
	}
	if got := dir.Reconsider(); len(got) != 0 {
		t.Fatalf("took %d announcements of unregistered nodes", len(got))
	}
	members.add(pubkeyOf(testKey(3)))
	members.add(pubkeyOf(testKey(4)))
	members.add(pubkeyOf(testKey(5)))
	clk.Add(2 * time.Minute) // node 5's announcement is now too old
	got := dir.Reconsider()
	if len(got) != 1 || got[0] != late {
		t.Fatalf("reconsidered %d announcements, want node 3's newest", len(got))
	}
	c, ok := dir.Lookup(pubkeyOf(testKey(3)))
	if !ok || c.IP.String() != "203.0.114.4" {
		t.Fatalf("node 3: %+v %v", c, ok)
	}
	for _, k := range []int{4, 5} {
		if _, ok := dir.Lookup(pubkeyOf(testKey(k))); ok {
			t.Fatalf("node %d's announcement (forged or stale) was taken", k)
		}
	}
	if len(dir.Reconsider()) != 0 || len(dir.parked) != 0 {
		t.Fatal("parked announcements stay after they were judged")
	}
	if testutil.ToFloat64(dir.o.Metrics.annAccepted) != 1 {
		t.Fatalf("accepted %v, want 1", testutil.ToFloat64(dir.o.Metrics.annAccepted))
	}

	// The parking lot is bounded.
	for i := range maxParked + 10 {
		a := signedAnnouncement(testKey(100+i), "203.0.114.7", 22021, now)
		_ = dir.Accept(a)
	}
	if len(dir.parked) != maxParked {
		t.Fatalf("%d parked, want at most %d", len(dir.parked), maxParked)
	}
}

func TestDirectoryPersistsAndPrunes(t *testing.T) {
	clk := newClock()
	dataDir := t.TempDir()
	d, err := db.Open(dataDir, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	members := newMembers(testKey(1), testKey(2), testKey(3))
	dir := newDirectory(t, clk, members, false, d)
	for i := 1; i <= 3; i++ {
		if err := dir.Accept(signedAnnouncement(testKey(i), "203.0.114.7", uint16(22000+i), clk.Now())); err != nil {
			t.Fatal(err)
		}
	}
	if err := dir.Flush(); err != nil {
		t.Fatal(err)
	}
	members.remove(pubkeyOf(testKey(2)))
	if n := dir.Prune(pubkeyOf(testKey(3))); n != 1 {
		t.Fatalf("pruned %d, want 1", n)
	}
	members.remove(pubkeyOf(testKey(3))) // kept: it is "us"
	if n := dir.Prune(pubkeyOf(testKey(3))); n != 0 {
		t.Fatalf("pruned self")
	}
	if err := dir.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// A restart knows its peers, even hours later.
	clk.Add(5 * time.Hour)
	d, err = db.Open(dataDir, db.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	re := newDirectory(t, clk, members, false, d)
	if re.Len() != 2 {
		t.Fatalf("reloaded %d announcements, want 2", re.Len())
	}
	for _, i := range []int{1, 3} {
		if c, ok := re.Lookup(pubkeyOf(testKey(i))); !ok || c.HTTPSPort != uint16(22000+i) {
			t.Fatalf("node %d: %+v %v", i, c, ok)
		}
	}
}

func FuzzParseAnnouncement(f *testing.F) {
	good, _ := json.Marshal(signedAnnouncement(testKey(1), "203.0.114.7", 22021, time.UnixMilli(1e12)))
	f.Add(good)
	f.Add([]byte(`{"announcements":[]}`))
	f.Add([]byte(`{"pubkey_ed25519":"","public_ip":"1.2.3.4"}`))
	f.Add([]byte(strings.Replace(string(good), "203.0.114.7", "::1", 1)))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseAnnouncement(b)
		if err == nil {
			if a.Validate() != nil {
				t.Fatal("parsed an invalid announcement")
			}
			j, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			a2, err := ParseAnnouncement(j)
			if err != nil || *a2 != *a {
				t.Fatalf("re-encode changed the announcement: %v", err)
			}
			_ = a.VerifySignature()
		}
		// Sets must never panic either.
		if entries, err := parseAnnouncementSet(b); err == nil {
			for _, e := range entries {
				_, _ = ParseAnnouncement(e)
			}
		}
	})
}
