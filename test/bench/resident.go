package main

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Where a process's resident memory is: anonymous (heap, stacks, written
// data) against file-backed (the binary's pages in the page cache), and
// the binary's resident pages by ELF section. Peak RSS alone does not say
// whether a miss is the heap or the executable being paged in: the kernel
// maps the page-cache neighbours of every fault (fault-around), so sparse
// touches of a large section make most of it resident.

// residentSections are the binary's sections worth a row: the code, the
// read-only data (strings, type data), the function tables the runtime
// reads for stacks and GC, and the initialised data (.data holds the
// generated catalog literals).
var residentSections = []string{".text", ".rodata", ".gopclntab", ".noptrdata", ".data", ".bss", ".noptrbss"}

// pageSize is the x86-64 and arm64 (4 KiB kernels) base page; pagemap has
// one 64-bit entry per page.
const pageSize = 4096

// Bits of a /proc/<pid>/pagemap entry (Documentation/admin-guide/mm/pagemap.rst).
const (
	pagePresent = 1 << 63
	pageFile    = 1 << 61 // file-backed or shared anonymous
)

// residentSet is one reading of a process.
type residentSet struct {
	Anon, File int64                      // RssAnon, RssFile of /proc/<pid>/status, bytes
	Sections   map[string]sectionResident // by name
}

// sectionResident is one section's size and its resident bytes, of which
// File are still the file's pages (a written .data page becomes anonymous).
type sectionResident struct {
	Size, Resident, File int64
}

// readResident reads the process's resident set by kind and section.
func readResident(s *serverProc) (residentSet, error) {
	pid := strconv.Itoa(s.cmd.Process.Pid)
	var rs residentSet
	var err error
	if rs.Anon, err = s.status("RssAnon"); err != nil {
		return rs, err
	}
	if rs.File, err = s.status("RssFile"); err != nil {
		return rs, err
	}
	rs.Sections, err = sectionsResident(pid)
	return rs, err
}

// sectionsResident looks up every page of the binary's sections in the
// process's pagemap. The binaries are statically linked executables
// (ET_EXEC), so section addresses are the addresses they run at.
func sectionsResident(pid string) (map[string]sectionResident, error) {
	exe, err := os.Readlink("/proc/" + pid + "/exe")
	if err != nil {
		return nil, err
	}
	f, err := elf.Open(exe)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if f.Type != elf.ET_EXEC {
		return nil, errors.New(exe + ": position-independent binary, section addresses are not load addresses")
	}
	pm, err := os.Open("/proc/" + pid + "/pagemap")
	if err != nil {
		return nil, err
	}
	defer pm.Close()
	out := map[string]sectionResident{}
	for _, name := range residentSections {
		sec := f.Section(name)
		if sec == nil || sec.Addr == 0 {
			continue
		}
		r, err := pagesResident(pm, sec.Addr, sec.Size)
		if err != nil {
			return nil, fmt.Errorf("pagemap %s: %w", name, err)
		}
		out[name] = r
	}
	return out, nil
}

// pagesResident counts the resident pages of [addr, addr+size).
func pagesResident(pm *os.File, addr, size uint64) (sectionResident, error) {
	first, last := addr/pageSize, (addr+size+pageSize-1)/pageSize
	buf := make([]byte, (last-first)*8)
	if _, err := pm.ReadAt(buf, int64(first*8)); err != nil {
		return sectionResident{}, err
	}
	r := sectionResident{Size: int64(size)}
	for i := 0; i < len(buf); i += 8 {
		e := binary.LittleEndian.Uint64(buf[i:])
		if e&pagePresent == 0 {
			continue
		}
		r.Resident += pageSize
		if e&pageFile != 0 {
			r.File += pageSize
		}
	}
	return r, nil
}

// Settling: the server goes on working after its first answer (it builds
// the search index in the background), so its peak is read once it has
// gone quiet: no CPU time used for settleQuiet, or settleMax at most.
const (
	settlePoll  = 10 * time.Millisecond
	settleQuiet = 250 * time.Millisecond
	settleMax   = time.Second
)

