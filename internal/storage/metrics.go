package storage

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the storage subsystem's Prometheus collectors, registered on
// the Registerer given to Open (nil: not registered, still counted).
type metrics struct {
	reqCache     sync.Map                 // methodCode -> prometheus.Counter
	durCache     sync.Map                 // method -> prometheus.Observer
	requests     *prometheus.CounterVec   // by method, code
	duration     *prometheus.HistogramVec // by method
	messages     prometheus.Gauge
	bytes        prometheus.Gauge
	expired      prometheus.Counter
	dbFull       prometheus.Counter
	commits      prometheus.Counter
	commitSize   prometheus.Histogram
	commitTime   prometheus.Histogram
	applyTime    prometheus.Histogram
	applySize    prometheus.Histogram
	journaled    prometheus.Gauge
	trims        prometheus.Counter
	filterBuilds prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sessiond_storage_requests_total",
			Help: "Client storage RPC requests answered, by method and status code.",
		}, []string{"method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sessiond_storage_request_duration_seconds",
			Help:    "Time to answer a client storage RPC request, by method.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"method"}),
		messages: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sessiond_storage_messages",
			Help: "Messages stored, including expired ones not yet reaped.",
		}),
		bytes: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sessiond_storage_message_bytes",
			Help: "Total data bytes of the stored messages.",
		}),
		expired: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_storage_expired_total",
			Help: "Expired messages deleted by the reaper.",
		}),
		dbFull: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_storage_db_full_total",
			Help: "Messages refused because the database reached its size cap.",
		}),
		commits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_storage_commits_total",
			Help: "Write transactions or journal appends committed (each gathers concurrent writes).",
		}),
		commitSize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sessiond_storage_commit_writes",
			Help:    "Writes gathered into one committed transaction or journal append.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 11),
		}),
		commitTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sessiond_storage_commit_duration_seconds",
			Help:    "Time to run and commit (fsync) one write transaction or journal append.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}),
		applyTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sessiond_storage_journal_apply_duration_seconds",
			Help:    "Time to copy one journal segment into the database and commit (fsync) it.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}),
		applySize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sessiond_storage_journal_apply_messages",
			Help:    "Messages in one journal segment copied into the database.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 10),
		}),
		journaled: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sessiond_storage_journal_messages",
			Help: "Acknowledged messages held in the journal and memory, not yet copied into the database.",
		}),
		trims: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_storage_mapped_releases_total",
			Help: "Times the database's mapped pages were dropped from the resident set because it passed the mapped-memory budget.",
		}),
		filterBuilds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_storage_hash_filter_builds_total",
			Help: "Times the in-memory filter of held and deleted message hashes was built from the database.",
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.requests, m.duration, m.messages, m.bytes,
			m.expired, m.dbFull, m.commits, m.commitSize, m.commitTime, m.applyTime, m.applySize, m.journaled, m.trims, m.filterBuilds} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("storage: register metrics: %w", err)
			}
		}
	}
	return m, nil
}

type methodCode struct {
	method string
	code   int
}

// observe counts one answered request and its duration.
func (m *metrics) observe(method string, code int, seconds float64) {
	k := methodCode{method, code}
	c, ok := m.reqCache.Load(k)
	if !ok {
		c, _ = m.reqCache.LoadOrStore(k, m.requests.WithLabelValues(method, strconv.Itoa(code)))
	}
	c.(prometheus.Counter).Inc()
	d, ok := m.durCache.Load(method)
	if !ok {
		d, _ = m.durCache.LoadOrStore(method, m.duration.WithLabelValues(method))
	}
	d.(prometheus.Observer).Observe(seconds)
}
