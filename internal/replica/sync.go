package replica

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// Wire types of the replica endpoints.
type (
	digestsReq struct {
		Swarm uint64 `json:"swarm"`
		Block uint64 `json:"block"` // the asker's registry block: a responder behind it answers 409
		After string `json:"after,omitempty"`
		Limit int    `json:"limit"`
	}
	digestEntry struct {
		A string `json:"a"`
		D string `json:"d"`
		N int    `json:"n"`
	}
	digestsRes struct {
		Accounts []digestEntry `json:"accounts"`
		More     bool          `json:"more"`
		// Held, on the first page, is how many messages the responder
		// holds in all: an upper bound of a join's transfer, for progress.
		Held int64 `json:"held,omitempty"`
	}
	hashesReq struct {
		A []string `json:"a"` // accounts
	}
	hashesRes struct {
		H map[string][]string `json:"h"` // account -> live hashes
	}
	fetchWant struct {
		A string   `json:"a"`
		H []string `json:"h"`
	}
	fetchReq struct {
		W []fetchWant `json:"w"`
	}
	wireMsg struct {
		A string `json:"a"`
		N int16  `json:"n"`
		T int64  `json:"t"`
		E int64  `json:"e"`
		D string `json:"d"`
	}
	fetchRes struct {
		M    []wireMsg `json:"m"`
		More bool      `json:"more"`
	}
	pushReq struct {
		M []wireMsg `json:"m"`
	}
	pushRes struct {
		Stored int `json:"stored"`
	}
	hasReq struct {
		A string `json:"a"`
		H string `json:"h"`
	}
	hasRes struct {
		Has bool `json:"has"`
	}
)

func toWire(ms []storage.Message) []wireMsg {
	out := make([]wireMsg, len(ms))
	for i := range ms {
		m := &ms[i]
		out[i] = wireMsg{A: accountHex(&m.Account), N: m.Namespace, T: m.Timestamp, E: m.Expiry, D: base64.StdEncoding.EncodeToString(m.Data)}
	}
	return out
}

func fromWire(ws []wireMsg) ([]storage.Message, error) {
	out := make([]storage.Message, len(ws))
	for i, w := range ws {
		a, ok := parseAccountHex(w.A)
		if !ok {
			return nil, errors.New("bad account")
		}
		d, err := base64.StdEncoding.DecodeString(w.D)
		if err != nil {
			return nil, errors.New("bad data")
		}
		out[i] = storage.Message{Account: a, Namespace: w.N, Timestamp: w.T, Expiry: w.E, Data: d}
	}
	return out, nil
}

func dataBytes(ms []storage.Message) int {
	n := 0
	for i := range ms {
		n += len(ms[i].Data)
	}
	return n
}

func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	raw, err := io.ReadAll(r.Body)
	if err == nil {
		err = json.Unmarshal(raw, v)
	}
	if err != nil {
		http.Error(w, "Request payload missing/malformed", http.StatusBadRequest)
		return false
	}
	return true
}

