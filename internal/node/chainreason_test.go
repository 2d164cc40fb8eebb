package node

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/chain"
)

func TestChainReason(t *testing.T) {
	down := chain.ProviderStatus{Name: "https://arb.example", LastError: `Post "https://arb.example/v2/KEY": dial tcp 10.0.0.1:443: connect: connection refused`}
	wrong := chain.ProviderStatus{Name: "https://one.example", Refused: "serves chain id 42161, want 421614"}
	for _, tc := range []struct {
		name, reason string
		providers    []chain.ProviderStatus
		want         []string
		not          []string
	}{
		{name: "syncing passes through", reason: "chain: syncing, block 5 of 10 (50.0%)", want: []string{"syncing, block 5 of 10 (50.0%)"}, not: []string{"chain:"}},
		{name: "unreachable", reason: "chain: chain: no usable provider: head: x", providers: []chain.ProviderStatus{down},
			want: []string{"no usable provider: https://arb.example: dial tcp 10.0.0.1:443: connect: connection refused", "check that the provider is up and reachable", "or add a second provider"},
			not:  []string{"KEY", "chain:", "point chain.providers"}},
		{name: "wrong chain", reason: "chain: chain: no usable provider", providers: []chain.ProviderStatus{wrong},
			want: []string{"no usable provider: https://one.example serves chain id 42161, want 421614", "point chain.providers at an endpoint of chain id 421614 (chain.network testnet)"},
			not:  []string{"up and reachable"}},
		{name: "both", reason: "chain: no usable provider", providers: []chain.ProviderStatus{wrong, down},
			want: []string{"serves chain id 42161", "connection refused", "point chain.providers", "up and reachable"}},
		{name: "no details", reason: "chain: chain: no usable provider", want: []string{"no usable provider; check chain.providers, or add a second provider"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := chainReason(tc.reason, 421614, "testnet", tc.providers)
			for _, w := range tc.want {
				require.Contains(t, got, w)
			}
			for _, n := range tc.not {
				require.NotContains(t, got, n)
			}
		})
	}
}
