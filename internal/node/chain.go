package node

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/registry"
)

// ChainSettings resolves the chain section against the network presets.
func ChainSettings(c config.Chain) (chain.Network, chain.Finality, error) {
	netw, err := chain.Lookup(c.Network)
	if err != nil {
		return chain.Network{}, chain.Finality{}, &config.SectionError{Section: "chain", Key: "network", Err: err}
	}
	if c.ChainID != 0 {
		netw.ChainID = c.ChainID
	}
	for _, o := range []struct {
		v   string
		dst *common.Address
	}{{c.RewardsContract, &netw.Rewards}, {c.PoolContract, &netw.Pool}, {c.FactoryContract, &netw.Factory}} {
		if o.v != "" {
			*o.dst = common.HexToAddress(o.v)
		}
	}
	if c.StartBlock != 0 {
		netw.StartBlock = c.StartBlock
	}
	fin, err := chain.ParseFinality(c.Finality)
	if err != nil {
		return chain.Network{}, chain.Finality{}, &config.SectionError{Section: "chain", Key: "finality", Err: err}
	}
	if netw.Rewards == (common.Address{}) {
		return chain.Network{}, chain.Finality{}, &config.SectionError{Section: "chain", Key: "rewards_contract", Err: errors.New("no ServiceNodeRewards address for this network")}
	}
	return netw, fin, nil
}

// startChain opens the registry and, when providers are configured, starts
// the watcher. Without providers the node cannot know the network and says
// so through readiness.
func (n *Node) startChain(ctx context.Context) error {
	c := n.cfg.Chain
	preset, err := chain.Lookup(c.Network)
	if err != nil {
		return err
	}
	reg, err := registry.Open(n.db, registry.Options{ReorgWindow: c.ReorgWindow, SwarmEpoch: preset.SwarmEpoch}, n.lg.Named("registry"))
	if err != nil {
		return err
	}
	n.registry = reg
	if len(c.Providers) == 0 {
		n.health.Set("chain", "no chain.providers configured: set at least one Arbitrum JSON-RPC URL")
		n.lg.Warn("chain watcher disabled: no chain.providers configured")
		return nil
	}
	netw, fin, err := ChainSettings(c)
	if err != nil {
		return err
	}
	var providers []*chain.Provider
	var clients []*ethclient.Client
	for i, u := range c.Providers {
		cl, err := ethclient.DialContext(ctx, u)
		if err != nil {
			for _, x := range clients {
				x.Close()
			}
			return fmt.Errorf("chain.providers[%d] %s: %w (check the URL and that the provider is reachable)", i, chain.Redact(u), err)
		}
		clients = append(clients, cl)
		providers = append(providers, chain.NewProvider(chain.Redact(u), i, cl))
	}
	lg := n.lg.Named("chain")
	pool := chain.NewPool(providers, netw.ChainID, c.RequestTimeout, lg, nil, n.opts.Now)
	n.watcher = chain.NewWatcher(chain.Config{
		Contracts:      chain.Contracts{Rewards: netw.Rewards, Pool: netw.Pool, Factory: netw.Factory},
		StartBlock:     netw.StartBlock,
		Finality:       fin,
		PollInterval:   c.PollInterval,
		MaxLogRange:    c.MaxLogRange,
		ReconcileEvery: c.ReconcileInterval,
	}, pool, reg, lg, n.reg, func(reason string) {
		n.health.Set("chain", chainReason(reason, netw.ChainID, c.Network, pool.Statuses()))
	})
	// Clients close after the watcher goroutine has stopped (stops run in reverse).
	n.stops = append(n.stops, stopFunc{"chain clients", func() error {
		for _, x := range clients {
			x.Close()
		}
		return nil
	}})
	n.goAttach(func(ctx context.Context) {
		if err := n.watcher.Run(ctx); err != nil {
			lg.Error("chain watcher stopped", zap.Error(err))
		}
	})
	lg.Info("chain watcher started", zap.String("network", netw.Name), zap.Uint64("chain_id", netw.ChainID),
		zap.Stringer("rewards_contract", netw.Rewards), zap.Int("providers", len(providers)), zap.Stringer("finality", fin))
	return nil
}

// chainParts returns the registry and watcher once Start has set them (it
// waits for a Start in progress).
func (n *Node) chainParts() (*registry.Registry, *chain.Watcher) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.registry, n.watcher
}

// Registry is the node's contract registry (nil before Start).
func (n *Node) Registry() *registry.Registry { r, _ := n.chainParts(); return r }

// Watcher is the chain watcher, or nil when no providers are configured.
func (n *Node) Watcher() *chain.Watcher { _, w := n.chainParts(); return w }

// requestURL matches the `Post "URL": ` that HTTP client errors start with;
// the URL may hold an API key and the provider is named already.
var requestURL = regexp.MustCompile(`(Post|Get) "[^"]*": `)

// chainReason is the watcher's not-ready reason as /readyz and status show
// it, after the subsystem name Health adds: without repeated "chain: "
// prefixes and, when no provider is usable, with each provider's problem and
// what to do about it.
func chainReason(reason string, chainID uint64, network string, providers []chain.ProviderStatus) string {
	for {
		r, ok := strings.CutPrefix(reason, "chain: ")
		if !ok {
			break
		}
		reason = r
	}
	if !strings.HasPrefix(reason, "no usable provider") {
		return reason
	}
	var problems, fixes []string
	var wrongChain, down bool
	for _, p := range providers {
		switch {
		case p.Refused != "":
			problems = append(problems, p.Name+" "+p.Refused)
			wrongChain = true
		case p.LastError != "":
			problems = append(problems, p.Name+": "+requestURL.ReplaceAllString(p.LastError, ""))
			down = true
		}
	}
	if len(problems) == 0 {
		return reason + "; check chain.providers, or add a second provider"
	}
	if wrongChain {
		fixes = append(fixes, fmt.Sprintf("point chain.providers at an endpoint of chain id %d (chain.network %s), or set chain.network to the provider's network", chainID, network))
	}
	if down {
		fixes = append(fixes, "check that the provider is up and reachable from this host and that its URL in chain.providers is right")
	}
	return "no usable provider: " + strings.Join(problems, "; ") + "; " + strings.Join(fixes, "; ") + "; or add a second provider"
}
