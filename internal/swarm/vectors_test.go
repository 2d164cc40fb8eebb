package swarm

import (
	"encoding/hex"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/testvec"
)

// loadVectors decodes one group of shared/testdata/vectors.json.
func loadVectors(t testing.TB, group string, cases any) {
	t.Helper()
	testvec.LoadInto(t, group, cases)
}

// u64 is a uint64 given as a decimal string.
type u64 uint64

func (u *u64) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := strconv.ParseUint(s, 10, 64)
	*u = u64(v)
	return err
}

func ids(us []u64) []ID {
	out := make([]ID, len(us))
	for i, u := range us {
		out[i] = ID(u)
	}
	return out
}

func TestVectorsSwarmSpace(t *testing.T) {
	var cases []struct {
		Account  string `json:"account"`
		Expected u64    `json:"expected_swarm_space"`
	}
	loadVectors(t, "swarm_space", &cases)
	require.Len(t, cases, 11)
	for _, c := range cases {
		acc, err := hex.DecodeString(c.Account)
		require.NoError(t, err)
		require.Len(t, acc, AccountLen)
		require.Equal(t, uint64(c.Expected), Space(acc), c.Account)
		require.Equal(t, uint64(c.Expected), Space(acc[1:]), "without prefix: %s", c.Account)
	}
}

func TestVectorsNearestSwarm(t *testing.T) {
	var cases []struct {
		Description string `json:"description"`
		SwarmIDs    []u64  `json:"swarm_ids"`
		Account     string `json:"account"`
		SwarmSpace  u64    `json:"swarm_space"`
		Expected    u64    `json:"expected_swarm_id"`
	}
	loadVectors(t, "nearest_swarm", &cases)
	require.Len(t, cases, 32)
	for _, c := range cases {
		acc, err := hex.DecodeString(c.Account)
		require.NoError(t, err)
		require.Equal(t, uint64(c.SwarmSpace), Space(acc), c.Description)
		swarms := ids(c.SwarmIDs)
		require.Equal(t, ID(c.Expected), Nearest(swarms, Space(acc)), c.Description)
		require.Equal(t, ID(c.Expected), nearestBrute(swarms, Space(acc)), c.Description)

		// The same through a Map whose swarms have those ids.
		assignment := map[NodeKey]ID{}
		for i, id := range swarms {
			assignment[NodeKey{byte(i), 1}] = id
			assignment[NodeKey{byte(i), 2}] = id
		}
		m := NewMap(assignment)
		require.Equal(t, swarms, m.IDs())
		got, members := m.MembersFor(acc)
		require.Equal(t, ID(c.Expected), got, c.Description)
		require.Len(t, members, 2)
	}
}

func TestVectorsNewSwarmID(t *testing.T) {
	var cases []struct {
		Description    string `json:"description"`
		Existing       []u64  `json:"existing_swarm_ids"`
		Expected       *u64   `json:"expected_new_swarm_id"`
		RNG            string `json:"rng"`
		RNGSeed        u64    `json:"rng_seed"`
		Steps          int    `json:"steps"`
		RemoveIfBelow  u64    `json:"remove_if_below"`
		ExpectedCount  int    `json:"expected_final_count"`
		ExpectedAtIdxs []struct {
			Index   int `json:"index"`
			SwarmID u64 `json:"swarm_id"`
		} `json:"expected_ids_at_index"`
	}
	loadVectors(t, "new_swarm_id", &cases)
	require.Len(t, cases, 12)
	procedures := 0
	for _, c := range cases {
		if c.RNG == "" {
			require.NotNil(t, c.Expected, c.Description)
			require.Equal(t, ID(*c.Expected), NewSwarmID(ids(c.Existing)), c.Description)
			continue
		}
		procedures++
		require.Equal(t, "mt19937_64", c.RNG)
		rng := NewMT64(uint64(c.RNGSeed))
		var set []ID // ascending
		for range c.Steps {
			n := rng.Uint64()
			if n < uint64(c.RemoveIfBelow) {
				require.NotEmpty(t, set)
				i := n % uint64(len(set))
				set = append(set[:i], set[i+1:]...)
				continue
			}
			id := NewSwarmID(set)
			pos, found := slicesBinarySearch(set, id)
			require.False(t, found, "new id %d already present", id)
			set = append(set, 0)
			copy(set[pos+1:], set[pos:])
			set[pos] = id
		}
		require.Len(t, set, c.ExpectedCount, c.Description)
		for _, e := range c.ExpectedAtIdxs {
			require.Equal(t, ID(e.SwarmID), set[e.Index], "index %d", e.Index)
		}
	}
	require.Equal(t, 1, procedures)
}

func slicesBinarySearch(s []ID, id ID) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && s[lo] == id
}
