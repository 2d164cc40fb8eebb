// Package swarm assigns Session Nodes to swarms and maps accounts to swarms.
//
// A swarm is a group of about seven nodes that jointly store the messages of every account whose
// "swarm space" value (see [Space]) is closest to the swarm's 64-bit id. This package has two
// halves:
//
//   - Assignment ([Assign]): the incremental algorithm of oxend's calc_swarm_changes
//     (oxen-io/oxen-core src/cryptonote_core/service_node_swarm.cpp; spec/node.md §1). Whenever the
//     set of active nodes changes, the previous assignment plus the newly active (unassigned) nodes
//     go in, and the new assignment comes out. New nodes fill the smallest 25 % of swarms, starving
//     swarms (fewer than [MinSwarmSize] members) steal from rich ones, excess nodes form new swarms
//     of [NewSwarmSize] once the excess reaches 7 + 2 × (number of swarms), and swarms that stay
//     starving are dissolved. The randomness is an MT19937-64 generator ([MT64]) seeded from the
//     block hash ([SeedFromBlockHash]) with oxend's portable uniform draw ([MT64.Uniform]); new swarm
//     ids come from [NewSwarmID] (the midpoint of the largest gap).
//
//   - Account to swarm ([Space], [Nearest], [Map]): XOR of the four big-endian words of the 32-byte
//     account key, then the swarm with the nearest id, wrapping around 2^64, ties to the swarm on
//     the left. This half is bit-identical with session-storage-server and libsession, and must be:
//     clients compute it too.
//
// # Determinism and the one deviation from oxend
//
// Assign is a pure function: its output depends only on the set of (node, previous swarm) pairs and
// the seed, never on Go map iteration order. Nodes are first sorted by key, bytewise ascending
// (oxend sorts its active list the same way), swarms are always visited in ascending id order
// (oxend's std::map order), member lists keep oxend's vector order (initially ascending key order,
// removals preserve order, additions append).
//
// The single place where oxend's result depends on an unspecified order is its use of std::sort
// to order swarms by size (calc_swarm_sizes, used by the fill step and the Robin Hood step):
// std::sort is not stable, so which of several equal-sized swarms a random index selects depends
// on libstdc++'s introsort. This package instead orders swarms by (size ascending, id ascending),
// i.e. a stable sort of the id-ordered list. The result is deterministic across Go nodes but can
// differ from a C++ oxend once a recomputation involves more than 16 swarms. With at most 16
// swarms libstdc++'s std::sort is a plain insertion sort, which is stable, so the results coincide
// there. Everything else (generator, draws, pools, id allocation, member order) follows oxend
// exactly.
//
// # Edge case where oxend throws
//
// On a tiny network the dissolve step can remove the last swarm and oxend then throws
// (std::out_of_range inside assign_snodes). Assign never dissolves the last remaining swarm; this
// changes the result only where oxend would have thrown.
//
// The package has no dependencies beyond the standard library and does no I/O.
package swarm
