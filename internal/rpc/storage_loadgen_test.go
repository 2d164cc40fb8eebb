package rpc

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
	"net"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The storage bench's load generator runs in this process by default, or
// with SESSIOND_BENCH_GENERATOR=process in a process of its own (this test
// binary again, started with loadGenEnv set), as the upstream anchor's did.
// In its own process the node's figures (RSS, CPU and page faults per
// request, its heap's garbage) are the node's alone, but each request then
// costs more CPU in all (two Go schedulers, wake-ups across processes), so
// the rates are lower. The parent sends one genRequest per phase on the
// child's stdin, as a JSON line; the child answers with genEvent lines on its
// stdout: "start" when the measured window opens, "end" when it closes, then
// "result".

const loadGenEnv = "SESSIOND_BENCH_LOADGEN_CHILD"

// TestMain turns this test binary into the bench's load generator when
// loadGenEnv is set, and runs the tests otherwise.
func TestMain(m *testing.M) {
	if os.Getenv(loadGenEnv) != "" {
		os.Exit(loadGenChild(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

// genRequest asks the generator for one phase.
type genRequest struct {
	Addr     string        `json:"addr"`
	Clients  int           `json:"clients"`
	Kind     string        `json:"kind"` // store, get or sget
	Duration time.Duration `json:"duration"`
	Accounts []genAccount  `json:"accounts"`
}

type genAccount struct {
	Priv   []byte    `json:"priv"`
	ID     string    `json:"id"`
	Ed     string    `json:"ed"`
	Recent [3]string `json:"recent"`
}

// genEvent is a line of the generator's answer.
type genEvent struct {
	Event  string      `json:"event"` // start, end, result
	Result genResult   `json:"result"`
	Recent [][3]string `json:"recent,omitempty"` // of every account, after a store phase
	Error  string      `json:"error,omitempty"`
}

// genResult is what the generator measured of a phase.
type genResult struct {
	Rate, P50, P99 float64
	OK, Errors     int
	CPUUS          float64 // the generator's CPU per request, µs
}

type phaseResult struct {
	rate, p50, p99 float64
	ok, errors     int
	cpuUS          float64 // this process's CPU (user+sys) per request, µs: the node's, and the generator's when inline
	genCPUUS       float64 // the generator process's, NaN when inline
	faults         float64 // page faults (minor and major) of this process per request
}

// cpuText is the CPU per request for the bench's lines; server names what
// answered (the node, or the floor's server).
func (r phaseResult) cpuText(server string) string {
	if math.IsNaN(r.genCPUUS) {
		return fmt.Sprintf("%4.0f µs (%s and generator)", r.cpuUS, server)
	}
	return fmt.Sprintf("%4.0f µs %s + %3.0f generator", r.cpuUS, server, r.genCPUUS)
}

// loadGen is the bench's handle on the generator: inline or a process.
type loadGen struct {
	addr    string
	clients int
	inline  *generator // or:
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	enc     *json.Encoder
	dec     *json.Decoder
}

// startLoadGen starts the generator, in a process of its own if process.
func startLoadGen(b *testing.B, addr string, clients int, process bool) *loadGen {
	if !process {
		return &loadGen{addr: addr, clients: clients, inline: newGenerator(addr, clients)}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
	cmd.Env = append(os.Environ(), loadGenEnv+"=1")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	return &loadGen{addr: addr, clients: clients, cmd: cmd, stdin: in, enc: json.NewEncoder(in), dec: json.NewDecoder(bufio.NewReader(out))}
}

// close ends the generator (a process exits when its stdin closes).
func (lg *loadGen) close() {
	if lg.inline != nil {
		lg.inline.close()
		return
	}
	_ = lg.stdin.Close()
	done := make(chan struct{})
	go func() { _ = lg.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = lg.cmd.Process.Kill()
		<-done
	}
}

// run has the generator run one phase of kind against the node, and measures
// the node process over the generator's measured window. A store phase
// updates the accounts' recent hashes.
func (lg *loadGen) run(b *testing.B, kind string, accts []*benchAccount, d time.Duration) phaseResult {
	req := genRequest{Addr: lg.addr, Clients: lg.clients, Kind: kind, Duration: d, Accounts: make([]genAccount, len(accts))}
	for i, a := range accts {
		req.Accounts[i] = genAccount{Priv: a.priv, ID: a.id, Ed: a.ed, Recent: a.recent}
	}
	var cpu0, cpu1 time.Duration
	var flt0, flt1 int64
	mark := func(event string) {
		switch event {
		case "start":
			cpu0, flt0 = cpuTime(), pageFaults()
		case "end":
			cpu1, flt1 = cpuTime(), pageFaults()
		}
	}
	ev := lg.exchange(b, &req, mark)
	if ev.Error != "" {
		b.Fatalf("load generator: %s", ev.Error)
	}
	for i, r := range ev.Recent {
		accts[i].recent = r
	}
	g := ev.Result
	n := float64(max(g.OK+g.Errors, 1))
	res := phaseResult{rate: g.Rate, p50: g.P50, p99: g.P99, ok: g.OK, errors: g.Errors, genCPUUS: g.CPUUS,
		cpuUS: float64((cpu1 - cpu0).Microseconds()) / n, faults: float64(flt1-flt0) / n}
	if lg.inline != nil {
		res.genCPUUS = math.NaN() // inside cpuUS
	}
	return res
}

// exchange runs req on the generator, calling mark at the window's start and
// end, and returns its result event.
func (lg *loadGen) exchange(b *testing.B, req *genRequest, mark func(string)) genEvent {
	if lg.inline != nil {
		return lg.inline.run(req, mark)
	}
	if err := lg.enc.Encode(req); err != nil {
		b.Fatalf("load generator: %v", err)
	}
	for {
		var ev genEvent
		if err := lg.dec.Decode(&ev); err != nil {
			b.Fatalf("load generator: %v", err)
		}
		if ev.Event == "result" {
			return ev
		}
		mark(ev.Event)
	}
}

// loadGenChild is the generator process: it serves phase requests from r
// until r ends, and keeps its connections between phases.
func loadGenChild(r io.Reader, w io.Writer) int {
	dec := json.NewDecoder(bufio.NewReader(r))
	enc := json.NewEncoder(w)
	var g *generator
	for {
		var req genRequest
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return 0
			}
			fmt.Fprintln(os.Stderr, "load generator:", err)
			return 1
		}
		if g == nil {
			g = newGenerator(req.Addr, req.Clients)
			defer g.close()
		}
		emit := func(ev genEvent) {
			if err := enc.Encode(&ev); err != nil {
				fmt.Fprintln(os.Stderr, "load generator:", err)
				os.Exit(1)
			}
		}
		emit(g.run(&req, func(event string) { emit(genEvent{Event: event}) }))
	}
}

// generator is the set of benchmark clients. Client c owns the accounts i
// with i % clients == c and sends over its own keep-alive connections, one
// per source address 127.0.0.(2+c+k*clients), round robin. The client is a
// lean HTTP/1.1 one (a request is one TLS write, the answer is read by
// Content-Length) so that the generator leaves the shared cores to the
// server as much as it can.
type generator struct {
	clients [][]*rawConn
}

func newGenerator(addr string, n int) *generator {
	g := &generator{}
	for c := range n {
		var cs []*rawConn
		for ip := 2 + c; ip <= 255; ip += n {
			cs = append(cs, &rawConn{addr: addr, local: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(ip))}})
		}
		g.clients = append(g.clients, cs)
	}
	return g
}

func (g *generator) close() {
	for _, cs := range g.clients {
		for _, c := range cs {
			c.close()
		}
	}
}

// run runs one phase and returns its result event; mark is called when the
// measured window opens and closes.
func (g *generator) run(req *genRequest, mark func(string)) genEvent {
	accts := req.Accounts
	ev := genEvent{Event: "result"}
	var err error
	switch req.Kind {
	case "store":
		ev.Result, err = g.storePhase(accts, req.Duration, mark)
		ev.Recent = make([][3]string, len(accts))
		for i := range accts {
			ev.Recent[i] = accts[i].Recent
		}
	case "get", "sget":
		ev.Result, err = g.retrievePhase(accts, req.Duration, req.Kind == "sget", mark)
	default:
		err = fmt.Errorf("unknown phase kind %q", req.Kind)
	}
	if err != nil {
		ev.Error = err.Error()
	}
	return ev
}

// phase runs body(c, i) on every client until d has passed (after a short
// unmeasured warm-up) and collects the rate and latency percentiles.
// next returns the request body and what to do with the answer; the first
// bad answer is printed to stderr.
func (g *generator) phase(d time.Duration, mark func(string), next func(c, i int) ([]byte, func(status int, body []byte) bool)) genResult {
	var ok, bad atomic.Int64
	lat := make([][]time.Duration, len(g.clients))
	var wg sync.WaitGroup
	var measuring atomic.Bool
	stop := make(chan struct{})
	for c := range g.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				body, check := next(c, i)
				cl := g.clients[c][i%len(g.clients[c])]
				t0 := time.Now()
				status, resp, err := cl.post(body)
				if err != nil {
					bad.Add(1)
					continue
				}
				dt := time.Since(t0)
				good := check(status, resp)
				if !measuring.Load() {
					continue
				}
				if good {
					ok.Add(1)
					lat[c] = append(lat[c], dt)
				} else {
					bad.Add(1)
				}
			}
		}()
	}
	time.Sleep(min(d/5, 300*time.Millisecond))
	measuring.Store(true)
	mark("start")
	t0, cpu0 := time.Now(), cpuTime()
	time.Sleep(d)
	measuring.Store(false)
	elapsed, cpu := time.Since(t0), cpuTime()-cpu0
	mark("end")
	close(stop)
	wg.Wait()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return math.NaN()
		}
		return float64(all[int(float64(len(all)-1)*p)]) / 1e6
	}
	n := ok.Load() + bad.Load()
	return genResult{Rate: float64(ok.Load()) / elapsed.Seconds(), P50: pct(0.50), P99: pct(0.99), OK: int(ok.Load()), Errors: int(bad.Load()),
		CPUUS: float64(cpu.Microseconds()) / float64(max(n, 1))}
}

