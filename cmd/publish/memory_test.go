package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/cjk-publish/publish"
	"github.com/cjk-publish/publish/convert"
	"github.com/cjk-publish/publish/markdown"
	"github.com/cjk-publish/publish/source"
)

// Memory per input megabyte, stage by stage and for the whole pipeline:
//
//	go test ./cmd/publish -run '^$' -bench Memory -benchtime 1x
//
// Peak memory is the resident set the kernel reports (VmHWM), reset
// before each stage (Linux only; elsewhere the benchmarks are skipped),
// under the soft memory limit the command sets for the document.
// A stage's figure is its peak above the memory held when it started,
// which includes its input; "whole" is the peak of publish.Read and
// Render together, the work of one document, fonts not counted.

// peakMeter measures the peak resident memory of a stretch of work.
type peakMeter struct{ base int }

func readStatus(field string) (int, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n << 10, err == nil
		}
	}
	return 0, false
}

func startPeak(b *testing.B) *peakMeter {
	runtime.GC()
	debug.FreeOSMemory()
	// Writing 5 to clear_refs resets the peak resident set (VmHWM).
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Skipf("cannot reset the peak resident set: %v", err)
	}
	rss, ok := readStatus("VmRSS")
	if !ok {
		b.Skip("no /proc/self/status")
	}
	return &peakMeter{base: rss}
}

// mb is the peak above the start, in MB.
func (p *peakMeter) mb() float64 {
	hwm, _ := readStatus("VmHWM")
	return float64(hwm-p.base) / (1 << 20)
}

// reportText is normal report text of about n bytes: the sample repeated.
func reportText(n int) []byte {
	s := source.Sample()
	var buf bytes.Buffer
	for buf.Len() < n {
		if buf.Len() > 0 {
			buf.WriteString("\n\n")
		}
		buf.Write(s)
	}
	return buf.Bytes()
}

// joinedLines is text of about n bytes whose short lines the normalizer
// joins into one paragraph (no sentence ends before the column end).
func joinedLines(n int) []byte {
	line := []byte("全面推进高质量发展的重点任务和政策举措落实到位稳步推进\n")
	return bytes.Repeat(line, n/len(line))
}

func BenchmarkMemory(b *testing.B) {
	o, err := parseFlags("publish", nil, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	fc, err := selectFonts(o)
	if err != nil {
		b.Fatal(err)
	}
	opts := o.renderOptions(fc, nil)
	// Load the fonts first: they are not the document's memory.
	warm, err := publish.Read("warm.md", []byte("# 标题\n\n正文。\n"), publish.ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if err := warm.Render(io.Discard, io.Discard, opts); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"report-1MB", reportText(1 << 20)},
		{"report-10MB", reportText(10 << 20)},
		{"report-50MB", reportText(50 << 20)},
		{"one-paragraph-4MB", joinedLines(4 << 20)},
	}
	for _, c := range cases {
		inMB := float64(len(c.data)) / (1 << 20)
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				stages := benchStages(b, c.data, opts)
				for _, s := range stages {
					b.ReportMetric(s.mb/inMB, s.name+"-MB/inMB")
				}
			}
		})
	}
}

type stagePeak struct {
	name string
	mb   float64
}

func benchStages(b *testing.B, data []byte, opts publish.Options) []stagePeak {
	// The soft memory limit the command sets for this document.
	mem := newMemoryBudget()
	mem.add(len(data))
	defer mem.add(-len(data))
	var out []stagePeak
	pm := startPeak(b)
	text, err := source.Decode("bench.txt", data, "auto")
	if err != nil {
		b.Fatal(err)
	}
	out = append(out, stagePeak{"decode", pm.mb()})

	pm = startPeak(b)
	norm := convert.Normalize(text.Body, convert.Options{Name: "bench.txt"})
	out = append(out, stagePeak{"normalize", pm.mb()})
	md := []byte(norm.Markdown)
	text, norm = nil, nil

	pm = startPeak(b)
	d, err := markdown.Parse("bench.md", md)
	if err != nil {
		b.Fatal(err)
	}
	out = append(out, stagePeak{"parse", pm.mb()})

	// The writers write to files in the command: here, to nowhere.
	doc := &publish.Document{Name: "bench.md", Model: d}
	pm = startPeak(b)
	if err := doc.PDF(io.Discard, opts); err != nil {
		b.Fatal(err)
	}
	out = append(out, stagePeak{"pdf", pm.mb()})

	pm = startPeak(b)
	if err := doc.EPUB(io.Discard, opts); err != nil {
		b.Fatal(err)
	}
	out = append(out, stagePeak{"epub", pm.mb()})
	d, md, doc = nil, nil, nil

	// The command's work for one document: read, normalize, parse, then
	// both writers side by side.
	pm = startPeak(b)
	whole, err := publish.Read("bench.txt", data, publish.ReadOptions{From: publish.Text})
	if err != nil {
		b.Fatal(err)
	}
	whole.Markdown, whole.Report = nil, nil
	if err := whole.Render(io.Discard, io.Discard, opts); err != nil {
		b.Fatal(fmt.Errorf("render: %w", err))
	}
	out = append(out, stagePeak{"whole", pm.mb()})
	return out
}
