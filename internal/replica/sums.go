package replica

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// An anti-entropy round compares the store's bucket sums first (see
// storage.Sum): the peer sends the count and XOR of its messages' hashes for
// each of the 4,096 buckets of the swarm ring it holds messages in, and only
// the accounts of buckets whose sums differ are compared one by one. Two
// members in step exchange the sums and nothing else, without walking their
// databases.
type (
	sumsReq struct {
		Block uint64 `json:"block"` // the sums cover every account held, of any swarm
	}
	sumEntry struct {
		B int    `json:"b"`
		N int64  `json:"n"`
		X string `json:"x"`
	}
	sumsRes struct {
		Buckets []sumEntry `json:"buckets"` // the non-zero ones, ascending
		Held    int64      `json:"held"`
	}
	bucketSumsReq struct {
		Swarm   uint64 `json:"swarm"`
		Block   uint64 `json:"block"`
		Buckets []int  `json:"buckets"` // ascending
		After   string `json:"after,omitempty"`
		Limit   int    `json:"limit"`
	}
	// bucketSumsRes lists account sums as digestsRes does digests: D is the
	// hex XOR of the hashes, N their count.
	bucketSumsRes = digestsRes
)

// errNoSums reports that this node or the peer has no bucket sums (they are
// built after a start), or the peer does not know the endpoint: the round
// compares every account instead.
var errNoSums = errors.New("no sums to compare")

const notReady = "sums not ready"

func (r *Replicator) handleSums(w http.ResponseWriter, req *http.Request) {
	if r.o.noSums {
		http.NotFound(w, req)
		return
	}
	var q sumsReq
	if !readJSON(w, req, &q) {
		return
	}
	// The asker sees every message acknowledged so far; its later bucket
	// sums and hashes and fetch requests read the database as applied,
	// which holds at least those.
	r.o.Store.Settle()
	if _, ok := r.atBlockSnap(w, q.Block); !ok {
		return
	}
	sums, ok := r.o.Store.Sums()
	if !ok {
		http.Error(w, notReady, http.StatusServiceUnavailable)
		return
	}
	res := sumsRes{Held: r.o.Store.MessageCount()}
	for b := range sums {
		if sums[b] != (storage.Sum{}) {
			res.Buckets = append(res.Buckets, sumEntry{B: b, N: sums[b].Count, X: hex.EncodeToString(sums[b].X[:])})
		}
	}
	writeJSON(w, res)
}

func (r *Replicator) handleBucketSums(w http.ResponseWriter, req *http.Request) {
	var q bucketSumsReq
	if !readJSON(w, req, &q) {
		return
	}
	snap, ok := r.atBlockSnap(w, q.Block)
	if !ok {
		return
	}
	if len(q.Buckets) > storage.SumBuckets || !slices.IsSorted(q.Buckets) {
		http.Error(w, "bad buckets", http.StatusBadRequest)
		return
	}
	after, limit, ok := pageArgs(w, q.After, q.Limit)
	if !ok {
		return
	}
	as, more, err := r.o.Store.BucketAccountSums(q.Buckets, after, limit, func(a *storage.Account) bool { return ownsAccount(snap, a, q.Swarm) })
	if err != nil {
		http.Error(w, "query failure", http.StatusInternalServerError)
		return
	}
	res := bucketSumsRes{Accounts: make([]digestEntry, len(as)), More: more}
	for i := range as {
		res.Accounts[i] = digestEntry{A: accountHex(&as[i].Account), D: hex.EncodeToString(as[i].X[:]), N: int(as[i].Count)}
	}
	writeJSON(w, res)
}

// sums decodes a peer's bucket sums.
func (sr *sumsRes) sums() (*[storage.SumBuckets]storage.Sum, error) {
	var out [storage.SumBuckets]storage.Sum
	prev := -1
	for _, e := range sr.Buckets {
		raw, err := hex.DecodeString(e.X)
		if e.B <= prev || e.B >= storage.SumBuckets || err != nil || len(raw) != 32 {
			return nil, fmt.Errorf("bad bucket sum %d (buckets ascending, each once)", e.B)
		}
		prev = e.B
		out[e.B] = storage.Sum{Count: e.N, X: [32]byte(raw)}
	}
	return &out, nil
}

// syncBySums pulls from t what it holds for swarm id and this node lacks,
// comparing bucket sums first; errNoSums if either side has none.
func (r *Replicator) syncBySums(ctx context.Context, t peer.Target, id, block uint64) (int, error) {
	r.o.Store.Settle() // this node's own journaled messages count too
	mine, ok := r.o.Store.Sums()
	if !ok {
		return 0, errNoSums
	}
	var sr sumsRes
	if err := r.call(ctx, t, "/snode/v1/replica/sums", sumsReq{Block: block}, &sr); err != nil {
		var se *statusError
		if errors.As(err, &se) && (se.code == http.StatusNotFound || se.code == http.StatusServiceUnavailable && strings.TrimSpace(se.text) == notReady) {
			return 0, errNoSums
		}
		return 0, err
	}
	r.prog.expect(int(sr.Held))
	theirs, err := sr.sums()
	if err != nil {
		return 0, err
	}
	var differ []int
	for b := range theirs {
		if theirs[b] != mine[b] {
			differ = append(differ, b)
		}
	}
	r.m.syncBuckets.WithLabelValues("compared").Add(storage.SumBuckets)
	r.m.syncBuckets.WithLabelValues("differing").Add(float64(len(differ)))
	if len(differ) == 0 {
		return 0, nil
	}
	return r.pullPages(ctx, t, func(after string) (*digestsRes, error) {
		var page bucketSumsRes
		q := bucketSumsReq{Swarm: id, Block: block, Buckets: differ, After: after, Limit: r.o.DigestPage}
		return &page, r.call(ctx, t, "/snode/v1/replica/bucket_sums", q, &page)
	}, func(a storage.Account) (int, string) {
		s := r.o.Store.AccountSum(a)
		return int(s.Count), hex.EncodeToString(s.X[:])
	})
}
