package storage

import (
	"encoding/json"
)

// splitObject splits a JSON object into its members without decoding the
// values: a faster equivalent of json.Unmarshal into map[string]RawMessage
// (fields.raw returns the last of repeated keys, as there). It reports false
// when raw is not a single valid JSON object.
func splitObject(raw []byte) (fields, bool) {
	if !json.Valid(raw) {
		return nil, false
	}
	return splitValidObject(raw)
}

// splitValidObject is splitObject for input already known to be valid JSON.
func splitValidObject(raw []byte) (fields, bool) {
	i := skipWS(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, false
	}
	f := make(fields, 0, 12)
	i = skipWS(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return f, true
	}
	for i < len(raw) {
		// Key (valid JSON guarantees a string here).
		ks := i
		i = skipString(raw, i)
		key := raw[ks+1 : i-1]
		if needsDecode(key) {
			var k string
			if json.Unmarshal(raw[ks:i], &k) != nil {
				return nil, false
			}
			key = []byte(k)
		}
		i = skipWS(raw, i)
		i = skipWS(raw, i+1) // ':'
		vs := i
		i = skipValue(raw, i)
		f = append(f, field{key: key, val: raw[vs:i]})
		i = skipWS(raw, i)
		if i < len(raw) && raw[i] == ',' {
			i = skipWS(raw, i+1)
			continue
		}
		break
	}
	return f, true
}

// needsDecode reports keys that json.Unmarshal would change: escapes and
// non-ASCII bytes (invalid UTF-8 becomes U+FFFD).
func needsDecode(b []byte) bool {
	for _, x := range b {
		if x == '\\' || x >= 0x80 {
			return true
		}
	}
	return false
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at b[i] == '"'.
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// skipValue returns the index after the (valid) JSON value starting at i.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = skipString(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	default: // number, true, false, null
		for i < len(b) {
			switch b[i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return i
			}
			i++
		}
		return i
	}
}
