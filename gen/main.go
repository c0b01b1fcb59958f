// Command gen turns Proxmox apidoc.js dumps into generated/pve and
// generated/pbs: the endpoint catalog and a typed Go client per product.
//
//	go run ./gen -pve FILE -pbs FILE -out DIR
//
// With neither -pve nor -pbs it generates the dumps schema/manifest.json
// marks current, read from $PROXMOX_APIDOC_DIR (default schema/apidoc).
// -fetch puts the manifest's dumps into that directory instead.
// Every dump must match its sha256 in the manifest; -accept records a new
// release's bytes instead.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type options struct {
	pve, pbs     string
	out          string
	manifestPath string
	apidocDir    string
	accept       bool
	fetch        bool
	fetchFrom    string
	quiet        bool
}

func parseFlags(args []string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.StringVar(&o.pve, "pve", "", "PVE apidoc.js (or extracted JSON) to generate from")
	fs.StringVar(&o.pbs, "pbs", "", "PBS apidoc.js (or extracted JSON) to generate from")
	fs.StringVar(&o.out, "out", "generated", "output directory; writes OUT/pve and OUT/pbs")
	fs.StringVar(&o.manifestPath, "manifest", "schema/manifest.json", "manifest pinning the dumps' sha256")
	fs.StringVar(&o.apidocDir, "apidoc-dir", os.Getenv("PROXMOX_APIDOC_DIR"), "where the manifest's dumps are (default $PROXMOX_APIDOC_DIR, else apidoc/ beside the manifest)")
	fs.BoolVar(&o.accept, "accept", false, "record the dumps' sha256 in the manifest (a new Proxmox release) instead of refusing them")
	fs.BoolVar(&o.fetch, "fetch", false, "put the manifest's dumps into the apidoc directory and exit")
	fs.StringVar(&o.fetchFrom, "from", "", "with -fetch: a directory holding the dumps (else they are downloaded)")
	fs.BoolVar(&o.quiet, "q", false, "no progress lines")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if o.apidocDir == "" {
		o.apidocDir = filepath.Join(filepath.Dir(o.manifestPath), "apidoc")
	}
	return o, nil
}

func run(args []string) error {
	o, err := parseFlags(args)
	if err != nil {
		return err
	}
	manifest, err := schema.LoadManifest(o.manifestPath)
	if err != nil {
		return err
	}
	if o.fetch {
		return fetch(manifest, o.apidocDir, o.fetchFrom)
	}
	inputs, err := o.inputs(manifest)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		if err := o.generate(manifest, in.product, in.path); err != nil {
			return err
		}
	}
	if o.accept {
		return manifest.Save(o.manifestPath)
	}
	return nil
}

type input struct {
	product schema.Product
	path    string
}

// inputs are the explicit files, or else the manifest's current dumps.
func (o *options) inputs(m *schema.Manifest) ([]input, error) {
	var in []input
	if o.pve != "" {
		in = append(in, input{schema.PVE, o.pve})
	}
	if o.pbs != "" {
		in = append(in, input{schema.PBS, o.pbs})
	}
	if len(in) > 0 {
		return in, nil
	}
	for _, p := range []schema.Product{schema.PVE, schema.PBS} {
		d, err := m.Current(p)
		if err != nil {
			return nil, err
		}
		path := filepath.Join(o.apidocDir, d.File)
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("%s: %w (run make schema to fetch the pinned dumps, or set PROXMOX_APIDOC_DIR)", path, err)
		}
		in = append(in, input{p, path})
	}
	return in, nil
}

func (o *options) generate(m *schema.Manifest, product schema.Product, path string) error {
	start := time.Now()
	data, dump, err := o.load(m, product, path)
	if err != nil {
		return err
	}
	if dump.Product != product {
		return fmt.Errorf("%s is a %s dump in the manifest, given as -%s", dump.File, dump.Product, product)
	}
	api, err := schema.Parse(data, product, dump.Release)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	h, err := o.history(m, dump)
	if err != nil {
		return err
	}
	n, err := Generate(api, h, filepath.Join(o.out, string(product)))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !o.quiet {
		fmt.Fprintf(os.Stderr, "gen: %s %s: %d operations, %d files in %s%s\n",
			product, dump.Release, len(api.Operations), n, time.Since(start).Round(time.Millisecond), h.summary())
	}
	return nil
}

var releaseInName = regexp.MustCompile(`^(pve|pbs)-([0-9][0-9.]*)-apidoc\.(js|json)$`)

func (o *options) load(m *schema.Manifest, product schema.Product, path string) ([]byte, *schema.Dump, error) {
	if !o.accept {
		return m.Verify(path)
	}
	release := ""
	if sub := releaseInName.FindStringSubmatch(filepath.Base(path)); sub != nil {
		release = sub[2]
	}
	if _, err := m.Accept(path, product, release); err != nil {
		return nil, nil, fmt.Errorf("%w (name new dumps <product>-<release>-apidoc.js)", err)
	}
	return m.Verify(path)
}
