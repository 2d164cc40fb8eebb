package node

import (
	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/rewards"
	"github.com/sessiond/sessiond/internal/rpc"
	"github.com/sessiond/sessiond/internal/signing"
)

// startSigning mounts the BLS signing endpoints on /snode/v1 and the bls_*
// json_rpc methods. It needs the watcher (the network's chain and contract,
// and block times), so a node without chain providers does not sign.
func (n *Node) startSigning(svc *peer.Service, j *rpc.JSONRPC) error {
	if n.watcher == nil {
		return nil
	}
	netw, _, err := ChainSettings(n.cfg.Chain)
	if err != nil {
		return err
	}
	rules, exits := rewards.DefaultRules(), signing.DefaultExitRules()
	if netw.Name == "devnet" {
		rules, exits = rewards.DevnetRules(), signing.DevnetExitRules()
	}
	dom := bls.Domain{ChainID: netw.ChainID, Contract: netw.Rewards}
	m := signing.NewMetrics(n.reg)
	lg := n.lg.Named("signing")
	book := signing.NewBook(signing.BookOptions{Registry: n.registry, Rules: rules, BlockTimes: signing.BlockTimeFunc(n.watcher.BlockTime)})
	live := signing.NewLiveness(n.reachability, n.cfg.Liveness.LiquidateAfter, n.opts.Now)
	checker := signing.NewChecker(n.registry, exits, live, svc.Self())
	so := signing.SignerOptions{Key: n.opts.Identity.BLS, Domain: dom, Book: book, Checker: checker, Now: n.opts.Now, Logger: lg, Metrics: m}
	if n.faults != nil {
		so.Corrupt = n.faults.BadSignatures
	}
	signer, err := signing.NewSigner(so)
	if err != nil {
		return err
	}
	signer.Mount(svc)
	agg, err := signing.NewAggregator(signing.AggregatorOptions{
		Registry: n.registry, Book: book, Checker: checker, Domain: dom,
		Transport: svc.Client(), Directory: svc, Self: svc.Self(), Local: signer,
		Now: n.opts.Now, Logger: lg, Metrics: m,
	})
	if err != nil {
		return err
	}
	rpc.RegisterBLS(j, agg)
	return nil
}
