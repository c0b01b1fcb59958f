package proxmox

import (
	"bytes"
	"context"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTLSUntrustedByDefaultShowsThePresentedFingerprint(t *testing.T) {
	srv := newTLSFake(t, dataOK(`{"version":"9.1.2"}`))
	_, err := newTestClient(t, tokenConfig(srv.URL)).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("self-signed certificate accepted")
	}
	fp := Fingerprint(srv.Certificate().Raw)
	mustContain(t, err.Error(), "TLS certificate not trusted", "PVE_TLS_FINGERPRINT="+fp, "PVE_CA_FILE", "PVE_VERIFY_SSL=false")
	if srv.count() != 0 {
		t.Errorf("%d requests reached the handler", srv.count())
	}
}

func TestFingerprintPinning(t *testing.T) {
	srv := newTLSFake(t, dataOK(`"ok"`))
	right := Fingerprint(srv.Certificate().Raw)
	for _, fp := range []string{right, strings.ToLower(strings.ReplaceAll(right, ":", ""))} {
		cfg := tokenConfig(srv.URL)
		cfg.Fingerprint = fp
		if _, err := newTestClient(t, cfg).Do(context.Background(), opStatus, statusArgs); err != nil {
			t.Errorf("pin %s refused: %v", fp, err)
		}
	}
	wrong := strings.Repeat("AB:", 31) + "AB"
	cfg := tokenConfig(srv.URL)
	cfg.Fingerprint = wrong
	before := srv.count()
	s := &sleeps{}
	_, err := newTestClient(t, cfg, WithSleep(s.sleep)).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("wrong pin accepted")
	}
	mustContain(t, err.Error(), "expected "+wrong, "presented "+right, "PVE_TLS_FINGERPRINT")
	if srv.count() != before || s.n() != 0 {
		t.Errorf("requests=%d retries=%d after a pin mismatch", srv.count()-before, s.n())
	}
}

func TestCAFile(t *testing.T) {
	srv := newTLSFake(t, dataOK(`"ok"`))
	dir := t.TempDir()
	good := filepath.Join(dir, "ca.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	if err := os.WriteFile(good, pemBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := tokenConfig(srv.URL)
	cfg.CAFile = good
	if _, err := newTestClient(t, cfg).Do(context.Background(), opStatus, statusArgs); err != nil {
		t.Fatalf("CA file not used: %v", err)
	}

	bad := filepath.Join(dir, "bad.pem")
	os.WriteFile(bad, []byte("not a certificate"), 0o600)
	for _, f := range []string{bad, filepath.Join(dir, "missing.pem")} {
		cfg.CAFile = f
		_, err := New(cfg)
		if err == nil {
			t.Fatalf("%s accepted", f)
		}
		mustContain(t, err.Error(), "PVE_CA_FILE")
	}
}

func TestVerifyTLSFalseWorksAndWarnsOnce(t *testing.T) {
	srv := newTLSFake(t, dataOK(`"ok"`))
	cfg := tokenConfig(srv.URL)
	cfg.VerifyTLS = false
	var stderr bytes.Buffer
	c := newTestClient(t, cfg, WithWarnings(&stderr))
	for i := 0; i < 3; i++ {
		if _, err := c.Do(context.Background(), opStatus, statusArgs); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(stderr.String(), "warning:"); n != 1 {
		t.Errorf("%d warnings, want 1: %q", n, stderr.String())
	}
	mustContain(t, stderr.String(), "PVE_VERIFY_SSL=false", "PVE_TLS_FINGERPRINT")
}

func TestPinningNeedsNoWarning(t *testing.T) {
	srv := newTLSFake(t, dataOK(`"ok"`))
	cfg := tokenConfig(srv.URL)
	cfg.VerifyTLS = false
	cfg.Fingerprint = Fingerprint(srv.Certificate().Raw)
	var stderr bytes.Buffer
	newTestClient(t, cfg, WithWarnings(&stderr))
	if stderr.Len() != 0 {
		t.Errorf("warned although the certificate is pinned: %q", stderr.String())
	}
}

func TestHTTPAgainstHTTPS(t *testing.T) {
	srv := newTLSFake(t, dataOK(`"ok"`))
	cfg := tokenConfig(strings.Replace(srv.URL, "https://", "http://", 1))
	_, err := newTestClient(t, cfg).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "write https:// in PVE_BASE_URL")
}

func TestHTTPSAgainstPlainHTTP(t *testing.T) {
	srv := newFake(t, dataOK(`"ok"`))
	cfg := tokenConfig(strings.Replace(srv.URL, "http://", "https://", 1))
	_, err := newTestClient(t, cfg).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "PVE_BASE_URL")
}
