package signing

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the sessiond_signing_* collectors, shared by a node's Signer
// and Aggregator. A nil *Metrics records nothing.
type Metrics struct {
	requests     *prometheus.CounterVec   // kind, status
	aggregations *prometheus.CounterVec   // kind, result
	duration     *prometheus.HistogramVec // kind
	nonSigners   *prometheus.HistogramVec // kind
	bad          prometheus.Counter
}

// NewMetrics creates the collectors and registers them on reg (nil: not
// registered, still counted).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sessiond_signing_requests_total",
			Help: "Signing requests answered by this node, by kind (rewards, exit, liquidation) and HTTP status.",
		}, []string{"kind", "status"}),
		aggregations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sessiond_signing_aggregations_total",
			Help: "Aggregations run by this node, by kind and result (ok, cached, refused, failed).",
		}, []string{"kind", "result"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sessiond_signing_aggregation_duration_seconds",
			Help:    "Time to collect, check and aggregate the network's signatures.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 7.5, 10},
		}, []string{"kind"}),
		nonSigners: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sessiond_signing_non_signers",
			Help:    "Registered nodes that did not contribute a valid signature to an aggregate.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 12),
		}, []string{"kind"}),
		bad: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_signing_bad_signatures_total",
			Help: "Replies with a malformed or invalid signature; their signers are skipped for a while.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.aggregations, m.duration, m.nonSigners, m.bad)
	}
	return m
}

func (m *Metrics) signed(kind string, status int) {
	if m != nil {
		m.requests.WithLabelValues(kind, strconv.Itoa(status)).Inc()
	}
}

func (m *Metrics) aggregated(kind, result string, d time.Duration, nonSigners int) {
	if m == nil {
		return
	}
	m.aggregations.WithLabelValues(kind, result).Inc()
	if result == "ok" || result == "refused" {
		m.duration.WithLabelValues(kind).Observe(d.Seconds())
		m.nonSigners.WithLabelValues(kind).Observe(float64(nonSigners))
	}
}

func (m *Metrics) badSignature() {
	if m != nil {
		m.bad.Inc()
	}
}