func (g *generator) storePhase(accts []genAccount, d time.Duration, mark func(string)) (genResult, error) {
	n := len(g.clients)
	rngs := make([]*mrand.Rand, n)
	for c := range rngs {
		rngs[c] = mrand.New(mrand.NewPCG(uint64(c), uint64(time.Now().UnixNano())))
	}
	var errOnce sync.Once
	res := g.phase(d, mark, func(c, i int) ([]byte, func(int, []byte) bool) {
		mine := (len(accts) - c + n - 1) / n
		a := &accts[c+n*(i%mine)]
		data := randomBytes(rngs[c], 100)
		body := fmt.Appendf(nil, `{"method":"store","params":{"pubkey":"%s","namespace":-10,"timestamp":%d,"ttl":1209600000,"data":"%s"}}`,
			a.ID, time.Now().UnixMilli(), base64.StdEncoding.EncodeToString(data))
		return body, func(status int, body []byte) bool {
			if status != 200 {
				errOnce.Do(func() { fmt.Fprintf(os.Stderr, "store: %d %s\n", status, body) })
				return false
			}
			var r struct {
				Hash string `json:"hash"`
			}
			if json.Unmarshal(body, &r) != nil || len(r.Hash) != 43 {
				return false
			}
			a.Recent[0], a.Recent[1], a.Recent[2] = a.Recent[1], a.Recent[2], r.Hash
			return true
		}
	})
	return res, nil
}

