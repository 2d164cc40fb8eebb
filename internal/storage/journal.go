package storage

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// The store journal makes new messages durable with one sequential append
// and fdatasync per group commit, instead of a bbolt commit that rewrites the
// scattered B+tree pages each message lands on. A journaled message is
// acknowledged at once and served from memory (overlay.go); a background
// applier moves whole segments of them into bbolt in one transaction each,
// where the pages they share are written once (fastpath.go).
//
// Two files, storage-journal-0 and -1, take turns: while the applier copies
// the segment of one into bbolt, new messages go to the other. A file is
//
//	offset  size  field
//	0       4     "SDJ1"
//	4       8     generation, big-endian, one more than the previous segment's
//	12      4     CRC-32C of bytes 0-11
//	16      ...   records
//
// and a record is
//
//	0       4     payload length n, big-endian
//	4       4     CRC-32C of the generation (8 bytes, big-endian) then the payload
//	8       n     payload: account(33) namespace(2, as in keys) seq(8)
//	              hash(32) timestamp ms(8) expiry ms(8) data
//
// A record is valid only under its file's generation, so the records of an
// earlier use of the same file, past the end of the new ones, read as the
// end. The applier writes the generation it applied into storage_meta in the
// same transaction as the messages; at start-up, segments of later
// generations are applied again (an applied message is recognised by its
// hash and skipped), then both files are free.

var journalMagic = [4]byte{'S', 'D', 'J', '1'}

