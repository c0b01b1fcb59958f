// Package config reads the server's configuration from the environment
// (flags mirror the variables: the CLI passes both through one lookup).
// Every malformed value is an error that names its variable.
package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// Lookup returns a setting's value and whether it is set.
type Lookup func(name string) (string, bool)

// Config is everything `proxmox-mcp serve` needs.
type Config struct {
	// Products are the configured products (those with a base URL): each
	// product's first target.
	Products map[catalog.Product]*Product
	// Targets are every product's targets in configuration order: one,
	// unnamed, from the environment, or those of PROXMOX_MCP_CONFIG.
	Targets map[catalog.Product][]*Product
	// ConfigPath is the configuration file, when one is used.
	ConfigPath string
	// Settings are every product's settings, configured or not: the demo
	// serves the simulator with the tier and categories the user chose.
	Settings         map[catalog.Product]*Product
	Policy           *policy.Policy
	PolicyPath       string
	Mode             inventory.Mode
	FrontDoor        bool
	MaxResultBytes   int
	MaxDownloadBytes int
	MaxUploadBytes   int
	TaskWait         time.Duration
	MaxTaskWait      time.Duration
	HTTP             HTTP
	Safety           Safety
	// HumanReadable adds companions to raw numbers and summaries to long
	// series (default on).
	HumanReadable bool
	// StructuredContent adds structuredContent to tool results beside the
	// JSON text (default off: the clients that read it pass it to the
	// model instead of or besides the text; docs/results.md).
	StructuredContent bool
	// PermissionFilter reads each target's permissions at start and
	// offers only what its credentials may call somewhere (default on).
	PermissionFilter bool
}

// Product is one configured Proxmox product.
type Product struct {
	Proxmox    proxmox.Config
	Tier       policy.Tier
	Categories []string // nil: all
	// NoDestructive serves the product without destructive calls.
	NoDestructive bool
	// Release is the release the cluster runs as configured ("8.4");
	// empty: the server reads it from /version at start.
	Release string
	// Name names the target in a configuration file ("" from the
	// environment); URLs are its nodes, Proxmox.BaseURL the first.
	Name string
	URLs []string
	// Allow lists capabilities turned on for this target only.
	Allow []string
}

// Defaults of the server's limits, documented in README.md.
const (
	DefaultMaxResultBytes   = 64 << 10
	DefaultMaxDownloadBytes = 1 << 20
	DefaultMaxUploadBytes   = 1 << 20
	DefaultMaxTaskWait      = 15 * time.Minute
)

// Variables and their defaults, documented in README.md.
const (
	EnvPolicy         = "PROXMOX_MCP_POLICY"
	EnvMode           = "PROXMOX_MCP_MODE"
	EnvFrontDoor      = "PROXMOX_MCP_FRONT_DOOR"
	EnvMaxResultBytes = "PROXMOX_MCP_MAX_RESULT_BYTES"
	EnvMaxDownload    = "PROXMOX_MCP_MAX_DOWNLOAD_BYTES"
	EnvMaxUpload      = "PROXMOX_MCP_MAX_UPLOAD_BYTES"
	EnvTaskWait       = "PROXMOX_MCP_TASK_WAIT"
	EnvMaxTaskWait    = "PROXMOX_MCP_MAX_TASK_WAIT"
	EnvHumanReadable  = "PROXMOX_MCP_HUMAN_READABLE"
	EnvStructured     = "PROXMOX_MCP_STRUCTURED_CONTENT"
	EnvPermissions    = "PROXMOX_MCP_PERMISSION_FILTER"
)

// Load reads the configuration. A product without a base URL is not
// configured; Load does not require any product (serve decides what to do
// then).
func Load(lookup Lookup) (*Config, error) {
	get := func(name string) string {
		v, _ := lookup(name)
		return strings.TrimSpace(v)
	}
	c := &Config{Products: map[catalog.Product]*Product{}, Settings: map[catalog.Product]*Product{}, PolicyPath: get(EnvPolicy)}
	var err error
	if c.Policy, err = loadPolicy(c.PolicyPath); err != nil {
		return nil, err
	}
	if err := c.loadServer(get); err != nil {
		return nil, err
	}
	if c.HTTP, err = loadHTTP(get); err != nil {
		return nil, err
	}
	if c.Safety, err = loadSafety(get, c.HTTP.Addr != ""); err != nil {
		return nil, err
	}
	c.Targets = map[catalog.Product][]*Product{}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		prod, configured, err := loadProduct(p, lookup, get, c.Policy)
		if err != nil {
			return nil, err
		}
		c.Settings[p] = prod
		if configured {
			c.Products[p], c.Targets[p] = prod, []*Product{prod}
		}
	}
	if c.ConfigPath = get(EnvConfig); c.ConfigPath != "" {
		return c, c.loadTargets(lookup)
	}
	return c, nil
}

