package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Parameter parsing follows upstream's parse_field (client_rpc_endpoints.cpp)
// for JSON: null is absent, integers are told apart from floats and signed
// from unsigned as nlohmann::json's parser does, lists accept a single value,
// and error texts are upstream's.

// parseError is an invalid parameter; its text follows "invalid request: ".
type parseError struct{ msg string }

func (e *parseError) Error() string { return e.msg }

func perr(format string, args ...any) error { return &parseError{fmt.Sprintf(format, args...)} }

// fields are one request's parameters, in order (a request has a dozen at
// most: a slice searched from the end, so that a repeated key's last value
// wins as in a JSON object decoded to a map, beats a map).
type fields []field

type field struct {
	key []byte // as in the request (decoded when it has escapes)
	val json.RawMessage
}

// raw returns a member's value, null included.
func (f fields) raw(name string) (json.RawMessage, bool) {
	for i := len(f) - 1; i >= 0; i-- {
		if string(f[i].key) == name {
			return f[i].val, true
		}
	}
	return nil, false
}

// members is f as a map (tests).
func (f fields) members() map[string]json.RawMessage {
	m := make(map[string]json.RawMessage, len(f))
	for _, x := range f {
		m[string(x.key)] = x.val
	}
	return m
}

// parseFields splits a params object; raw must be valid JSON (every entry
// point checks the request once). A value that is not an object has no
// fields (upstream's find() on a non-object finds nothing).
func parseFields(raw json.RawMessage) fields {
	f, ok := splitValidObject(raw)
	if !ok {
		return nil
	}
	return f
}

// get returns a field's raw value; null counts as absent.
func (f fields) get(name string) (json.RawMessage, bool) {
	v, ok := f.raw(name)
	if !ok || len(v) == 0 || string(v) == "null" {
		return nil, false
	}
	return v, true
}

// numKind classifies a JSON number token as nlohmann does: no fraction or
// exponent and in range makes an integer, unsigned unless it has a minus sign
// ("-0" is a signed integer); everything else is a float.
type numKind int

const (
	notNumber numKind = iota
	numUnsigned
	numSigned
	numFloat
)

func classifyNumber(v []byte) (numKind, uint64, int64) {
	if len(v) == 0 || !(v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		return notNumber, 0, 0
	}
	if bytes.ContainsAny(v, ".eE") {
		return numFloat, 0, 0
	}
	if v[0] == '-' {
		i, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil {
			return numFloat, 0, 0
		}
		return numSigned, 0, i
	}
	u, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return numFloat, 0, 0
	}
	return numUnsigned, u, int64(u)
}

func typeErr(name, want string) error {
	return perr("Invalid value given for '%s': expected %s", name, want)
}

// str reads a string field.
func (f fields) str(name string) (string, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return "", false, nil
	}
	if len(v) == 0 || v[0] != '"' {
		return "", false, typeErr(name, "string")
	}
	s, ok := jsonString(v)
	if !ok {
		return "", false, typeErr(name, "string")
	}
	return s, true, nil
}

// jsonString decodes a JSON string token; plain ASCII without escapes (hex,
// base64: nearly every field) is taken as is.
func jsonString(v []byte) (string, bool) {
	plain := len(v) >= 2 && v[len(v)-1] == '"'
	for i := 1; plain && i < len(v)-1; i++ {
		c := v[i]
		plain = c >= 0x20 && c < 0x7f && c != '\\' && c != '"'
	}
	if plain {
		return string(v[1 : len(v)-1]), true
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", false
	}
	return s, true
}

// boolean reads a bool field.
func (f fields) boolean(name string) (bool, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return false, false, nil
	}
	switch string(v) {
	case "true":
		return true, true, nil
	case "false":
		return false, true, nil
	}
	return false, false, typeErr(name, "boolean")
}

// timestamp reads an unsigned integer of milliseconds and rejects values
// below 1,000,000 seconds, as upstream does for its time_point fields.
func (f fields) timestamp(name string) (int64, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return 0, false, nil
	}
	k, u, _ := classifyNumber(v)
	if k != numUnsigned {
		return 0, false, typeErr(name, "integer timestamp (in milliseconds)")
	}
	ms := int64(u)
	if ms < 1_000_000_000 {
		return 0, false, perr("Invalid timestamp for '%s': timestamp must be in milliseconds", name)
	}
	return ms, true, nil
}

// integer reads any JSON integer (signed or unsigned) as int64, wrapping
// unsigned values above MaxInt64 as a C++ int64 conversion does.
func (f fields) integer(name string) (int64, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return 0, false, nil
	}
	switch k, _, i := classifyNumber(v); k {
	case numUnsigned, numSigned:
		return i, true, nil
	}
	return 0, false, typeErr(name, "integer")
}

