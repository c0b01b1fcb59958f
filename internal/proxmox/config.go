// Package proxmox is the HTTP client that sends catalog operations to a
// Proxmox VE or Proxmox Backup Server node, following Proxmox's wire rules:
// authentication (API token or ticket with CSRF token), TLS verification or
// fingerprint pinning, parameter encoding (0/1 booleans, property strings,
// indexed parameters), the {"data": …} envelope, errors carried in the HTTP
// reason phrase, and bounded retries of reads.
package proxmox

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Config is how to reach and authenticate to one Proxmox product.
type Config struct {
	Product catalog.Product
	// BaseURL is scheme://host:port[/prefix], without /api2/json.
	BaseURL string
	// TokenID is user@realm!tokenname; TokenSecret its secret.
	TokenID, TokenSecret string
	// Username (user@realm) and Password log in for a ticket.
	Username, Password string
	// VerifyTLS checks the certificate chain. ConfigFromEnv defaults it to
	// true; a Config built by hand must set it (false is warned about).
	VerifyTLS bool
	// CAFile is a PEM bundle of extra trusted roots.
	CAFile string
	// Fingerprint pins the SHA-256 of the server's leaf certificate.
	Fingerprint string
	// Timeout bounds each request; zero means DefaultTimeout.
	Timeout time.Duration
	// Names names a setting in messages ("TOKEN_ID" → "PVE_TOKEN_ID", or
	// a configuration file's field); nil names the environment variable.
	Names func(setting string) string
}

// DefaultTimeout applies when no timeout is configured.
const DefaultTimeout = 30 * time.Second

// apiPath is where both products serve the JSON API.
const apiPath = "/api2/json"

// defaultPort is the port each product's API daemon listens on.
func defaultPort(p catalog.Product) string {
	if p == catalog.PBS {
		return "8007"
	}
	return "8006"
}

// envName is the variable that configures one setting of a product.
func envName(p catalog.Product, setting string) string {
	return strings.ToUpper(string(p)) + "_" + setting
}

// ConfigFromEnv reads PVE_* (or PBS_*) variables. configured is false when
// no base URL is set: the product is then simply not used.
func ConfigFromEnv(p catalog.Product, getenv func(string) string) (cfg Config, configured bool, err error) {
	get := func(s string) string { return strings.TrimSpace(getenv(envName(p, s))) }
	cfg = Config{
		Product: p, BaseURL: get("BASE_URL"),
		TokenID: get("TOKEN_ID"), TokenSecret: get("TOKEN_SECRET"),
		Username: get("USERNAME"), Password: getenv(envName(p, "PASSWORD")),
		CAFile: get("CA_FILE"), Fingerprint: get("TLS_FINGERPRINT"),
		VerifyTLS: true, Timeout: DefaultTimeout,
	}
	if cfg.BaseURL == "" {
		return cfg, false, nil
	}
	if cfg, err = splitTokenID(cfg); err != nil {
		return cfg, true, err
	}
	if v := get("VERIFY_SSL"); v != "" {
		if cfg.VerifyTLS, err = parseBool(v); err != nil {
			return cfg, true, fmt.Errorf("%s=%q is not a boolean (example: %s=false)", envName(p, "VERIFY_SSL"), v, envName(p, "VERIFY_SSL"))
		}
	}
	if v := get("TIMEOUT"); v != "" {
		if cfg.Timeout, err = parseTimeout(v); err != nil {
			return cfg, true, fmt.Errorf("%s=%q is not a duration (examples: %s=30s, %s=90, %s=2m)", envName(p, "TIMEOUT"), v, envName(p, "TIMEOUT"), envName(p, "TIMEOUT"), envName(p, "TIMEOUT"))
		}
	}
	return cfg, true, cfg.Validate()
}

