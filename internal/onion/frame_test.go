package onion

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

func frameOf(n uint32, rest string) []byte {
	b := make([]byte, 4, 4+len(rest))
	binary.LittleEndian.PutUint32(b, n)
	return append(b, rest...)
}

func TestParseFrameBounds(t *testing.T) {
	for _, c := range []struct {
		name     string
		in       []byte
		ct, meta string
		err      string
	}{
		{"empty", nil, "", "", "Unexpected payload size; expected ciphertext size"},
		{"three bytes", []byte{1, 0, 0}, "", "", "Unexpected payload size; expected ciphertext size"},
		{"n beyond end", frameOf(5, "abcd"), "", "", "Unexpected payload size 4, expected >= 5"},
		{"n max uint32", frameOf(0xFFFFFFFF, "{}"), "", "", "Unexpected payload size 2, expected >= 4294967295"},
		{"n zero", frameOf(0, "{}"), "", "{}", ""},
		{"no json", frameOf(3, "abc"), "abc", "", ""},
		{"split", frameOf(3, "abc{\"x\":1}"), "abc", `{"x":1}`, ""},
		{"prefix only", frameOf(0, ""), "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ct, meta, err := ParseFrame(c.in)
			if c.err != "" {
				if err == nil || err.Error() != c.err {
					t.Fatalf("err %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || string(ct) != c.ct || string(meta) != c.meta {
				t.Fatalf("got %q %q %v", ct, meta, err)
			}
			// The ciphertext slice is capped: appending to it must not
			// overwrite the JSON in the caller's buffer.
			if cap(ct) != len(ct) {
				t.Fatalf("ciphertext cap %d > len %d", cap(ct), len(ct))
			}
		})
	}
	big := make([]byte, MaxRequestSize+1)
	if _, _, err := ParseFrame(big); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized frame: %v", err)
	}
	if _, err := ParseEntryRequest(big); err == nil || err.(*Error).Status != 413 {
		t.Fatalf("oversized entry: %v", err)
	}
}

func TestBuildFrameRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 65536} {
		inner := bytes.Repeat([]byte{0xAB}, n)
		f, err := BuildFrame(inner, []byte(`{"k":"v"}`))
		if err != nil {
			t.Fatal(err)
		}
		if binary.LittleEndian.Uint32(f) != uint32(n) || len(f) != 4+n+9 {
			t.Fatalf("n=%d: bad prefix or length", n)
		}
		ct, meta, err := ParseFrame(f)
		if err != nil || !bytes.Equal(ct, inner) || string(meta) != `{"k":"v"}` {
			t.Fatalf("n=%d: round trip %v", n, err)
		}
	}
}

const ekHex = "8167e97672005c669a48858c69895f395ca235219ac3f7a4210022b1f910e652"

