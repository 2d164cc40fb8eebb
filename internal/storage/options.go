package storage

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"time"
)

// Defaults of Options.
const (
	// DefaultMaxDBSize is upstream's SIZE_LIMIT since PR #512 (10 GiB).
	DefaultMaxDBSize int64 = 10 << 30
	// DefaultReapPeriod is upstream's Database::CLEANUP_PERIOD.
	DefaultReapPeriod = 10 * time.Second
	// DefaultMaxBatch caps the writes gathered into one transaction.
	DefaultMaxBatch = 1024
	// DefaultMappedBudget is the default Options.MappedBudget (96 MiB).
	DefaultMappedBudget int64 = 96 << 20
)

// DefaultVersion is the storage server version this node reports (info,
// ifelse v_*, and the HTTPS Server header): the newest upstream release line
// whose client API this package implements (2.11 added revoked_subaccounts;
// the 2.8 client API is otherwise unchanged since).
var DefaultVersion = [3]int{2, 11, 0}

// DefaultHardfork is the [major, minor] network hardfork reported in "hf"
// when no ChainInfo is wired: the Session Token (HF21) era.
var DefaultHardfork = [2]int{21, 0}

// Options configure a Store. Identity is required; everything else has a
// default.
type Options struct {
	// Identity signs this node's part of recursive responses; its public key
	// names this node's entry in the "swarm" map.
	Identity ed25519.PrivateKey
	// Swarm answers the 421 check and get_swarm. Nil means
	// NewSingleNodeView(Self): this node is the whole network.
	Swarm SwarmView
	// Self is this node's contact info (IP, ports), used only by the
	// default Swarm; its keys default to Identity's.
	Self Contact
	// Forwarder sends recursive requests to the other swarm members. Nil
	// means there are none.
	Forwarder Forwarder
	// Chain reports the hardfork and block height ("hf", ifelse). Nil means
	// DefaultHardfork and height 0.
	Chain ChainInfo
	// Oxend answers oxend_request get_service_nodes. Nil answers 400
	// "Unknown oxend error", as upstream does when oxend does not reply.
	// ons_resolve is always answered here, with upstream's "not found" shape.
	Oxend OxendRPC
	// OnNewMessage, if set, is called after the commit of every message a
	// client store inserted (not for duplicates or bulk copies): the hook for
	// monitor subscriptions. It must not block.
	OnNewMessage func(Message)

	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// MaxDBSize caps the used size of the database file; 0 means
	// DefaultMaxDBSize. New messages are refused above it.
	MaxDBSize int64
	// ReapPeriod is the interval of the expired-message reaper; 0 means
	// DefaultReapPeriod.
	ReapPeriod time.Duration
	// MaxBatch caps the writes committed in one transaction; 0 means
	// DefaultMaxBatch.
	MaxBatch int
	// MappedBudget bounds the process's file-backed resident memory
	// (bytes), checked every second: above it, the database file's mapped
	// pages are released from the resident set (they stay in the page cache;
	// Linux only). 0 means DefaultMappedBudget, negative disables it.
	MappedBudget int64
	// DisableJournal commits every write to bbolt before acknowledging it,
	// instead of journaling new messages (journal.go). For comparisons.
	DisableJournal bool
	// applyHold, in tests, holds the journal applier before each segment
	// until a value arrives; applyFail, in tests, makes its attempts fail
	// while it returns an error.
	applyHold chan struct{}
	applyFail func() error
	// filterCapacity is the fewest hashes the seen filter is sized for, and
	// applyChunk the most messages of one applier transaction; 0 means
	// defaultFilterCapacity, defaultApplyChunk (tests make them small).
	filterCapacity int64
	applyChunk     int
	// scanChunk is the most keys one read transaction of a background scan
	// (seen filter, sums) reads; 0 means filterScanChunk.
	scanChunk int
	// Testnet accepts 64-hex-digit pubkeys (implied 05) and prints 00
	// accounts without their prefix, as upstream does on testnet.
	Testnet bool
	// Version is reported by info and tested by ifelse; zero means
	// DefaultVersion.
	Version [3]int
}

func (o *Options) setDefaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxDBSize <= 0 {
		o.MaxDBSize = DefaultMaxDBSize
	}
	if o.ReapPeriod <= 0 {
		o.ReapPeriod = DefaultReapPeriod
	}
	if o.MaxBatch <= 0 {
		o.MaxBatch = DefaultMaxBatch
	}
	if o.MappedBudget == 0 {
		o.MappedBudget = DefaultMappedBudget
	}
	if o.filterCapacity <= 0 {
		o.filterCapacity = defaultFilterCapacity
	}
	if o.applyChunk <= 0 {
		o.applyChunk = defaultApplyChunk
	}
	if o.scanChunk <= 0 {
		o.scanChunk = filterScanChunk
	}
	if o.Version == ([3]int{}) {
		o.Version = DefaultVersion
	}
	if o.Chain == nil {
		o.Chain = staticChain{}
	}
}

// ChainInfo reports the network state that responses carry.
type ChainInfo interface {
	// Hardfork is the network's [major, minor] hardfork version.
	Hardfork() [2]int
	// Height is the current block height.
	Height() uint64
}

type staticChain struct{}

func (staticChain) Hardfork() [2]int { return DefaultHardfork }
func (staticChain) Height() uint64   { return 0 }

// OxendRPC forwards oxend_request's get_service_nodes. The result must be
// the JSON object oxend would answer; an *OxendError carries oxend's error
// text (answered as 400), any other error answers 400 "Unknown oxend error".
type OxendRPC interface {
	OxendRequest(ctx context.Context, endpoint string, params json.RawMessage) (json.RawMessage, error)
}

// OxendError is an error answer of oxend, passed to the client as 400 text.
type OxendError struct{ Message string }

func (e *OxendError) Error() string { return e.Message }
