// Command bench measures proxmox-mcp against the built-in simulator and
// writes docs/benchmarks.md: start-up, memory, context cost, call latency
// against a direct-request floor, HTTP throughput, build figures and the
// hot path's Go micro-benchmarks, each next to the project's targets.
//
//	make bench                  # builds bin/proxmox-mcp first
//	go run ./test/bench -quick  # fewer runs, for trying changes
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

type options struct {
	bin, out   string
	startRuns  int
	latency    LatencyPlan
	throughput ThroughputPlan
	firstRuns  int
	only       map[string]bool // sections to run; nil runs all
	genRuns    int
	buildRuns  int
	microCount int
	microTime  string
	skipBuild  bool
	skipMicro  bool
	quick      bool
}

func parseFlags() *options {
	o := &options{
		latency:    LatencyPlan{Idle: 2 * time.Second},
		throughput: ThroughputPlan{Levels: []int{1, 10, 50}, Warm: 300 * time.Millisecond},
	}
	flag.StringVar(&o.bin, "bin", "bin/proxmox-mcp", "the binary to measure (relative to the repository root)")
	flag.StringVar(&o.out, "out", "docs/benchmarks.md", "the report to write (empty: print only)")
	flag.IntVar(&o.startRuns, "start-runs", 15, "start-up runs per configuration")
	flag.IntVar(&o.latency.Rounds, "latency-rounds", 5, "server processes for call latency and idle RSS")
	flag.IntVar(&o.latency.Warm, "warm-calls", 1000, "calls before idle RSS and timing")
	flag.IntVar(&o.latency.Calls, "calls", 2000, "timed calls per round")
	flag.IntVar(&o.firstRuns, "first-rounds", 5, "fresh processes per operation for the first-call figures")
	flag.Func("only", "run only these sections, comma-separated ("+strings.Join(sectionNames, ",")+")", func(v string) error {
		only, err := parseOnly(v)
		o.only = only
		return err
	})
	flag.IntVar(&o.throughput.Runs, "throughput-runs", 3, "runs per concurrency in HTTP mode")
	flag.DurationVar(&o.throughput.Duration, "throughput-time", 2*time.Second, "measured time per HTTP run")
	flag.StringVar(&o.throughput.Path, "http-path", "/mcp", "the MCP endpoint of serve --http")
	flag.Func("levels", "HTTP concurrency levels, comma-separated (default 1,10,50)", func(v string) error {
		levels, err := parseLevels(v)
		o.throughput.Levels = levels
		return err
	})
	flag.IntVar(&o.genRuns, "gen-runs", 5, "generator runs")
	flag.IntVar(&o.buildRuns, "build-runs", 3, "clean builds")
	flag.IntVar(&o.microCount, "micro-count", 5, "go test -count for micro-benchmarks")
	flag.StringVar(&o.microTime, "micro-time", "300ms", "go test -benchtime for micro-benchmarks")
	flag.BoolVar(&o.skipBuild, "skip-build", false, "skip generation and clean-build figures")
	flag.BoolVar(&o.skipMicro, "skip-micro", false, "skip Go micro-benchmarks")
	flag.BoolVar(&o.quick, "quick", false, "a few runs of everything, to check the program (figures not for the record)")
	flag.Parse()
	if o.quick {
		o.startRuns, o.latency.Rounds, o.latency.Warm, o.latency.Calls, o.firstRuns = 3, 1, 200, 300, 1
		o.throughput.Runs, o.throughput.Duration = 1, 500*time.Millisecond
		o.genRuns, o.buildRuns, o.microCount, o.microTime = 1, 1, 1, "50ms"
	}
	return o
}