// splitTokenID accepts the token ID in Proxmox's combined form
// user@realm!name=SECRET (how pveum prints a new token; PBS writes
// user@realm!name:SECRET), taking the secret off the ID. The value is
// never repeated in a message: it holds a secret.
func splitTokenID(c Config) (Config, error) {
	bang := strings.IndexByte(c.TokenID, '!')
	if bang < 0 || !strings.ContainsAny(c.TokenID[bang:], "=:") {
		return c, nil
	}
	id, secret, ok := wire.SplitCombinedToken(c.TokenID)
	switch {
	case !ok:
		return c, fmt.Errorf("%s holds a secret after '=' but is not user@realm!tokenname=SECRET; its value is not shown because it may be a secret (example: %s=root@pam!mcp with %s=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee)",
			c.env("TOKEN_ID"), c.env("TOKEN_ID"), c.env("TOKEN_SECRET"))
	case c.TokenSecret != "" && c.TokenSecret != secret:
		return c, fmt.Errorf("%s holds a secret (the part after '=' or ':') and %s is set to another one; keep only the ID in %s", c.env("TOKEN_ID"), c.env("TOKEN_SECRET"), c.env("TOKEN_ID"))
	}
	c.TokenID, c.TokenSecret = id, secret
	return c, nil
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "1", "t", "true", "yes", "y", "on":
		return true, nil
	case "0", "f", "false", "no", "n", "off":
		return false, nil
	}
	return false, fmt.Errorf("not a boolean")
}

// parseTimeout accepts a Go duration ("30s", "2m") or plain seconds ("30").
func parseTimeout(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		secs, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil {
			return 0, err
		}
		d = time.Duration(secs * float64(time.Second))
	}
	if d <= 0 {
		return 0, fmt.Errorf("must be positive")
	}
	return d, nil
}

var (
	// tokenIDPattern is user@realm!tokenname, as Proxmox prints it.
	tokenIDPattern = regexp.MustCompile(`^[^\s@!:/]+@[A-Za-z0-9][A-Za-z0-9._-]*![A-Za-z0-9][A-Za-z0-9._-]*$`)
	// userPattern is user@realm.
	userPattern = regexp.MustCompile(`^[^\s@!:/]+@[A-Za-z0-9][A-Za-z0-9._-]*$`)
	// hexFingerprint is 32 bytes of hex, with or without colons.
	hexFingerprint = regexp.MustCompile(`^(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$`)
)

