package epub

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

// repeated builds a document n times the size of the sample: its sections
// repeated with distinct titles.
func repeated(b testing.TB, n int) *markdown.Document {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	cut := strings.Index(text, "\n## ")
	var s strings.Builder
	s.WriteString(text[:cut+1])
	for i := 0; i < n; i++ {
		s.WriteString(strings.ReplaceAll(text[cut+1:], "## 关键词：", "## "+strings.Repeat("续", i%5)+"关键词："))
	}
	d, err := markdown.Parse("repeated.md", []byte(s.String()))
	if err != nil {
		b.Fatal(err)
	}
	return d
}

func benchmarkWrite(b *testing.B, d *markdown.Document) {
	opts := Options{EmbedFont: true, Modified: time.Unix(1700000000, 0)}
	var buf bytes.Buffer
	if err := Write(&buf, d, opts); err != nil { // warm the font caches
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text())))
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, d, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite is the EPUB stage on the sample, subsetting included.
func BenchmarkWrite(b *testing.B) { benchmarkWrite(b, loadSample(b)) }

// BenchmarkWriteRepeated checks that the cost grows linearly with the
// text: MB/s stays the same once the fixed costs (font subsets, cover) are
// small beside it. A document of many sections must not make anything
// quadratic: the 300x one has about 2,700.
func BenchmarkWriteRepeated(b *testing.B) {
	for _, n := range []int{10, 100, 300} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) { benchmarkWrite(b, repeated(b, n)) })
	}
}
