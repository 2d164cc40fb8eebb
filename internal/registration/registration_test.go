package registration

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseSESH(t *testing.T) {
	for in, want := range map[string]string{"25000": "25000000000000", "6250.5": "6250500000000", "0.000000001": "1"} {
		got, err := ParseSESH(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got.String())
		require.Equal(t, in, FormatSESH(got))
	}
	for _, bad := range []string{"", "-1", "0", "1.0000000001", "abc"} {
		_, err := ParseSESH(bad)
		require.Error(t, err, bad)
	}
}

func TestParseFee(t *testing.T) {
	for in, want := range map[string]uint16{"0": 0, "5": 500, "5%": 500, "2.5": 250, "100": 10000, "250bps": 250, "10000bps": 10000} {
		got, err := ParseFee(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []string{"101", "-1", "0.001", "10001bps", "x", "1.5bps"} {
		_, err := ParseFee(bad)
		require.Error(t, err, bad)
	}
}

func TestMinimumContribution(t *testing.T) {
	req := big.NewInt(25_000 * Coin)
	// The operator needs a quarter, rounded up.
	require.Equal(t, "6250000000000", MinimumContribution(req, 0, 10).String())
	require.Equal(t, "2", MinimumContribution(big.NewInt(5), 0, 10).String())
	// Others: an equal share of the remaining slots, rounded up.
	rem := big.NewInt(18_750 * Coin)
	require.Equal(t, "2083333333334", MinimumContribution(rem, 1, 10).String())
}
