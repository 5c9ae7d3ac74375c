package convert

import (
	"strings"
	"testing"
)

// BenchmarkNormalize measures throughput (MB/s) on the sample, on a
// hundred copies of it and on copies that make 10 MB: the rates should
// match (linear time). It also
// reports cpu-MB/s, the rate per second of CPU time the process used,
// which stays meaningful on a busy machine.
func BenchmarkNormalize(b *testing.B) {
	sample := sampleText(b)
	for _, bc := range []struct {
		name string
		text string
	}{
		{"sample", sample},
		{"sample-x100", strings.Repeat(sample+"\n", 100)},
		{"sample-10MB", strings.Repeat(sample+"\n", 10<<20/(len(sample)+1))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			before := cpuTime()
			n := 0
			for b.Loop() {
				Normalize(bc.text, Options{Name: "bench.txt"})
				n++
			}
			if used := cpuTime() - before; used > 0 {
				b.ReportMetric(float64(n*len(bc.text))/1e6/used.Seconds(), "cpu-MB/s")
			}
		})
	}
}
