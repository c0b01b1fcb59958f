package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

// Profiling, for measuring start-up (process start to the first
// tools/list answer) or a whole run under load. Not documented to users:
// these are developer knobs, read only from the environment.
//
//	PROXMOX_MCP_CPUPROFILE=FILE      CPU profile from main until the first tools/list
//	PROXMOX_MCP_MEMPROFILE=FILE      heap profile (allocations) at the first tools/list
//	PROXMOX_MCP_RUN_CPUPROFILE=FILE  CPU profile from main until the server ends
//	PROXMOX_MCP_RUN_MEMPROFILE=FILE  allocation profile of the whole run, written as the server ends
//
// Start-up is tens of milliseconds, a handful of samples at the default
// rate: merge the profiles of many runs (go tool pprof a.prof b.prof …).
// The run profiles are written when serving ends: stdin's end on stdio,
// SIGINT or SIGTERM in HTTP mode (after the graceful shutdown); a killed
// process writes none. Go allows one CPU profile at a time, so the run's
// takes precedence over start-up's. The run's allocation profile samples
// at the runtime's default rate: every allocation would slow a run under
// load by more than it measures.
const (
	envCPUProfile    = "PROXMOX_MCP_CPUPROFILE"
	envMemProfile    = "PROXMOX_MCP_MEMPROFILE"
	envRunCPUProfile = "PROXMOX_MCP_RUN_CPUPROFILE"
	envRunMemProfile = "PROXMOX_MCP_RUN_MEMPROFILE"
)

// profiles are the profiles the environment asks for; the zero value asks
// for none.
type profiles struct {
	startup, run profilePaths
}

type profilePaths struct {
	cpu, mem string
}

func profilesFromEnv() profiles {
	return profiles{
		startup: profilePaths{cpu: os.Getenv(envCPUProfile), mem: os.Getenv(envMemProfile)},
		run:     profilePaths{cpu: os.Getenv(envRunCPUProfile), mem: os.Getenv(envRunMemProfile)},
	}
}

// startProfiles starts what the environment asks for and returns the
// functions that write the start-up profiles and the run's (each safe to
// call more than once).
func startProfiles() (stopStartup, stopRun func()) {
	p := profilesFromEnv()
	if p.startup.cpu != "" && p.run.cpu != "" {
		fmt.Fprintln(os.Stderr, "proxmox-mcp:", envCPUProfile, "ignored: one CPU profile at a time, and", envRunCPUProfile, "is set")
		p.startup.cpu = ""
	}
	if p.startup.mem != "" {
		runtime.MemProfileRate = 1 // every allocation: start-up is short
	}
	return p.startup.start(envCPUProfile, envMemProfile), p.run.start(envRunCPUProfile, envRunMemProfile)
}

// start begins the CPU profile, if any, and returns the function that
// ends it and writes the allocation profile; the names are for messages.
func (p profilePaths) start(cpuEnv, memEnv string) (stop func()) {
	if p.cpu == "" && p.mem == "" {
		return func() {}
	}
	cpu := startCPUProfile(cpuEnv, p.cpu)
	var once sync.Once
	return func() {
		once.Do(func() {
			if cpu != nil {
				pprof.StopCPUProfile()
				cpu.Close()
			}
			if p.mem != "" {
				writeHeapProfile(memEnv, p.mem)
			}
		})
	}
}

// startCPUProfile starts profiling into path; nil when path is empty or
// the profile cannot be started (said on stderr).
func startCPUProfile(env, path string) *os.File {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "proxmox-mcp:", env, err)
		return nil
	}
	return f
}

func writeHeapProfile(env, path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "proxmox-mcp:", env, err)
	}
}
