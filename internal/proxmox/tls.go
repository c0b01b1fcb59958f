package proxmox

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

// tlsConfig builds the client TLS settings. Pinning a fingerprint replaces
// chain verification: a Proxmox node's self-signed certificate is trusted
// exactly when its leaf matches, whatever the chain says.
func tlsConfig(cfg Config, warn io.Writer) (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.Fingerprint != "" {
		want, err := parseFingerprint(cfg.Fingerprint)
		if err != nil {
			return nil, fmt.Errorf("%s: %v (example: %s=%s)", cfg.env("TLS_FINGERPRINT"), err, cfg.env("TLS_FINGERPRINT"), exampleFingerprint)
		}
		tc.InsecureSkipVerify = true // replaced by the pin below
		tc.VerifyConnection = pinLeaf(want)
		return tc, nil
	}
	if cfg.CAFile != "" {
		pool, err := loadCAFile(cfg)
		if err != nil {
			return nil, err
		}
		tc.RootCAs = pool
	}
	if !cfg.VerifyTLS {
		tc.InsecureSkipVerify = true
		fmt.Fprintf(warn, "warning: %s=false: the %s certificate at %s is not verified; anyone on the network path can read and change the traffic, credentials included. Pin it with %s instead.\n",
			cfg.env("VERIFY_SSL"), cfg.Product.Title(), cfg.BaseURL, cfg.env("TLS_FINGERPRINT"))
	}
	return tc, nil
}

// loadCAFile adds a PEM bundle to the system roots.
func loadCAFile(cfg Config) (*x509.CertPool, error) {
	pem, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read %s: %v", cfg.env("CA_FILE"), cfg.CAFile, err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s: %s contains no PEM certificate (example: %s=/etc/pve/pve-root-ca.pem)", cfg.env("CA_FILE"), cfg.CAFile, cfg.env("CA_FILE"))
	}
	return pool, nil
}

// parseFingerprint accepts AA:BB:… or aabb…, in either case.
func parseFingerprint(s string) ([sha256.Size]byte, error) {
	var fp [sha256.Size]byte
	b, err := hex.DecodeString(strings.ReplaceAll(s, ":", ""))
	if err != nil || len(b) != sha256.Size {
		return fp, fmt.Errorf("not a SHA-256 fingerprint of 32 hex bytes")
	}
	copy(fp[:], b)
	return fp, nil
}

// Fingerprint renders a certificate's SHA-256 fingerprint as Proxmox shows
// it (pvenode cert info): upper-case hex bytes separated by colons.
func Fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	return formatFingerprint(sum)
}

func formatFingerprint(sum [sha256.Size]byte) string {
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// fingerprintError is a pinned certificate that does not match.
type fingerprintError struct {
	expected, presented string
}

func (e *fingerprintError) Error() string {
	return fmt.Sprintf("certificate fingerprint mismatch: expected %s, the server presented %s", e.expected, e.presented)
}

func pinLeaf(want [sha256.Size]byte) func(tls.ConnectionState) error {
	return func(cs tls.ConnectionState) error {
		if len(cs.PeerCertificates) == 0 {
			return fmt.Errorf("the server presented no certificate")
		}
		got := sha256.Sum256(cs.PeerCertificates[0].Raw)
		if got != want {
			return &fingerprintError{expected: formatFingerprint(want), presented: formatFingerprint(got)}
		}
		return nil
	}
}
