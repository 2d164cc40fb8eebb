package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/registry"
)

// progressEvery is how often a long sync logs its progress.
const progressEvery = 10 * time.Second

func (w *Watcher) afterApply(head registry.Block, final, latest uint64, events int) {
	w.m.appliedBlock.Set(float64(head.Number))
	w.m.lagBlocks.Set(float64(final - head.Number))
	w.mu.Lock()
	w.updateLocked(head.Number, head.Hash, final, latest)
	s := w.status
	due := w.now().Sub(w.lastProgress) >= progressEvery
	if due {
		w.lastProgress = w.now()
	}
	w.mu.Unlock()
	if due && !s.Synced {
		w.lg.Info("chain sync progress",
			zap.Uint64("applied_block", s.Applied), zap.Uint64("final_block", s.Final),
			zap.String("percent", fmt.Sprintf("%.1f", s.Percent)),
			zap.String("blocks_per_second", fmt.Sprintf("%.0f", s.BlocksPerSec)),
			zap.Duration("eta", time.Duration(s.ETASeconds*float64(time.Second)).Round(time.Second)),
			zap.Int("events", events))
	}
}

func (w *Watcher) afterPoll(applied uint64, hash common.Hash, final, latest uint64) {
	w.m.appliedBlock.Set(float64(applied))
	if final >= applied {
		w.m.lagBlocks.Set(float64(final - applied))
	}
	w.mu.Lock()
	wasSynced := w.status.Synced
	w.updateLocked(applied, hash, final, latest)
	w.status.LastPoll = w.now()
	w.status.LastError = ""
	s := w.status
	w.mu.Unlock()
	if s.Synced {
		w.setReady("")
		if !wasSynced {
			w.lg.Info("chain synced", zap.Uint64("applied_block", applied), zap.Uint64("final_block", final))
		}
	} else {
		w.setReady(fmt.Sprintf("chain: syncing, block %d of %d (%.1f%%)", applied, final, s.Percent))
	}
}

// updateLocked recomputes the status; w.mu is held.
func (w *Watcher) updateLocked(applied uint64, hash common.Hash, final, latest uint64) {
	s := &w.status
	s.Applied, s.AppliedHash, s.Final, s.Head = applied, hash.Hex(), final, latest
	s.Lag = 0
	if final > applied {
		s.Lag = final - applied
	}
	s.Synced = s.Lag <= w.cfg.ReadyLag
	total := float64(final) - float64(w.syncFrom)
	done := float64(applied) - float64(w.syncFrom)
	s.Percent = 100
	if total > 0 && done < total {
		s.Percent = 100 * max(done, 0) / total
	}
	if el := w.now().Sub(w.syncStart).Seconds(); el > 0 && done > 0 {
		s.BlocksPerSec = done / el
		s.ETASeconds = float64(s.Lag) / s.BlocksPerSec
	}
}

// Reconcile compares allServiceNodeIDs() at the applied block with the
// registry. A mismatch is logged, counted, and repaired by resyncing from the
// start block (the registry is derived state; the chain is the truth).
func (w *Watcher) Reconcile(ctx context.Context) error {
	w.lastReconcile = w.now()
	cur, ok, err := w.reg.Cursor()
	if err != nil || !ok {
		return err
	}
	rw := bindings.NewServiceNodeRewards()
	var out bindings.AllServiceNodeIDsOutput
	err = w.pool.Do(ctx, "call", func(ctx context.Context, c Client) error {
		raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &w.cfg.Contracts.Rewards, Data: rw.PackAllServiceNodeIDs()}, new(big.Int).SetUint64(cur.Number))
		if err != nil {
			return err
		}
		out, err = rw.UnpackAllServiceNodeIDs(raw)
		return err
	})
	if err != nil {
		w.m.reconcile.WithLabelValues("error").Inc()
		return fmt.Errorf("reconcile: read allServiceNodeIDs at %d: %w", cur.Number, err)
	}
	ours, err := w.reg.ActiveIDs()
	if err != nil {
		return err
	}
	theirs := slices.Clone(out.Ids)
	slices.Sort(theirs)
	mismatch := !slices.Equal(ours, theirs)
	if !mismatch {
		for i, id := range out.Ids {
			n, err := w.reg.Node(id)
			if err != nil {
				return err
			}
			if n == nil || n.BLS != g1(out.Pubkeys[i]) {
				mismatch = true
				break
			}
		}
	}
	if !mismatch {
		w.m.reconcile.WithLabelValues("ok").Inc()
		return nil
	}
	w.m.reconcile.WithLabelValues("mismatch").Inc()
	w.lg.Error("registry disagrees with the contract; resyncing",
		zap.Uint64("block", cur.Number), zap.Int("registry_nodes", len(ours)), zap.Int("contract_nodes", len(theirs)))
	if err := w.reg.Reset(); err != nil {
		return err
	}
	w.mu.Lock()
	w.syncStart, w.syncFrom = w.now(), w.cfg.StartBlock
	w.mu.Unlock()
	return nil
}
