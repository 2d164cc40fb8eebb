package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"

	"go.uber.org/zap"
)

// JSON-RPC 2.0 error codes, as oxend uses them.
const (
	CodeParseError     = -32700 // body is not JSON
	CodeInvalidRequest = -32600 // no "method" string
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
	CodeInternalError  = -32603
)

// MaxJSONRPCBody caps a /json_rpc request body.
const MaxJSONRPCBody = 1 << 20

// RPCError is a JSON-RPC error answer. Methods return it for errors the
// caller should see; any other error is answered as -32603 "Internal error".
type RPCError struct {
	Code    int
	Message string
	Data    any // optional "data" member
}

func (e *RPCError) Error() string {
	if e.Data != nil {
		return fmt.Sprintf("json-rpc error %d: %s (%v)", e.Code, e.Message, e.Data)
	}
	return fmt.Sprintf("json-rpc error %d: %s", e.Code, e.Message)
}

// InvalidParams is oxend's answer to parameters it cannot parse: -32602
// "Invalid params" with data "Unable to parse request: <why>".
func InvalidParams(format string, args ...any) *RPCError {
	return &RPCError{Code: CodeInvalidParams, Message: "Invalid params", Data: "Unable to parse request: " + fmt.Sprintf(format, args...)}
}

// RPCMethod runs one JSON-RPC method. params is the raw "params" member (nil
// when absent). The result is marshalled with encoding/json (a
// json.RawMessage is used as is).
type RPCMethod func(ctx context.Context, params json.RawMessage) (any, error)

// JSONRPC serves POST /json_rpc as oxend's HTTP RPC server does: a JSON-RPC
// 2.0 envelope, answered {"id":..,"jsonrpc":"2.0","result":{..}} (keys in
// sorted order, as oxend's JSON library writes them), errors with HTTP 200
// and {"error":{"code","message"[,"data"]},"id","jsonrpc"}. Methods are
// registered by name, so later issues add theirs (bls_rewards_request, ...).
// Safe for concurrent use.
type JSONRPC struct {
	lg      *zap.Logger
	mu      sync.RWMutex
	methods map[string]RPCMethod
}

// NewJSONRPC returns a server with no methods; lg may be nil.
func NewJSONRPC(lg *zap.Logger) *JSONRPC {
	if lg == nil {
		lg = zap.NewNop()
	}
	return &JSONRPC{lg: lg, methods: map[string]RPCMethod{}}
}

// Register adds m under every name (aliases included). It panics on a name
// already taken.
func (j *JSONRPC) Register(m RPCMethod, names ...string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, n := range names {
		if _, dup := j.methods[n]; dup {
			panic("rpc: json_rpc method registered twice: " + n)
		}
		j.methods[n] = m
	}
}

// Methods lists the registered names, sorted.
func (j *JSONRPC) Methods() []string {
	j.mu.RLock()
	defer j.mu.RUnlock()
	out := make([]string, 0, len(j.methods))
	for n := range j.methods {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (j *JSONRPC) method(name string) (RPCMethod, bool) {
	j.mu.RLock()
	defer j.mu.RUnlock()
	m, ok := j.methods[name]
	return m, ok
}

// Call runs a method directly (for storage's oxend_request): the result as
// JSON, or the method's error (an *RPCError for "Method not found").
func (j *JSONRPC) Call(ctx context.Context, method string, params json.RawMessage) (json.RawMessage, error) {
	m, ok := j.method(method)
	if !ok {
		return nil, &RPCError{Code: CodeMethodNotFound, Message: "Method not found"}
	}
	res, err := m(ctx, params)
	if err != nil {
		return nil, err
	}
	return marshalResult(res)
}

func marshalResult(res any) (json.RawMessage, error) {
	if raw, ok := res.(json.RawMessage); ok {
		return raw, nil
	}
	return json.Marshal(res)
}

// ServeHTTP answers one JSON-RPC request. Only POST is accepted; batches
// (JSON arrays) are not supported, as in oxend.
func (j *JSONRPC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "only POST is supported", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxJSONRPCBody+1))
	if err != nil {
		http.Error(w, "reading the request failed", http.StatusBadRequest)
		return
	}
	if len(body) > MaxJSONRPCBody {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	id, out := j.handle(r.Context(), body)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(envelope(id, out))
}

// handle returns the request id (JSON null if none) and the result or error.
func (j *JSONRPC) handle(ctx context.Context, body []byte) (json.RawMessage, any) {
	null := json.RawMessage("null")
	var req map[string]json.RawMessage
	if err := json.Unmarshal(body, &req); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) || !json.Valid(body) {
			return null, &RPCError{Code: CodeParseError, Message: "Parse error"}
		}
		return null, &RPCError{Code: CodeInvalidRequest, Message: "Invalid Request"}
	}
	id := null
	if raw, ok := req["id"]; ok {
		id = raw
	}
	var name string
	if raw, ok := req["method"]; !ok || json.Unmarshal(raw, &name) != nil {
		return id, &RPCError{Code: CodeInvalidRequest, Message: "Invalid Request"}
	}
	m, ok := j.method(name)
	if !ok {
		j.lg.Debug("json_rpc: unknown method", zap.String("method", name))
		return id, &RPCError{Code: CodeMethodNotFound, Message: "Method not found"}
	}
	params := req["params"]
	if bytes.Equal(bytes.TrimSpace(params), []byte("null")) {
		params = nil
	}
	res, err := m(ctx, params)
	if err != nil {
		var re *RPCError
		if errors.As(err, &re) {
			return id, re
		}
		j.lg.Warn("json_rpc method failed", zap.String("method", name), zap.Error(err))
		return id, &RPCError{Code: CodeInternalError, Message: "Internal error"}
	}
	raw, err := marshalResult(res)
	if err != nil {
		j.lg.Error("json_rpc result not encodable", zap.String("method", name), zap.Error(err))
		return id, &RPCError{Code: CodeInternalError, Message: "Internal error"}
	}
	return id, raw
}

// envelope writes the answer with oxend's (sorted) key order.
func envelope(id json.RawMessage, out any) []byte {
	var b bytes.Buffer
	if e, ok := out.(*RPCError); ok {
		b.WriteString(`{"error":{"code":`)
		fmt.Fprintf(&b, "%d", e.Code)
		if e.Data != nil {
			if d, err := json.Marshal(e.Data); err == nil {
				b.WriteString(`,"data":`)
				b.Write(d)
			}
		}
		b.WriteString(`,"message":`)
		msg, _ := json.Marshal(e.Message)
		b.Write(msg)
		b.WriteString(`},"id":`)
		b.Write(compact(id))
		b.WriteString(`,"jsonrpc":"2.0"}`)
		return b.Bytes()
	}
	b.WriteString(`{"id":`)
	b.Write(compact(id))
	b.WriteString(`,"jsonrpc":"2.0","result":`)
	b.Write(out.(json.RawMessage))
	b.WriteString(`}`)
	return b.Bytes()
}

func compact(raw json.RawMessage) []byte {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return []byte("null")
	}
	return b.Bytes()
}
