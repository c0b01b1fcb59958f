package sim

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Served is a simulator listening on the network.
type Served struct {
	// PVEURL and PBSURL are the base URLs (scheme://host:port, without
	// /api2/json); empty when that product is not served.
	PVEURL, PBSURL string
	// Fingerprint is the certificate's SHA-256 as Proxmox shows it
	// (AA:BB:…); empty for plain HTTP.
	Fingerprint string

	servers []*http.Server
	wg      sync.WaitGroup
	errs    chan error
}

// Serve listens on pveAddr and pbsAddr (either may be empty to leave that
// product out) and serves until ctx is cancelled, then shuts down
// gracefully. With useTLS the servers present a fresh self-signed
// certificate for localhost and the listen addresses, as a Proxmox node
// does out of the box. Serve returns once both listeners are bound.
func (s *Simulator) Serve(ctx context.Context, pveAddr, pbsAddr string, useTLS bool) (*Served, error) {
	var tlsCfg *tls.Config
	out := &Served{errs: make(chan error, 2)}
	if useTLS {
		cert, fp, err := SelfSignedCert(hostsOf(pveAddr, pbsAddr))
		if err != nil {
			return nil, err
		}
		tlsCfg = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		out.Fingerprint = fp
	}
	for _, l := range []struct {
		p    catalog.Product
		addr string
		url  *string
	}{{catalog.PVE, pveAddr, &out.PVEURL}, {catalog.PBS, pbsAddr, &out.PBSURL}} {
		if l.addr == "" {
			continue
		}
		u, err := out.listen(s.Handler(l.p), l.addr, tlsCfg)
		if err != nil {
			out.shutdown()
			return nil, err
		}
		*l.url = u
	}
	go func() {
		<-ctx.Done()
		out.shutdown()
	}()
	return out, nil
}

// listen binds one address and serves on it. HTTP/2 is off: Proxmox
// speaks HTTP/1.1, and error answers need a hijackable connection.
func (sv *Served) listen(h http.Handler, addr string, tlsCfg *tls.Config) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, TLSNextProto: map[string]func(*http.Server, *tls.Conn, http.Handler){}}
	scheme := "http"
	if tlsCfg != nil {
		srv.TLSConfig = tlsCfg
		ln = tls.NewListener(ln, tlsCfg)
		scheme = "https"
	}
	sv.servers = append(sv.servers, srv)
	sv.wg.Add(1)
	go func() {
		defer sv.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			sv.errs <- err
		}
	}()
	return scheme + "://" + ln.Addr().String(), nil
}

func (sv *Served) shutdown() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, srv := range sv.servers {
		srv.Shutdown(ctx)
	}
}

// Wait blocks until the servers have stopped and returns the first
// serving error, if any.
func (sv *Served) Wait() error {
	sv.wg.Wait()
	select {
	case err := <-sv.errs:
		return err
	default:
		return nil
	}
}

// hostsOf lists the names the certificate must carry.
func hostsOf(addrs ...string) []string {
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	for _, a := range addrs {
		if h, _, err := net.SplitHostPort(a); err == nil && h != "" {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// SelfSignedCert makes an ECDSA P-256 certificate for the hosts (DNS
// names or IPs) and returns it with its SHA-256 fingerprint in Proxmox's
// AA:BB:… form.
func SelfSignedCert(hosts []string) (tls.Certificate, string, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		return tls.Certificate{}, "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "proxmox-mcp simulator", Organization: []string{"proxmox-mcp"}},
		NotBefore:    time.Now().Add(-time.Hour), NotAfter: time.Now().Add(365 * 24 * time.Hour),
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	addSANs(tmpl, hosts)
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, CertFingerprint(der), nil
}

func addSANs(c *x509.Certificate, hosts []string) {
	seen := map[string]bool{}
	for _, h := range hosts {
		if seen[h] {
			continue
		}
		seen[h] = true
		if ip := net.ParseIP(h); ip != nil {
			c.IPAddresses = append(c.IPAddresses, ip)
		} else {
			c.DNSNames = append(c.DNSNames, h)
		}
	}
}

// CertFingerprint is a DER certificate's SHA-256, upper-case hex bytes
// joined by colons, as `pvenode cert info` prints it.
func CertFingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// IsLoopback reports whether a listen address only accepts local
// connections: a loopback IP or "localhost". An empty host (all
// interfaces) is not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
