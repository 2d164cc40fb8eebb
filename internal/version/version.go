// Package version reports sessiond's version, set at link time with
// -ldflags "-X github.com/sessiond/sessiond/internal/version.Version=...", with
// the VCS revision from the Go build info as a fallback.
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is the release version; "dev" for untagged builds.
var Version = "0.1.0-dev"

// Commit is the VCS revision, when known.
var Commit = ""

// Info is the build identity of this binary.
type Info struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	GoVersion string `json:"go_version"`
}

// Get returns the build identity.
func Get() Info {
	commit := Commit
	if commit == "" {
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" {
					commit = s.Value
				}
			}
		}
	}
	return Info{Version: Version, Commit: commit, GoVersion: runtime.Version()}
}

func (i Info) String() string {
	c := i.Commit
	if c == "" {
		c = "unknown"
	}
	return fmt.Sprintf("sessiond %s (commit %s, %s)", i.Version, c, i.GoVersion)
}
