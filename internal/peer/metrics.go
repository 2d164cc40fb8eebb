package peer

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the sessiond_peer_* collectors. One Metrics is shared by a
// node's Client, Auth, Directory and Service. A nil *Metrics records nothing.
type Metrics struct {
	annReceived    prometheus.Counter
	annAccepted    prometheus.Counter
	annRejected    *prometheus.CounterVec
	knownPeers     prometheus.Gauge
	gossipSent     prometheus.Counter
	clientRequests *prometheus.CounterVec
	clientSeconds  *prometheus.HistogramVec
	serverRequests *prometheus.CounterVec
	framesOut      prometheus.Gauge
}

// Rejection reasons of announcements (label "reason" of
// sessiond_peer_announcements_rejected_total).
const (
	ReasonMalformed    = "malformed"     // not parseable, bad field values
	ReasonPrivateIP    = "private_ip"    // not publicly routable (mainnet)
	ReasonFuture       = "future"        // timestamp too far ahead
	ReasonStale        = "stale"         // older than the maximum age
	ReasonUnregistered = "unregistered"  // key is not a registered node's
	ReasonBadSignature = "bad_signature" // not signed by the announced key
	ReasonNotNewer     = "not_newer"     // not newer than the one held (gossip duplicates)
)

// NewMetrics creates the collectors and registers them on reg (nil: not
// registered, still counted).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		annReceived: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_peer_announcements_received_total",
			Help: "Node announcements received (pushed, gossiped or pulled)."}),
		annAccepted: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_peer_announcements_accepted_total",
			Help: "Node announcements accepted as the newest of their node."}),
		annRejected: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_peer_announcements_rejected_total",
			Help: "Node announcements rejected, by reason (not_newer counts gossip duplicates)."}, []string{"reason"}),
		knownPeers: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_peer_known_peers",
			Help: "Nodes in the announcement directory, this node included."}),
		gossipSent: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_peer_gossip_sent_total",
			Help: "Announcements pushed to peers (own and gossiped), counted per peer."}),
		clientRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_peer_client_requests_total",
			Help: "Node-to-node requests sent, by path and result."}, []string{"path", "result"}),
		clientSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sessiond_peer_client_request_seconds",
			Help: "Node-to-node request latency, by path.", Buckets: prometheus.ExponentialBuckets(0.002, 2.5, 10)}, []string{"path"}),
		serverRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_peer_server_requests_total",
			Help: "Node-to-node requests received, by path and result."}, []string{"path", "result"}),
		framesOut: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_peer_frame_connections_out",
			Help: "Open framed (sessiond-peer/1) connections this node dialled to other nodes."}),
	}
	for _, r := range []string{ReasonMalformed, ReasonPrivateIP, ReasonFuture, ReasonStale, ReasonUnregistered, ReasonBadSignature, ReasonNotNewer} {
		m.annRejected.WithLabelValues(r)
	}
	if reg != nil {
		reg.MustRegister(m.annReceived, m.annAccepted, m.annRejected, m.knownPeers, m.gossipSent,
			m.clientRequests, m.clientSeconds, m.serverRequests, m.framesOut)
	}
	return m
}

func (m *Metrics) announcement(reason string) {
	if m == nil {
		return
	}
	m.annReceived.Inc()
	if reason == "" {
		m.annAccepted.Inc()
	} else {
		m.annRejected.WithLabelValues(reason).Inc()
	}
}

func (m *Metrics) setKnown(n int) {
	if m != nil {
		m.knownPeers.Set(float64(n))
	}
}

func (m *Metrics) gossiped(n int) {
	if m != nil {
		m.gossipSent.Add(float64(n))
	}
}

func (m *Metrics) clientRequest(path, result string, d time.Duration) {
	if m == nil {
		return
	}
	m.clientRequests.WithLabelValues(path, result).Inc()
	m.clientSeconds.WithLabelValues(path).Observe(d.Seconds())
}

func (m *Metrics) serverRequest(path, result string) {
	if m != nil {
		m.serverRequests.WithLabelValues(path, result).Inc()
	}
}

func (m *Metrics) frameConnOut(delta float64) {
	if m != nil {
		m.framesOut.Add(delta)
	}
}

// acceptedLater counts an announcement accepted after it was refused (and
// counted as received) because the registry did not list its node yet.
func (m *Metrics) acceptedLater() {
	if m != nil {
		m.annAccepted.Inc()
	}
}
