package onion

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// maxFuzzInput caps fuzz inputs; larger inputs only exercise copying.
const maxFuzzInput = 64 << 10

func fuzzSeeds(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0})
	f.Add(frameOf(0xFFFFFFFF, "{}"))
	f.Add(inner(`{"headers":""}`))
	f.Add(inner(`{"headers":"","json":true,"base64":false}`))
	f.Add(inner(`{"host":"h","target":"/oxen/v4/lsrpc","port":80,"protocol":"http"}`))
	f.Add(inner(`{"destination":"` + destHex + `","ephemeral_key":"` + ephHex + `","enc_type":"xchacha20"}`))
	f.Add(frameOf(3, `abc{"ephemeral_key":"`+ekHex+`","enc_type":"gcm","hop_no":2}`))
	f.Add(frameOf(3, "abc\xEF\xBB\xBF{\"hop_no\":1e400}"))
}

func FuzzParseFrame(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		ct, meta, err := ParseFrame(data)
		if err != nil {
			if len(data) >= 4 && !strings.HasPrefix(err.Error(), "Unexpected payload size") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if 4+len(ct)+len(meta) != len(data) {
			t.Fatalf("split loses bytes")
		}
		rebuilt, err := BuildFrame(ct, meta)
		if err != nil || !bytes.Equal(rebuilt, data) {
			t.Fatalf("BuildFrame does not invert ParseFrame")
		}
	})
}

func FuzzParseInner(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		r, err := ParseInner(data)
		if err != nil {
			var oe *Error
			if !errors.As(err, &oe) || !errors.Is(err, ErrInvalidJSON) || !oe.Encrypted || oe.Status != 400 || oe.Message != "Invalid json" {
				t.Fatalf("error %#v", err)
			}
			return
		}
		switch v := r.(type) {
		case *FinalDestination:
			if !bytes.Contains(data, v.Body) {
				t.Fatal("final body not from input")
			}
		case *ProxyToServer:
			if !bytes.Equal(v.Payload, data) {
				t.Fatal("proxy payload is not the input")
			}
			_ = v.Validate()
			_ = v.URL()
		case *RelayToNode:
			if !v.EncType.Valid() {
				t.Fatal("invalid enc type")
			}
		default:
			t.Fatalf("route %T", r)
		}
	})
}

func FuzzParseEntryRequest(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		req, err := ParseEntryRequest(data)
		if err != nil {
			var oe *Error
			if !errors.As(err, &oe) || oe.Status != 400 || oe.Encrypted || !strings.HasPrefix(oe.Message, "Error parsing onion request: ") {
				t.Fatalf("error %#v", err)
			}
			return
		}
		if req.HopNo < 0 || !req.EncType.Valid() {
			t.Fatalf("bad request %+v", req)
		}
	})
}