// Validate reports the first malformed setting, naming its variable and
// showing a valid example.
func (c Config) Validate() error {
	for _, check := range []func() error{c.validateProduct, c.validateURL, c.validateToken, c.validateUser, c.validateTLS} {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (c Config) env(setting string) string {
	if c.Names != nil {
		return c.Names(setting)
	}
	return envName(c.Product, setting)
}

func (c Config) validateProduct() error {
	if c.Product != catalog.PVE && c.Product != catalog.PBS {
		return fmt.Errorf("proxmox: unknown product %q (want %q or %q)", c.Product, catalog.PVE, catalog.PBS)
	}
	if c.Timeout < 0 {
		return fmt.Errorf("%s must be positive (example: %s=30s)", c.env("TIMEOUT"), c.env("TIMEOUT"))
	}
	return nil
}

func (c Config) validateURL() error {
	if c.BaseURL == "" {
		return fmt.Errorf("%s is not set (example: %s=https://%s.example.com:%s)", c.env("BASE_URL"), c.env("BASE_URL"), c.Product, defaultPort(c.Product))
	}
	_, err := normalizeBaseURL(c.Product, c.BaseURL)
	return err
}

func (c Config) validateToken() error {
	if c.TokenID == "" && c.TokenSecret == "" {
		return nil
	}
	if !tokenIDPattern.MatchString(c.TokenID) {
		return fmt.Errorf("%s=%s is not user@realm!tokenname (example: %s=root@pam!mcp)", c.env("TOKEN_ID"), shownSetting(c.TokenID), c.env("TOKEN_ID"))
	}
	if c.TokenSecret == "" {
		return fmt.Errorf("%s is set but %s is empty (example: %s=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee)", c.env("TOKEN_ID"), c.env("TOKEN_SECRET"), c.env("TOKEN_SECRET"))
	}
	if strings.ContainsFunc(c.TokenSecret, isSpaceOrControl) {
		return fmt.Errorf("%s contains whitespace or control characters (example: %s=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee)", c.env("TOKEN_SECRET"), c.env("TOKEN_SECRET"))
	}
	return nil
}

func (c Config) validateUser() error {
	if c.Username == "" && c.Password == "" {
		return nil
	}
	if !userPattern.MatchString(c.Username) {
		return fmt.Errorf("%s=%s is not user@realm (example: %s=root@pam; the password goes in %s)", c.env("USERNAME"), shownSetting(c.Username), c.env("USERNAME"), c.env("PASSWORD"))
	}
	if c.Password == "" {
		return fmt.Errorf("%s is set but %s is empty (set %s, or use an API token with %s and %s)", c.env("USERNAME"), c.env("PASSWORD"), c.env("PASSWORD"), c.env("TOKEN_ID"), c.env("TOKEN_SECRET"))
	}
	return nil
}

func (c Config) validateTLS() error {
	if c.Fingerprint != "" && !hexFingerprint.MatchString(c.Fingerprint) {
		return fmt.Errorf("%s is not a SHA-256 fingerprint of 32 hex bytes (example: %s=%s)", c.env("TLS_FINGERPRINT"), c.env("TLS_FINGERPRINT"), exampleFingerprint)
	}
	return nil
}

// shownSetting quotes a setting's value in a message, unless it may hold
// a secret (something after ':', '=' or whitespace, or a long value), in
// which case only its length is given.
func shownSetting(v string) string {
	if strings.ContainsAny(v, ":= \t") || len(v) > 64 {
		return fmt.Sprintf("(a value of %d characters, not shown: it may hold a secret)", len(v))
	}
	return strconv.Quote(v)
}

const exampleFingerprint = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"

func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// shownURL quotes a base URL in a message without what may be a secret:
// credentials before the host, a query or a fragment.
func shownURL(raw string) string {
	s := raw
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("(a value of %d characters that is not a URL, not shown)", len(raw))
	}
	if u.User == nil && u.RawQuery == "" && u.Fragment == "" {
		return strconv.Quote(raw)
	}
	u.User, u.RawQuery, u.Fragment, u.RawFragment = nil, "", "", ""
	return strconv.Quote(u.String()) + " (its credentials, query or fragment not shown)"
}

// normalizeBaseURL adds what a bare host leaves out: https:// when there is
// no scheme, the product's port when there is none, and strips a trailing
// /api2/json (the client adds it). An explicit port is kept, so a reverse
// proxy on 443 is written https://host:443.
func normalizeBaseURL(p catalog.Product, raw string) (*url.URL, error) {
	bad := func(why string) error {
		return fmt.Errorf("%s=%s %s (example: %s=https://%s.example.com:%s)", envName(p, "BASE_URL"), shownURL(raw), why, envName(p, "BASE_URL"), p, defaultPort(p))
	}
	s := raw
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, bad("is not a URL")
	}
	switch {
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, bad("must use https:// (or http://)")
	case u.Hostname() == "":
		return nil, bad("has no host")
	case u.User != nil:
		return nil, bad("must not contain credentials; use the token or username variables")
	case u.RawQuery != "" || u.Fragment != "":
		return nil, bad("must not have a query or fragment")
	}
	if u.Port() == "" {
		if strings.HasSuffix(u.Host, ":") {
			return nil, bad("has an empty port")
		}
		u.Host += ":" + defaultPort(p)
	} else if n, err := strconv.Atoi(u.Port()); err != nil || n < 1 || n > 65535 {
		return nil, bad("has an invalid port")
	}
	u.Path = strings.TrimSuffix(strings.TrimSuffix(u.Path, "/"), apiPath)
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u, nil
}
