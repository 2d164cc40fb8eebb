package swarm

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMT64KnownOutputs(t *testing.T) {
	// C++ [rand.predef]: the 10000th consecutive invocation of a default-constructed
	// std::mt19937_64 (seed 5489) produces 9981545732273789042.
	m := NewMT64(5489)
	require.Equal(t, uint64(14514284786278117030), m.Uint64()) // first output for seed 5489
	for range 9998 {
		m.Uint64()
	}
	require.Equal(t, uint64(9981545732273789042), m.Uint64())

	// Reseeding restarts the sequence.
	m.Seed(5489)
	require.Equal(t, uint64(14514284786278117030), m.Uint64())
}

type script []uint64

func (s *script) Uint64() uint64 {
	v := (*s)[0]
	*s = (*s)[1:]
	return v
}

func TestUniformPortable(t *testing.T) {
	// n = 3: M = 2^64−1 = 0 mod 3, so secureMax = M and every draw but M itself is accepted.
	s := script{math.MaxUint64, math.MaxUint64 - 1}
	require.Equal(t, uint64(2), uniform(&s, 3)) // M rejected; (M−1) / (M/3) = 2
	require.Empty(t, s)

	// n = 2: M mod 2 = 1, secureMax = M−1: both M and M−1 are rejected.
	s = script{math.MaxUint64, math.MaxUint64 - 1, math.MaxUint64 - 2, 5}
	require.Equal(t, uint64(1), uniform(&s, 2))
	require.Len(t, s, 1)
	require.Equal(t, uint64(0), uniform(&s, 2))

	// n = 1 always yields 0 but still consumes one draw.
	s = script{123, 456}
	require.Equal(t, uint64(0), uniform(&s, 1))
	require.Len(t, s, 1)

	// n = 0 yields 0 without drawing.
	require.Equal(t, uint64(0), uniform(&s, 0))
	require.Len(t, s, 1)

	// Against the raw generator.
	a, b := NewMT64(99), NewMT64(99)
	for n := uint64(1); n < 2000; n += 7 {
		secureMax := uint64(math.MaxUint64) - uint64(math.MaxUint64)%n
		x := b.Uint64()
		for x >= secureMax {
			x = b.Uint64()
		}
		require.Equal(t, x/(secureMax/n), a.Uniform(n))
	}
}

func TestSeedFromBlockHash(t *testing.T) {
	var h [32]byte
	for i := range h {
		h[i] = byte(i + 1)
	}
	require.Equal(t, uint64(0x0807060504030201), SeedFromBlockHash(h))
}
