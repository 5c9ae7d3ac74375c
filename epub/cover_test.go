package epub

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

func TestRenderCover(t *testing.T) {
	tests := []markdown.Meta{
		{Title: "政府工作报告摘编", Subtitle: "把牢高质量发展主动权　全力稳住经济大盘", Author: "董艳竹 王红"},
		{Title: "Address of the President of the United States to the Congress, December 7, 1920", Author: "Woodrow Wilson"},
		{Title: strings.Repeat("很长的标题", 20)},
		{Title: "x"},
	}
	for _, m := range tests {
		data, err := renderCover(m, fonts.BundledBold(), fonts.Bundled())
		if err != nil {
			t.Fatalf("%q: %v", m.Title, err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%q: %v", m.Title, err)
		}
		if img.Bounds() != image.Rect(0, 0, coverW, coverH) {
			t.Errorf("%q: size %v", m.Title, img.Bounds())
		}
		// The title is drawn: dark pixels in the band it is set in.
		p := img.(*image.Paletted)
		dark := 0
		for y := 400; y < 600; y++ {
			for x := 0; x < coverW; x++ {
				if i := p.ColorIndexAt(x, y); i > rampSteps/2 && i <= rampSteps {
					dark++
				}
			}
		}
		if dark < 500 {
			t.Errorf("%q: only %d title pixels", m.Title, dark)
		}
	}
}

func TestCoverLayout(t *testing.T) {
	f, err := opentype.Parse(fonts.Bundled().Data())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text      string
		maxLines  int
		wantLines []string
	}{
		{"政府工作报告摘编", 4, []string{"政府工作报告摘编"}},
		{"把牢高质量发展主动权　全力稳住经济大盘", 4, []string{"把牢高质量发展主动权", "全力稳住经济大盘"}},
		{"把牢高质量发展主动权  全力稳住经济大盘", 4, []string{"把牢高质量发展主动权", "全力稳住经济大盘"}},
		{strings.Repeat("长", 60), 2, []string{strings.Repeat("长", 20), strings.Repeat("长", 19) + "…"}},
	}
	for _, tc := range tests {
		_, lines, err := fit(f, tc.text, 900, 56, 44, tc.maxLines)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(lines, "|") != strings.Join(tc.wantLines, "|") {
			t.Errorf("fit(%q) = %q, want %q", tc.text, lines, tc.wantLines)
		}
	}
}

// Titles are set at a size legible in a 160-pixel-wide thumbnail, in
// balanced lines broken between words.
func TestCoverTitle(t *testing.T) {
	f, err := opentype.Parse(fonts.BundledBold().Data())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		title string
		want  []string // nil: only the size and the balance are checked
	}{
		{"政府工作报告摘编", []string{"政府工作", "报告摘编"}},
		{"2026年吉林省政府工作报告", []string{"2026年吉林省", "政府工作报告"}},
		{"书记市长拜年爆猛料，深圳GDP破3万亿元", nil},
		{"关于加快建设全国统一大市场推进高质量发展战略的实施意见", nil},
		{"Address of the President of the United States to the Congress, December 7, 1920", nil},
	}
	for _, tc := range tests {
		size, lines, err := fitTitle(f, tc.title, coverW-2*coverMargin-60)
		if err != nil {
			t.Fatal(err)
		}
		if size < legibleTitle {
			t.Errorf("%q set at %g px", tc.title, size)
		}
		if tc.want != nil && strings.Join(lines, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: lines %q, want %q", tc.title, lines, tc.want)
		}
		t.Logf("%q: %g px, %q", tc.title, size, lines)
		face, _ := newFace(f, size)
		w0 := font.MeasureString(face, lines[0]).Round()
		for _, l := range lines[1:] {
			if w := font.MeasureString(face, l).Round(); w < w0*6/10 {
				t.Errorf("%q: line %q much shorter than %q", tc.title, l, lines[0])
			}
		}
	}
}

func BenchmarkRenderCover(b *testing.B) {
	m := markdown.Meta{Title: "政府工作报告摘编", Subtitle: "把牢高质量发展主动权　全力稳住经济大盘", Author: "董艳竹 王红"}
	for b.Loop() {
		if _, err := renderCover(m, fonts.BundledBold(), fonts.Bundled()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFont(b *testing.B) {
	for b.Loop() {
		if _, err := opentype.Parse(fonts.Bundled().Data()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBookHasTheDrawnCover checks that the post-pass put the drawn cover in
// place of go-epub's placeholder, and that the placeholder is a valid image
// should it ever be seen.
func TestBookHasTheDrawnCover(t *testing.T) {
	d := loadSample(t)
	files, _ := unpack(t, writeBook(t, d, Options{EmbedFont: true, Modified: testTime}))
	want, err := renderCover(d.Meta, fonts.BundledBold(), fonts.Bundled())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["EPUB/images/cover.png"], want) {
		t.Errorf("the book's cover (%d bytes) is not the drawn one (%d bytes)", len(files["EPUB/images/cover.png"]), len(want))
	}
	if _, err := png.Decode(bytes.NewReader(placeholderPNG)); err != nil {
		t.Errorf("placeholder: %v", err)
	}
}
