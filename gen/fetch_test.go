package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ulikunitz/xz"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

const (
	pveMember = "/usr/share/pve-docs/api-viewer/apidoc.js"
	pbsMember = "/usr/share/doc/proxmox-backup/html/api-viewer/apidoc.js"
)

// buildDeb makes a .deb as dpkg-deb does: an ar archive of debian-binary,
// control.tar.<c> and data.tar.<c> ("xz", "gz" or "" for none).
func buildDeb(t *testing.T, files map[string][]byte, compression string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(arMagic)
	ext := ""
	if compression != "" {
		ext = "." + compression
	}
	arAdd(&b, "debian-binary", []byte("2.0\n"))
	arAdd(&b, "control.tar"+ext, compress(t, tarOf(t, map[string][]byte{"/control": []byte("Package: test\n")}), compression))
	arAdd(&b, "data.tar"+ext, compress(t, tarOf(t, files), compression))
	return b.Bytes()
}

func arAdd(b *bytes.Buffer, name string, data []byte) {
	fmt.Fprintf(b, "%-16s%-12d%-6d%-6d%-8s%-10d`\n", name, 0, 0, 0, "100644", len(data))
	b.Write(data)
	if len(data)%2 == 1 {
		b.WriteByte('\n')
	}
}

func tarOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	tw.WriteHeader(&tar.Header{Name: "./", Typeflag: tar.TypeDir, Mode: 0o755})
	for name, data := range files {
		if err := tw.WriteHeader(&tar.Header{Name: "." + name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(data))}); err != nil {
			t.Fatal(err)
		}
		tw.Write(data)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func compress(t *testing.T, data []byte, compression string) []byte {
	t.Helper()
	var b bytes.Buffer
	switch compression {
	case "xz":
		w, err := xz.NewWriter(&b)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
		w.Close()
	case "gz":
		w := gzip.NewWriter(&b)
		w.Write(data)
		w.Close()
	case "":
		return data
	default:
		b.Write(data) // an unsupported compression: the name is what matters
	}
	return b.Bytes()
}

// repo is a loopback file server with Proxmox's repository layout.
type repo struct {
	*httptest.Server
	files    map[string][]byte
	requests atomic.Int32
}

func newRepo(t *testing.T) *repo {
	r := &repo{files: map[string][]byte{}}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.requests.Add(1)
		data, ok := r.files[req.URL.Path]
		if !ok {
			http.NotFound(w, req)
			return
		}
		w.Write(data)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *repo) fetcher() (*fetcher, *bytes.Buffer) {
	var log bytes.Buffer
	return &fetcher{client: r.Client(), mirror: r.URL, log: &log}, &log
}

var (
	pveDump = []byte("const apiSchema = [ /* PVE 9.9 */ ];\n")
	pbsDump = []byte("var apiSchema = [ /* PBS 9.9 */ ];\n")
)

const (
	pveDeb = "/pve/dists/trixie/pve-no-subscription/binary-amd64/pve-docs_9.9.1_all.deb"
	pbsIdx = "/pbs/dists/trixie/pbs-no-subscription/binary-amd64/Packages"
)

// testManifest pins pveDump in an exact package and pbsDump in a series
// to be searched.
func testManifest() *schema.Manifest {
	return &schema.Manifest{Dumps: []schema.Dump{
		{Product: schema.PVE, Release: "9.9", File: "pve-9.9-apidoc.js", SHA256: schema.SHA256(pveDump), Current: true,
			NodePath: pveMember, Package: &schema.Package{
				Repository: proxmoxDebian + "/pve", Suite: "trixie", Component: "pve-no-subscription", Name: "pve-docs",
				Version: "9.9.1", Filename: strings.TrimPrefix(pveDeb, "/pve/")}},
		{Product: schema.PBS, Release: "9.9", File: "pbs-9.9-apidoc.js", SHA256: schema.SHA256(pbsDump), Current: true,
			NodePath: pbsMember, Package: &schema.Package{
				Repository: proxmoxDebian + "/pbs", Suite: "trixie", Component: "pbs-no-subscription", Name: "proxmox-backup-docs",
				Series: "9.9"}},
	}}
}

