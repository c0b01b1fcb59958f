package typed

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Settings collect what a generated package's options set. The zero value
// verifies TLS against the system roots and uses proxmox.DefaultTimeout.
type Settings struct {
	TokenID, TokenSecret string
	Username, Password   string
	Fingerprint, CAFile  string
	InsecureSkipVerify   bool
	Timeout              time.Duration
	HTTPClient           *http.Client

	err error // the first option that could not be applied
}

// SetCombinedToken takes an API token written with its secret,
// USER@REALM!NAME=SECRET (as Proxmox VE prints a new token) or
// USER@REALM!NAME:SECRET (Proxmox Backup Server).
func (s *Settings) SetCombinedToken(token string) {
	id, secret, ok := wire.SplitCombinedToken(token)
	if !ok {
		// The text is never repeated: it may hold a secret.
		s.fail(errors.New("the API token is not of the form user@realm!name=SECRET"))
		return
	}
	s.TokenID, s.TokenSecret = id, secret
}

// SetTimeout bounds each request; it must be positive.
func (s *Settings) SetTimeout(d time.Duration) {
	if d <= 0 {
		s.fail(fmt.Errorf("the timeout must be positive, got %s", d))
		return
	}
	s.Timeout = d
}

func (s *Settings) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// check refuses settings that contradict each other.
func (s *Settings) check() error {
	if s.err != nil {
		return s.err
	}
	if s.TokenID == "" && s.Username == "" {
		return errors.New("no credentials: give an API token or a user and password")
	}
	tlsSet := s.Fingerprint != "" || s.CAFile != "" || s.InsecureSkipVerify
	if s.HTTPClient != nil && tlsSet {
		return errors.New("an HTTP client of your own brings its own TLS settings: pin the fingerprint, add the CA or skip verification in its transport instead")
	}
	if s.Fingerprint != "" && s.InsecureSkipVerify {
		return errors.New("a pinned fingerprint already replaces chain verification: drop the option that skips verification")
	}
	return nil
}

// config is the HTTP client's configuration for one product.
func (s *Settings) config(p catalog.Product, baseURL string) proxmox.Config {
	cfg := proxmox.Config{
		Product: p, BaseURL: baseURL,
		TokenID: s.TokenID, TokenSecret: s.TokenSecret,
		Username: s.Username, Password: s.Password,
		VerifyTLS: !s.InsecureSkipVerify, CAFile: s.CAFile, Fingerprint: s.Fingerprint,
		Timeout: s.Timeout,
	}
	if cfg.Timeout == 0 && s.HTTPClient != nil {
		cfg.Timeout = s.HTTPClient.Timeout
	}
	return cfg
}

// options are the HTTP client's options: a library writes no warnings of
// its own to standard error (skipping verification is the caller's
// explicit choice), and a caller's HTTP client lends its transport.
func (s *Settings) options() []proxmox.Option {
	opts := []proxmox.Option{proxmox.WithWarnings(io.Discard)}
	if s.HTTPClient != nil {
		rt := s.HTTPClient.Transport
		if rt == nil {
			rt = http.DefaultTransport
		}
		opts = append(opts, proxmox.WithTransport(rt))
	}
	return opts
}
