package peer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
)

// FrameProto is the ALPN protocol of the framed node-to-node transport. A
// node offers it, before "http/1.1", when it connects to another node with
// ServerName; a server that selects it speaks frames on the connection
// instead of HTTP/1.1. The TLS handshake is the same, so both keys are proven
// as for HTTP, and a server that does not know the protocol selects
// "http/1.1" and is sent ordinary HTTP requests.
//
// Frames carry the same requests and answers as HTTP (method, target,
// headers, body; status, headers, body) without HTTP's text parsing, with
// many requests in flight on one connection, answered in any order:
//
//	frame    = length(4) type(1) id(4) payload(length)   integers big-endian
//	request  = type 1: mlen(1) method tlen(2) target headers body
//	response = type 2: status(2) headers body
//	goaway   = type 3, id 0, empty: the server takes no new requests on this
//	           connection after the ones it has read; the client dials anew
//	headers  = count(2) { klen(1) key vlen(2) value }
//
// A request's id is chosen by the client, unique among its requests in flight
// on the connection; the response carries it back. Content-Length is implied
// by the frame and never sent.
const FrameProto = "sessiond-peer/1"

// Frame types.
const (
	frameRequest  = 1
	frameResponse = 2
	frameGoAway   = 3
)

const (
	frameHeaderLen = 9
	// maxFramePayload bounds a frame: the largest body either side reads
	// plus room for the request line and headers.
	maxFramePayload = DefaultMaxBody + 64<<10
	maxFrameHeaders = 64
)

var errFrameMalformed = errors.New("peer: malformed frame")

// appendFrameHeader appends a frame's header for a payload of n bytes.
func appendFrameHeader(dst []byte, typ byte, id uint32, n int) []byte {
	dst = binary.BigEndian.AppendUint32(dst, uint32(n))
	dst = append(dst, typ)
	return binary.BigEndian.AppendUint32(dst, id)
}

// parseFrameHeader reads the 9-byte frame header b.
func parseFrameHeader(b []byte) (typ byte, id uint32, n int, err error) {
	n64 := binary.BigEndian.Uint32(b[0:4])
	if n64 > maxFramePayload {
		return 0, 0, 0, fmt.Errorf("%w: payload of %d bytes", errFrameMalformed, n64)
	}
	return b[4], binary.BigEndian.Uint32(b[5:9]), int(n64), nil
}

// skipHeader reports headers that frames never carry.
func skipHeader(k string) bool { return k == "Content-Length" || k == "Connection" }

func headersLen(h http.Header) (n, count int) {
	n = 2
	for k, vs := range h {
		if skipHeader(k) {
			continue
		}
		for _, v := range vs {
			n += 1 + len(k) + 2 + len(v)
			count++
		}
	}
	return n, count
}

func appendHeaders(dst []byte, h http.Header, count int) []byte {
	dst = binary.BigEndian.AppendUint16(dst, uint16(count))
	for k, vs := range h {
		if skipHeader(k) {
			continue
		}
		for _, v := range vs {
			dst = append(dst, byte(len(k)))
			dst = append(dst, k...)
			dst = binary.BigEndian.AppendUint16(dst, uint16(len(v)))
			dst = append(dst, v...)
		}
	}
	return dst
}

// checkHeaders refuses headers a frame cannot carry.
func checkHeaders(h http.Header) error {
	_, count := headersLen(h)
	if count > maxFrameHeaders {
		return fmt.Errorf("peer: %d headers, frames carry at most %d", count, maxFrameHeaders)
	}
	for k, vs := range h {
		if len(k) == 0 || len(k) > 255 {
			return fmt.Errorf("peer: header name of %d bytes", len(k))
		}
		for _, v := range vs {
			if len(v) > 0xffff {
				return fmt.Errorf("peer: header %s of %d bytes", k, len(v))
			}
		}
	}
	return nil
}

// encodeRequestFrame returns a whole request frame. The caller checked the
// method (at most 255 bytes), target (at most 65535) and headers.
func encodeRequestFrame(id uint32, method, target string, h http.Header, body []byte) []byte {
	hl, count := headersLen(h)
	n := 1 + len(method) + 2 + len(target) + hl + len(body)
	b := make([]byte, 0, frameHeaderLen+n)
	b = appendFrameHeader(b, frameRequest, id, n)
	b = append(b, byte(len(method)))
	b = append(b, method...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(target)))
	b = append(b, target...)
	b = appendHeaders(b, h, count)
	return append(b, body...)
}

// encodeResponseFrame returns a whole response frame.
func encodeResponseFrame(id uint32, status int, h http.Header, body []byte) []byte {
	hl, count := headersLen(h)
	n := 2 + hl + len(body)
	b := make([]byte, 0, frameHeaderLen+n)
	b = appendFrameHeader(b, frameResponse, id, n)
	b = binary.BigEndian.AppendUint16(b, uint16(status))
	b = appendHeaders(b, h, count)
	return append(b, body...)
}

// frameRequestMsg is a parsed request payload. Body aliases the payload.
type frameRequestMsg struct {
	method, target string
	header         http.Header
	body           []byte
}

// frameResponseMsg is a parsed response payload. Body aliases the payload.
type frameResponseMsg struct {
	status int
	header http.Header
	body   []byte
}

// frameReader walks a payload; the first failure sticks.
type frameReader struct {
	b   []byte
	err error
}

func (r *frameReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = errFrameMalformed
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *frameReader) u8() int {
	b := r.take(1)
	if b == nil {
		return 0
	}
	return int(b[0])
}

func (r *frameReader) u16() int {
	b := r.take(2)
	if b == nil {
		return 0
	}
	return int(binary.BigEndian.Uint16(b))
}

func (r *frameReader) headers() http.Header {
	count := r.u16()
	if r.err != nil {
		return nil
	}
	if count > maxFrameHeaders {
		r.err = fmt.Errorf("%w: %d headers", errFrameMalformed, count)
		return nil
	}
	h := make(http.Header, count)
	for range count {
		k := r.take(r.u8())
		v := r.take(r.u16())
		if r.err != nil {
			return nil
		}
		if len(k) == 0 {
			r.err = fmt.Errorf("%w: empty header name", errFrameMalformed)
			return nil
		}
		key := http.CanonicalHeaderKey(string(k))
		h[key] = append(h[key], string(v))
	}
	return h
}

// parseRequestFrame parses a request payload.
func parseRequestFrame(p []byte) (frameRequestMsg, error) {
	r := frameReader{b: p}
	var m frameRequestMsg
	m.method = string(r.take(r.u8()))
	m.target = string(r.take(r.u16()))
	m.header = r.headers()
	if r.err != nil {
		return frameRequestMsg{}, r.err
	}
	if m.method == "" || len(m.target) == 0 || m.target[0] != '/' {
		return frameRequestMsg{}, fmt.Errorf("%w: bad request line", errFrameMalformed)
	}
	m.body = r.b
	return m, nil
}

// parseResponseFrame parses a response payload.
func parseResponseFrame(p []byte) (frameResponseMsg, error) {
	r := frameReader{b: p}
	var m frameResponseMsg
	m.status = r.u16()
	m.header = r.headers()
	if r.err != nil {
		return frameResponseMsg{}, r.err
	}
	if m.status < 100 || m.status > 999 {
		return frameResponseMsg{}, fmt.Errorf("%w: status %d", errFrameMalformed, m.status)
	}
	m.body = r.b
	return m, nil
}
