package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

// Start-up profiling, for measuring the path from process start to the
// first tools/list answer. Not documented to users: these are developer
// knobs, read only from the environment.
//
//	PROXMOX_MCP_CPUPROFILE=FILE  CPU profile from main until the first tools/list
//	PROXMOX_MCP_MEMPROFILE=FILE  heap profile (allocations) at the first tools/list
//
// Start-up is tens of milliseconds, a handful of samples at the default
// rate: merge the profiles of many runs (go tool pprof a.prof b.prof …).
const (
	envCPUProfile = "PROXMOX_MCP_CPUPROFILE"
	envMemProfile = "PROXMOX_MCP_MEMPROFILE"
)

// startProfiles starts what the environment asks for and returns the
// function that writes the profiles (safe to call more than once).
func startProfiles() (stop func()) {
	cpuPath, memPath := os.Getenv(envCPUProfile), os.Getenv(envMemProfile)
	if cpuPath == "" && memPath == "" {
		return func() {}
	}
	if memPath != "" {
		runtime.MemProfileRate = 1 // every allocation: start-up is short
	}
	var cpu *os.File
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err == nil {
			if err = pprof.StartCPUProfile(f); err != nil {
				f.Close()
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "proxmox-mcp:", envCPUProfile, err)
		} else {
			cpu = f
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			if cpu != nil {
				pprof.StopCPUProfile()
				cpu.Close()
			}
			if memPath != "" {
				writeHeapProfile(memPath)
			}
		})
	}
}

func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "proxmox-mcp:", envMemProfile, err)
	}
}
