package layout

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
)

func TestPostScriptNameAndTag(t *testing.T) {
	for f, want := range map[*fonts.Font]string{fonts.Bundled(): "LXGWWenKai-Regular", fonts.BundledBold(): "LXGWWenKai-Bold"} {
		if got := postScriptName(f); got != want {
			t.Errorf("%s: %q, want %q", f.Name, got, want)
		}
	}
	a, b := subsetTag("X", []rune("中文")), subsetTag("X", []rune("中文字"))
	if !regexp.MustCompile(`^[A-Z]{6}$`).MatchString(a) || a == b || a != subsetTag("X", []rune("中文")) {
		t.Errorf("tags %q %q: want six capitals, stable, differing by subset", a, b)
	}
}

// The fonts of a written PDF carry subset names and nothing else moved.
func TestWrittenFontNames(t *testing.T) {
	pdf := writePDF(t, sampleDoc(t), Options{})
	names := regexp.MustCompile(`/BaseFont /([^\s/]+)`).FindAllSubmatch(pdf, -1)
	// The CJK font, its bold and the Latin serif; Type0 and CIDFont each.
	if len(names) != 6 {
		t.Fatalf("%d BaseFont entries, want 6", len(names))
	}
	for _, n := range names {
		if !regexp.MustCompile(`^[A-Z]{6}\+(LXGWWenKai-(Regular|Bold)|NotoSerif-Regular)$`).Match(n[1]) {
			t.Errorf("BaseFont %s has no subset tag", n[1])
		}
	}
	// startxref still points at the cross-reference table.
	m := regexp.MustCompile(`startxref\s+(\d+)`).FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no startxref")
	}
	var off int
	for _, c := range m[1] {
		off = off*10 + int(c-'0')
	}
	if !bytes.HasPrefix(pdf[off:], []byte("xref")) {
		t.Errorf("startxref %d does not point at xref: %q", off, pdf[off:off+10])
	}
}

// pageStreams inflates the deflated streams of a written PDF.
func pageStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var all [][]byte
	re := regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)
	for _, m := range re.FindAllSubmatchIndex(pdf, -1) {
		var l int
		for _, c := range pdf[m[2]:m[3]] {
			l = l*10 + int(c-'0')
		}
		r, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+l]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data)
	}
	return all
}

// A body font without a bold face is emboldened by stroking: headings are
// filled and stroked with a width proportional to their size, body text is
// filled only.
func TestEmboldenedHeadings(t *testing.T) {
	plain, err := fonts.Parse("copy", fonts.Bundled().Data())
	if err != nil {
		t.Fatal(err)
	}
	d := parseDoc(t, "---\ntitle: 标题\n---\n\n# 标题\n\n## 一节\n\n正文**加粗**。\n")
	streams := pageStreams(t, writePDF(t, d, Options{Fonts: []*fonts.Font{plain}, TOC: "on"}))
	content := string(bytes.Join(streams, nil))
	if !strings.Contains(content, "2 Tr") || !strings.Contains(content, "0 Tr") {
		t.Fatalf("no fill-and-stroke text in %q", content[:200])
	}
	// Replay the operators: whenever text is emboldened, the stroke width
	// is the one for the current size, whatever was drawn before.
	tf := regexp.MustCompile(`/F\w+ ([\d.]+) Tf`)
	lw := regexp.MustCompile(`(?:^|\s)([\d.]+) w$`)
	for _, stream := range streams {
		// Each page starts in the default state.
		size, width, mode := 0.0, 1.0, 0.0
		for _, l := range strings.Split(string(stream), "\n") {
			if m := tf.FindStringSubmatch(l); m != nil {
				size, _ = strconv.ParseFloat(m[1], 64)
			}
			if m := lw.FindStringSubmatch(l); m != nil {
				width, _ = strconv.ParseFloat(m[1], 64)
			}
			if strings.HasSuffix(l, " Tr") {
				mode, _ = strconv.ParseFloat(strings.TrimSuffix(l, " Tr"), 64)
			}
			if mode == 2 && strings.Contains(l, " Tj") && math.Abs(width-0.03*size) > 0.01 {
				t.Errorf("emboldened text at %.1f pt stroked %.2f pt wide: %q", size, width, l)
			}
		}
	}
	if n := strings.Count(content, "2 Tr"); n < 3 {
		t.Errorf("%d switches to emboldening, want title, TOC heading, section and strong text", n)
	}
}
