package peer

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"net/netip"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
)

// Defaults of the announcement freshness rules.
const (
	// DefaultMaxAge is the oldest announcement accepted: several announce
	// intervals, so that a set pulled from a peer is still useful (upstream
	// uptime proofs: sent hourly, valid 2 h 5 min).
	DefaultMaxAge = 2 * time.Hour
	// DefaultMaxFuture is how far ahead of the local clock an announcement
	// may be dated.
	DefaultMaxFuture = 10 * time.Minute
)

// Contact is how to reach a node, from its newest announcement.
type Contact struct {
	Key            [32]byte
	IP             netip.Addr
	HTTPSPort      uint16
	RPCPort        uint16 // 0: none
	QUICPort       uint16 // QUIC/OMQ port; the HTTPS port when none was announced
	Version        string
	StorageVersion [3]uint16
	// LastSeen is the signing time of the announcement: the same on every
	// node that holds it.
	LastSeen time.Time
}

// Target is where to send node-to-node requests for this contact.
func (c Contact) Target() Target { return TargetOf(c.Key, c.IP, c.HTTPSPort) }

func contactOf(a *Announcement) Contact {
	return Contact{
		Key: a.Key, IP: a.IP, HTTPSPort: a.HTTPSPort, RPCPort: a.RPCPort, QUICPort: a.QUICOrHTTPS(),
		Version: a.Version, StorageVersion: a.StorageVersion, LastSeen: a.Time(),
	}
}

// RejectError says why an announcement was not accepted; Reason is one of the
// Reason* constants.
type RejectError struct {
	Reason string
	Detail string
}

func (e *RejectError) Error() string {
	if e.Detail == "" {
		return "announcement rejected: " + e.Reason
	}
	return "announcement rejected: " + e.Reason + ": " + e.Detail
}

