// Package configtest checks the operator files in configs/ against the node:
// the Grafana dashboard and the Prometheus alert rules may only query metrics
// the node registers, the example configs must pass the strict key check and
// validate, and the systemd unit must pass `systemd-analyze verify`.
package configtest