func writeJSON(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

// ownsAccount reports whether account a maps to swarm id in snap.
func ownsAccount(snap *peer.Snapshot, a *storage.Account, id uint64) bool {
	return uint64(snap.Swarms.SwarmFor(a[:])) == id
}

func (r *Replicator) handleDigests(w http.ResponseWriter, req *http.Request) {
	var q digestsReq
	if !readJSON(w, req, &q) {
		return
	}
	if q.After == "" {
		// A peer's pull starts here: it sees every message acknowledged
		// so far. Its later pages and its hashes and fetch requests read
		// the database as applied, which holds at least those.
		r.o.Store.Settle()
	}
	snap, ok := r.atBlockSnap(w, q.Block)
	if !ok {
		return
	}
	after, limit, ok := pageArgs(w, q.After, q.Limit)
	if !ok {
		return
	}
	ds, more, err := r.o.Store.AccountDigests(after, limit, func(a *storage.Account) bool { return ownsAccount(snap, a, q.Swarm) })
	if err != nil {
		http.Error(w, "query failure", http.StatusInternalServerError)
		return
	}
	res := digestsRes{Accounts: make([]digestEntry, len(ds)), More: more}
	if q.After == "" {
		res.Held = r.o.Store.MessageCount()
	}
	for i, d := range ds {
		res.Accounts[i] = digestEntry{A: accountHex(&d.Account), D: hex.EncodeToString(d.Digest[:]), N: d.Count}
	}
	writeJSON(w, res)
}

// pageArgs decodes a page's start (the last account of the previous one;
// nil for the first) and bounds its size, or answers 400.
func pageArgs(w http.ResponseWriter, after string, limit int) (*storage.Account, int, bool) {
	limit = min(max(limit, 1), 5000)
	if after == "" {
		return nil, limit, true
	}
	a, ok := parseAccountHex(after)
	if !ok {
		http.Error(w, "bad after", http.StatusBadRequest)
		return nil, 0, false
	}
	return &a, limit, true
}

// atBlockSnap returns the network snapshot, or answers 503 without one and
// 409 while it is older than the asker's registry block (upstream's
// data_ready race: do not answer from an older swarm map).
func (r *Replicator) atBlockSnap(w http.ResponseWriter, block uint64) (*peer.Snapshot, bool) {
	snap, err := r.snapshot()
	if err != nil {
		http.Error(w, "no network map", http.StatusServiceUnavailable)
		return nil, false
	}
	if snap.Block.Number < block {
		http.Error(w, "Swarm mismatch", http.StatusConflict)
		return nil, false
	}
	return snap, true
}

func (r *Replicator) handleHashes(w http.ResponseWriter, req *http.Request) {
	var q hashesReq
	if !readJSON(w, req, &q) {
		return
	}
	if len(q.A) > maxAccountsPerCall {
		http.Error(w, "too many accounts", http.StatusBadRequest)
		return
	}
	res := hashesRes{H: make(map[string][]string, len(q.A))}
	for _, ah := range q.A {
		a, ok := parseAccountHex(ah)
		if !ok {
			http.Error(w, "bad account", http.StatusBadRequest)
			return
		}
		res.H[ah] = r.o.Store.LiveHashes(a)
	}
	writeJSON(w, res)
}

// maxAccountsPerCall bounds the accounts of one hashes or fetch call.
const maxAccountsPerCall = 1000

func (r *Replicator) handleFetch(w http.ResponseWriter, req *http.Request) {
	var q fetchReq
	if !readJSON(w, req, &q) {
		return
	}
	if len(q.W) > maxAccountsPerCall {
		http.Error(w, "too many accounts", http.StatusBadRequest)
		return
	}
	var res fetchRes
	budget := r.o.BatchBytes
	for _, want := range q.W {
		a, ok := parseAccountHex(want.A)
		if !ok {
			http.Error(w, "bad account", http.StatusBadRequest)
			return
		}
		if want.H == nil {
			want.H = []string{}
		}
		ms, more := r.o.Store.MessagesByHash(a, want.H, max(budget, 1))
		if len(res.M) > 0 && dataBytes(ms) > budget {
			res.More = true
			break
		}
		res.M = append(res.M, toWire(ms)...)
		budget -= dataBytes(ms)
		if more || budget <= 0 {
			res.More = true
			break
		}
	}
	writeJSON(w, res)
}

func (r *Replicator) handlePush(w http.ResponseWriter, req *http.Request) {
	var q pushReq
	if !readJSON(w, req, &q) {
		return
	}
	ms, err := fromWire(q.M)
	if err != nil {
		http.Error(w, "Request payload malformed", http.StatusBadRequest)
		return
	}
	snap, err := r.snapshot()
	if err != nil {
		http.Error(w, "no network map", http.StatusServiceUnavailable)
		return
	}
	own, in := snap.OwnSwarm()
	for i := range ms {
		// Unlike upstream, refuse what this node does not own: the sender
		// then keeps it (it deletes only after an acknowledgement).
		if !in || !ownsAccount(snap, &ms[i].Account, own) {
			http.Error(w, "Swarm mismatch", http.StatusMisdirectedRequest)
			return
		}
	}
	n, err := r.o.Store.StoreBulk(ms)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInsufficientStorage)
		return
	}
	writeJSON(w, pushRes{Stored: n})
}

