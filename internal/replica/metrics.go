package replica

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	forwards      *prometheus.CounterVec // result
	syncRounds    *prometheus.CounterVec // result
	syncBuckets   *prometheus.CounterVec // compared, differing
	syncWalks     prometheus.Counter
	copiedMsgs    *prometheus.CounterVec // direction: pulled, pushed
	copiedBytes   *prometheus.CounterVec
	handoffDelete prometheus.Counter
	handoffScans  *prometheus.CounterVec // result: scanned, skipped
	ready         prometheus.Gauge
	probes        *prometheus.CounterVec // kind, result
	unreachable   prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		forwards: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_forwards_total",
			Help: "Recursive requests forwarded to swarm peers, by result (ok, timeout, code, bad_peer_response)."}, []string{"result"}),
		syncRounds: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_sync_rounds_total",
			Help: "Anti-entropy rounds with a swarm peer, by result."}, []string{"result"}),
		syncBuckets: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_sync_buckets_total",
			Help: "Anti-entropy sum buckets compared with a peer's (compared), and those that differed, whose accounts were then compared (differing)."}, []string{"kind"}),
		syncWalks: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_replica_sync_account_walks_total",
			Help: "Anti-entropy rounds that compared every account, because this node or the peer had no sums yet."}),
		copiedMsgs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_copied_messages_total",
			Help: "Messages copied between nodes (pulled by anti-entropy or join, pushed by hand-off)."}, []string{"direction"}),
		copiedBytes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_copied_bytes_total",
			Help: "Message data bytes copied between nodes."}, []string{"direction"}),
		handoffDelete: prometheus.NewCounter(prometheus.CounterOpts{Name: "sessiond_replica_handoff_deleted_total",
			Help: "Messages deleted after their new owners acknowledged them."}),
		handoffScans: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_replica_handoff_scans_total",
			Help: "Hand-off scans over the accounts this node holds, by result: scanned, or skipped (the last found nothing and the swarms are the same)."}, []string{"result"}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_replica_ready",
			Help: "1 when this node holds its swarm's data, 0 while catching up."}),
		probes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sessiond_reachability_tests_total",
			Help: "Reachability tests of peers, by kind (ping, storage) and result (pass, fail)."}, []string{"kind", "result"}),
		unreachable: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_reachability_failing_peers",
			Help: "Peers whose last reachability test failed."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.forwards, m.syncRounds, m.syncBuckets, m.syncWalks, m.copiedMsgs, m.copiedBytes, m.handoffDelete, m.handoffScans, m.ready, m.probes, m.unreachable} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
