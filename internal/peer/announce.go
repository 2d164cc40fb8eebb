package peer

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"time"
)

// announceDomain is the domain tag of announcement signatures.
const announceDomain = "sessiond-announce-v1"

// MaxVersionLen bounds Announcement.Version.
const MaxVersionLen = 64

// Announcement is a node's signed statement of where it listens. It is valid
// only when signed by Key itself.
type Announcement struct {
	Key            [32]byte   // the node's Ed25519 key
	IP             netip.Addr // public IPv4 address
	HTTPSPort      uint16     // storage HTTPS port (client RPC, onion, /snode/v1), nonzero
	RPCPort        uint16     // plain-HTTP JSON-RPC port; 0: none
	QUICPort       uint16     // storage QUIC/OMQ port; 0: none (reported as HTTPSPort)
	Version        string     // sessiond version, printable ASCII, at most MaxVersionLen bytes
	StorageVersion [3]uint16  // storage server version the node speaks (get_service_nodes storage_server_version)
	Timestamp      int64      // signing time, unix milliseconds
	Signature      [64]byte
}

// Message returns the bytes the signature covers:
//
//	offset  size  field
//	0       20    "sessiond-announce-v1" (ASCII domain tag)
//	20      1     0x00
//	21      32    Ed25519 key
//	53      4     IPv4 address, network byte order
//	57      2     HTTPS port, big-endian
//	59      2     JSON-RPC port, big-endian (0: none)
//	61      2     QUIC port, big-endian (0: none)
//	63      6     storage version: three big-endian uint16 (major, minor, patch)
//	69      8     timestamp, unix milliseconds, big-endian
//	77      1     len(version), 1..64
//	78      n     version, ASCII
//
// IP must be an IPv4 address (Validate checks it).
func (a *Announcement) Message() []byte {
	b := make([]byte, 0, len(announceDomain)+1+32+4+2*3+6+8+1+len(a.Version))
	b = append(b, announceDomain...)
	b = append(b, 0)
	b = append(b, a.Key[:]...)
	ip4 := a.IP.Unmap().As4()
	b = append(b, ip4[:]...)
	b = binary.BigEndian.AppendUint16(b, a.HTTPSPort)
	b = binary.BigEndian.AppendUint16(b, a.RPCPort)
	b = binary.BigEndian.AppendUint16(b, a.QUICPort)
	for _, v := range a.StorageVersion {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	b = binary.BigEndian.AppendUint64(b, uint64(a.Timestamp))
	b = append(b, byte(len(a.Version)))
	return append(b, a.Version...)
}

// Sign sets Key to priv's public key and signs the announcement.
func (a *Announcement) Sign(priv ed25519.PrivateKey) {
	a.Key = pubkeyOf(priv)
	a.Signature = sign(priv, a.Message())
}

// VerifySignature reports whether the signature is Key's over Message: an
// announcement claiming another node's key fails here.
func (a *Announcement) VerifySignature() bool { return verify(a.Key, a.Message(), a.Signature) }

// Time is the signing time.
func (a *Announcement) Time() time.Time { return time.UnixMilli(a.Timestamp) }

// Validate checks the field values (not the signature, freshness or
// registration): an IPv4 address that is not unspecified, multicast or
// broadcast, a nonzero HTTPS port, a positive timestamp and a printable
// version of 1 to MaxVersionLen bytes.
func (a *Announcement) Validate() error {
	switch {
	case !a.IP.Is4():
		return errors.New("public_ip must be an IPv4 address")
	case a.IP.IsUnspecified() || a.IP.IsMulticast() || a.IP == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return fmt.Errorf("public_ip %s is not a unicast address", a.IP)
	case a.HTTPSPort == 0:
		return errors.New("https_port must not be 0")
	case a.Timestamp <= 0:
		return errors.New("timestamp must be positive")
	case len(a.Version) == 0 || len(a.Version) > MaxVersionLen:
		return fmt.Errorf("version must be 1 to %d bytes", MaxVersionLen)
	}
	for i := 0; i < len(a.Version); i++ {
		if c := a.Version[i]; c < 0x21 || c > 0x7e {
			return errors.New("version must be printable ASCII without spaces")
		}
	}
	return nil
}

// QUICOrHTTPS is the QUIC/OMQ port, or the HTTPS port when none is announced.
func (a *Announcement) QUICOrHTTPS() uint16 {
	if a.QUICPort != 0 {
		return a.QUICPort
	}
	return a.HTTPSPort
}

// announcementJSON is the wire form. Keys and signature are lowercase hex,
// the address dotted-quad, the timestamp unix milliseconds.
type announcementJSON struct {
	Pubkey         string   `json:"pubkey_ed25519"`
	IP             string   `json:"public_ip"`
	HTTPSPort      uint16   `json:"https_port"`
	RPCPort        uint16   `json:"rpc_port"`
	QUICPort       uint16   `json:"quic_port"`
	Version        string   `json:"version"`
	StorageVersion []uint16 `json:"storage_version"`
	Timestamp      int64    `json:"timestamp"`
	Signature      string   `json:"signature"`
}

// MarshalJSON writes the wire form.
func (a Announcement) MarshalJSON() ([]byte, error) {
	return json.Marshal(announcementJSON{
		Pubkey:         hex.EncodeToString(a.Key[:]),
		IP:             a.IP.String(),
		HTTPSPort:      a.HTTPSPort,
		RPCPort:        a.RPCPort,
		QUICPort:       a.QUICPort,
		Version:        a.Version,
		StorageVersion: a.StorageVersion[:],
		Timestamp:      a.Timestamp,
		Signature:      hex.EncodeToString(a.Signature[:]),
	})
}

// UnmarshalJSON parses the wire form strictly: every field present, no unknown
// fields, exact-length hex, a canonical dotted-quad IPv4 address, and valid
// values (Validate). It does not check the signature.
func (a *Announcement) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("announcement: %w", err)
	}
	for _, k := range []string{"pubkey_ed25519", "public_ip", "https_port", "rpc_port", "quic_port", "version", "storage_version", "timestamp", "signature"} {
		if _, ok := raw[k]; !ok {
			return fmt.Errorf("announcement: missing %s", k)
		}
	}
	var w announcementJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("announcement: %w", err)
	}
	var out Announcement
	if err := decodeHexField(out.Key[:], w.Pubkey, "pubkey_ed25519"); err != nil {
		return err
	}
	if err := decodeHexField(out.Signature[:], w.Signature, "signature"); err != nil {
		return err
	}
	ip, err := netip.ParseAddr(w.IP)
	if err != nil || !ip.Is4() || ip.String() != w.IP {
		return fmt.Errorf("announcement: public_ip %q is not a dotted-quad IPv4 address", w.IP)
	}
	out.IP = ip
	out.HTTPSPort, out.RPCPort, out.QUICPort = w.HTTPSPort, w.RPCPort, w.QUICPort
	if len(w.StorageVersion) != 3 {
		return errors.New("announcement: storage_version must be [major, minor, patch]")
	}
	out.Version, out.StorageVersion, out.Timestamp = w.Version, [3]uint16(w.StorageVersion), w.Timestamp
	if err := out.Validate(); err != nil {
		return fmt.Errorf("announcement: %w", err)
	}
	*a = out
	return nil
}

