package storage

import (
	"errors"
)

// ErrFull is returned by StoreBulk when the database reached Options.MaxDBSize.
var ErrFull = errors.New("storage: database is full")

// bulkChunk is the most messages StoreBulk commits in one transaction.
const bulkChunk = 1000

// StoreBulk inserts messages copied from a swarm peer (upstream bulk_store,
// fed by sn.data): the hash is recomputed from the content, messages already
// stored keep the later of the two expiries, expired ones are skipped, and
// nothing is forwarded or announced to monitors. It commits in chunks and
// returns how many messages it inserted; ErrFull when the size cap stopped it.
func (s *Store) StoreBulk(msgs []Message) (int, error) {
	total := 0
	for start := 0; start < len(msgs); start += bulkChunk {
		chunk := msgs[start:min(start+bulkChunk, len(msgs))]
		n := 0
		full := false
		err := s.write(func(w *wtx) error {
			n, full = 0, false
			for i := range chunk {
				m := &chunk[i]
				if m.Expiry <= w.now {
					continue
				}
				h := messageHashRaw(&m.Account, m.Namespace, m.Data)
				if w.t.tombstoned(&m.Account, &h, w.now) {
					continue // deleted by its owner here: not copied back
				}
				if mk, v, ok := w.t.lookup(&m.Account, &h); ok && v.expiry > w.now {
					if v.expiry < m.Expiry {
						if err := w.setExpiry(mk, &v, m.Expiry); err != nil {
							return err
						}
					}
					continue
				} else if ok {
					old := storedOf(mk, &v)
					if err := w.remove(&old); err != nil {
						return err
					}
				}
				if w.full(len(m.Data)) {
					full = true
					return nil
				}
				if err := w.insert(&m.Account, m.Namespace, &h, m.Timestamp, m.Expiry, m.Data); err != nil {
					return err
				}
				n++
			}
			return nil
		})
		if err != nil {
			return total, err
		}
		total += n
		if full {
			s.m.dbFull.Inc()
			return total, ErrFull
		}
	}
	return total, nil
}
