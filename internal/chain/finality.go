package chain

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Finality says which blocks count as final.
type Finality struct {
	Tag   string // "safe" or "finalized"; empty with Depth
	Depth uint64 // confirmations below the latest block, when Tag is empty
}

// ParseFinality reads "safe", "finalized" or a block depth ("64").
func ParseFinality(s string) (Finality, error) {
	switch s {
	case "safe", "finalized":
		return Finality{Tag: s}, nil
	}
	d, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return Finality{}, fmt.Errorf("finality %q is not safe, finalized or a block depth", s)
	}
	return Finality{Depth: d}, nil
}

func (f Finality) String() string {
	if f.Tag != "" {
		return f.Tag
	}
	return strconv.FormatUint(f.Depth, 10)
}

// heads reads the latest and final block headers.
func (w *Watcher) heads(ctx context.Context) (head, final *types.Header, err error) {
	err = w.pool.Do(ctx, "head", func(ctx context.Context, c Client) error {
		h, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		var f *types.Header
		switch w.cfg.Finality.Tag {
		case "safe":
			f, err = c.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		case "finalized":
			f, err = c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		default:
			n := h.Number.Uint64()
			if n < w.cfg.Finality.Depth {
				n = 0
			} else {
				n -= w.cfg.Finality.Depth
			}
			f, err = c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		}
		if err != nil {
			return fmt.Errorf("read %s head: %w", w.cfg.Finality, err)
		}
		head, final = h, f
		return nil
	})
	return head, final, err
}