const (
	journalHeaderLen = 16
	recordHeaderLen  = 8
	recordFixedLen   = accountLen + nsKeyLen + seqLen + 32 + 8 + 8 // 91
	// journalPrealloc is the size each journal file is given up front, so
	// that appends within it change no file metadata (fdatasync then writes
	// the data alone).
	journalPrealloc = 8 << 20
	// maxRecordPayload bounds a record: a message's data is at most
	// MaxDataSize (plus slack).
	maxRecordPayload = recordFixedLen + 1<<20
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// keyJournalGen is the storage_meta key of the last applied generation.
var keyJournalGen = []byte("journal_gen")

// journalRecord is one journaled message.
type journalRecord struct {
	seq  uint64
	hash [32]byte
	msg  Message // Hash is not kept; Data is owned
}

func appendRecord(b []byte, gen uint64, r *journalRecord) []byte {
	n := recordFixedLen + len(r.msg.Data)
	start := len(b)
	b = binary.BigEndian.AppendUint32(b, uint32(n))
	b = append(b, 0, 0, 0, 0) // CRC, below
	p := len(b)
	b = append(b, r.msg.Account[:]...)
	nk := nsKey(r.msg.Namespace)
	b = append(b, nk[:]...)
	b = binary.BigEndian.AppendUint64(b, r.seq)
	b = append(b, r.hash[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(r.msg.Timestamp))
	b = binary.BigEndian.AppendUint64(b, uint64(r.msg.Expiry))
	b = append(b, r.msg.Data...)
	binary.BigEndian.PutUint32(b[start+4:], recordCRC(gen, b[p:]))
	return b
}

func recordCRC(gen uint64, payload []byte) uint32 {
	var g [8]byte
	binary.BigEndian.PutUint64(g[:], gen)
	return crc32.Update(crc32.Checksum(g[:], crcTable), crcTable, payload)
}

// readRecords decodes the records at the start of r that are valid under
// gen, stopping at the first that is not (the end of the segment).
func readRecords(r io.Reader, gen uint64) []journalRecord {
	var out []journalRecord
	var hd [recordHeaderLen]byte
	var p []byte
	for {
		if _, err := io.ReadFull(r, hd[:]); err != nil {
			return out
		}
		n := int(binary.BigEndian.Uint32(hd[:]))
		if n < recordFixedLen || n > maxRecordPayload {
			return out
		}
		if cap(p) < n {
			p = make([]byte, n)
		}
		p = p[:n]
		if _, err := io.ReadFull(r, p); err != nil || binary.BigEndian.Uint32(hd[4:]) != recordCRC(gen, p) {
			return out
		}
		var rec journalRecord
		copy(rec.msg.Account[:], p)
		rec.msg.Namespace = nsFromKey(p[accountLen:])
		o := accountLen + nsKeyLen
		rec.seq = binary.BigEndian.Uint64(p[o:])
		copy(rec.hash[:], p[o+8:])
		o += 8 + 32
		rec.msg.Timestamp = int64(binary.BigEndian.Uint64(p[o:]))
		rec.msg.Expiry = int64(binary.BigEndian.Uint64(p[o+8:]))
		rec.msg.Data = append([]byte(nil), p[recordFixedLen:]...)
		out = append(out, rec)
	}
}

func journalHeader(gen uint64) []byte {
	b := make([]byte, journalHeaderLen)
	copy(b, journalMagic[:])
	binary.BigEndian.PutUint64(b[4:], gen)
	binary.BigEndian.PutUint32(b[12:], crc32.Checksum(b[:12], crcTable))
	return b
}

// parseJournalHeader returns the generation of a journal file's header, or
// false for a file that holds no segment.
func parseJournalHeader(b []byte) (uint64, bool) {
	if len(b) < journalHeaderLen || [4]byte(b[:4]) != journalMagic ||
		binary.BigEndian.Uint32(b[12:]) != crc32.Checksum(b[:12], crcTable) {
		return 0, false
	}
	return binary.BigEndian.Uint64(b[4:]), true
}

// journal is the pair of journal files. Only the writer goroutine uses it.
type journal struct {
	files [2]*os.File
	cur   int    // index of the file taking appends
	gen   uint64 // generation of the segment in files[cur]
	off   int64  // next append offset in files[cur]
	buf   []byte
}

// journalSegment is one generation's records, read back at start-up.
type journalSegment struct {
	gen     uint64
	records []journalRecord
}

// openJournal opens (creating) the journal files in dir and returns the
// segments they hold with a generation above applied, oldest first. The
// journal is not ready for appends until start.
func openJournal(dir string, applied uint64) (*journal, []journalSegment, error) {
	j := &journal{}
	var segs []journalSegment
	for i := range j.files {
		path := filepath.Join(dir, fmt.Sprintf("storage-journal-%d", i))
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			j.close()
			return nil, nil, fmt.Errorf("storage: open journal: %w", err)
		}
		j.files[i] = f
		hd := make([]byte, journalHeaderLen)
		if _, err := io.ReadFull(f, hd); err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			j.close()
			return nil, nil, fmt.Errorf("storage: read journal %s: %w", path, err)
		}
		if gen, ok := parseJournalHeader(hd); ok && gen > applied {
			recs := readRecords(bufio.NewReaderSize(f, 1<<20), gen)
			segs = append(segs, journalSegment{gen: gen, records: recs})
		}
	}
	if len(segs) == 2 && segs[0].gen > segs[1].gen {
		segs[0], segs[1] = segs[1], segs[0]
	}
	for _, f := range j.files {
		if err := preallocate(f, journalPrealloc); err != nil {
			j.close()
			return nil, nil, fmt.Errorf("storage: journal: %w", err)
		}
	}
	return j, segs, nil
}

// begin starts generation gen in file i. The header is not synced here: it
// becomes durable with the first records' fdatasync, which covers every
// write to the file before it, and until then the file's old header (an
// applied generation) makes any record in it read as nothing.
func (j *journal) begin(i int, gen uint64) error {
	if _, err := j.files[i].WriteAt(journalHeader(gen), 0); err != nil {
		return err
	}
	// Records an older generation left in the file fail their CRC under
	// gen: nothing to clear.
	j.cur, j.gen, j.off = i, gen, journalHeaderLen
	return nil
}

// append writes records to the current segment and syncs them.
func (j *journal) append(recs []journalRecord) error {
	j.buf = j.buf[:0]
	for i := range recs {
		j.buf = appendRecord(j.buf, j.gen, &recs[i])
	}
	if _, err := j.files[j.cur].WriteAt(j.buf, j.off); err != nil {
		return err
	}
	if err := fdatasync(j.files[j.cur]); err != nil {
		return err
	}
	j.off += int64(len(j.buf))
	return nil
}

func (j *journal) close() {
	for _, f := range j.files {
		if f != nil {
			_ = f.Close()
		}
	}
}