func main() {
	if err := run(parseFlags()); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(o *options) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	bin := o.bin
	if !filepath.IsAbs(bin) {
		bin = filepath.Join(root, bin)
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("%s: %w (make build first, or run make bench)", bin, err)
	}
	r := &Report{Machine: describeMachine(root), Binary: bin, Skipped: map[string]string{}}
	if err := measureAll(root, bin, o, r); err != nil {
		return err
	}
	r.Machine.LoadEnd = loadAverage()
	r.Targets = evaluate(r)
	text := r.markdown()
	fmt.Print(text)
	if o.out == "" {
		return nil
	}
	return os.WriteFile(filepath.Join(root, o.out), []byte(text), 0o644)
}

// sectionNames are the sections in the order they run: the runtime
// figures first, while the machine is not yet warm from compiling. The
// results come before the first calls, whose real write changes a VM's
// configuration on the simulator.
var sectionNames = []string{"startup", "context", "latency", "results", "firstcall", "throughput", "micro", "build"}

// parseOnly reads -only's comma list into a set of known section names.
func parseOnly(v string) (map[string]bool, error) {
	only := map[string]bool{}
	for _, f := range strings.Split(v, ",") {
		name := strings.TrimSpace(f)
		if !slices.Contains(sectionNames, name) {
			return nil, fmt.Errorf("unknown section %q (sections: %s)", name, strings.Join(sectionNames, ","))
		}
		only[name] = true
	}
	return only, nil
}

// selected reports whether -only lets a section run.
func (o *options) selected(name string) bool { return o.only == nil || o.only[name] }

// measureAll builds the floor server, starts the simulator and runs the
// selected sections; a section left out is noted in the report.
func measureAll(root, bin string, o *options, r *Report) error {
	floor, err := buildFloor(root, bin)
	if err != nil {
		return err
	}
	defer floor.close()
	r.FloorBuild = floor.Build
	sim, err := startSimulator()
	if err != nil {
		return err
	}
	defer sim.close()
	do := map[string]func() error{
		"startup": func() (err error) { r.Startup, err = measureStartup(bin, sim, floor, o.startRuns); return },
		"context": func() (err error) {
			if r.Context, err = measureContext(bin, sim); err == nil {
				r.FloorListBytes, err = floorListBytes(floor)
			}
			return
		},
		"latency":    func() (err error) { r.Latency, err = measureLatency(bin, sim, floor, o.latency); return },
		"results":    func() (err error) { r.Results, err = measureResults(bin, sim); return },
		"firstcall":  func() (err error) { r.FirstCall, err = measureFirstCall(bin, sim, floor, o.firstRuns); return },
		"throughput": func() (err error) { r.Throughput, err = measureThroughput(bin, sim, o.throughput); return },
		"micro":      func() error { return micro(root, o, r) },
		"build":      func() error { return build(root, o, r) },
	}
	for _, name := range sectionNames {
		if !o.selected(name) {
			r.Skipped[name] = "left out with -only"
			continue
		}
		if err := timed(name, do[name]); err != nil {
			return err
		}
	}
	return nil
}

// timed runs one section, telling the terminal how long it took.
func timed(name string, do func() error) error {
	t := time.Now()
	fmt.Fprintf(os.Stderr, "bench: %s…", name)
	if err := do(); err != nil {
		fmt.Fprintln(os.Stderr)
		return err
	}
	fmt.Fprintf(os.Stderr, " %.1fs\n", time.Since(t).Seconds())
	return nil
}

func micro(root string, o *options, r *Report) (err error) {
	if o.skipMicro {
		r.Skipped["micro"] = "skipped with -skip-micro"
		return nil
	}
	r.Micro, err = runMicro(root, o.microCount, o.microTime)
	return err
}

func build(root string, o *options, r *Report) (err error) {
	if o.skipBuild {
		r.Skipped["build"] = "skipped with -skip-build"
		return nil
	}
	r.Build, err = measureBuild(root, o.genRuns, o.buildRuns)
	return err
}

func parseLevels(v string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("concurrency %q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// repoRoot is the nearest directory upwards holding go.mod, so the
// program runs from anywhere inside the repository.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the repository (no go.mod found)")
		}
		dir = parent
	}
}
