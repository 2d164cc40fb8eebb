package signing

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/registry"
)

// DefaultMaxSkew is upstream's BLS_EXIT_REQUEST_MAX_AGE: a signer refuses an
// exit or liquidation timestamp more than 3 minutes from its clock, either
// way.
const DefaultMaxSkew = 3 * time.Minute

// Mux is where the signer mounts its endpoints: *peer.Service or *peer.Mux,
// which put them behind the node-to-node authentication.
type Mux interface {
	Handle(pattern string, h http.Handler)
}

// SignerOptions configure a Signer.
type SignerOptions struct {
	// Key is the node's BLS secret key (keys.Identity.BLS).
	Key bls.SecretKey
	// Domain binds signatures to the rewards contract.
	Domain bls.Domain
	// Book computes the balances signed; Checker decides exits and
	// liquidations (its Registry finds nodes by BLS key).
	Book    *Book
	Checker *Checker
	// MaxSkew bounds |timestamp - now| of exit requests; 0 means
	// DefaultMaxSkew.
	MaxSkew time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger and Metrics may be nil.
	Logger  *zap.Logger
	Metrics *Metrics
	// Corrupt, when set and true, makes the signer sign the wrong message:
	// fault injection on test networks (a node returning bad signatures).
	Corrupt func() bool
}

// Signer answers other nodes' signing requests: it signs only what it
// computes or observes itself (the balance from its own registry, the
// removability from the chain, the liquidatability from its own tests).
// Safe for concurrent use.
type Signer struct {
	o   SignerOptions
	pub bls.PublicKey
	lg  *zap.Logger
}

// NewSigner returns a signer; Book and Checker are required.
func NewSigner(o SignerOptions) (*Signer, error) {
	if o.Book == nil || o.Checker == nil {
		return nil, errors.New("signing: a signer needs a Book and a Checker")
	}
	if o.MaxSkew <= 0 {
		o.MaxSkew = DefaultMaxSkew
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return &Signer{o: o, pub: o.Key.PublicKey(), lg: o.Logger}, nil
}

// PublicKey is the signer's BLS public key.
func (s *Signer) PublicKey() bls.PublicKey { return s.pub }

// Mount registers the three endpoints (POST PathRewards, PathExit,
// PathLiquidation) on m.
func (s *Signer) Mount(m Mux) {
	m.Handle("POST "+PathRewards, http.HandlerFunc(s.serveRewards))
	m.Handle("POST "+PathExit, s.exitHandler(KindExit))
	m.Handle("POST "+PathLiquidation, s.exitHandler(KindLiquidation))
}

// Rewards signs req.Address's lifetime balance at block req.Height, as this
// node computes it. Errors are *StatusError or wrap ErrUnavailable.
func (s *Signer) Rewards(ctx context.Context, req RewardsRequest) (*RewardsReply, error) {
	if req.Address == ([20]byte{}) {
		return nil, refuse(http.StatusBadRequest, "the zero address has no balance")
	}
	bal, err := s.o.Book.At(ctx, req.Height)
	if err != nil {
		return nil, err
	}
	amount := bal.Of(req.Address)
	sig := s.sign(bls.RewardMessage(s.o.Domain, req.Address, amount))
	return &RewardsReply{Address: req.Address, Amount: amount, Height: req.Height, Signature: sig}, nil
}

// Exit signs the exit or liquidation of req.BLSPubkey at req.Timestamp when
// the timestamp is within MaxSkew of the clock and the Checker allows it.
func (s *Signer) Exit(ctx context.Context, kind Kind, req ExitRequest) (*ExitReply, error) {
	now := s.o.Now()
	ts := time.Unix(int64(min(req.Timestamp, 1<<62)), 0)
	if d := now.Sub(ts).Abs(); d > s.o.MaxSkew {
		return nil, refuse(http.StatusBadRequest, "timestamp %d is %s from this node's clock (at most %s)", req.Timestamp, d.Round(time.Second), s.o.MaxSkew)
	}
	cur, err := s.o.Book.Cursor()
	if err != nil {
		return nil, err
	}
	n, err := s.o.Checker.reg.NodeByBLS(req.BLSPubkey[:])
	if err != nil {
		return nil, fmt.Errorf("signing: node by BLS key: %w", err)
	}
	if err := s.o.Checker.Check(kind, n, cur); err != nil {
		return nil, err
	}
	sig := s.sign(kind.Message(s.o.Domain, req.BLSPubkey, req.Timestamp))
	return &ExitReply{Remove: req.BLSPubkey, Timestamp: req.Timestamp, Signature: sig}, nil
}

func (s *Signer) serveRewards(w http.ResponseWriter, r *http.Request) {
	var req RewardsRequest
	if !readJSON(w, r, &req) {
		s.o.Metrics.signed("rewards", http.StatusBadRequest)
		return
	}
	rep, err := s.Rewards(r.Context(), req)
	s.answer(w, "rewards", rep, err, zap.Stringer("address", req.Address), zap.Uint64("height", req.Height))
}

func (s *Signer) exitHandler(kind Kind) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req ExitRequest
		if !readJSON(w, r, &req) {
			s.o.Metrics.signed(kind.String(), http.StatusBadRequest)
			return
		}
		rep, err := s.Exit(r.Context(), kind, req)
		s.answer(w, kind.String(), rep, err, zap.Stringer("bls_pubkey", req.BLSPubkey), zap.Uint64("timestamp", req.Timestamp))
	})
}

// answer writes the reply, or the refusal as a one-line text body.
func (s *Signer) answer(w http.ResponseWriter, what string, rep any, err error, fields ...zap.Field) {
	if err != nil {
		status := statusOf(err)
		s.o.Metrics.signed(what, status)
		if status >= 500 {
			s.lg.Warn("signing request failed", append(fields, zap.String("kind", what), zap.Error(err))...)
		} else {
			s.lg.Debug("signing request refused", append(fields, zap.String("kind", what), zap.Int("status", status), zap.Error(err))...)
		}
		http.Error(w, err.Error(), status)
		return
	}
	body, err := json.Marshal(rep)
	if err != nil {
		http.Error(w, "encoding the reply failed", http.StatusInternalServerError)
		return
	}
	s.o.Metrics.signed(what, http.StatusOK)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// readJSON decodes the request body (already bounded by the peer transport)
// or answers 400.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
		return false
	}
	return true
}

// nodeByKey finds an active node by Ed25519 or BLS key.
func nodeByKey(reg Registry, key NodeKey) (*registry.Node, error) {
	switch {
	case key.BLS != (bls.PublicKey{}) && key.Ed25519 != ([32]byte{}):
		return nil, errors.New("signing: give an Ed25519 or a BLS key, not both")
	case key.BLS != (bls.PublicKey{}):
		return reg.NodeByBLS(key.BLS[:])
	case key.Ed25519 != ([32]byte{}):
		return reg.NodeByEd25519(key.Ed25519)
	default:
		return nil, errors.New("signing: no node key given")
	}
}

// sign signs msg with the node's key (a wrong message when Corrupt says so).
func (s *Signer) sign(msg []byte) bls.Signature {
	if s.o.Corrupt != nil && s.o.Corrupt() {
		msg = append([]byte("corrupted by fault injection: "), msg...)
	}
	return bls.Sign(s.o.Key, s.o.Domain, msg)
}
