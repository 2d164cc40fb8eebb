package signing

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
)

// DefaultNonSignerThresholdMax is the contract's blsNonSignerThresholdMax
// since May 2025 (contracts.md §1.2), used until a
// BLSNonSignerThresholdMaxUpdated event says otherwise.
const DefaultNonSignerThresholdMax = 4000

// Threshold is the contract's blsNonSignerThreshold: min(totalNodes/3, max).
func Threshold(totalNodes, max int) int {
	return min(totalNodes/3, max)
}

// Aggregate is the network's signature of one message, ready for the
// contract: Signature verifies against AggregatePubkey, the sum of the
// signers' keys, which is the contract's aggregate key minus the keys of
// NonSigners (contract ids, ascending).
type Aggregate struct {
	Message         []byte
	Signature       bls.Signature
	AggregatePubkey bls.PublicKey
	NonSigners      []uint64
	// Signers and Total count the good signatures and the registered nodes
	// asked (or skipped); Threshold is the contract's limit on NonSigners.
	Signers, Total, Threshold int
	// Missing says, per non-signer, why it is one.
	Missing []Missing
}

// Missing is one non-signer and the reason.
type Missing struct {
	ID     uint64
	Reason string
	// Bad marks a malformed or invalid signature: the node is skipped for a
	// while.
	Bad bool
}

// NonSignerError is the refusal to return an aggregate the contract would
// reject: more non-signers than blsNonSignerThreshold.
type NonSignerError struct {
	Kind       string
	NonSigners int
	Total      int
	Threshold  int
	Max        int
	Missing    []Missing
}

func (e *NonSignerError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "signing: %s: %d of %d registered nodes did not sign; the contract accepts at most %d non-signers (min(%d/3, %d))",
		e.Kind, e.NonSigners, e.Total, e.Threshold, e.Total, e.Max)
	for i, m := range e.Missing {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", len(e.Missing)-i)
			break
		}
		fmt.Fprintf(&b, "; node %d: %s", m.ID, m.Reason)
	}
	return b.String()
}

// ErrNoSignatures is returned when no registered node signed at all.
var ErrNoSignatures = errors.New("signing: no valid signature from any registered node")

// member is a registered node asked to sign.
type member struct {
	id uint64
	ed [32]byte
	pk bls.PublicKey
}

// errBad marks a reply whose signature or encoding is malformed: its signer
// is skipped for a while. Field mismatches are not bad: the signer may be
// behind or ahead, or this node may be wrong.
var errBad = errors.New("malformed reply")

// job is one signing round.
type job struct {
	kind string
	msg  []byte
	path string
	body []byte
	// check decodes and checks a remote 200 answer, returning its signature.
	check func(body []byte) (bls.Signature, error)
	// local signs in process (this node's own signature), or nil.
	local func(ctx context.Context) (bls.Signature, error)
}

type answer struct {
	m   member
	sig bls.Signature
	err error
	bad bool
}

// members lists the registered nodes (the contract's allServiceNodeIDs) and
// the threshold max from the registry's parameters.
func (a *Aggregator) members() ([]member, int, error) {
	nodes, err := a.o.Registry.Nodes(true)
	if err != nil {
		return nil, 0, fmt.Errorf("signing: registry nodes: %w", err)
	}
	ms := make([]member, 0, len(nodes))
	for _, n := range nodes {
		ms = append(ms, member{id: n.ID, ed: n.Ed25519, pk: bls.PublicKey(n.BLS)})
	}
	max := DefaultNonSignerThresholdMax
	params, err := a.o.Registry.Params()
	if err != nil {
		return nil, 0, fmt.Errorf("signing: registry params: %w", err)
	}
	if s, ok := params[registry.ParamBLSNonSignerThresholdMax]; ok {
		if v, err := strconv.ParseUint(s, 10, 63); err == nil {
			max = int(min(v, 1<<31))
		}
	}
	return ms, max, nil
}

// collect asks every member in parallel, aggregates the good signatures and
// returns the aggregate, or a *NonSignerError / ErrNoSignatures.
func (a *Aggregator) collect(ctx context.Context, j job) (*Aggregate, error) {
	ms, max, err := a.members()
	if err != nil {
		return nil, err
	}
	answers := make([]answer, len(ms))
	sem := make(chan struct{}, a.o.Parallel)
	var wg sync.WaitGroup
	for i, m := range ms {
		answers[i].m = m
		if until, skipped := a.skipped(m.ed); skipped {
			answers[i].err = fmt.Errorf("skipped until %s after a bad signature", until.UTC().Format("15:04:05"))
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			answers[i] = a.ask(ctx, j, m)
		}()
	}
	wg.Wait()
	return a.finalize(j, ms, answers, max)
}