func (r *Replicator) handleHas(w http.ResponseWriter, req *http.Request) {
	var q hasReq
	if !readJSON(w, req, &q) {
		return
	}
	a, ok := parseAccountHex(q.A)
	if !ok {
		http.Error(w, "bad account", http.StatusBadRequest)
		return
	}
	writeJSON(w, hasRes{Has: r.o.Store.HasMessage(a, q.H)})
}

// syncTries is how many members one anti-entropy round tries, in random
// order, until one answers: a member whose registry is a block behind this
// node's refuses (409), one cut off does not answer, and either would
// otherwise cost the node a whole interval.
const syncTries = 3

// SyncOnce runs one anti-entropy round with a random reachable member of
// this node's swarm (another one if it fails, up to syncTries): it pulls
// every message that member holds for the swarm's accounts and this node
// lacks. (Every member pulls from others, so the exchange is symmetric over
// rounds.)
func (r *Replicator) SyncOnce(ctx context.Context) error {
	snap, err := r.snapshot()
	if err != nil {
		return err
	}
	own, ok := snap.OwnSwarm()
	if !ok {
		return nil
	}
	peers := otherMembers(snap, own, r.self)
	if len(peers) == 0 {
		return nil
	}
	var errs []error
	for _, i := range rand.Perm(len(peers))[:min(syncTries, len(peers))] {
		_, err := r.SyncFrom(ctx, peers[i].Target(), own, snap.Block.Number)
		if err == nil {
			return nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	return errors.Join(errs...)
}

func otherMembers(snap *peer.Snapshot, id uint64, self [32]byte) []*peer.NodeInfo {
	var out []*peer.NodeInfo
	for _, n := range snap.SwarmMembers(id) {
		if n.PubkeyEd25519 != self && n.Reachable() {
			out = append(out, n)
		}
	}
	return out
}

// SyncFrom pulls from peer t what it holds for the accounts of swarm id and
// this node lacks; block is this node's registry block (the peer refuses
// with 409 while it is behind). It compares bucket sums first (sums.go),
// and every account's digest when either side has none yet. It returns how
// many messages were stored.
func (r *Replicator) SyncFrom(ctx context.Context, t peer.Target, id, block uint64) (int, error) {
	n, err := r.syncBySums(ctx, t, id, block)
	if errors.Is(err, errNoSums) {
		r.m.syncWalks.Inc()
		n, err = r.syncByAccounts(ctx, t, id, block)
	}
	if err != nil {
		r.m.syncRounds.WithLabelValues("error").Inc()
		return n, fmt.Errorf("sync from %x: %w", t.Key[:4], err)
	}
	r.m.syncRounds.WithLabelValues("ok").Inc()
	return n, nil
}

// syncByAccounts compares the digest of every account t holds for swarm
// id.
func (r *Replicator) syncByAccounts(ctx context.Context, t peer.Target, id, block uint64) (int, error) {
	return r.pullPages(ctx, t, func(after string) (*digestsRes, error) {
		var page digestsRes
		if err := r.call(ctx, t, "/snode/v1/replica/digests", digestsReq{Swarm: id, Block: block, After: after, Limit: r.o.DigestPage}, &page); err != nil {
			return nil, fmt.Errorf("digests: %w", err)
		}
		if after == "" {
			r.prog.expect(int(page.Held))
		}
		return &page, nil
	}, func(a storage.Account) (int, string) {
		d := r.o.Store.Digest(a)
		return d.Count, hex.EncodeToString(d.Digest[:])
	})
}

// pullPages walks t's pages of account digests or account sums (fetch
// returns the one after the given account, "" for the first) and pulls the
// accounts whose own digest or sum, by mine, differs.
func (r *Replicator) pullPages(ctx context.Context, t peer.Target, fetch func(after string) (*digestsRes, error), mine func(storage.Account) (n int, d string)) (int, error) {
	total := 0
	after := ""
	for {
		page, err := fetch(after)
		if err != nil {
			return total, err
		}
		var differ []storage.Account
		for _, e := range page.Accounts {
			a, ok := parseAccountHex(e.A)
			if !ok {
				return total, errors.New("bad account in digests")
			}
			if n, d := mine(a); n != e.N || d != e.D {
				differ = append(differ, a)
			}
		}
		n, err := r.pullAll(ctx, t, differ)
		total += n
		if err != nil {
			return total, err
		}
		if !page.More || len(page.Accounts) == 0 {
			return total, nil
		}
		after = page.Accounts[len(page.Accounts)-1].A
	}
}

// pullAll pulls what t holds of accts and this node lacks, in calls of up
// to maxAccountsPerCall accounts.
func (r *Replicator) pullAll(ctx context.Context, t peer.Target, accts []storage.Account) (int, error) {
	total := 0
	for len(accts) > 0 {
		chunk := accts[:min(len(accts), maxAccountsPerCall)]
		accts = accts[len(chunk):]
		n, err := r.pullAccounts(ctx, t, chunk)
		total += n
		r.prog.add(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// pullAccounts fetches the messages of accts that t holds and this node
// lacks, in fetches of up to BatchBytes spanning accounts.
func (r *Replicator) pullAccounts(ctx context.Context, t peer.Target, accts []storage.Account) (int, error) {
	q := hashesReq{A: make([]string, len(accts))}
	for i := range accts {
		q.A[i] = accountHex(&accts[i])
	}
	var hr hashesRes
	if err := r.call(ctx, t, "/snode/v1/replica/hashes", q, &hr); err != nil {
		return 0, err
	}
	var wants []fetchWant
	nmissing := 0
	for i := range accts {
		have := make(map[string]bool)
		for _, h := range r.o.Store.LiveHashes(accts[i]) {
			have[h] = true
		}
		var missing []string
		for _, h := range hr.H[q.A[i]] {
			if !have[h] {
				missing = append(missing, h)
			}
		}
		if len(missing) > 0 {
			wants = append(wants, fetchWant{A: q.A[i], H: missing})
			nmissing += len(missing)
		}
	}
	total := 0
	const hashesPerFetch = 20000
	for len(wants) > 0 {
		// Ask for a bounded number of hashes; the peer cuts at BatchBytes.
		var req fetchReq
		nh := 0
		for _, w := range wants {
			if nh > 0 && nh+len(w.H) > hashesPerFetch {
				break
			}
			req.W = append(req.W, w)
			nh += len(w.H)
		}
		var fr fetchRes
		if err := r.call(ctx, t, "/snode/v1/replica/fetch", req, &fr); err != nil {
			return total, err
		}
		ms, err := fromWire(fr.M)
		if err != nil {
			return total, err
		}
		if len(ms) == 0 {
			break // expired meanwhile
		}
		nb := dataBytes(ms)
		if err := r.lim.wait(ctx, nb); err != nil {
			return total, err
		}
		n, err := r.o.Store.StoreBulk(ms)
		total += n
		r.m.copiedMsgs.WithLabelValues("pulled").Add(float64(n))
		r.m.copiedBytes.WithLabelValues("pulled").Add(float64(nb))
		if err != nil {
			return total, err
		}
		got := make(map[string]bool, len(ms))
		for i := range ms {
			got[storage.MessageHash(&ms[i].Account, ms[i].Namespace, ms[i].Data)] = true
		}
		// Drop what arrived; what the peer no longer has (expired or
		// deleted) is dropped once a fetch of its account returned nothing
		// for it while not cut short.
		progress := false
		rest := wants[:0:0]
		for wi, w := range wants {
			asked := wi < len(req.W)
			var left []string
			for _, h := range w.H {
				if got[h] {
					progress = true
				} else if !asked || fr.More {
					left = append(left, h)
				}
			}
			if len(left) > 0 {
				rest = append(rest, fetchWant{A: w.A, H: left})
			}
		}
		if !progress {
			break
		}
		wants = rest
	}
	return total, nil
}