func TestParseEntryRequest(t *testing.T) {
	ok := func(js string) []byte { return frameOf(3, "abc"+js) }
	for _, c := range []struct {
		name string
		body []byte
		enc  EncType
		hop  int
		err  string // expected Message, "" for success
	}{
		{"minimal", ok(`{"ephemeral_key":"` + ekHex + `"}`), EncAESGCM, 0, ""},
		{"upper-case hex", ok(`{"ephemeral_key":"` + strings.ToUpper(ekHex) + `"}`), EncAESGCM, 0, ""},
		{"alias", ok(`{"ephemeral_key":"` + ekHex + `","enc_type":"xchacha20-poly1305"}`), EncXChaCha20, 0, ""},
		{"gcm alias", ok(`{"ephemeral_key":"` + ekHex + `","enc_type":"gcm","hop_no":3}`), EncAESGCM, 3, ""},
		{"negative hop", ok(`{"ephemeral_key":"` + ekHex + `","hop_no":-4}`), EncAESGCM, 0, ""},
		{"float hop truncates", ok(`{"ephemeral_key":"` + ekHex + `","hop_no":2.9}`), EncAESGCM, 2, ""},
		{"big hop wraps like int32", ok(`{"ephemeral_key":"` + ekHex + `","hop_no":4294967301}`), EncAESGCM, 5, ""},
		{"hop 20 accepted at entry", ok(`{"ephemeral_key":"` + ekHex + `","hop_no":20}`), EncAESGCM, 20, ""},
		{"extra keys ignored", ok(`{"ephemeral_key":"` + ekHex + `","x":[1,{}]}`), EncAESGCM, 0, ""},
		{"bom skipped", ok("\xEF\xBB\xBF" + `{"ephemeral_key":"` + ekHex + `"}`), EncAESGCM, 0, ""},
		{"whitespace", ok(" \n{ \"ephemeral_key\" : \"" + ekHex + "\" }\r\n"), EncAESGCM, 0, ""},
		{"duplicate key: last wins", ok(`{"ephemeral_key":"zz","ephemeral_key":"` + ekHex + `"}`), EncAESGCM, 0, ""},

		{"short", []byte{1}, 0, 0, "Error parsing onion request: Unexpected payload size; expected ciphertext size"},
		{"overlong n", frameOf(9, "abc"), 0, 0, "Error parsing onion request: Unexpected payload size 3, expected >= 9"},
		{"missing key", ok(`{"enc_type":"aes-gcm"}`), 0, 0, "Error parsing onion request: [json.exception.out_of_range.403] key 'ephemeral_key' not found"},
		{"key case-sensitive", ok(`{"Ephemeral_Key":"` + ekHex + `"}`), 0, 0, "Error parsing onion request: [json.exception.out_of_range.403] key 'ephemeral_key' not found"},
		{"short hex", ok(`{"ephemeral_key":"` + ekHex[:62] + `"}`), 0, 0, "Error parsing onion request: Hex key data is invalid: expected 32 hex digits, received 62"},
		{"odd hex", ok(`{"ephemeral_key":"` + ekHex[:63] + `"}`), 0, 0, "Error parsing onion request: Hex key data is invalid: data is not hex"},
		{"not hex", ok(`{"ephemeral_key":"` + ekHex[:62] + `zz"}`), 0, 0, "Error parsing onion request: Hex key data is invalid: data is not hex"},
		{"key not string", ok(`{"ephemeral_key":12}`), 0, 0, "Error parsing onion request: [json.exception.type_error.302] type must be string, but is number"},
		{"key null", ok(`{"ephemeral_key":null}`), 0, 0, "Error parsing onion request: [json.exception.type_error.302] type must be string, but is null"},
		{"bad enc", ok(`{"ephemeral_key":"` + ekHex + `","enc_type":"aes-cbc"}`), 0, 0, "Error parsing onion request: Invalid encryption type aes-cbc"},
		{"enc not string", ok(`{"ephemeral_key":"` + ekHex + `","enc_type":1}`), 0, 0, "Error parsing onion request: [json.exception.type_error.302] type must be string, but is number"},
		{"hop string", ok(`{"ephemeral_key":"` + ekHex + `","hop_no":"1"}`), 0, 0, "Error parsing onion request: [json.exception.type_error.302] type must be number, but is string"},
		{"array json", ok(`["ephemeral_key"]`), 0, 0, "Error parsing onion request: JSON value must be an object, but is array"},
		{"null json", ok(`null`), 0, 0, "Error parsing onion request: JSON value must be an object, but is null"},
	} {
		t.Run(c.name, func(t *testing.T) {
			req, err := ParseEntryRequest(c.body)
			if c.err == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				if req.EncType != c.enc || req.HopNo != c.hop || string(req.Ciphertext) != "abc" ||
					req.EphemeralKey != key32(t, ekHex) {
					t.Fatalf("got %+v", req)
				}
				return
			}
			var oe *Error
			if !errors.As(err, &oe) || oe.Status != 400 || oe.Encrypted || oe.Message != c.err || !errors.Is(err, ErrBadRequest) {
				t.Fatalf("err %#v, want message %q", err, c.err)
			}
		})
	}
	// JSON syntax problems: the text differs from nlohmann's, but the
	// status and prefix are upstream's.
	for _, js := range []string{``, `{`, `{"ephemeral_key":"` + ekHex + `"} x`, "{\"a\":\"\xff\"}", `{"a":1,}`, `{'a':1}`, `{"a":1}/*c*/`} {
		_, err := ParseEntryRequest(ok(js))
		var oe *Error
		if !errors.As(err, &oe) || oe.Status != 400 || !strings.HasPrefix(oe.Message, "Error parsing onion request: ") {
			t.Fatalf("%q: %v", js, err)
		}
	}
}
