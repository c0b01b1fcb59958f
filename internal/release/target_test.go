package release

import (
	"slices"
	"strings"
	"testing"
)

func TestTargetNames(t *testing.T) {
	var packages, archives []string
	for _, tg := range Targets {
		packages = append(packages, tg.NPMPackage())
		archives = append(archives, tg.ArchiveName("v1.2.3"))
	}
	wantPackages := []string{
		"@proxmox-mcp/linux-x64", "@proxmox-mcp/linux-arm64", "@proxmox-mcp/darwin-x64",
		"@proxmox-mcp/darwin-arm64", "@proxmox-mcp/win32-x64", "@proxmox-mcp/win32-arm64",
	}
	if !slices.Equal(packages, wantPackages) {
		t.Errorf("npm packages %v, want %v", packages, wantPackages)
	}
	wantArchives := []string{
		"proxmox-mcp_v1.2.3_linux_amd64.tar.gz", "proxmox-mcp_v1.2.3_linux_arm64.tar.gz",
		"proxmox-mcp_v1.2.3_darwin_amd64.tar.gz", "proxmox-mcp_v1.2.3_darwin_arm64.tar.gz",
		"proxmox-mcp_v1.2.3_windows_amd64.zip", "proxmox-mcp_v1.2.3_windows_arm64.zip",
	}
	if !slices.Equal(archives, wantArchives) {
		t.Errorf("archives %v, want %v", archives, wantArchives)
	}
	if Targets[4].BinaryName() != "proxmox-mcp.exe" || Targets[0].BinaryName() != "proxmox-mcp" {
		t.Errorf("binary names %q %q", Targets[4].BinaryName(), Targets[0].BinaryName())
	}
}

func TestParseTargets(t *testing.T) {
	got, err := ParseTargets("linux/amd64, windows/arm64")
	if err != nil || !slices.Equal(got, []Target{{"linux", "amd64"}, {"windows", "arm64"}}) {
		t.Errorf("got %v, %v", got, err)
	}
	_, err = ParseTargets("linux/riscv64")
	if err == nil || !strings.Contains(err.Error(), "linux/amd64, linux/arm64") {
		t.Errorf("unknown target: %v", err)
	}
}
