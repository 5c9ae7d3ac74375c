package layout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
)

// notoFont loads an installed Noto CJK face (OpenType CFF) or skips.
func notoFont(t *testing.T, spec string) *fonts.Font {
	t.Helper()
	f, err := fonts.Load(spec)
	if err != nil {
		t.Skipf("%s not installed (Debian: fonts-noto-cjk): %v", spec, err)
	}
	return f
}

// TestFontsEmbedded writes the sample with TrueType and with CFF fonts and
// checks the result with poppler, qpdf and MuPDF: every font embedded as
// a subset with a ToUnicode map, of the right type, every character read
// back in order, and pages that render without complaint.
func TestFontsEmbedded(t *testing.T) {
	pdffonts := needTool(t, "pdffonts")
	for _, tc := range []struct {
		name       string
		body, bold func(*testing.T) *fonts.Font
		kind       string
	}{
		{"TrueType", func(*testing.T) *fonts.Font { return fonts.Bundled() }, func(*testing.T) *fonts.Font { return fonts.BundledBold() }, "CID TrueType"},
		{"CFF", func(t *testing.T) *fonts.Font { return notoFont(t, "Noto Serif CJK SC") },
			func(t *testing.T) *fonts.Font { return notoFont(t, "Noto Sans CJK SC Bold") }, "CID Type 0C"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sampleDoc(t)
			body := tc.body(t)
			chain, _ := fonts.Fallbacks(body, []rune(d.Text()))
			pdf := writePDF(t, d, Options{Fonts: append([]*fonts.Font{body}, chain...), Bold: tc.bold(t)})
			path := filepath.Join(t.TempDir(), "x.pdf")
			if err := os.WriteFile(path, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(pdffonts, path).CombinedOutput()
			if err != nil {
				t.Fatalf("pdffonts: %v: %s", err, out)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
			if len(lines) < 2 {
				t.Fatalf("pdffonts lists %d fonts, want 2 or more:\n%s", len(lines), out)
			}
			row := regexp.MustCompile(`^[A-Z]{6}\+\S+\s+` + regexp.QuoteMeta(tc.kind) + `\s+Identity-H\s+yes yes yes`)
			any := regexp.MustCompile(`^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes`)
			kinds := 0
			for _, l := range lines {
				if row.MatchString(l) {
					kinds++
				}
				if !any.MatchString(l) {
					t.Errorf("pdffonts: %q, want a subset, embedded, with ToUnicode", l)
				}
			}
			if kinds < 2 {
				t.Errorf("pdffonts lists %d %s fonts, want 2 or more (body and headings):\n%s", kinds, tc.kind, out)
			}
			checkText(t, d, pdf)
			if qpdf, err := exec.LookPath("qpdf"); err == nil {
				if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
					t.Errorf("qpdf --check: %v: %s", err, out)
				}
			}
			if mutool, err := exec.LookPath("mutool"); err == nil {
				out, err := exec.Command(mutool, "draw", "-q", "-r", "30", "-o", filepath.Join(t.TempDir(), "p%d.png"), path).CombinedOutput()
				out = regexp.MustCompile(`(?m)^warning: ICC support is not available\n?`).ReplaceAll(out, nil)
				if err != nil || len(out) > 0 {
					t.Errorf("mutool draw: %v: %s", err, out)
				}
			}
		})
	}
}

// TestBeyondBMP draws a character outside the Basic Multilingual Plane
// that the bundled font has: no placeholder, no warning, and text
// extraction reads it back.
func TestBeyondBMP(t *testing.T) {
	var wide rune
	for _, r := range fonts.Bundled().Runes() {
		if r > 0xFFFF {
			wide = r
			break
		}
	}
	if wide == 0 {
		t.Skip("the bundled font has no character beyond the BMP")
	}
	d := parseDoc(t, "---\ntitle: 测试\n---\n\n# 测试\n\n扩展区的字"+string(wide)+"也能排。\n")
	var warns []string
	pdf := writePDF(t, d, Options{Warn: func(m string) { warns = append(warns, m) }})
	if len(warns) > 0 {
		t.Errorf("warnings: %q", warns)
	}
	if got := spaces.ReplaceAllString(pdfText(t, pdf), ""); !strings.Contains(got, "扩展区的字"+string(wide)+"也能排。") {
		t.Errorf("U+%X not read back: %q", wide, got)
	}
}

func TestGlyphTable(t *testing.T) {
	tab := newGlyphTable([]rune{'中', 'A', 0x20000, 0xFF}, []uint16{7, 1, 9, 3})
	for _, tc := range []struct {
		r    rune
		want uint16
	}{
		{'中', 7}, {'A', 1}, {0x20000, 9}, {0xFF, 3},
		{'B', 0}, {'文', 0}, {0x1F600, 0}, {0x10FFFF, 0}, {-1, 0},
	} {
		if got := tab.of(tc.r); got != tc.want {
			t.Errorf("of(%U) = %d, want %d", tc.r, got, tc.want)
		}
	}
}
