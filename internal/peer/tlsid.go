package peer

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// ServerName is the TLS server name (SNI) a node sends when it connects to
// another node. A server seeing it answers with a certificate for its Ed25519
// node key and requires the client to present one for its own; the TLS 1.3
// handshake then proves both keys (CertificateVerify), so the requests and
// answers on that connection need no per-message signatures. Session clients
// connect by IP address without SNI and get the ordinary certificate.
const ServerName = "snode.sessiond.invalid"

// IdentityCertificate returns a self-signed X.509 certificate for the node's
// Ed25519 key, with that key as the certificate's key. Nothing checks the
// certificate's own fields: what matters is the key, proven by the TLS
// handshake. It lives in memory only.
func IdentityCertificate(identity ed25519.PrivateKey, now time.Time) (tls.Certificate, error) {
	if len(identity) != ed25519.PrivateKeySize {
		return tls.Certificate{}, errors.New("peer: identity certificate needs an Ed25519 key")
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 96))
	if err != nil {
		return tls.Certificate{}, err
	}
	pub := identity.Public().(ed25519.PublicKey)
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: fmt.Sprintf("sessiond node %x", pub[:8])},
		NotBefore:    now.Add(-24 * time.Hour),
		NotAfter:     now.Add(20 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		DNSNames:     []string{ServerName},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, identity)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("peer: identity certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: identity, Leaf: leaf}, nil
}

// ServerTLSConfig returns the TLS configuration a node's HTTPS server uses for
// connections from other nodes (those that send ServerName): the identity
// certificate, a client certificate required, TLS 1.3 only. Install it with
// SelectPeerTLS.
func ServerTLSConfig(identity ed25519.PrivateKey, now time.Time) (*tls.Config, error) {
	cert, err := IdentityCertificate(identity, now)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		// Any certificate: the sender's key is checked against the registry
		// per request (Auth), and the handshake proves the key is theirs.
		ClientAuth: tls.RequireAnyClientCert,
		MinVersion: tls.VersionTLS13,
		NextProtos: []string{"http/1.1"},
	}, nil
}

// SelectPeerTLS returns a tls.Config.GetConfigForClient that answers clients
// sending ServerName with peerCfg and leaves everyone else to the server's
// own configuration.
func SelectPeerTLS(peerCfg *tls.Config) func(*tls.ClientHelloInfo) (*tls.Config, error) {
	return func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		if hello.ServerName == ServerName {
			return peerCfg, nil
		}
		return nil, nil
	}
}

// ClientTLSConfig returns the TLS configuration a node uses to connect to
// other nodes: it sends ServerName and presents the identity certificate. The
// server's certificate chain is not verified (certificates are self-signed):
// Client checks the server's key against the target's after each exchange.
func ClientTLSConfig(identity ed25519.PrivateKey, now time.Time) (*tls.Config, error) {
	cert, err := IdentityCertificate(identity, now)
	if err != nil {
		return nil, err
	}
	return &tls.Config{
		ServerName:         ServerName,
		Certificates:       []tls.Certificate{cert},
		InsecureSkipVerify: true, //nolint:gosec // the key is checked per answer (Client.do)
		MinVersion:         tls.VersionTLS13,
	}, nil
}

// tlsPeerKey returns the Ed25519 key of the certificate the other side of a
// TLS connection presented, if it presented one with an Ed25519 key.
func tlsPeerKey(cs *tls.ConnectionState) ([32]byte, bool) {
	var k [32]byte
	if cs == nil || len(cs.PeerCertificates) == 0 {
		return k, false
	}
	pub, ok := cs.PeerCertificates[0].PublicKey.(ed25519.PublicKey)
	if !ok || len(pub) != ed25519.PublicKeySize {
		return k, false
	}
	copy(k[:], pub)
	return k, true
}

// ListenerTLS returns a TLS configuration that gives other nodes (ServerName)
// the identity of ServerTLSConfig and carries no certificate of its own for
// anyone else: the caller adds one (httptest.Server.StartTLS does).
func ListenerTLS(identity ed25519.PrivateKey, now time.Time) (*tls.Config, error) {
	peerCfg, err := ServerTLSConfig(identity, now)
	if err != nil {
		return nil, err
	}
	return &tls.Config{GetConfigForClient: SelectPeerTLS(peerCfg)}, nil
}
