// Package db opens the node's single bbolt file in the data dir, holds the
// process-exclusive lock on it, and owns the schema: the list of top-level
// buckets (schema.go), the schema version and its migrations.
//
// Subsystems own their buckets: each reads and writes only the buckets listed
// for it in schema.go, through transactions it scopes itself, so a watcher can
// write registry changes and its cursor in one transaction.
package db
