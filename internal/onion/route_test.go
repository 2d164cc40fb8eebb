package onion

import (
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// prefix is upstream's test prefix: [10]["ciphertext"].
var prefix = frameOf(10, "ciphertext")

func inner(js string) []byte { return append(append([]byte{}, prefix...), js...) }

const (
	destHex = "ffffeeeeddddccccbbbbaaaa9999888877776666555544443333222211110000"
	ephHex  = "0000111122223333444455556666777788889999000011112222333344445555"
)

func TestParseInnerUpstreamCases(t *testing.T) {
	// session-storage-server unit_test/onion_requests.cpp
	final := inner(`{
        "headers": "something"
    }`)
	legacy := inner(`{
        "host": "host",
        "target": "target"
    }`)
	server := inner(`{
        "host": "host",
        "target": "target",
        "port": 80,
        "protocol": "http"
    }`)
	snode := inner(`{
        "destination": "` + destHex + `",
        "ephemeral_key": "` + ephHex + `"
    }`)
	for _, c := range []struct {
		name string
		in   []byte
		want Route
	}{
		{"final destination", final, &FinalDestination{Body: []byte("ciphertext"), Base64: true}},
		{"relay to server (legacy)", legacy, &ProxyToServer{Payload: legacy, Host: "host", Port: 443, Protocol: "https", Target: "target"}},
		{"relay to server", server, &ProxyToServer{Payload: server, Host: "host", Port: 80, Protocol: "http", Target: "target"}},
		{"relay to snode", snode, &RelayToNode{Ciphertext: []byte("ciphertext"), Destination: key32(t, destHex), EphemeralKey: key32(t, ephHex), EncType: EncAESGCM}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseInner(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %#v\nwant %#v", got, c.want)
			}
		})
	}
}

func TestIsTargetAllowed(t *testing.T) {
	for target, want := range map[string]bool{
		"/loki/v3/lsrpc":         true,
		"/loki/oxen/v4/lsrpc":    true,
		"/oxen/v3/lsrpc":         true,
		"/oxen/v4/lsrpc":         true,
		"/loki/v2/lsrpc":         true,
		"/not_loki/v3/lsrpc":     false,
		"/loki/v3":               false,
		"/loki/v3/lsrpc?foo=bar": false,
		"/oxen/lsrpc":            true, // prefix and suffix share the "/", as upstream checks them independently
		"/oxen//lsrpc":           true,
		"oxen/v4/lsrpc":          false,
		"/OXEN/v4/lsrpc":         false,
		"/oxen/v4/lsrpc/":        false,
		"":                       false,
	} {
		if got := IsTargetAllowed(target); got != want {
			t.Errorf("IsTargetAllowed(%q) = %v", target, got)
		}
	}
}

