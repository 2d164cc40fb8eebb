package faults

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// echoServer accepts connections and echoes what it reads.
func echoServer(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { defer c.Close(); _, _ = io.Copy(c, c) }()
		}
	}()
	return ln.Addr().String()
}

func TestBlockRefusesDialsAndCutsOpenConnections(t *testing.T) {
	addr, other := echoServer(t), echoServer(t)
	f := New()
	c, err := f.DialContext(t.Context(), "tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Write([]byte("hi"))
	require.NoError(t, err)
	buf := make([]byte, 2)
	_, err = io.ReadFull(c, buf)
	require.NoError(t, err)

	f.Set(Spec{Blocked: []string{addr}})
	_, err = c.Write([]byte("hi"))
	require.Error(t, err, "an open connection to a blocked destination fails")
	_, err = f.DialContext(t.Context(), "tcp", addr)
	require.ErrorIs(t, err, ErrBlocked)
	o, err := f.DialContext(t.Context(), "tcp", other)
	require.NoError(t, err, "other destinations stay reachable")
	o.Close()

	f.Set(Spec{})
	c2, err := f.DialContext(t.Context(), "tcp", addr)
	require.NoError(t, err, "healed")
	c2.Close()
}

func TestDelaySlowsWrites(t *testing.T) {
	addr := echoServer(t)
	f := New()
	f.Set(Spec{Delay: Duration(50 * time.Millisecond)})
	c, err := f.DialContext(t.Context(), "tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	start := time.Now()
	for range 3 {
		_, err = c.Write([]byte("x"))
		require.NoError(t, err)
	}
	require.GreaterOrEqual(t, time.Since(start), 150*time.Millisecond)
}

func TestHandler(t *testing.T) {
	f := New()
	srv := httptest.NewServer(f.Handler())
	defer srv.Close()
	put := func(body string) (int, string) {
		req, _ := http.NewRequest(http.MethodPut, srv.URL, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := put(`{"blocked":["127.0.0.1:9"],"delay":"20ms"}`)
	require.Equal(t, http.StatusOK, code, body)
	require.JSONEq(t, `{"blocked":["127.0.0.1:9"],"delay":"20ms"}`, body)
	require.Equal(t, Duration(20*time.Millisecond), f.Get().Delay)

	for _, bad := range []string{`{"blocked":["nohost"]}`, `{"delay":"-1s"}`, `{"delay":"soon"}`, `{"other":1}`, `[`} {
		code, body := put(bad)
		require.Equal(t, http.StatusBadRequest, code, bad)
		require.Contains(t, body, "bad fault spec", bad)
	}
	require.Equal(t, []string{"127.0.0.1:9"}, f.Get().Blocked, "a bad spec changes nothing")

	resp, err := http.Post(srv.URL, "application/json", bytes.NewReader([]byte(`{}`)))
	require.NoError(t, err)
	resp.Body.Close()
	require.Empty(t, f.Get().Blocked)
	req, _ := http.NewRequest(http.MethodDelete, srv.URL, nil)
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}
