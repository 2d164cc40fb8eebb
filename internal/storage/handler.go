package storage

import (
	"context"
	"encoding/json"
	"errors"
	"net/netip"
	"time"

	"go.uber.org/zap"
)

// HTTP status codes the storage RPC answers with.
const (
	statusOK            = 200
	statusBadRequest    = 400
	statusUnauthorized  = 401
	statusForbidden     = 403
	statusNotFound      = 404
	statusNotAcceptable = 406
	statusMisdirected   = 421
	statusInternalError = 500
	statusBadGateway    = 502
)

// Response is one storage RPC answer.
type Response struct {
	Status int
	// Body is a JSON document when JSON is set, else plain text.
	Body []byte
	JSON bool
}

func textResponse(status int, msg string) Response {
	return Response{Status: status, Body: []byte(msg)}
}

func jsonResponse(status int, body []byte) Response {
	return Response{Status: status, Body: body, JSON: true}
}

// Client describes where a request came from (for logs; the method layer
// applies no per-client policy).
type Client struct {
	Addr netip.Addr
}

// reqCtx is the context of one (sub)request.
type reqCtx struct {
	ctx     context.Context
	s       *Store
	now     int64 // ms
	recurse bool  // a client request (forward to the swarm) rather than a forwarded one
	// b64 marks a JSON request: binary values travel as base64. Always true
	// until bt-encoded transports exist.
	b64    bool
	method string          // canonical method name
	raw    json.RawMessage // the request's params as received, for forwarding
	client Client
}

// request is a parsed request, ready to run.
type request interface {
	run(rc *reqCtx) Response
}

// parsed is a parsed (sub)request with what running it needs.
type parsed struct {
	name string // canonical name
	m    *method
	raw  json.RawMessage
	req  request
}

type method struct {
	name      string
	recursive bool
	meta      bool // batch, sequence, ifelse: not allowed inside batch/sequence
	parse     func(s *Store, f fields) (request, error)
}

// methods maps every method name and alias; set in init to allow recursion
// (batch and ifelse parse subrequests through it).
var methods map[string]*method

func init() {
	list := []*method{
		{name: "store", recursive: true, parse: parseStore},
		{name: "retrieve", parse: parseRetrieve},
		{name: "delete", recursive: true, parse: parseDelete},
		{name: "delete_all", recursive: true, parse: parseDeleteAll},
		{name: "delete_before", recursive: true, parse: parseDeleteBefore},
		{name: "expire", recursive: true, parse: parseExpire},
		{name: "expire_all", recursive: true, parse: parseExpireAll},
		{name: "get_expiries", parse: parseGetExpiries},
		{name: "get_swarm", parse: parseGetSwarm},
		{name: "oxend_request", parse: parseOxendRequest},
		{name: "info", parse: parseInfo},
		{name: "revoke_subaccount", recursive: true, parse: parseRevoke},
		{name: "unrevoke_subaccount", recursive: true, parse: parseUnrevoke},
		{name: "revoked_subaccounts", parse: parseRevokedSubaccounts},
		{name: "batch", meta: true, parse: parseBatch},
		{name: "sequence", meta: true, parse: parseSequence},
		{name: "ifelse", meta: true, parse: parseIfElse},
	}
	methods = make(map[string]*method, len(list)+1)
	for _, m := range list {
		methods[m.name] = m
	}
	methods["get_snodes_for_pubkey"] = methods["get_swarm"]
}

// parseRequest parses one (sub)request's params.
func (s *Store) parseRequest(name string, raw json.RawMessage) (*parsed, error) {
	m := methods[name]
	req, err := m.parse(s, parseFields(raw))
	if err != nil {
		return nil, err
	}
	return &parsed{name: m.name, m: m, raw: raw, req: req}, nil
}

// HandleJSON answers a whole request body {"method": ..., "params": {...}},
// as HTTPS /storage_rpc/v1 and the final hop of an onion request carry it.
func (s *Store) HandleJSON(ctx context.Context, body []byte, c Client) Response {
	env, ok := splitObject(body)
	if !ok {
		if json.Valid(body) {
			// Valid JSON, but not an object: it has no "method".
			return textResponse(statusBadRequest, "invalid json: no `method` field")
		}
		return textResponse(statusBadRequest, "invalid json")
	}
	var name string
	mraw, _ := env.raw("method")
	if len(mraw) == 0 || mraw[0] != '"' || json.Unmarshal(mraw, &name) != nil {
		return textResponse(statusBadRequest, "invalid json: no `method` field")
	}
	praw, _ := env.raw("params")
	if len(praw) == 0 || praw[0] != '{' {
		return textResponse(statusBadRequest, "invalid json: no `params` field")
	}
	return s.handle(ctx, name, praw, c, true)
}

