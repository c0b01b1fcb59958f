package main

import (
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Machine describes where the figures were taken: without it the numbers
// cannot be compared with another run.
type Machine struct {
	CPU    string
	Cores  int
	Memory int64 // bytes
	OS     string
	Kernel string
	Go     string
	Date   time.Time
	// Source is the commit the measured tree is at, and whether it had
	// uncommitted changes (make bench builds the working tree).
	Source string
	// LoadStart and LoadEnd are the 1-minute load averages when the run
	// began and ended: on a shared machine they say how noisy it was.
	LoadStart, LoadEnd string
}

func describeMachine(root string) Machine {
	return Machine{
		CPU:    cpuModel(),
		Cores:  runtime.NumCPU(),
		Memory: memTotal(),
		OS:     osName(),
		Kernel: kernelRelease(),
		Go:     goVersion(),
		Date:   time.Now().UTC(),
		Source: sourceState(root),

		LoadStart: loadAverage(),
	}
}

func cpuModel() string {
	if m := procField("/proc/cpuinfo", "model name"); m != "" {
		return m
	}
	return runtime.GOARCH
}

// memTotal is MemTotal in bytes (/proc's "kB" are KiB).
func memTotal() int64 {
	n, _ := strconv.ParseInt(strings.TrimSuffix(procField("/proc/meminfo", "MemTotal"), " kB"), 10, 64)
	return n * 1024
}

func osName() string {
	if name := osReleaseField("/etc/os-release", "PRETTY_NAME"); name != "" {
		return name
	}
	return runtime.GOOS
}

// osReleaseField reads KEY="value" files such as /etc/os-release.
func osReleaseField(path, key string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, key+"="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}

func kernelRelease() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// goVersion is the toolchain that builds the binary (go on PATH), which
// can differ from the one running this program under go run.
func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}

func sourceState(root string) string {
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = root
		out, err := cmd.Output()
		if err != nil {
			return ""
		}
		return strings.TrimSpace(string(out))
	}
	commit := git("rev-parse", "--short", "HEAD")
	if commit == "" {
		return "unknown (not a git checkout)"
	}
	// The report it is about to rewrite does not count as a change.
	if git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/benchmarks.md") != "" {
		return commit + " with uncommitted changes"
	}
	return commit
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}
