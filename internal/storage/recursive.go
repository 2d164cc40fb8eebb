package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/sessiond/sessiond/internal/keys"
)

// Forwarder sends a recursive request to the other members of this node's
// swarm (upstream distribute_command). It is called, on its own goroutine,
// before this node runs the request, with the client's original params so
// that each peer re-verifies them; it returns once every peer has answered or
// timed out (upstream: 5 s), keyed by peer Ed25519 key in lowercase hex.
// Implementations must honour ctx.
type Forwarder interface {
	Forward(ctx context.Context, method string, params json.RawMessage) map[string]PeerResult
}

// PeerResult is one peer's entry in the "swarm" map.
type PeerResult struct {
	// Body is the peer's result object (as its HandleForwarded returned it,
	// signatures base64) when it answered. It is used as is, and the peer
	// counts as failed if it has a top-level "failed" key.
	Body json.RawMessage
	// Failed marks a peer that gave no usable result; then one of the
	// following says why.
	Failed bool
	// Timeout: no answer in time.
	Timeout bool
	// Code and Reason: the peer answered with this non-200 status and text.
	// (Upstream puts the OMQ status part, a string, in "code"; so do we.)
	Code   int
	Reason string
	// BadPeerResponse: the peer's answer could not be parsed.
	BadPeerResponse bool
}

// appendJSON writes the entry upstream would put in the swarm map.
func (p *PeerResult) appendJSON(b []byte) []byte {
	if !p.Failed {
		if body := bytes.TrimSpace(p.Body); len(body) > 0 && body[0] == '{' && json.Valid(body) {
			return append(b, body...)
		}
		return append(b, `{"bad_peer_response":true,"failed":true}`...)
	}
	switch {
	case p.Timeout:
		return append(b, `{"failed":true,"timeout":true}`...)
	case p.Code != 0:
		b = append(b, `{"code":"`...)
		b = strconv.AppendInt(b, int64(p.Code), 10)
		b = append(b, `","failed":true,"reason":`...)
		b = appendJSONString(b, p.Reason)
		return append(b, '}')
	default:
		return append(b, `{"bad_peer_response":true,"failed":true}`...)
	}
}

// failed is upstream reply_or_fail's test: the entry has a "failed" key.
func (p *PeerResult) failed() bool {
	if p.Failed {
		return true
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(p.Body, &m) != nil {
		return true
	}
	_, f := m["failed"]
	return f
}

// field returns a top-level member of the peer's body.
func (p *PeerResult) field(name string) json.RawMessage {
	if p.Failed {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(p.Body, &m) != nil {
		return nil
	}
	return m[name]
}

// peerWait waits for the forwarded results; nil when nothing was forwarded.
type peerWait func() map[string]PeerResult

// forward starts sending the request to the swarm peers, for client requests
// of recursive methods when a Forwarder is set.
func (rc *reqCtx) forward() peerWait {
	f := rc.s.opts.Forwarder
	if !rc.recurse || f == nil {
		return nil
	}
	ch := make(chan map[string]PeerResult, 1)
	// The swarm gets the request even if the client goes away meanwhile;
	// the Forwarder bounds it with its own timeout.
	ctx, method, raw := context.WithoutCancel(rc.ctx), rc.method, rc.raw
	go func() { ch <- f.Forward(ctx, method, raw) }()
	return func() map[string]PeerResult { return <-ch }
}

// ownResult is this node's entry of a recursive response.
type ownResult struct {
	body   []byte // JSON object
	failed bool
	// deleted reports whether this node deleted anything (delete "required").
	deleted bool
}

// swarmResponse builds the reply of a recursive request. For a forwarded
// request it is this node's entry alone, with status 200 (upstream's
// reply_or_fail finds no "failed" member objects in it). For a client request
// it is {"hash"?, "hf", "swarm": {...}, "t"}, 200 if any member succeeded,
// else 500. topHash is store's deprecated top-level hash ("" for none).
func (rc *reqCtx) swarmResponse(own ownResult, wait peerWait, topHash string, tms int64) (Response, map[string]PeerResult) {
	if !rc.recurse {
		return jsonResponse(statusOK, own.body), nil
	}
	var peers map[string]PeerResult
	if wait != nil {
		peers = wait()
	}
	keys := make([]string, 0, len(peers)+1)
	keys = append(keys, rc.s.nodePub)
	for k := range peers {
		if k != rc.s.nodePub {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)

	ok := !own.failed
	size := len(own.body) + 128
	for _, p := range peers {
		size += len(p.Body) + 80
		if !ok && !p.failed() {
			ok = true
		}
	}
	b := make([]byte, 0, size)
	b = append(b, '{')
	if topHash != "" {
		b = append(b, `"hash":`...)
		b = appendJSONString(b, topHash)
		b = append(b, ',')
	}
	b = appendHF(b, rc.s.opts.Chain.Hardfork())
	b = append(b, `,"swarm":{`...)
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		if k == rc.s.nodePub {
			b = append(b, own.body...)
		} else {
			p := peers[k]
			b = p.appendJSON(b)
		}
	}
	b = append(b, "},"...)
	b = appendT(b, tms)
	b = append(b, '}')
	status := statusOK
	if !ok {
		status = statusInternalError
	}
	return jsonResponse(status, b), peers
}

// appendSignature appends this node's signature over msg, base64 (JSON).
func (rc *reqCtx) appendSignature(b []byte, msg []byte) []byte {
	return appendB64(b, keys.Sign(rc.s.opts.Identity, msg))
}