// Handle answers one client request given its method name and params object.
func (s *Store) Handle(ctx context.Context, name string, params json.RawMessage, c Client) Response {
	if !json.Valid(params) {
		return textResponse(statusBadRequest, "invalid json")
	}
	return s.handle(ctx, name, params, c, true)
}

// HandleForwarded answers a recursive request a swarm peer forwarded with
// its client's original params: everything is checked again, nothing is
// forwarded further, and the result is this node's own entry, not a "swarm"
// map. Non-recursive methods are refused with 400, as upstream does.
func (s *Store) HandleForwarded(ctx context.Context, name string, params json.RawMessage) Response {
	if m, ok := methods[name]; ok && !m.recursive {
		return textResponse(statusBadRequest, "invalid request: received invalid forwarded non-forwardable request")
	}
	if !json.Valid(params) {
		return textResponse(statusBadRequest, "invalid json")
	}
	return s.handle(ctx, name, params, Client{}, false)
}

func (s *Store) handle(ctx context.Context, name string, params json.RawMessage, c Client, recurse bool) (res Response) {
	start := time.Now()
	label := "unknown"
	defer func() {
		if r := recover(); r != nil {
			s.lg.Error("client request panicked", zap.String("method", label), zap.Any("panic", r), zap.Stack("stack"))
			res = textResponse(statusInternalError, "request failed")
		}
		s.m.observe(label, res.Status, time.Since(start).Seconds())
	}()
	m, ok := methods[name]
	if !ok {
		return textResponse(statusBadRequest, "no method "+name)
	}
	label = m.name
	p, err := s.parseRequest(name, params)
	if err != nil {
		var pe *parseError
		if errors.As(err, &pe) {
			return textResponse(statusBadRequest, "invalid request: "+pe.msg)
		}
		s.lg.Warn("client request raised an error", zap.String("method", label), zap.Error(err))
		return textResponse(statusInternalError, "request failed")
	}
	return s.run(ctx, p, c, recurse)
}

// run executes a parsed request.
func (s *Store) run(ctx context.Context, p *parsed, c Client, recurse bool) Response {
	rc := &reqCtx{
		ctx:     ctx,
		s:       s,
		now:     s.nowMS(),
		recurse: recurse,
		b64:     true,
		method:  p.name,
		raw:     p.raw,
		client:  c,
	}
	return p.req.run(rc)
}

// wrongSwarm is upstream's handle_wrong_swarm: 421 with the right swarm.
func (rc *reqCtx) wrongSwarm(sw *SwarmInfo) Response {
	b := make([]byte, 0, 256+len(sw.Members)*400)
	b = append(b, '{')
	b = appendHF(b, rc.s.opts.Chain.Hardfork())
	b = append(b, ',')
	b = appendSwarmJSON(b, sw)
	b = append(b, ',')
	b = appendT(b, rc.s.nowMS())
	b = append(b, '}')
	return jsonResponse(statusMisdirected, b)
}

// checkSwarm returns a 421 response when the account is not this swarm's.
func (rc *reqCtx) checkSwarm(a *Account) (Response, bool) {
	sw, ours := rc.s.opts.Swarm.Lookup(a.Key())
	if ours {
		return Response{}, true
	}
	return rc.wrongSwarm(&sw), false
}

// withinWindow reports whether ts is within tol ms of now.
func withinWindow(ts, now, tol int64) bool { return ts >= now-tol && ts <= now+tol }

// Time constants of upstream request_handler.h, in ms.
const (
	ttlMinimum             = 10 * 1000
	ttlMaximum             = 14 * 24 * 3600 * 1000
	ttlMaximumPrivate      = 30 * 24 * 3600 * 1000
	storeTolerance         = 10 * 1000
	signatureTolerance     = 60 * 1000
	signatureToleranceFwd  = 70 * 1000
	retrieveMaxSize        = 7_800_000
	retrieveMsgOverhead    = 100
	batchRequestMax        = 20
	multiExpiryHardforkMaj = 19
	multiExpiryHardforkMin = 4
)

func hfAtLeast(hf [2]int, maj, min int) bool {
	return hf[0] > maj || hf[0] == maj && hf[1] >= min
}