// loadTargets replaces the environment's connection settings with the
// configuration file's targets.
func (c *Config) loadTargets(lookup Lookup) error {
	for p := range c.Products {
		return fmt.Errorf("%s and %s_BASE_URL are both set: configure the targets in one place (move %s into the file as a [[%s]] table, or unset %s)",
			EnvConfig, strings.ToUpper(string(p)), p.Title(), p, EnvConfig)
	}
	targets, err := loadFile(c.ConfigPath, lookup, c.Policy)
	if err != nil {
		return err
	}
	c.Targets = targets
	for p, ts := range targets {
		c.Products[p], c.Settings[p] = ts[0], ts[0]
	}
	return nil
}

func loadPolicy(path string) (*policy.Policy, error) {
	if path == "" {
		return policy.Default(), nil
	}
	p, err := policy.Load(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EnvPolicy, err)
	}
	return p, nil
}

func (c *Config) loadServer(get func(string) string) error {
	var err error
	c.Mode = inventory.ModeDefault
	if v := get(EnvMode); v != "" {
		if c.Mode, err = inventory.ParseMode(v); err != nil {
			return fmt.Errorf("%s: %w", EnvMode, err)
		}
	}
	if c.FrontDoor, err = boolSetting(get, EnvFrontDoor, true); err != nil {
		return err
	}
	if c.HumanReadable, err = boolSetting(get, EnvHumanReadable, true); err != nil {
		return err
	}
	if c.PermissionFilter, err = boolSetting(get, EnvPermissions, true); err != nil {
		return err
	}
	if c.StructuredContent, err = boolSetting(get, EnvStructured, false); err != nil {
		return err
	}
	if c.MaxResultBytes, err = byteLimit(get, EnvMaxResultBytes, DefaultMaxResultBytes); err != nil {
		return err
	}
	if c.MaxDownloadBytes, err = byteLimit(get, EnvMaxDownload, DefaultMaxDownloadBytes); err != nil {
		return err
	}
	if c.MaxUploadBytes, err = byteLimit(get, EnvMaxUpload, DefaultMaxUploadBytes); err != nil {
		return err
	}
	c.MaxTaskWait = DefaultMaxTaskWait
	if v := get(EnvMaxTaskWait); v != "" {
		if c.MaxTaskWait, err = Seconds(v); err != nil || c.MaxTaskWait <= 0 {
			return fmt.Errorf("%s=%q must be a positive duration (examples: %s=900, %s=15m)", EnvMaxTaskWait, v, EnvMaxTaskWait, EnvMaxTaskWait)
		}
	}
	if v := get(EnvTaskWait); v != "" {
		if c.TaskWait, err = Seconds(v); err != nil || c.TaskWait < 0 || c.TaskWait > c.MaxTaskWait {
			return fmt.Errorf("%s=%q must be a duration from 0 to %s (examples: %s=60, %s=2m)", EnvTaskWait, v, c.MaxTaskWait, EnvTaskWait, EnvTaskWait)
		}
	}
	return nil
}

func loadProduct(p catalog.Product, lookup Lookup, get func(string) string, pol *policy.Policy) (*Product, bool, error) {
	getenv := func(name string) string { v, _ := lookup(name); return v }
	pc, configured, err := proxmox.ConfigFromEnv(p, getenv)
	if err != nil {
		return nil, false, err
	}
	prefix := strings.ToUpper(string(p))
	tierVar, catVar := prefix+"_ACCESS_TIER", prefix+"_CATEGORIES"
	prod := &Product{Proxmox: pc, Tier: policy.ReadOnly}
	if v := get(tierVar); v != "" {
		if prod.Tier, err = policy.ParseTier(v); err != nil {
			return nil, false, fmt.Errorf("%s: %w", tierVar, err)
		}
	}
	if v := get(catVar); v != "" {
		if prod.Categories, err = policy.ParseCategories(p, v, pol); err != nil {
			return nil, false, fmt.Errorf("%s: %w", catVar, err)
		}
	}
	if prod.NoDestructive, err = noDestructive(get, prefix); err != nil {
		return nil, false, err
	}
	if prod.Release, err = releaseSetting(get, prefix+"_RELEASE"); err != nil {
		return nil, false, err
	}
	return prod, configured, nil
}

// releaseRE is a release as Proxmox numbers them: 8.4, 8.4.1.
var releaseRE = regexp.MustCompile(`^[0-9]{1,3}\.[0-9]{1,3}(\.[0-9]{1,4})?$`)

// releaseSetting reads a release (MAJOR.MINOR or MAJOR.MINOR.PATCH).
func releaseSetting(get func(string) string, name string) (string, error) {
	v := get(name)
	if v != "" && !releaseRE.MatchString(v) {
		return "", fmt.Errorf("%s=%q is not a release (examples: %s=8.4, %s=9.1.2)", name, v, name, name)
	}
	return v, nil
}

// byteLimit reads a size in bytes (at least 1024) or returns the default.
func byteLimit(get func(string) string, name string, def int) (int, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1024 {
		return 0, fmt.Errorf("%s=%q must be a number of bytes of at least 1024 (example: %s=%d)", name, v, name, def)
	}
	return n, nil
}

// Seconds parses "90" (seconds) or a Go duration ("90s", "2m").
func Seconds(v string) (time.Duration, error) {
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		return time.Duration(n * float64(time.Second)), nil
	}
	return time.ParseDuration(v)
}
