package swarm

import "math"

// MT19937-64 parameters (Matsumoto & Nishimura, 2004; C++ std::mt19937_64).
const (
	mtN         = 312
	mtM         = 156
	mtMatrixA   = 0xB5026F5AA96619E9
	mtUpperMask = 0xFFFFFFFF80000000
	mtLowerMask = 0x7FFFFFFF
	mtInitMul   = 6364136223846793005
)

// MT64 is the 64-bit Mersenne Twister, output-identical with C++ std::mt19937_64 for the same
// seed. oxend seeds one per swarm recomputation. The zero value is not usable; use NewMT64.
type MT64 struct {
	state [mtN]uint64
	index int
}

// NewMT64 returns a generator seeded like std::mt19937_64(seed).
func NewMT64(seed uint64) *MT64 {
	m := &MT64{}
	m.Seed(seed)
	return m
}

// Seed resets the generator to the state std::mt19937_64(seed) starts in.
func (m *MT64) Seed(seed uint64) {
	m.state[0] = seed
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = mtInitMul*(prev^(prev>>62)) + uint64(i)
	}
	m.index = mtN
}

func (m *MT64) twist() {
	s := &m.state
	for i := 0; i < mtN; i++ {
		x := s[i]&mtUpperMask | s[(i+1)%mtN]&mtLowerMask
		xa := x >> 1
		if x&1 != 0 {
			xa ^= mtMatrixA
		}
		s[i] = s[(i+mtM)%mtN] ^ xa
	}
	m.index = 0
}

// Uint64 returns the next output, as std::mt19937_64::operator() does.
func (m *MT64) Uint64() uint64 {
	if m.index >= mtN {
		m.twist()
	}
	y := m.state[m.index]
	m.index++
	y ^= (y >> 29) & 0x5555555555555555
	y ^= (y << 17) & 0x71D67FFFEDA60000
	y ^= (y << 37) & 0xFFF7EEE000000000
	y ^= y >> 43
	return y
}

// Uniform returns a value in [0, n) drawn like oxend's tools::uniform_distribution_portable
// (src/common/random.cpp): with M = 2^64−1 and secureMax = M − M mod n, draw x until
// x < secureMax and return x / (secureMax / n). It returns 0 without drawing when n is 0 (oxend
// asserts n > 0; no caller here passes 0).
func (m *MT64) Uniform(n uint64) uint64 {
	return uniform(m, n)
}

type uint64Source interface{ Uint64() uint64 }

func uniform(src uint64Source, n uint64) uint64 {
	if n == 0 {
		return 0
	}
	const max = math.MaxUint64 // std::mt19937_64::max()
	secureMax := max - max%n
	x := src.Uint64()
	for x >= secureMax {
		x = src.Uint64()
	}
	return x / (secureMax / n)
}

// SeedFromBlockHash returns the seed oxend uses for the swarm recomputation at a block: the first
// 8 bytes of the block hash read as a little-endian uint64.
func SeedFromBlockHash(h [32]byte) uint64 {
	return uint64(h[0]) | uint64(h[1])<<8 | uint64(h[2])<<16 | uint64(h[3])<<24 |
		uint64(h[4])<<32 | uint64(h[5])<<40 | uint64(h[6])<<48 | uint64(h[7])<<56
}