// ask gets one member's signature.
func (a *Aggregator) ask(ctx context.Context, j job, m member) answer {
	ans := answer{m: m}
	if m.ed == a.o.Self && j.local != nil {
		ans.sig, ans.err = j.local(ctx)
		return ans
	}
	t, ok := a.o.Directory.Target(m.ed)
	if !ok {
		ans.err = errors.New("no known address")
		return ans
	}
	ctx, cancel := context.WithTimeout(ctx, a.o.Timeout)
	defer cancel()
	resp, err := a.o.Transport.Do(ctx, t, peer.Request{Method: http.MethodPost, Path: j.path, Body: j.body})
	switch {
	case err != nil:
		ans.err = err
	case resp.Status != http.StatusOK:
		ans.err = fmt.Errorf("refused: %d %s", resp.Status, firstLine(resp.Body))
	case len(resp.Body) > maxReply:
		ans.err, ans.bad = fmt.Errorf("%w: %d-byte reply", errBad, len(resp.Body)), true
	default:
		ans.sig, ans.err = j.check(resp.Body)
		ans.bad = errors.Is(ans.err, errBad)
	}
	return ans
}

// finalize aggregates the answers as upstream does: add every signature,
// verify the aggregate once, and only if that fails verify each one and
// drop the invalid ones (their signers are skipped for SkipFor).
func (a *Aggregator) finalize(j job, ms []member, answers []answer, max int) (*Aggregate, error) {
	var good []int // indices of answers with a signature
	for i := range answers {
		if answers[i].err == nil {
			good = append(good, i)
		}
	}
	agg := &Aggregate{Message: j.msg, Total: len(ms), Threshold: Threshold(len(ms), max)}
	var ok bool
	if len(good) > 0 {
		agg.Signature, agg.AggregatePubkey, ok = a.sum(j.msg, answers, good)
	}
	if len(good) > 0 && !ok {
		kept := good[:0:0]
		for _, i := range good {
			if bls.Verify(answers[i].m.pk, a.o.Domain, j.msg, answers[i].sig) {
				kept = append(kept, i)
				continue
			}
			answers[i].err, answers[i].bad = fmt.Errorf("%w: signature does not verify against the node's registered BLS key", errBad), true
		}
		good = kept
		if len(good) > 0 {
			if agg.Signature, agg.AggregatePubkey, ok = a.sum(j.msg, answers, good); !ok {
				return agg, errors.New("signing: the aggregate of individually valid signatures does not verify")
			}
		}
	}
	agg.Signers = len(good)
	for _, an := range answers {
		if an.err == nil {
			continue
		}
		if an.bad {
			a.markBad(an.m.ed)
			a.o.Metrics.badSignature()
			a.lg.Warn("bad signature; skipping the signer", zap.String("kind", j.kind), zap.Uint64("node_id", an.m.id), zap.Error(an.err))
		}
		agg.NonSigners = append(agg.NonSigners, an.m.id)
		agg.Missing = append(agg.Missing, Missing{ID: an.m.id, Reason: an.err.Error(), Bad: an.bad})
	}
	slices.Sort(agg.NonSigners)
	slices.SortFunc(agg.Missing, func(x, y Missing) int { return cmp.Compare(x.ID, y.ID) })
	if len(agg.NonSigners) > agg.Threshold {
		return agg, &NonSignerError{Kind: j.kind, NonSigners: len(agg.NonSigners), Total: len(ms), Threshold: agg.Threshold, Max: max, Missing: agg.Missing}
	}
	if len(good) == 0 {
		return agg, fmt.Errorf("%w (%d nodes registered)", ErrNoSignatures, len(ms))
	}
	return agg, nil
}

// sum adds the signatures and the keys of answers[idx...] and reports
// whether the sum verifies.
func (a *Aggregator) sum(msg []byte, answers []answer, idx []int) (bls.Signature, bls.PublicKey, bool) {
	sigs := make([]bls.Signature, len(idx))
	pks := make([]bls.PublicKey, len(idx))
	for k, i := range idx {
		sigs[k], pks[k] = answers[i].sig, answers[i].m.pk
	}
	s, err := bls.AggregateSignatures(sigs...)
	if err != nil {
		return s, bls.PublicKey{}, false
	}
	p, err := bls.AggregatePublicKeys(pks...)
	if err != nil {
		return s, p, false
	}
	return s, p, bls.Verify(p, a.o.Domain, msg, s)
}

func firstLine(b []byte) string {
	s := string(b)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}
