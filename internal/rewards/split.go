package rewards

import (
	"math/big"
	"math/bits"

	"github.com/sessiond/sessiond/internal/registry"
)

// ReleaseStat describes how one FundsReleased was split.
type ReleaseStat struct {
	Release registry.Release
	// The interval the release pays for: (Start, End] in block time.
	Start, End uint64
	// Distributable is the release amount plus the carry from before it.
	Distributable *big.Int
	// Allocated is what went to addresses; Carry = Distributable - Allocated
	// goes to the next release.
	Allocated, Carry *big.Int
	// PayableSeconds is the sum over nodes of their payable seconds in the
	// interval (the denominator of the split).
	PayableSeconds *big.Int
	// Nodes is how many nodes had payable seconds; Shares is how many shares
	// (operator fees plus contributor shares) were computed. Carry < Shares
	// whenever Shares > 0.
	Nodes, Shares int
}

type weightScratch struct {
	nodes   []*nodeState
	seconds []uint64
}

// payableSeconds is how long n was payable during (start, end]: from
// max(start, added + PayableAfter) to min(end, exit).
func (n *nodeState) payableSeconds(start, end uint64) uint64 {
	lo := max(start, n.payableFrom)
	hi := end
	if n.exited != nil && n.exited.Time < hi {
		hi = n.exited.Time
	}
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// release splits one FundsReleased (doc.go, Splitting a release). With
// T = amount + carry, W = the sum of payable seconds w_n, f_n the fee in
// basis points, D_n the deposit and a_i a contributor's stake, the shares are
//
//	fee share          floor(T * w_n * f_n / (W * 10000))
//	contributor share  floor(T * w_n * (10000 - f_n) * a_i / (W * 10000 * D_n))
//
// whose exact (unfloored) values sum to T, so the sum allocated is at most T
// and falls short of it by less than the number of shares. The shortfall is
// the new carry.
func (l *Ledger) release(r *registry.Release) {
	start, end := l.lastTime, r.Block.Time
	if end < start {
		end = start // timestamps never go back on chain; if they did, the interval is empty
	}
	l.lastTime = end
	l.lastKey, l.hasRelease = keyOf(r), true
	l.seen[keyOf(r)] = new(big.Int).Set(r.Amount)
	l.nreleases++
	l.released.Add(&l.released, r.Amount)

	total := new(big.Int).Add(&l.carry, r.Amount)
	st := ReleaseStat{Release: *r, Start: start, End: end, Distributable: new(big.Int).Set(total),
		PayableSeconds: new(big.Int)}

	w := &l.w
	w.nodes, w.seconds = w.nodes[:0], w.seconds[:0]
	sec := new(big.Int)
	for _, n := range l.live {
		if s := n.payableSeconds(start, end); s > 0 {
			w.nodes = append(w.nodes, n)
			w.seconds = append(w.seconds, s)
			st.PayableSeconds.Add(st.PayableSeconds, sec.SetUint64(s))
		}
	}

	allocated := new(big.Int)
	if st.PayableSeconds.Sign() > 0 {
		st.Nodes = len(w.nodes)
		st.Shares = l.split(total, st.PayableSeconds, allocated)
	}
	l.rewards.Add(&l.rewards, allocated)
	l.carry.Sub(total, allocated)
	st.Allocated, st.Carry = allocated, new(big.Int).Set(&l.carry)

	l.prune()
	if l.observe != nil {
		l.observe(st)
	}
}

// prune drops nodes that can never earn again: exited at or before the end
// of the last interval.
func (l *Ledger) prune() {
	k := 0
	for _, n := range l.live {
		if n.exited != nil && n.exited.Time <= l.lastTime {
			continue
		}
		l.live[k] = n
		k++
	}
	clear(l.live[k:])
	l.live = l.live[:k]
}

// forceBig makes split use big.Int for every node (tests compare the paths).
var forceBig bool

// split allocates total over the payable nodes in l.w, adding what it
// allocates to allocated, and returns the number of shares. Each node is
// computed in 64/128-bit arithmetic when its values fit (smallShares), else
// with big.Int (bigShares); both compute exactly the same floors.
func (l *Ledger) split(total, seconds, allocated *big.Int) int {
	w := &l.w
	m := new(big.Int).Mul(seconds, big.NewInt(FeeBasis)) // M = W * 10000
	fits := !forceBig && total.IsUint64() && m.IsUint64()
	t64, m64 := total.Uint64(), m.Uint64()
	var small uint64
	var tmp big.Int
	shares := 0
	for i, n := range w.nodes {
		if fits {
			if a, k, ok := smallShares(n, t64, w.seconds[i], m64, &tmp); ok {
				small += a // sum of shares <= total: no overflow
				shares += k
				continue
			}
		}
		shares += bigShares(n, total, w.seconds[i], m, allocated)
	}
	allocated.Add(allocated, tmp.SetUint64(small))
	return shares
}

// bigShares credits node n's shares of total for w of the M/10000 payable
// seconds (see release) and adds them to allocated.
func bigShares(n *nodeState, total *big.Int, w uint64, m, allocated *big.Int) int {
	var x, num, q, rem, denN, tmp big.Int
	shares := 0
	x.Mul(total, tmp.SetUint64(w)) // T * w_n
	if n.feeBP > 0 && n.feeTo != nil {
		num.Mul(&x, tmp.SetUint64(n.feeBP))
		q.QuoRem(&num, m, &rem)
		n.feeTo.rewards.Add(&n.feeTo.rewards, &q)
		allocated.Add(allocated, &q)
		shares++
	}
	if n.feeBP < FeeBasis {
		x.Mul(&x, tmp.SetUint64(FeeBasis-n.feeBP)) // T * w_n * (10000 - f_n)
		denN.Mul(m, &n.deposit)                    // W * 10000 * D_n
		for _, p := range n.payees {
			num.Mul(&x, p.stake)
			q.QuoRem(&num, &denN, &rem)
			p.to.rewards.Add(&p.to.rewards, &q)
			allocated.Add(allocated, &q)
		}
		shares += len(n.payees)
	}
	return shares
}

// smallShares is bigShares in machine words, for T and M below 2^64 and a
// node whose deposit is below 2^64; otherwise it returns ok = false having
// changed nothing. Every quotient then fits a word: T*w*10000 < M*2^64
// because w <= W (checked anyway, as a guard).
//
// A contributor's share floor(P*a / (M*D)), P = T*w*(10000-f), is computed
// without the 256-bit product: with P = q*M + r and q*a = u*D + v,
//
//	P*a / (M*D) = u + (v*M + r*a) / (M*D),  and 0 <= v*M + r*a < 2*M*D,
//
// so the share is u, plus one when v*M + r*a >= M*D.
func smallShares(n *nodeState, total, w, m uint64, tmp *big.Int) (allocated uint64, shares int, ok bool) {
	if n.d64 == 0 || n.feeTo == nil {
		return 0, 0, false
	}
	th, tl := bits.Mul64(total, w)
	if h, _, fit := mul128x64(th, tl, FeeBasis); !fit || h >= m {
		return 0, 0, false
	}
	if n.feeBP > 0 {
		xh, xl, _ := mul128x64(th, tl, n.feeBP)
		q, _ := bits.Div64(xh, xl, m)
		n.feeTo.rewards.Add(&n.feeTo.rewards, tmp.SetUint64(q))
		allocated += q
		shares++
	}
	if n.feeBP < FeeBasis {
		xh, xl, _ := mul128x64(th, tl, FeeBasis-n.feeBP)
		q, r := bits.Div64(xh, xl, m)
		mdh, mdl := bits.Mul64(m, n.d64)
		for i, p := range n.payees {
			a := n.stakes64[i]
			ph, pl := bits.Mul64(q, a)
			u, v := bits.Div64(ph, pl, n.d64) // q*a/D <= q: fits
			h1, l1 := bits.Mul64(v, m)
			h2, l2 := bits.Mul64(r, a)
			lo, c := bits.Add64(l1, l2, 0)
			hi, c2 := bits.Add64(h1, h2, c)
			if c2 != 0 || hi > mdh || (hi == mdh && lo >= mdl) {
				u++
			}
			p.to.rewards.Add(&p.to.rewards, tmp.SetUint64(u))
			allocated += u
		}
		shares += len(n.payees)
	}
	return allocated, shares, true
}

// mul128x64 returns (xh*2^64 + xl) * y, or ok = false if it needs more than
// 128 bits.
func mul128x64(xh, xl, y uint64) (hi, lo uint64, ok bool) {
	h1, lo := bits.Mul64(xl, y)
	h2, l2 := bits.Mul64(xh, y)
	if h2 != 0 {
		return 0, 0, false
	}
	hi, c := bits.Add64(h1, l2, 0)
	return hi, lo, c == 0
}
