package onion

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// The helpers below read JSON the way upstream's nlohmann::json calls do, so
// that a request upstream accepts is accepted here and vice versa: keys are
// case-sensitive and the last duplicate wins, values must have the exact JSON
// type upstream's get<T>() accepts, a leading UTF-8 BOM is skipped and invalid
// UTF-8 is a parse error.

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// parseObject parses a whole JSON text that must be an object.
func parseObject(b []byte) (map[string]json.RawMessage, error) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if !utf8.Valid(b) {
		return nil, errors.New("JSON parse error: invalid UTF-8")
	}
	if !json.Valid(b) {
		var v any
		err := json.Unmarshal(b, &v)
		if err == nil {
			err = errors.New("syntax error")
		}
		return nil, fmt.Errorf("JSON parse error: %v", err)
	}
	t := bytes.TrimLeft(b, " \t\r\n")
	if t[0] != '{' {
		return nil, fmt.Errorf("JSON value must be an object, but is %s", jsonTypeName(t))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("JSON parse error: %v", err)
	}
	return m, nil
}

func jsonTypeName(raw []byte) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return "discarded"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func missingKey(k string) error {
	return fmt.Errorf("[json.exception.out_of_range.403] key '%s' not found", k)
}

func typeError(want string, raw []byte) error {
	return fmt.Errorf("[json.exception.type_error.302] type must be %s, but is %s", want, jsonTypeName(raw))
}

// jsonString reads a JSON string value.
func jsonString(raw json.RawMessage) (string, error) {
	if jsonTypeName(raw) != "string" {
		return "", typeError("string", raw)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", err
	}
	return s, nil
}

// jsonBool reads a JSON boolean value.
func jsonBool(raw json.RawMessage) (bool, error) {
	switch string(bytes.TrimSpace(raw)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, typeError("boolean", raw)
}

// jsonInt reads a JSON number (or boolean) into a signed (signed=true) or
// unsigned integer of the given bit size, converting like C++ static_cast as
// nlohmann's get<intN_t>/get<uintN_t> does: integers wrap modulo 2^bits,
// floats truncate toward zero, true is 1. A float outside the target range
// (undefined behaviour upstream) is an error here.
func jsonInt(raw json.RawMessage, bits uint) (int64, error) {
	return jsonIntConv(raw, bits, true)
}

func jsonUint(raw json.RawMessage, bits uint) (uint64, error) {
	v, err := jsonIntConv(raw, bits, false)
	return uint64(v), err
}

func jsonIntConv(raw json.RawMessage, bits uint, signed bool) (int64, error) {
	t := bytes.TrimSpace(raw)
	switch jsonTypeName(t) {
	case "boolean":
		if string(t) == "true" {
			return 1, nil
		}
		return 0, nil
	case "number":
	default:
		return 0, typeError("number", raw)
	}
	s := string(t)
	var u uint64
	if bytes.ContainsAny(t, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return 0, err
		}
		f = math.Trunc(f)
		lo, hi := 0.0, math.Ldexp(1, int(bits))
		if signed {
			lo, hi = -math.Ldexp(1, int(bits-1)), math.Ldexp(1, int(bits-1))
		}
		if !(f >= lo && f < hi) {
			return 0, fmt.Errorf("number %s out of range", s)
		}
		return int64(f), nil
	}
	if v, err := strconv.ParseInt(s, 10, 64); err == nil {
		u = uint64(v)
	} else if v, err := strconv.ParseUint(s, 10, 64); err == nil {
		u = v
	} else {
		// nlohmann stores integers beyond 64 bits as floats; converting
		// those to a narrow integer is undefined upstream.
		return 0, fmt.Errorf("number %s out of range", s)
	}
	u &= 1<<bits - 1
	if signed && u&(1<<(bits-1)) != 0 {
		return int64(u) - int64(1)<<bits, nil
	}
	return int64(u), nil
}

// marshalCompact encodes v like nlohmann's dump(): compact, no HTML escaping.
func marshalCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), nil
}
