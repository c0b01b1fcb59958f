package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"testing"
	"time"
)

var archiveTime = time.Date(2025, 12, 1, 20, 47, 0, 0, time.UTC)

func sampleFiles() []File {
	return []File{
		{Name: "proxmox-mcp", Mode: 0o755, Data: bytes.Repeat([]byte("binary "), 1000)},
		{Name: "README.md", Mode: 0o644, Data: []byte("# readme\n")},
		{Name: "docs/LICENSE", Mode: 0o644, Data: []byte("licence\n")},
	}
}

// archives writes files with each writer, so every test covers both formats.
func archives(t *testing.T, files []File, mtime time.Time) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for name, write := range map[string]func(io.Writer, []File, time.Time) error{"tar.gz": WriteTarGz, "zip": WriteZip} {
		var b bytes.Buffer
		if err := write(&b, files, mtime); err != nil {
			t.Fatal(err)
		}
		out[name] = b.Bytes()
	}
	return out
}

func TestArchivesAreReproducible(t *testing.T) {
	first := archives(t, sampleFiles(), archiveTime)
	reordered := sampleFiles()
	slices.Reverse(reordered)
	// The same files gathered in another order, at another hour of the
	// day in another zone: the same bytes.
	again := archives(t, reordered, archiveTime.In(time.FixedZone("UTC+5", 5*3600)))
	for format := range first {
		if !bytes.Equal(first[format], again[format]) {
			t.Errorf("%s: two writes of the same files differ", format)
		}
	}
	later := archives(t, sampleFiles(), archiveTime.Add(time.Hour))
	for format := range first {
		if bytes.Equal(first[format], later[format]) {
			t.Errorf("%s: the mtime is not recorded (the test would not see a varying one)", format)
		}
	}
}

func TestTarGzEntries(t *testing.T) {
	gz, err := gzip.NewReader(bytes.NewReader(archives(t, sampleFiles(), archiveTime)["tar.gz"]))
	if err != nil {
		t.Fatal(err)
	}
	if !gz.ModTime.IsZero() || gz.Name != "" {
		t.Errorf("gzip header carries a time or name: %v %q", gz.ModTime, gz.Name)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" || !h.ModTime.Equal(archiveTime) {
			t.Errorf("%s: owner %d:%d %q:%q, mtime %v", h.Name, h.Uid, h.Gid, h.Uname, h.Gname, h.ModTime)
		}
		if want := map[string]int64{"proxmox-mcp": 0o755}[h.Name]; want != 0 && h.Mode != want {
			t.Errorf("%s: mode %o, want %o", h.Name, h.Mode, want)
		}
		data, _ := io.ReadAll(tr)
		if h.Name == "README.md" && string(data) != "# readme\n" {
			t.Errorf("README.md holds %q", data)
		}
	}
	if !slices.Equal(names, []string{"README.md", "docs/LICENSE", "proxmox-mcp"}) {
		t.Errorf("entries %v, want them sorted", names)
	}
}

func TestZipEntries(t *testing.T) {
	data := archives(t, sampleFiles(), archiveTime)["zip"]
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(archiveTime) {
			t.Errorf("%s: modified %v", f.Name, f.Modified)
		}
		if f.Name == "proxmox-mcp" && f.Mode().Perm() != 0o755 {
			t.Errorf("%s: mode %v, want the executable bit kept", f.Name, f.Mode())
		}
	}
	if !slices.Equal(names, []string{"README.md", "docs/LICENSE", "proxmox-mcp"}) {
		t.Errorf("entries %v, want them sorted", names)
	}
}
