package httpserve

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func TestTLS(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t)
	up := newUpstream(t)
	h := baseHTTP()
	h.TLSCert, h.TLSKey = certFile, keyFile
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	url := strings.Replace(r.url, "http://", "https://", 1)

	c := newRPC(url, nil)
	c.client.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}
	c.initialize(t)
	if _, isErr := toolResult(t, c.callTool(t, listTool, nil, nil)); isErr {
		t.Fatal("a call over TLS failed")
	}
	if res, err := http.Post(r.url, "application/json", strings.NewReader("{}")); err == nil {
		res.Body.Close()
		if res.StatusCode != http.StatusBadRequest { // Go answers plain HTTP on a TLS port with 400
			t.Fatalf("plain HTTP on the TLS port: HTTP %d", res.StatusCode)
		}
	}
}

func TestTLSBadFilesRefuseToStart(t *testing.T) {
	certFile, _, _ := selfSigned(t)
	h := baseHTTP()
	h.TLSCert, h.TLSKey = certFile, filepath.Join(t.TempDir(), "missing.pem")
	mcp := newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly)
	if _, err := New(Options{HTTP: h, MCP: mcp}); err == nil || !strings.Contains(err.Error(), "TLS") {
		t.Fatalf("New with a missing key file: %v; want a TLS error", err)
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key, and returns
// a pool that trusts it.
func selfSigned(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:   time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	write := func(path, kind string, b []byte) {
		if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: b}), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(certFile, "CERTIFICATE", der)
	write(keyFile, "EC PRIVATE KEY", keyDER)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}
