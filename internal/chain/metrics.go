package chain

import (
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics of the watcher. Nil-safe: a nil *metrics records nothing.
type metrics struct {
	appliedBlock    prometheus.Gauge
	finalBlock      prometheus.Gauge
	headBlock       prometheus.Gauge
	lagBlocks       prometheus.Gauge
	events          *prometheus.CounterVec
	reorgs          prometheus.Counter
	rolledBack      prometheus.Counter
	requests        *prometheus.CounterVec
	requestSeconds  *prometheus.HistogramVec
	providerRefused prometheus.Counter
	reconcile       *prometheus.CounterVec
	logRange        prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		appliedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_chain_applied_block", Help: "Last block applied to the registry."}),
		finalBlock:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_chain_final_block", Help: "Provider's final (safe, finalized or depth) block."}),
		headBlock:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_chain_head_block", Help: "Provider's latest block."}),
		lagBlocks:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_chain_lag_blocks", Help: "Final block minus applied block."}),
		events:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_chain_events_total", Help: "Contract events applied, by type."}, []string{"type"}),
		reorgs:       prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_chain_reorgs_total", Help: "Reorgs that reached applied blocks."}),
		rolledBack:   prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_chain_rolled_back_blocks_total", Help: "Applied blocks undone by reorgs."}),
		requests:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_chain_provider_requests_total", Help: "Provider requests by operation, provider and result."}, []string{"op", "provider", "result"}),
		requestSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sessiond_chain_provider_request_seconds", Help: "Provider request latency.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2.5, 10)}, []string{"op"}),
		providerRefused: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_chain_provider_refused_total", Help: "Providers refused for serving another chain or disagreeing on a final block."}),
		reconcile:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_chain_reconcile_total", Help: "Registry reconciliations against the contract, by result."}, []string{"result"}),
		logRange:        prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_chain_log_range_blocks", Help: "Current eth_getLogs block range (halved on provider refusals)."}),
	}
	if reg != nil {
		reg.MustRegister(m.appliedBlock, m.finalBlock, m.headBlock, m.lagBlocks, m.events, m.reorgs, m.rolledBack,
			m.requests, m.requestSeconds, m.providerRefused, m.reconcile, m.logRange)
	}
	return m
}

func (m *metrics) observeRequest(op, provider string, d time.Duration, err error) {
	if m == nil {
		return
	}
	result := "ok"
	switch {
	case err == nil:
	case errors.Is(err, ErrRangeTooLarge) || isRangeError(err):
		result = "range_too_large"
	default:
		result = "error"
	}
	m.requests.WithLabelValues(op, provider, result).Inc()
	m.requestSeconds.WithLabelValues(op).Observe(d.Seconds())
}