// int32Field reads an integer into a C++ int (truncating, as nlohmann's
// get<int> does).
func (f fields) int32Field(name string) (int32, bool, error) {
	i, ok, err := f.integer(name)
	return int32(i), ok, err
}

// namespace reads a namespace_id: an integer in the int16 range.
func (f fields) namespace(name string) (int16, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return 0, false, nil
	}
	switch k, _, i := classifyNumber(v); k {
	case numUnsigned, numSigned:
		if i < math.MinInt16 || i > math.MaxInt16 || (k == numUnsigned && i < 0) {
			return 0, false, perr("Invalid value given for '%s': value out of range", name)
		}
		return int16(i), true, nil
	}
	return 0, false, typeErr(name, "16-bit integer")
}

// nsVar is a namespace that may also be "all".
type nsVar struct {
	ns  int16
	all bool
}

// sigString is the namespace in signed strings: "" for 0, "all", or decimal.
func (n nsVar) sigString() string {
	if n.all {
		return "all"
	}
	return nsSigString(n.ns)
}

func (f fields) namespaceOrAll(name string) (nsVar, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return nsVar{}, false, nil
	}
	if len(v) > 0 && v[0] == '"' {
		if string(v) == `"all"` {
			return nsVar{all: true}, true, nil
		}
		var s string
		if json.Unmarshal(v, &s) == nil && s == "all" {
			return nsVar{all: true}, true, nil
		}
		return nsVar{}, false, typeErr(name, `integer or "all"`)
	}
	switch k, _, i := classifyNumber(v); k {
	case numUnsigned, numSigned:
		if i < math.MinInt16 || i > math.MaxInt16 || (k == numUnsigned && i < 0) {
			return nsVar{}, false, perr("Invalid value given for '%s': value out of range", name)
		}
		return nsVar{ns: int16(i)}, true, nil
	}
	return nsVar{}, false, typeErr(name, `integer or "all"`)
}

// strList reads a list of strings, or a single string as a one-element list.
func (f fields) strList(name string) ([]string, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return nil, false, nil
	}
	if len(v) > 0 && v[0] == '"' {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, false, typeErr(name, "string array")
		}
		return []string{s}, true, nil
	}
	if len(v) == 0 || v[0] != '[' {
		return nil, false, typeErr(name, "string array")
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(v, &raw); err != nil {
		return nil, false, typeErr(name, "string array")
	}
	out := make([]string, len(raw))
	for i, r := range raw {
		r = bytes.TrimSpace(r)
		if len(r) == 0 || r[0] != '"' || json.Unmarshal(r, &out[i]) != nil {
			return nil, false, typeErr(name, "string array")
		}
	}
	return out, true, nil
}

// timestampList reads a list of unsigned millisecond values, or a single one.
// (Upstream applies no "in milliseconds" check to lists.)
func (f fields) timestampList(name string) ([]int64, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return nil, false, nil
	}
	if k, u, _ := classifyNumber(v); k == numUnsigned {
		return []int64{int64(u)}, true, nil
	}
	if len(v) == 0 || v[0] != '[' {
		return nil, false, typeErr(name, "timestamp array")
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(v, &raw); err != nil {
		return nil, false, typeErr(name, "timestamp array")
	}
	out := make([]int64, len(raw))
	for i, r := range raw {
		k, u, _ := classifyNumber(bytes.TrimSpace(r))
		if k != numUnsigned {
			return nil, false, typeErr(name, "timestamp array")
		}
		out[i] = int64(u)
	}
	return out, true, nil
}

// intList reads a list of integers (truncated to C++ int), or a single one.
func (f fields) intList(name string) ([]int32, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return nil, false, nil
	}
	switch k, _, i := classifyNumber(v); k {
	case numUnsigned, numSigned:
		return []int32{int32(i)}, true, nil
	}
	if len(v) == 0 || v[0] != '[' {
		return nil, false, typeErr(name, "integer array")
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(v, &raw); err != nil {
		return nil, false, typeErr(name, "integer array")
	}
	out := make([]int32, len(raw))
	for i, r := range raw {
		k, _, n := classifyNumber(bytes.TrimSpace(r))
		if k != numUnsigned && k != numSigned {
			return nil, false, typeErr(name, "integer array")
		}
		out[i] = int32(n)
	}
	return out, true, nil
}

func requireField(name string, present bool) error {
	if !present {
		return perr("Required field '%s' missing", name)
	}
	return nil
}

// firstErr returns the first non-nil error: upstream loads all of a method's
// fields, in alphabetical order, before any other check.
func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