func TestParseInnerDispatch(t *testing.T) {
	relay := `"destination":"` + destHex + `","ephemeral_key":"` + ephHex + `"`
	for _, c := range []struct {
		name string
		js   string
		kind RouteKind
		err  string // Detail text, "" for success
		chk  func(t *testing.T, r Route)
	}{
		{"headers empty string", `{"headers":""}`, RouteFinal, "", nil},
		{"headers array", `{"headers":[]}`, RouteFinal, "", nil},
		{"headers null still counts", `{"headers":null}`, RouteFinal, "", nil},
		{"headers beats host", `{"host":"h","headers":"","target":"/oxen/v4/lsrpc"}`, RouteFinal, "", nil},
		{"headers beats relay", `{"headers":{},` + relay + `}`, RouteFinal, "", nil},
		{"host beats relay", `{"host":"h","target":"t",` + relay + `}`, RouteProxy, "", nil},
		{"json and base64", `{"headers":"","json":true,"base64":false}`, RouteFinal, "", func(t *testing.T, r Route) {
			f := r.(*FinalDestination)
			if !f.JSON || f.Base64 || f.ReplyOptions() != (ReplyOptions{JSON: true, Base64: false}) {
				t.Fatalf("%+v", f)
			}
		}},
		{"json not bool", `{"headers":"","json":1}`, 0, "[json.exception.type_error.302] type must be boolean, but is number", nil},
		{"base64 string", `{"headers":"","base64":"false"}`, 0, "[json.exception.type_error.302] type must be boolean, but is string", nil},
		{"Headers is not headers", `{"Headers":""}`, 0, "[json.exception.out_of_range.403] key 'destination' not found", nil},
		{"empty object", `{}`, 0, "[json.exception.out_of_range.403] key 'destination' not found", nil},
		{"host without target", `{"host":"h"}`, 0, "[json.exception.out_of_range.403] key 'target' not found", nil},
		{"host not string", `{"host":1,"target":"t"}`, 0, "[json.exception.type_error.302] type must be string, but is number", nil},
		{"port string", `{"host":"h","target":"t","port":"80"}`, 0, "[json.exception.type_error.302] type must be number, but is string", nil},
		{"port wraps like uint16", `{"host":"h","target":"t","port":70000}`, RouteProxy, "", func(t *testing.T, r Route) {
			if p := r.(*ProxyToServer); p.Port != 70000-65536 {
				t.Fatalf("port %d", p.Port)
			}
		}},
		{"port -1 wraps", `{"host":"h","target":"t","port":-1}`, RouteProxy, "", func(t *testing.T, r Route) {
			if p := r.(*ProxyToServer); p.Port != 65535 {
				t.Fatalf("port %d", p.Port)
			}
		}},
		{"port float out of range", `{"host":"h","target":"t","port":1e10}`, 0, "number 1e10 out of range", nil},
		{"method kept", `{"host":"h","target":"t","method":"POST"}`, RouteProxy, "", func(t *testing.T, r Route) {
			if p := r.(*ProxyToServer); p.Method != "POST" {
				t.Fatalf("method %q", p.Method)
			}
		}},
		{"method ignored if odd", `{"host":"h","target":"t","method":7}`, RouteProxy, "", nil},
		{"protocol not string", `{"host":"h","target":"t","protocol":null}`, 0, "[json.exception.type_error.302] type must be string, but is null", nil},
		{"relay xchacha alias", `{` + relay + `,"enc_type":"xchacha20-poly1305"}`, RouteRelay, "", func(t *testing.T, r Route) {
			if r.(*RelayToNode).EncType != EncXChaCha20 {
				t.Fatal("enc_type")
			}
		}},
		{"relay bad enc", `{` + relay + `,"enc_type":"chacha"}`, 0, "Invalid encryption type chacha", nil},
		{"relay missing ephemeral", `{"destination":"` + destHex + `"}`, 0, "[json.exception.out_of_range.403] key 'ephemeral_key' not found", nil},
		{"relay short destination", `{"destination":"abcd","ephemeral_key":"` + ephHex + `"}`, 0, "Hex key data is invalid: expected 32 hex digits, received 4", nil},
		{"non-object", `"headers"`, 0, "JSON value must be an object, but is string", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := ParseInner(inner(c.js))
			if c.err != "" {
				var oe *Error
				if !errors.As(err, &oe) || !errors.Is(err, ErrInvalidJSON) || oe.Status != 400 ||
					oe.Message != "Invalid json" || !oe.Encrypted || oe.Detail == nil || oe.Detail.Error() != c.err {
					t.Fatalf("err %v, want detail %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind() != c.kind {
				t.Fatalf("kind %v, want %v", r.Kind(), c.kind)
			}
			if c.chk != nil {
				c.chk(t, r)
			}
		})
	}
	// A layer that is not a frame at all.
	for _, in := range [][]byte{nil, []byte("abc"), frameOf(100, "{}")} {
		if _, err := ParseInner(in); !errors.Is(err, ErrInvalidJSON) {
			t.Fatalf("%q: %v", in, err)
		}
	}
}

func TestProxyValidateAndURL(t *testing.T) {
	for _, c := range []struct {
		p     ProxyToServer
		valid bool
		url   string
	}{
		{ProxyToServer{Host: "open.getsession.org", Port: 443, Protocol: "https", Target: "/oxen/v4/lsrpc"}, true, "https://open.getsession.org/oxen/v4/lsrpc"},
		{ProxyToServer{Host: "h", Port: 80, Protocol: "http", Target: "/loki/v3/lsrpc"}, true, "http://h/loki/v3/lsrpc"},
		{ProxyToServer{Host: "h", Port: 443, Protocol: "http", Target: "/loki/v3/lsrpc"}, true, "http://h:443/loki/v3/lsrpc"},
		{ProxyToServer{Host: "h", Port: 8080, Protocol: "https", Target: "/oxen/v4/lsrpc"}, true, "https://h:8080/oxen/v4/lsrpc"},
		{ProxyToServer{Host: "h", Port: 443, Protocol: "ftp", Target: "/oxen/v4/lsrpc"}, false, ""},
		{ProxyToServer{Host: "h", Port: 443, Protocol: "HTTPS", Target: "/oxen/v4/lsrpc"}, false, ""},
		{ProxyToServer{Host: "h", Port: 443, Protocol: "https", Target: "/oxen/v4/lsrpc?x"}, false, ""},
		{ProxyToServer{Host: "h", Port: 443, Protocol: "https", Target: "target"}, false, ""},
	} {
		err := c.p.Validate()
		if c.valid {
			if err != nil {
				t.Errorf("%+v: %v", c.p, err)
			} else if got := c.p.URL(); got != c.url {
				t.Errorf("URL() = %q, want %q", got, c.url)
			}
			continue
		}
		var oe *Error
		if !errors.As(err, &oe) || !errors.Is(err, ErrInvalidURL) || oe.Status != 400 || oe.Message != "Invalid url" || !oe.Encrypted {
			t.Errorf("%+v: err %v", c.p, err)
		}
	}
}

func TestHopNumbers(t *testing.T) {
	if EntryHopNo(-3) != 0 || EntryHopNo(0) != 0 || EntryHopNo(4) != 4 {
		t.Fatal("EntryHopNo")
	}
	if NextHopNo(0) != 1 || NextHopNo(14) != 15 {
		t.Fatal("NextHopNo")
	}
	if ReceivedHopNo(0, true) != 1 || ReceivedHopNo(-9, true) != 1 || ReceivedHopNo(5, false) != 1 || ReceivedHopNo(7, true) != 7 {
		t.Fatal("ReceivedHopNo")
	}
	for h := -1; h <= MaxHops; h++ {
		if err := CheckHopNo(h); err != nil {
			t.Fatalf("CheckHopNo(%d) = %v", h, err)
		}
	}
	err := CheckHopNo(MaxHops + 1)
	var oe *Error
	if !errors.As(err, &oe) || !errors.Is(err, ErrTooManyHops) || oe.Status != http.StatusBadRequest ||
		oe.Message != "onion request max path length exceeded" || oe.Encrypted {
		t.Fatalf("CheckHopNo(16) = %#v", err)
	}
	// A client starting at hop_no 13 gets through entry (13), then 14, 15;
	// the hop after that (16) is refused.
	h := EntryHopNo(13)
	for i := 0; i < 2; i++ {
		h = ReceivedHopNo(NextHopNo(h), true)
		if CheckHopNo(h) != nil {
			t.Fatalf("hop %d refused", h)
		}
	}
	if CheckHopNo(ReceivedHopNo(NextHopNo(h), true)) == nil {
		t.Fatal("hop 16 accepted")
	}
}

func TestFixedErrors(t *testing.T) {
	var ed [32]byte
	ed[0], ed[31] = 0xAB, 0x01
	for _, c := range []struct {
		err    *Error
		status int
		msg    string
		kind   error
	}{
		{NextNodeNotFound(ed), 502, "Next node not found: ab" + strings.Repeat("0", 60) + "01", ErrNextNodeNotFound},
		{RelayTimeout(), 504, "Request time out", ErrRelayTimeout},
		{NotReady("abc"), 503, "Snode not ready: abc", ErrNotReady},
	} {
		if c.err.Status != c.status || c.err.Message != c.msg || c.err.Encrypted || !errors.Is(c.err, c.kind) {
			t.Errorf("%#v", c.err)
		}
	}
}