func reject(reason, format string, args ...any) *RejectError {
	return &RejectError{Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// DirectoryOptions configure a Directory.
type DirectoryOptions struct {
	// DB persists the directory; nil keeps it in memory only.
	DB *db.DB
	// Members decides whose announcements are accepted. Required.
	Members Members
	// AllowPrivate accepts private, loopback and other non-public addresses
	// (devnets, tests). Mainnet leaves it false.
	AllowPrivate bool
	// MaxAge and MaxFuture bound announcement timestamps against Now; zero
	// means DefaultMaxAge and DefaultMaxFuture.
	MaxAge    time.Duration
	MaxFuture time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Metrics and Logger may be nil.
	Metrics *Metrics
	Logger  *zap.Logger
}

// Directory holds the newest accepted announcement of every node, in memory
// and (with a DB) in bbolt. Writes reach bbolt on Flush.
type Directory struct {
	o DirectoryOptions

	mu    sync.Mutex
	byKey map[[32]byte]*Announcement // never mutated once stored
	dirty map[[32]byte]bool          // true: put, false: delete
	gen   uint64                     // bumped by every change
	// parked holds announcements refused only because their node was not
	// registered yet: this node's registry may be behind the sender's. They
	// are taken once the registry lists them (Reconsider), so that a node
	// is not left out until its next announcement reaches here.
	parked map[[32]byte]*Announcement
}

// maxParked bounds Directory.parked (only registered nodes can send
// announcements, but any key can be announced).
const maxParked = 4096

// OpenDirectory creates the directory and loads what the DB holds. Stored
// announcements are re-checked for form and signature only: their age and
// their nodes' registration are judged later (Prune, NetworkMap).
func OpenDirectory(o DirectoryOptions) (*Directory, error) {
	if o.Members == nil {
		return nil, fmt.Errorf("peer: directory needs Members")
	}
	if o.MaxAge <= 0 {
		o.MaxAge = DefaultMaxAge
	}
	if o.MaxFuture <= 0 {
		o.MaxFuture = DefaultMaxFuture
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	d := &Directory{o: o, byKey: map[[32]byte]*Announcement{}, dirty: map[[32]byte]bool{}, parked: map[[32]byte]*Announcement{}}
	if o.DB != nil {
		if err := d.load(); err != nil {
			return nil, err
		}
	}
	o.Metrics.setKnown(len(d.byKey))
	return d, nil
}

func (d *Directory) load() error {
	var bad [][]byte
	err := d.o.DB.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keySchema); v != nil {
			if len(v) != 8 || binary.BigEndian.Uint64(v) > schemaVersion {
				return fmt.Errorf("peer: bucket schema %x is newer than this sessiond knows (%d); upgrade sessiond", v, schemaVersion)
			}
		}
		if err := meta.Put(keySchema, db.U64(schemaVersion)); err != nil {
			return err
		}
		b := tx.Bucket(bucketAnnouncements)
		if err := b.ForEach(func(k, v []byte) error {
			a, err := ParseAnnouncement(v)
			if err != nil || !bytes.Equal(k, a.Key[:]) || !a.VerifySignature() {
				bad = append(bad, bytes.Clone(k))
				return nil
			}
			d.byKey[a.Key] = a
			return nil
		}); err != nil {
			return err
		}
		for _, k := range bad {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("peer: load directory: %w", err)
	}
	if len(bad) > 0 {
		d.o.Logger.Warn("dropped unreadable stored announcements", zap.Int("count", len(bad)))
	}
	return nil
}

// Accept checks a and, if it is the newest valid announcement of a registered
// node, keeps it. It returns nil when a was accepted and a *RejectError
// otherwise. The checks, cheapest first: form, address policy, freshness,
// registration, newer than the one held, signature by the announced key.
func (d *Directory) Accept(a *Announcement) error {
	err := d.accept(a)
	if err != nil {
		d.o.Metrics.announcement(err.Reason)
		return err
	}
	d.o.Metrics.announcement("")
	return nil
}

func (d *Directory) accept(a *Announcement) *RejectError {
	if err := a.Validate(); err != nil {
		return reject(ReasonMalformed, "%v", err)
	}
	if !d.o.AllowPrivate && !IsPublicIPv4(a.IP) {
		return reject(ReasonPrivateIP, "%s is not a public address", a.IP)
	}
	now := d.o.Now()
	switch t := a.Time(); {
	case t.After(now.Add(d.o.MaxFuture)):
		return reject(ReasonFuture, "dated %s ahead", t.Sub(now).Round(time.Second))
	case t.Before(now.Add(-d.o.MaxAge)):
		return reject(ReasonStale, "%s old", now.Sub(t).Round(time.Second))
	}
	if !d.o.Members.IsRegistered(a.Key) {
		d.park(a)
		return reject(ReasonUnregistered, "%x is not a registered node", a.Key[:4])
	}
	if held, ok := d.get(a.Key); ok && held.Timestamp >= a.Timestamp {
		return &RejectError{Reason: ReasonNotNewer}
	}
	if !a.VerifySignature() {
		return reject(ReasonBadSignature, "not signed by %x", a.Key[:4])
	}
	if !d.put(a, false) {
		return &RejectError{Reason: ReasonNotNewer} // a newer one won a race
	}
	return nil
}

// park keeps a, refused for its node's registration, for Reconsider: the
// newest per node, at most maxParked (then an arbitrary one makes room).
func (d *Directory) park(a *Announcement) {
	d.mu.Lock()
	defer d.mu.Unlock()
	held, ok := d.parked[a.Key]
	if ok && held.Timestamp >= a.Timestamp {
		return
	}
	if !ok && len(d.parked) >= maxParked {
		for k := range d.parked {
			delete(d.parked, k)
			break
		}
	}
	d.parked[a.Key] = a
}

// Reconsider accepts the parked announcements whose nodes are registered
// now (with every other check of Accept, the signature included) and drops
// the stale ones. It returns the announcements it accepted. Call it when
// the registry advanced.
func (d *Directory) Reconsider() []*Announcement {
	d.mu.Lock()
	var ready []*Announcement
	now := d.o.Now()
	for k, a := range d.parked {
		switch {
		case a.Time().Before(now.Add(-d.o.MaxAge)):
			delete(d.parked, k)
		case d.o.Members.IsRegistered(k):
			delete(d.parked, k)
			ready = append(ready, a)
		}
	}
	d.mu.Unlock()
	var accepted []*Announcement
	for _, a := range ready {
		// Counted as received when it was refused: count the acceptance.
		if d.accept(a) == nil {
			d.o.Metrics.acceptedLater()
			accepted = append(accepted, a)
		}
	}
	return accepted
}

// putLocal stores this node's own announcement without the registration and
// address checks (it is served to peers, who apply them).
func (d *Directory) putLocal(a *Announcement) { d.put(a, true) }

// put stores a if it is newer than what is held (or force).
func (d *Directory) put(a *Announcement, force bool) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if held, ok := d.byKey[a.Key]; ok && held.Timestamp >= a.Timestamp && !force {
		return false
	}
	d.byKey[a.Key] = a
	d.dirty[a.Key] = true
	d.gen++
	d.o.Metrics.setKnown(len(d.byKey))
	return true
}

func (d *Directory) get(k [32]byte) (*Announcement, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	a, ok := d.byKey[k]
	return a, ok
}

// Lookup returns a node's contact info.
func (d *Directory) Lookup(k [32]byte) (Contact, bool) {
	a, ok := d.get(k)
	if !ok {
		return Contact{}, false
	}
	return contactOf(a), true
}

// Contacts returns every held contact, ascending by key.
func (d *Directory) Contacts() []Contact {
	as := d.Announcements()
	out := make([]Contact, len(as))
	for i, a := range as {
		out[i] = contactOf(a)
	}
	return out
}

// Announcements returns every held announcement, ascending by key. They are
// shared and must not be modified.
func (d *Directory) Announcements() []*Announcement {
	d.mu.Lock()
	out := make([]*Announcement, 0, len(d.byKey))
	for _, a := range d.byKey {
		out = append(out, a)
	}
	d.mu.Unlock()
	slices.SortFunc(out, func(x, y *Announcement) int { return bytes.Compare(x.Key[:], y.Key[:]) })
	return out
}

// Len is the number of nodes held.
func (d *Directory) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.byKey)
}

