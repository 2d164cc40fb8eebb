package bindings_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/contracts/bindings"
)

// upstreamOf maps each compiled contract to the deployed contract whose ABI it must have.
var upstreamOf = map[string]string{
	"SESH":                           "SESHL2",
	"RewardRatePool":                 "RewardRatePool",
	"ServiceNodeRewards":             "ServiceNodeRewards",
	"DevnetServiceNodeRewards":       "ServiceNodeRewards",
	"ServiceNodeContributionFactory": "ServiceNodeContributionFactory",
	"ServiceNodeContribution":        "ServiceNodeContribution",
}

// upstreamABIDir finds shared/testdata/upstream-abi in a parent of the working directory.
func upstreamABIDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "testdata", "upstream-abi")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared/testdata/upstream-abi not found in any parent directory")
		}
		dir = parent
	}
}

// abiParam is a JSON ABI parameter with every field that is part of the interface.
type abiParam struct {
	Name         string     `json:"name"`
	Type         string     `json:"type"`
	InternalType string     `json:"internalType"`
	Indexed      bool       `json:"indexed"`
	Components   []abiParam `json:"components"`
}

type abiEntry struct {
	Type            string     `json:"type"`
	Name            string     `json:"name"`
	Inputs          []abiParam `json:"inputs"`
	Outputs         []abiParam `json:"outputs"`
	StateMutability string     `json:"stateMutability"`
	Anonymous       bool       `json:"anonymous"`
}

func canonicalType(p abiParam) string {
	if strings.HasPrefix(p.Type, "tuple") {
		parts := make([]string, len(p.Components))
		for i, c := range p.Components {
			parts[i] = canonicalType(c)
		}
		return "(" + strings.Join(parts, ",") + ")" + strings.TrimPrefix(p.Type, "tuple")
	}
	return p.Type
}

// key identifies an entry: kind, name and canonical input types (the selector or topic).
func (e abiEntry) key() string {
	types := make([]string, len(e.Inputs))
	for i, p := range e.Inputs {
		types[i] = canonicalType(p)
	}
	return e.Type + " " + e.Name + "(" + strings.Join(types, ",") + ")"
}

func loadABI(t *testing.T, path string) map[string]abiEntry {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var entries []abiEntry
	if err := json.Unmarshal(raw, &entries); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := make(map[string]abiEntry, len(entries))
	for _, e := range entries {
		if _, dup := out[e.key()]; dup {
			t.Fatalf("%s: duplicate entry %s", path, e.key())
		}
		out[e.key()] = e
	}
	return out
}

// TestABIMatchesUpstream checks that every compiled contract has exactly the deployed contract's
// interface: the same events, functions, errors and constructor, with identical inputs (names,
// types, internal types, indexed flags, components), outputs and state mutability, and no public
// entry of its own.
func TestABIMatchesUpstream(t *testing.T) {
	upstream := upstreamABIDir(t)
	for ours, theirs := range upstreamOf {
		t.Run(ours, func(t *testing.T) {
			got := loadABI(t, filepath.Join("..", "build", ours+".abi"))
			want := loadABI(t, filepath.Join(upstream, theirs+".json"))
			keys := make([]string, 0, len(want))
			for k := range want {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				g, ok := got[k]
				if !ok {
					t.Errorf("missing %s", k)
					continue
				}
				if !reflect.DeepEqual(g, want[k]) {
					gj, _ := json.Marshal(g)
					wj, _ := json.Marshal(want[k])
					t.Errorf("%s differs:\n ours:     %s\n upstream: %s", k, gj, wj)
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("extra public entry %s", k)
				}
			}
		})
	}
}

// TestBindingsMatchBuild checks that the generated bindings embed the ABIs and bytecode in
// contracts/build (i.e. that scripts/generate.sh was run after the last compile).
func TestBindingsMatchBuild(t *testing.T) {
	metas := map[string]*bind.MetaData{
		"SESH":                           &bindings.SESHMetaData,
		"RewardRatePool":                 &bindings.RewardRatePoolMetaData,
		"ServiceNodeRewards":             &bindings.ServiceNodeRewardsMetaData,
		"DevnetServiceNodeRewards":       &bindings.DevnetServiceNodeRewardsMetaData,
		"ServiceNodeContributionFactory": &bindings.ServiceNodeContributionFactoryMetaData,
		"ServiceNodeContribution":        &bindings.ServiceNodeContributionMetaData,
	}
	for name, md := range metas {
		raw, err := os.ReadFile(filepath.Join("..", "build", name+".abi"))
		if err != nil {
			t.Fatal(err)
		}
		built, err := abi.JSON(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		bound, err := md.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(signatures(built), signatures(*bound)) {
			t.Errorf("%s: bindings ABI differs from build/%s.abi; run scripts/generate.sh", name, name)
		}
		bin, err := os.ReadFile(filepath.Join("..", "build", name+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(common.FromHex(strings.TrimSpace(string(bin))), common.FromHex(md.Bin)) {
			t.Errorf("%s: bindings bytecode differs from build/%s.bin; run scripts/generate.sh", name, name)
		}
	}
}

func signatures(a abi.ABI) []string {
	var out []string
	for _, m := range a.Methods {
		out = append(out, "function "+m.String())
	}
	for _, e := range a.Events {
		out = append(out, "event "+e.String())
	}
	for _, e := range a.Errors {
		out = append(out, "error "+e.String())
	}
	out = append(out, "constructor "+a.Constructor.String())
	sort.Strings(out)
	return out
}
