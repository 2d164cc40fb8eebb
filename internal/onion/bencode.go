package onion

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// Minimal bencode (BitTorrent encoding) for the node-to-node relay payload
// (spec §4: {"data","enc_type","ephemeral_key","hop_no"}) and v4 server
// requests and responses (spec §7: a list of byte strings). Values are
// []byte / string (byte strings), int64 (integers), []any (lists) and
// map[string]any (dicts, keys sorted on encoding).

// BEncode encodes v. Supported: []byte, string, int, int64, []any, [][]byte,
// map[string]any.
func BEncode(v any) ([]byte, error) { return bencodeAppend(nil, v) }

func bencodeAppend(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case []byte:
		b = strconv.AppendInt(b, int64(len(x)), 10)
		b = append(b, ':')
		return append(b, x...), nil
	case string:
		b = strconv.AppendInt(b, int64(len(x)), 10)
		b = append(b, ':')
		return append(b, x...), nil
	case int:
		return bencodeAppend(b, int64(x))
	case int64:
		b = append(b, 'i')
		b = strconv.AppendInt(b, x, 10)
		return append(b, 'e'), nil
	case [][]byte:
		b = append(b, 'l')
		for _, e := range x {
			b, _ = bencodeAppend(b, e)
		}
		return append(b, 'e'), nil
	case []any:
		b = append(b, 'l')
		for _, e := range x {
			var err error
			if b, err = bencodeAppend(b, e); err != nil {
				return nil, err
			}
		}
		return append(b, 'e'), nil
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, 'd')
		for _, k := range keys {
			b, _ = bencodeAppend(b, k)
			var err error
			if b, err = bencodeAppend(b, x[k]); err != nil {
				return nil, err
			}
		}
		return append(b, 'e'), nil
	}
	return nil, fmt.Errorf("bencode: unsupported type %T", v)
}

// maxBencodeDepth bounds nesting when decoding.
const maxBencodeDepth = 32

var errBencode = errors.New("bencode: malformed input")

// BDecode decodes one value that must span all of data. Byte strings decode
// as []byte (aliasing data), integers as int64, lists as []any, dicts as
// map[string]any.
func BDecode(data []byte) (any, error) {
	v, n, err := bdecode(data, 0)
	if err != nil {
		return nil, err
	}
	if n != len(data) {
		return nil, fmt.Errorf("%w: %d trailing bytes", errBencode, len(data)-n)
	}
	return v, nil
}

func bdecode(d []byte, depth int) (any, int, error) {
	if len(d) == 0 {
		return nil, 0, fmt.Errorf("%w: unexpected end", errBencode)
	}
	if depth > maxBencodeDepth {
		return nil, 0, fmt.Errorf("%w: nested too deep", errBencode)
	}
	switch c := d[0]; {
	case c == 'i':
		end := indexByte(d, 'e', 1)
		if end < 0 {
			return nil, 0, fmt.Errorf("%w: unterminated integer", errBencode)
		}
		v, err := strconv.ParseInt(string(d[1:end]), 10, 64)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: bad integer", errBencode)
		}
		return v, end + 1, nil
	case c >= '0' && c <= '9':
		colon := indexByte(d, ':', 0)
		if colon < 0 || colon > 10 {
			return nil, 0, fmt.Errorf("%w: bad string length", errBencode)
		}
		n, err := strconv.ParseUint(string(d[:colon]), 10, 32)
		if err != nil || uint64(len(d)-colon-1) < n {
			return nil, 0, fmt.Errorf("%w: bad string length", errBencode)
		}
		s := d[colon+1 : colon+1+int(n) : colon+1+int(n)]
		return s, colon + 1 + int(n), nil
	case c == 'l':
		var out []any
		i := 1
		for {
			if i >= len(d) {
				return nil, 0, fmt.Errorf("%w: unterminated list", errBencode)
			}
			if d[i] == 'e' {
				return out, i + 1, nil
			}
			v, n, err := bdecode(d[i:], depth+1)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, v)
			i += n
		}
	case c == 'd':
		out := map[string]any{}
		i := 1
		for {
			if i >= len(d) {
				return nil, 0, fmt.Errorf("%w: unterminated dict", errBencode)
			}
			if d[i] == 'e' {
				return out, i + 1, nil
			}
			k, n, err := bdecode(d[i:], depth+1)
			if err != nil {
				return nil, 0, err
			}
			ks, ok := k.([]byte)
			if !ok {
				return nil, 0, fmt.Errorf("%w: dict key is not a string", errBencode)
			}
			i += n
			v, n, err := bdecode(d[i:], depth+1)
			if err != nil {
				return nil, 0, err
			}
			out[string(ks)] = v
			i += n
		}
	}
	return nil, 0, fmt.Errorf("%w: unexpected byte %q", errBencode, d[0])
}

func indexByte(d []byte, c byte, from int) int {
	for i := from; i < len(d); i++ {
		if d[i] == c {
			return i
		}
	}
	return -1
}

// V4Request builds a v4 server request body: a bencoded list of the JSON
// {"endpoint","method","headers"} and, if body is not nil, the body.
func V4Request(meta []byte, body []byte) []byte {
	parts := [][]byte{meta}
	if body != nil {
		parts = append(parts, body)
	}
	b, _ := BEncode(parts)
	return b
}

// ParseV4 splits a v4 request or response (a bencoded list of one or two
// byte strings) into its JSON part and optional body.
func ParseV4(data []byte) (meta, body []byte, err error) {
	v, err := BDecode(data)
	if err != nil {
		return nil, nil, err
	}
	l, ok := v.([]any)
	if !ok || len(l) < 1 || len(l) > 2 {
		return nil, nil, fmt.Errorf("%w: v4 payload is not a list of 1-2 strings", errBencode)
	}
	if meta, ok = l[0].([]byte); !ok {
		return nil, nil, fmt.Errorf("%w: v4 metadata is not a string", errBencode)
	}
	if len(l) == 2 {
		if body, ok = l[1].([]byte); !ok {
			return nil, nil, fmt.Errorf("%w: v4 body is not a string", errBencode)
		}
	}
	return meta, body, nil
}
