package release

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"strings"
	"text/template"
)

// The launcher the wrapper package installs as its bin, and the README of
// the per-platform packages.
var (
	//go:embed npm/proxmox-mcp.js
	launcherJS []byte
	//go:embed npm/platform-README.md
	platformReadme string
)

var platformReadmeTemplate = template.Must(template.New("platform-README.md").Parse(platformReadme))

// packageJSON holds the package.json fields the packages use, in the order
// npm writes them.
type packageJSON struct {
	Name                 string            `json:"name"`
	Version              string            `json:"version"`
	Description          string            `json:"description"`
	Keywords             []string          `json:"keywords,omitempty"`
	Homepage             string            `json:"homepage"`
	Repository           repository        `json:"repository"`
	License              string            `json:"license,omitempty"`
	Bin                  map[string]string `json:"bin,omitempty"`
	Engines              map[string]string `json:"engines,omitempty"`
	OS                   []string          `json:"os,omitempty"`
	CPU                  []string          `json:"cpu,omitempty"`
	PreferUnplugged      bool              `json:"preferUnplugged,omitempty"`
	OptionalDependencies map[string]string `json:"optionalDependencies,omitempty"`
	PublishConfig        map[string]string `json:"publishConfig,omitempty"`
}

type repository struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// NPMPackage is one npm package: its name, version and files (relative to
// the package root).
type NPMPackage struct {
	Name, Version string
	Files         []File
}

// TarballName is the file name npm pack gives the package's tarball.
func (p NPMPackage) TarballName() string {
	return strings.ReplaceAll(strings.TrimPrefix(p.Name, "@"), "/", "-") + "-" + p.Version + ".tgz"
}

// Tarball is the package in npm's layout (every file under package/).
func (p NPMPackage) Tarball(src Source) ([]byte, error) {
	files := make([]File, len(p.Files))
	for i, f := range p.Files {
		files[i] = File{Name: "package/" + f.Name, Mode: f.Mode, Data: f.Data}
	}
	var b bytes.Buffer
	err := WriteTarGz(&b, files, src.Time)
	return b.Bytes(), err
}

// PackageMeta is what every package says about the project.
type PackageMeta struct {
	Description string
	License     string // SPDX identifier; empty while the repository has no licence
	Readme      []byte // the wrapper's README (the repository's)
}

func baseManifest(name, version, description string, meta PackageMeta) packageJSON {
	return packageJSON{
		Name: name, Version: version, Description: description,
		Homepage:   "https://" + ModulePath,
		Repository: repository{Type: "git", URL: "git+https://" + ModulePath + ".git"},
		License:    meta.License,
	}
}

// WrapperPackage is the package people install: a launcher as its bin, and
// every platform package as an optional dependency at the same version.
func WrapperPackage(version string, meta PackageMeta) (NPMPackage, error) {
	m := baseManifest(Name, version, meta.Description, meta)
	m.Keywords = []string{"mcp", "mcp-server", "model-context-protocol", "proxmox", "proxmox-ve", "proxmox-backup-server"}
	m.Bin = map[string]string{Name: "bin/proxmox-mcp.js"}
	m.Engines = map[string]string{"node": ">=18"}
	m.OptionalDependencies = map[string]string{}
	for _, t := range Targets {
		m.OptionalDependencies[t.NPMPackage()] = version
	}
	manifest, err := marshalManifest(m)
	if err != nil {
		return NPMPackage{}, err
	}
	files := []File{
		{Name: "package.json", Mode: 0o644, Data: manifest},
		{Name: "bin/proxmox-mcp.js", Mode: 0o755, Data: launcherJS},
		{Name: "README.md", Mode: 0o644, Data: meta.Readme},
	}
	return NPMPackage{Name: Name, Version: version, Files: files}, nil
}

// PlatformPackage carries one target's binary; npm installs it only where
// os and cpu match.
func PlatformPackage(t Target, version string, binary []byte, src Source, meta PackageMeta) (NPMPackage, error) {
	m := baseManifest(t.NPMPackage(), version, "The "+t.String()+" binary of proxmox-mcp", meta)
	m.OS, m.CPU = []string{t.NPMOS()}, []string{t.NPMCPU()}
	m.PreferUnplugged = true // Yarn PnP: keep the binary on disk, where it can be run
	m.PublishConfig = map[string]string{"access": "public"}
	manifest, err := marshalManifest(m)
	if err != nil {
		return NPMPackage{}, err
	}
	var readme bytes.Buffer
	err = platformReadmeTemplate.Execute(&readme, map[string]string{
		"Package": t.NPMPackage(), "OS": t.NPMOS(), "CPU": t.NPMCPU(), "Target": t.String(),
		"Version": version, "Module": ModulePath, "Revision": src.Revision,
	})
	if err != nil {
		return NPMPackage{}, err
	}
	files := []File{
		{Name: "package.json", Mode: 0o644, Data: manifest},
		{Name: "bin/" + t.BinaryName(), Mode: 0o755, Data: binary},
		{Name: "README.md", Mode: 0o644, Data: readme.Bytes()},
	}
	return NPMPackage{Name: t.NPMPackage(), Version: version, Files: files}, nil
}

func marshalManifest(m packageJSON) ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	return append(b, '\n'), err
}