func decodeHexField(dst []byte, s, name string) error {
	if len(s) != 2*len(dst) {
		return fmt.Errorf("announcement: %s must be %d hex digits", name, 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(s)); err != nil {
		return fmt.Errorf("announcement: %s: %w", name, err)
	}
	return nil
}

// ParseAnnouncement parses one announcement in wire form (see UnmarshalJSON).
func ParseAnnouncement(b []byte) (*Announcement, error) {
	var a Announcement
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// announcementSet is the body of POST /snode/v1/announce and of the answer
// to GET /snode/v1/announcements. Entries stay raw so that one malformed
// announcement does not void the others.
type announcementSet struct {
	Announcements []json.RawMessage `json:"announcements"`
}

// maxSetLen bounds the announcements in one set.
const maxSetLen = 100_000

// parseAnnouncementSet splits a set; the entries still need ParseAnnouncement.
func parseAnnouncementSet(b []byte) ([]json.RawMessage, error) {
	var s announcementSet
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("announcement set: %w", err)
	}
	if len(s.Announcements) > maxSetLen {
		return nil, fmt.Errorf("announcement set: %d entries, at most %d", len(s.Announcements), maxSetLen)
	}
	return s.Announcements, nil
}

// encodeAnnouncementSet writes a set.
func encodeAnnouncementSet(as []*Announcement) []byte {
	var b bytes.Buffer
	b.WriteString(`{"announcements":[`)
	for i, a := range as {
		if i > 0 {
			b.WriteByte(',')
		}
		j, _ := a.MarshalJSON() // cannot fail: fixed-type fields
		b.Write(j)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// nonPublic4 are IPv4 ranges that are not publicly routable, beyond what
// netip's IsPrivate/IsLoopback/IsLinkLocalUnicast cover.
var nonPublic4 = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
}

// IsPublicIPv4 reports whether ip is a publicly routable IPv4 unicast address:
// not private (RFC 1918), loopback, link-local, CGNAT, documentation,
// benchmarking, reserved, multicast or unspecified.
func IsPublicIPv4(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.Is4() || ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic4 {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