func (g *generator) retrievePhase(accts []genAccount, d time.Duration, signed bool, mark func(string)) (genResult, error) {
	n := len(g.clients)
	bodies := make([][]byte, len(accts))
	now := time.Now().UnixMilli()
	for i, a := range accts {
		if a.Recent[0] == "" {
			continue
		}
		if signed {
			if len(a.Priv) != ed25519.PrivateKeySize {
				return genResult{}, fmt.Errorf("account %s: no private key", a.ID)
			}
			sig := ed25519.Sign(a.Priv, []byte("retrieve-10"+strconv.FormatInt(now, 10)))
			bodies[i] = fmt.Appendf(nil, `{"method":"retrieve","params":{"pubkey":"%s","pubkey_ed25519":"%s","namespace":-10,"last_hash":"%s","timestamp":%d,"signature":"%s"}}`,
				a.ID, a.Ed, a.Recent[0], now, base64.StdEncoding.EncodeToString(sig))
		} else {
			bodies[i] = fmt.Appendf(nil, `{"method":"retrieve","params":{"pubkey":"%s","namespace":-10,"last_hash":"%s"}}`, a.ID, a.Recent[0])
		}
	}
	var errOnce sync.Once
	return g.phase(d, mark, func(c, i int) ([]byte, func(int, []byte) bool) {
		mine := (len(accts) - c + n - 1) / n
		k := c + n*(i%mine)
		body := bodies[k]
		if body == nil {
			body = []byte(`{"method":"info","params":{}}`)
		}
		return body, func(status int, body []byte) bool {
			if status != 200 || !bytes.Contains(body, []byte(`"more":false`)) || bytes.Count(body, []byte(`"hash"`)) != 2 {
				errOnce.Do(func() { fmt.Fprintf(os.Stderr, "retrieve: %d %.300s\n", status, body) })
				return false
			}
			return true
		}
	}), nil
}