// settle waits until the process stops using CPU and returns how long
// after the call its last CPU use was seen (CPU time is counted in 10 ms
// ticks, so that is the resolution).
func settle(s *serverProc) (time.Duration, error) {
	start := time.Now()
	last, err := s.cpuTime()
	if err != nil {
		return 0, err
	}
	busy, quietSince := time.Duration(0), start
	for time.Since(start) < settleMax && time.Since(quietSince) < settleQuiet {
		time.Sleep(settlePoll)
		now, err := s.cpuTime()
		if err != nil {
			return 0, err
		}
		if now != last {
			last, quietSince = now, time.Now()
			busy = quietSince.Sub(start)
		}
	}
	return busy, nil
}

// residentFigures collects readings over runs.
type residentFigures struct {
	anon, file []float64
	sections   map[string]*[2][]float64 // resident, file
}

func (rf *residentFigures) add(rs residentSet) {
	rf.anon = append(rf.anon, float64(rs.Anon))
	rf.file = append(rf.file, float64(rs.File))
	if rf.sections == nil {
		rf.sections = map[string]*[2][]float64{}
	}
	for name, sr := range rs.Sections {
		v := rf.sections[name]
		if v == nil {
			v = new([2][]float64)
			rf.sections[name] = v
		}
		v[0], v[1] = append(v[0], float64(sr.Resident)), append(v[1], float64(sr.File))
	}
}

// ResidentSummary is the medians of a configuration's readings.
type ResidentSummary struct {
	Anon, File Summary
	Sections   map[string][2]Summary // resident, file
	Size       map[string]int64
}

func (rf *residentFigures) summary(sizes map[string]int64) ResidentSummary {
	out := ResidentSummary{Anon: summarize(rf.anon), File: summarize(rf.file),
		Sections: map[string][2]Summary{}, Size: sizes}
	for name, v := range rf.sections {
		out.Sections[name] = [2]Summary{summarize(v[0]), summarize(v[1])}
	}
	return out
}

// residentSection renders the breakdown of every configuration, after
// the start-up table whose runs it was read in.
func (r *Report) residentSection(b *strings.Builder) {
	if len(r.Startup) == 0 || r.Startup[0].Resident.Sections == nil {
		return
	}
	b.WriteString("\nWhere the resident set is, read with the settled peak (medians, MB): anonymous memory (heap, stacks, " +
		"written data) and file-backed pages (RssAnon, RssFile of /proc/PID/status), and the binary's resident pages by ELF " +
		"section from /proc/PID/pagemap, \"resident / file-backed of the section's size\" (a written .data page is anonymous; " +
		".bss is never file-backed). The kernel maps page-cache neighbours around each fault, so sparse reads of a section " +
		"make most of it resident.\n\n")
	b.WriteString("| configuration | anonymous | file-backed |")
	for _, name := range residentSections {
		b.WriteString(" " + name + " |")
	}
	b.WriteString("\n|---|---|---|" + strings.Repeat("---|", len(residentSections)) + "\n")
	for _, s := range r.Startup {
		rs := s.Resident
		fmt.Fprintf(b, "| %s | %.1f | %.1f |", s.Config.Label, rs.Anon.Median/mB, rs.File.Median/mB)
		for _, name := range residentSections {
			v, ok := rs.Sections[name]
			if !ok {
				b.WriteString(" — |")
				continue
			}
			fmt.Fprintf(b, " %.2f / %.2f of %.2f |", v[0].Median/mB, v[1].Median/mB, float64(rs.Size[name])/mB)
		}
		b.WriteString("\n")
	}
}

// sectionSizes is the sizes of the sections a reading found.
func sectionSizes(rs residentSet) map[string]int64 {
	out := map[string]int64{}
	for name, sr := range rs.Sections {
		out[name] = sr.Size
	}
	return out
}
