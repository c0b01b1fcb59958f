package main

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// microPackages hold the hot path's micro-benchmarks.
var microPackages = []string{
	"./internal/wire",
	"./internal/proxmox",
	"./internal/mcpserver",
	"./internal/search",
}

// MicroResult is one Go benchmark over -count runs.
type MicroResult struct {
	Package, Name string
	NsPerOp       Summary
	BytesPerOp    Summary
	AllocsPerOp   Summary
}

// runMicro runs every benchmark of the packages count times.
func runMicro(root string, count int, benchtime string) ([]MicroResult, error) {
	args := append([]string{"test", "-run", "^$", "-bench", ".", "-benchmem",
		"-count", strconv.Itoa(count), "-benchtime", benchtime}, microPackages...)
	var stderr bytes.Buffer
	cmd := goCommand(root, nil, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go test -bench: %v\n%s%s", err, out, stderr.Bytes())
	}
	return parseBench(out), nil
}

// benchLine matches "BenchmarkName-2  1000  1234 ns/op  [5.1 MB/s]  56 B/op  7 allocs/op".
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:\s+[\d.]+ MB/s)?(?:\s+([\d.]+) B/op\s+([\d.]+) allocs/op)?`)

// parseBench groups go test's output by package and benchmark.
func parseBench(out []byte) []MicroResult {
	type samples struct{ ns, bytes, allocs []float64 }
	byKey := map[[2]string]*samples{}
	var pkg string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimPrefix(p, "github.com/proxmox-mcp/proxmox-mcp/")
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		k := [2]string{pkg, strings.TrimPrefix(m[1], "Benchmark")}
		s := byKey[k]
		if s == nil {
			s = &samples{}
			byKey[k] = s
		}
		s.ns = append(s.ns, num(m[2]))
		if m[3] != "" {
			s.bytes, s.allocs = append(s.bytes, num(m[3])), append(s.allocs, num(m[4]))
		}
	}
	var res []MicroResult
	for k, s := range byKey {
		res = append(res, MicroResult{Package: k[0], Name: k[1],
			NsPerOp: summarize(s.ns), BytesPerOp: summarize(s.bytes), AllocsPerOp: summarize(s.allocs)})
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].Package != res[j].Package {
			return res[i].Package < res[j].Package
		}
		return res[i].Name < res[j].Name
	})
	return res
}

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}