// Generation changes whenever the directory does.
func (d *Directory) Generation() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.gen
}

// Prune drops the announcements of nodes that are no longer registered,
// except keep's (this node's own). It returns how many it dropped.
func (d *Directory) Prune(keep [32]byte) int {
	keys := make([][32]byte, 0, d.Len())
	for _, a := range d.Announcements() {
		if a.Key != keep && !d.o.Members.IsRegistered(a.Key) {
			keys = append(keys, a.Key)
		}
	}
	if len(keys) == 0 {
		return 0
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, k := range keys {
		delete(d.byKey, k)
		d.dirty[k] = false
	}
	d.gen++
	d.o.Metrics.setKnown(len(d.byKey))
	return len(keys)
}

// Flush writes the changes since the last Flush to bbolt in one transaction.
// Without a DB it does nothing.
func (d *Directory) Flush() error {
	if d.o.DB == nil {
		return nil
	}
	d.mu.Lock()
	if len(d.dirty) == 0 {
		d.mu.Unlock()
		return nil
	}
	type change struct {
		key [32]byte
		val []byte // nil: delete
	}
	changes := make([]change, 0, len(d.dirty))
	for k, put := range d.dirty {
		c := change{key: k}
		if a, ok := d.byKey[k]; put && ok {
			c.val, _ = a.MarshalJSON()
		}
		changes = append(changes, c)
	}
	pending := d.dirty
	d.dirty = map[[32]byte]bool{}
	d.mu.Unlock()

	err := d.o.DB.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnnouncements)
		for _, c := range changes {
			var err error
			if c.val == nil {
				err = b.Delete(c.key[:])
			} else {
				err = b.Put(c.key[:], c.val)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		// Keep the changes for the next attempt, unless newer ones replaced them.
		d.mu.Lock()
		for k, put := range pending {
			if _, ok := d.dirty[k]; !ok {
				d.dirty[k] = put
			}
		}
		d.mu.Unlock()
		return fmt.Errorf("peer: flush directory: %w", err)
	}
	return nil
}