// serveBoth puts a PVE package and a PBS index with two candidate
// versions, of which only the older holds the pinned dump, on r.
func serveBoth(t *testing.T, r *repo) {
	r.files[pveDeb] = buildDeb(t, map[string][]byte{pveMember: pveDump, "/usr/share/pve-docs/index.html": []byte("<html>")}, "xz")
	good := buildDeb(t, map[string][]byte{pbsMember: pbsDump}, "xz")
	newer := buildDeb(t, map[string][]byte{pbsMember: []byte("var apiSchema = [ /* PBS 9.9.10 */ ];\n")}, "gz")
	r.files["/pbs/dists/trixie/pbs-no-subscription/binary-amd64/proxmox-backup-docs_9.9.2-1_all.deb"] = good
	r.files["/pbs/dists/trixie/pbs-no-subscription/binary-amd64/proxmox-backup-docs_9.9.10-1_all.deb"] = newer
	index := fmt.Sprintf(`Package: proxmox-backup-docs
Version: 9.9.2-1
Architecture: all
Filename: dists/trixie/pbs-no-subscription/binary-amd64/proxmox-backup-docs_9.9.2-1_all.deb
SHA256: %s
Description: Proxmox Backup Documentation
 A long description line.

Package: proxmox-backup-server
Version: 9.9.10-1
Filename: dists/trixie/pbs-no-subscription/binary-amd64/proxmox-backup-server_9.9.10-1_amd64.deb

Package: proxmox-backup-docs
Version: 9.9.10-1
Filename: dists/trixie/pbs-no-subscription/binary-amd64/proxmox-backup-docs_9.9.10-1_all.deb
SHA256: %s
`, schema.SHA256(good), schema.SHA256(newer))
	r.files[pbsIdx] = []byte(index)
}

func TestFetchFromPackages(t *testing.T) {
	r := newRepo(t)
	serveBoth(t, r)
	f, log := r.fetcher()
	dir := t.TempDir()
	if err := f.fetchAll(testManifest(), dir, ""); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string][]byte{"pve-9.9-apidoc.js": pveDump, "pbs-9.9-apidoc.js": pbsDump} {
		got, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s = %q, %v; want %q", file, got, err, want)
		}
	}
	if !strings.Contains(log.String(), `is in proxmox-backup-docs 9.9.2-1: record "version": "9.9.2-1"`) {
		t.Errorf("the series search does not say what to record:\n%s", log)
	}
	// A second run finds both files in place and asks nothing.
	before := r.requests.Load()
	if err := f.fetchAll(testManifest(), dir, ""); err != nil || r.requests.Load() != before {
		t.Errorf("second run: %v, %d requests", err, r.requests.Load()-before)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the apidoc directory, want 2 (no temporary files left)", len(entries))
	}
}

func TestFetchCopiesFromDirectoryFirst(t *testing.T) {
	r := newRepo(t) // serves nothing: a download would fail
	from := t.TempDir()
	os.WriteFile(filepath.Join(from, "pve-9.9-apidoc.js"), pveDump, 0o644)
	os.WriteFile(filepath.Join(from, "pbs-9.9-apidoc.js"), pbsDump, 0o644)
	f, _ := r.fetcher()
	if err := f.fetchAll(testManifest(), t.TempDir(), from); err != nil {
		t.Fatal(err)
	}
	if n := r.requests.Load(); n != 0 {
		t.Errorf("%d requests, want none", n)
	}
}

// fetchPVE runs the fetch of the PVE dump alone against r.
func fetchPVE(t *testing.T, r *repo, edit func(*schema.Dump)) (string, error) {
	t.Helper()
	m := testManifest()
	m.Dumps = m.Dumps[:1]
	if edit != nil {
		edit(&m.Dumps[0])
	}
	f, _ := r.fetcher()
	dir := t.TempDir()
	err := f.fetchAll(m, dir, "")
	if entries, _ := os.ReadDir(dir); err != nil && len(entries) != 0 {
		t.Errorf("a failed fetch left %d files", len(entries))
	}
	return dir, err
}