func randomBytes(rng *mrand.Rand, n int) []byte {
	d := make([]byte, n+8)
	for i := 0; i < n; i += 8 {
		binary.LittleEndian.PutUint64(d[i:], rng.Uint64())
	}
	return d[:n]
}

// rawConn is one keep-alive HTTPS connection to /storage_rpc/v1.
type rawConn struct {
	addr  string
	local *net.TCPAddr
	conn  *tls.Conn
	br    *bufio.Reader
	out   []byte
	resp  []byte
}

func (rc *rawConn) close() {
	if rc.conn != nil {
		rc.conn.Close()
		rc.conn = nil
	}
}

func (rc *rawConn) dial() error {
	d := &net.Dialer{LocalAddr: rc.local, Timeout: 10 * time.Second}
	nc, err := d.Dial("tcp", rc.addr)
	if err != nil {
		return err
	}
	tc := tls.Client(nc, &tls.Config{InsecureSkipVerify: true, ServerName: "localhost"}) //nolint:gosec // nodes use self-signed certificates
	if err := tc.Handshake(); err != nil {
		nc.Close()
		return err
	}
	rc.conn, rc.br = tc, bufio.NewReaderSize(tc, 32<<10)
	return nil
}

// post sends one request and returns the status and body (valid until the
// next post).
func (rc *rawConn) post(body []byte) (int, []byte, error) {
	if rc.conn == nil {
		if err := rc.dial(); err != nil {
			return 0, nil, err
		}
	}
	status, resp, err := rc.roundTrip(body)
	if err != nil {
		rc.close()
	}
	return status, resp, err
}

func (rc *rawConn) roundTrip(body []byte) (int, []byte, error) {
	rc.out = append(rc.out[:0], "POST /storage_rpc/v1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "...)
	rc.out = strconv.AppendInt(rc.out, int64(len(body)), 10)
	rc.out = append(rc.out, "\r\n\r\n"...)
	rc.out = append(rc.out, body...)
	if _, err := rc.conn.Write(rc.out); err != nil {
		return 0, nil, err
	}
	var status int
	length, closing, err := readHead(rc.br, func(line []byte) (err error) {
		if len(line) < 12 {
			return fmt.Errorf("bad status line %q", line)
		}
		status, err = strconv.Atoi(string(line[9:12]))
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	if length < 0 {
		return 0, nil, errors.New("response without Content-Length")
	}
	if cap(rc.resp) < length {
		rc.resp = make([]byte, length)
	}
	rc.resp = rc.resp[:length]
	if _, err := io.ReadFull(rc.br, rc.resp); err != nil {
		return 0, nil, err
	}
	if closing {
		rc.close()
	}
	return status, rc.resp, nil
}

// readHead reads an HTTP/1.1 start line, given to first if set (valid only
// during the call), and the headers. It returns the Content-Length (-1 when
// there is none) and whether the peer asked to close the connection.
func readHead(br *bufio.Reader, first func(line []byte) error) (length int, closing bool, err error) {
	line, err := br.ReadSlice('\n')
	if err != nil {
		return 0, false, err
	}
	if first != nil {
		if err := first(line); err != nil {
			return 0, false, err
		}
	}
	length = -1
	for {
		line, err = br.ReadSlice('\n')
		if err != nil {
			return 0, false, err
		}
		if len(line) <= 2 {
			return length, closing, nil
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(v)); err != nil {
				return 0, false, err
			}
		case bytes.EqualFold(k, []byte("Connection")) && bytes.EqualFold(v, []byte("close")):
			closing = true
		}
	}
}

// cpuTime is the process's user+sys CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pageFaults is the process's page faults so far, minor and major.
func pageFaults() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Minflt + ru.Majflt
}
