package node

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/sessiond/sessiond/internal/version"
)

// newRegistry returns the node's own metrics registry with the Go and process
// collectors and sessiond_build_info.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	vi := version.Get()
	bi := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "sessiond_build_info",
		Help: "Build information of the running sessiond; always 1.",
	}, []string{"version", "commit", "goversion"})
	bi.WithLabelValues(vi.Version, vi.Commit, vi.GoVersion).Set(1)
	reg.MustRegister(bi)
	return reg
}
