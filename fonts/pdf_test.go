package fonts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/go-pdf/fpdf"
)

// TestSubsetDrawsInFpdf embeds subsets in a PDF with fpdf (the PDF writer's
// path) and reads the text back with pdftotext.
func TestSubsetDrawsInFpdf(t *testing.T) {
	pdftotext := needTool(t, "pdftotext")
	sample := string(sampleRunes(t))
	// Scattered characters make a cmap whose segments list their glyphs.
	scattered := everyOther(Bundled().Runes())
	var bmp []rune
	for _, r := range scattered {
		if r > 0x4E00 && r < 0xFFFF && len(bmp) < 400 {
			bmp = append(bmp, r)
		}
	}
	for _, tc := range []struct {
		name   string
		font   *Font
		text   string
		subset []rune // characters of the subset; nil: those of text
	}{
		{"sample characters", Bundled(), sample, nil},
		{"bold heading", BundledBold(), "关键词：郑州 2023 年政府工作报告", nil},
		{"punctuation and latin", Bundled(), "“引号”（括号）《书名》，。、；：？！ GDP 12.3%", nil},
		{"scattered characters", Bundled(), string(bmp), scattered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.subset == nil {
				tc.subset = []rune(tc.text)
			}
			sub, err := tc.font.Subset(tc.subset)
			if err != nil {
				t.Fatal(err)
			}
			out := pdfText(t, pdftotext, sub, tc.text)
			if got, want := dropSpace(out), dropSpace(tc.text); got != want {
				t.Errorf("pdftotext gives back %d characters, want %d:\n got %q\nwant %q", len([]rune(got)), len([]rune(want)), got, want)
			}
		})
	}
}

// makePDF draws text with font in a PDF made by fpdf and returns its path.
func makePDF(t *testing.T, font []byte, text string) string {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("body", "", font)
	pdf.SetFont("body", "", 12)
	for i, line := range splitRunes(text, 30) {
		if i%50 == 0 {
			pdf.AddPage()
		}
		pdf.Text(15, 20+float64(i%50)*5, line)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatalf("fpdf: %v", err)
	}
	path := filepath.Join(t.TempDir(), "font.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText draws text with font in a PDF made by fpdf and returns what
// pdftotext reads back.
func pdfText(t *testing.T, pdftotext string, font []byte, text string) string {
	t.Helper()
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", makePDF(t, font, text), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pdfPixels renders the first page of a PDF of text drawn with font.
func pdfPixels(t *testing.T, pdftoppm string, font []byte, text string) []byte {
	t.Helper()
	path := makePDF(t, font, text)
	out, err := exec.Command(pdftoppm, "-r", "100", "-gray", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	return out
}

// TestSubsetRendersLikeFont renders a page drawn with a subset and with
// the whole font: fpdf must pick the same glyphs from both.
func TestSubsetRendersLikeFont(t *testing.T) {
	pdftoppm := needTool(t, "pdftoppm")
	sample := sampleRunes(t)
	for _, tc := range []struct {
		name string
		font *Font
		text string
	}{
		{"sample", Bundled(), string(sample[len(sample)-600:])},
		{"bold", BundledBold(), string(sample[:200])},
		{"composites and latin", Bundled(), string(compositeRunes(Bundled())) + "GDP 12.3%，“引号”"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub, err := tc.font.Subset([]rune(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			want := pdfPixels(t, pdftoppm, tc.font.Data(), tc.text)
			got := pdfPixels(t, pdftoppm, sub, tc.text)
			if !bytes.Equal(got, want) {
				t.Errorf("page drawn with the subset differs from the page drawn with the font")
			}
		})
	}
}

func splitRunes(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > n {
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return append(out, string(r))
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\f' {
			return -1
		}
		return r
	}, s)
}