func TestFetchFailures(t *testing.T) {
	cases := []struct {
		name  string
		serve func(t *testing.T, r *repo)
		edit  func(*schema.Dump)
		want  []string
	}{
		{"wrong sha256", func(t *testing.T, r *repo) {
			r.files[pveDeb] = buildDeb(t, map[string][]byte{pveMember: []byte("const apiSchema = [ /* another release */ ];\n")}, "xz")
		}, nil, []string{"does not hold the pinned dump", "Correct package.version and package.filename", "Nothing was written"}},
		{"corrupt archive", func(t *testing.T, r *repo) {
			r.files[pveDeb] = []byte("<html>503 Service Unavailable</html>")
		}, nil, []string{"not a Debian package"}},
		{"truncated archive", func(t *testing.T, r *repo) {
			deb := buildDeb(t, map[string][]byte{pveMember: pveDump}, "xz")
			r.files[pveDeb] = deb[:len(deb)-40]
		}, nil, []string{"corrupt ar archive"}},
		{"corrupt data.tar.xz", func(t *testing.T, r *repo) {
			var b bytes.Buffer
			b.WriteString(arMagic)
			arAdd(&b, "debian-binary", []byte("2.0\n"))
			arAdd(&b, "data.tar.xz", []byte("\xfd7zXZ\x00 and then garbage"))
			r.files[pveDeb] = b.Bytes()
		}, nil, []string{"data.tar.xz"}},
		{"missing member", func(t *testing.T, r *repo) {
			r.files[pveDeb] = buildDeb(t, map[string][]byte{"/usr/share/pve-docs/index.html": []byte("<html>")}, "xz")
		}, nil, []string{"no " + pveMember + " in the package"}},
		{"unsupported compression", func(t *testing.T, r *repo) {
			r.files[pveDeb] = buildDeb(t, map[string][]byte{pveMember: pveDump}, "zst")
		}, nil, []string{"data.tar.zst: compression not supported"}},
		{"HTTP error", func(t *testing.T, r *repo) {}, nil, []string{"404 Not Found", "check the package's version"}},
		{"package sha256", func(t *testing.T, r *repo) {
			r.files[pveDeb] = buildDeb(t, map[string][]byte{pveMember: pveDump}, "xz")
		}, func(d *schema.Dump) { d.Package.SHA256 = strings.Repeat("0", 64) }, []string{"pins " + strings.Repeat("0", 64) + " for the package"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRepo(t)
			c.serve(t, r)
			_, err := fetchPVE(t, r, c.edit)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestFetchSeriesWithoutMatch(t *testing.T) {
	r := newRepo(t)
	serveBoth(t, r)
	m := testManifest()
	m.Dumps = m.Dumps[1:]
	m.Dumps[0].SHA256 = strings.Repeat("1", 64)
	f, _ := r.fetcher()
	err := f.fetchAll(m, t.TempDir(), "")
	if err == nil || !strings.Contains(err.Error(), "tried 9.9.10-1, 9.9.2-1") || !strings.Contains(err.Error(), "copy the pinned file") {
		t.Errorf("err = %v", err)
	}
}

func TestDataTarCompressions(t *testing.T) {
	for _, c := range []string{"xz", "gz", ""} {
		got, err := debFile(buildDeb(t, map[string][]byte{pbsMember: pbsDump}, c), pbsMember, maxDumpSize)
		if err != nil || !bytes.Equal(got, pbsDump) {
			t.Errorf("data.tar with %q: %q, %v", c, got, err)
		}
	}
}

func TestCompareVersions(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"9.1.2", "9.1.10", -1}, {"3.4.1-1", "3.4.1-2", -1}, {"4.2.0-1", "4.2.0-1", 0}, {"8.4.1", "8.4.0", 1}, {"3.4.10-1", "3.4.9-3", 1},
	} {
		if got := compareVersions(c.a, c.b); (got > 0) != (c.want > 0) || (got < 0) != (c.want < 0) {
			t.Errorf("compareVersions(%s, %s) = %d, want sign of %d", c.a, c.b, got, c.want)
		}
	}
}

func TestMirrorRewrite(t *testing.T) {
	f := &fetcher{mirror: "http://mirror.example/proxmox/debian/"}
	if got := f.rewrite(proxmoxDebian + "/pve/dists/x.deb"); got != "http://mirror.example/proxmox/debian/pve/dists/x.deb" {
		t.Errorf("rewrite = %s", got)
	}
	if got := (&fetcher{}).rewrite(proxmoxDebian + "/pve/x"); got != proxmoxDebian+"/pve/x" {
		t.Errorf("rewrite without mirror = %s", got)
	}
}
