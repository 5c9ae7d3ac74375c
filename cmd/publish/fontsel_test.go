package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
)

func TestRegion(t *testing.T) {
	for lang, want := range map[string]string{
		"": "SC", "zh-CN": "SC", "zh": "SC", "zh-Hans": "SC", "zh-TW": "TC", "zh-Hant": "TC",
		"zh-HK": "HK", "ja": "JP", "ja-JP": "JP", "ko-KR": "KR", "en": "SC",
	} {
		if got := region(lang); got != want {
			t.Errorf("region(%q) = %s, want %s", lang, got, want)
		}
	}
}

func TestFontSetMissing(t *testing.T) {
	_, err := firstInstalled([]string{"No Such Serif %s", "Nor This %s Bold"}, "TC")
	if err == nil || !strings.Contains(err.Error(), `"No Such Serif TC"`) || !strings.Contains(err.Error(), "fonts-noto-cjk") {
		t.Errorf("error %v, want the names tried and the package to install", err)
	}
	code, _, stderr := runCmd(t, "", "--font-set", "ming", "--pdf", "x.txt")
	if code != 2 || !strings.Contains(stderr, `unknown --font-set "ming"`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// needNoto skips when Noto CJK (OpenType CFF) is not installed.
func needNoto(t *testing.T) {
	t.Helper()
	for _, name := range []string{"Noto Serif CJK SC", "Noto Sans CJK SC Bold"} {
		if _, err := fonts.Load(name); err != nil {
			t.Skipf("%s not installed (Debian: fonts-noto-cjk): %v", name, err)
		}
	}
}

// pdfFontNames lists the fonts pdffonts finds in a PDF.
func pdfFontNames(t *testing.T, path string) string {
	t.Helper()
	pdffonts, err := exec.LookPath("pdffonts")
	if err != nil {
		t.Skip("pdffonts not installed (Debian: poppler-utils)")
	}
	out, err := exec.Command(pdffonts, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v: %s", err, out)
	}
	return string(out)
}

// TestFontSetSong publishes with the Song/Hei pairing: the body in Noto
// Serif CJK, headings in Noto Sans CJK Bold, in the PDF and the EPUB, and
// --heading-font and its old name --bold-font override the heading face.
func TestFontSetSong(t *testing.T) {
	needNoto(t)
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "report.md"), []byte("---\ntitle: 报告\n---\n\n# 报告\n\n## 第一节\n\n正文**重点**内容。\n"))
	publish := func(name string, args ...string) string {
		out := filepath.Join(dir, name)
		code, _, stderr := runCmd(t, "", append(append([]string{"-q", "--pdf", "--epub", "-o", out}, args...), in)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		return out
	}
	song := publish("song", "--font-set", "song")
	list := pdfFontNames(t, filepath.Join(song, "report.pdf"))
	for _, want := range []string{"NotoSerifCJKSC-Regular", "NotoSansCJKSC-Bold", "CID Type 0C"} {
		if !strings.Contains(list, want) {
			t.Errorf("pdffonts lacks %s:\n%s", want, list)
		}
	}
	book, err := os.ReadFile(filepath.Join(song, "report.epub"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"fonts/body.otf", "fonts/bold.otf"} {
		if !bytes.Contains(book, []byte(want)) {
			t.Errorf("EPUB has no %s", want)
		}
	}
	heading := publish("heading", "--font-set", "song", "--heading-font", "Noto Serif CJK SC Bold")
	if list := pdfFontNames(t, filepath.Join(heading, "report.pdf")); !strings.Contains(list, "NotoSerifCJKSC-Bold") || strings.Contains(list, "NotoSans") {
		t.Errorf("--heading-font did not replace the heading face:\n%s", list)
	}
	bold := publish("bold", "--font-set", "song", "--bold-font", "Noto Serif CJK SC Bold")
	a, _ := os.ReadFile(filepath.Join(heading, "report.pdf"))
	b, _ := os.ReadFile(filepath.Join(bold, "report.pdf"))
	if !bytes.Equal(a, b) {
		t.Error("--bold-font and --heading-font give different PDFs")
	}
}

// TestFontsListsFormats lists the system fonts with their outline format.
func TestFontsListsFormats(t *testing.T) {
	needNoto(t)
	code, stdout, stderr := runCmd(t, "", "fonts")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"\tNoto Serif CJK SC Regular\tOpenType CFF\t", "NotoSerifCJK-Regular.ttc:2\t"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("fonts output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestFallbackToCFF publishes a document with a character the bundled font
// lacks and only Noto CJK (OpenType CFF) has among the installed fonts:
// both the PDF and the EPUB draw it from Noto.
func TestFallbackToCFF(t *testing.T) {
	needNoto(t)
	noto, _ := fonts.Load("Noto Sans CJK SC")
	faces, err := fonts.List()
	if err != nil {
		t.Skip(err)
	}
	var others []*fonts.Font
	for _, f := range faces {
		if f.Format == fonts.FormatTrueType {
			if o, err := fonts.LoadIndex(f.Path, f.Index); err == nil {
				others = append(others, o)
			}
		}
	}
	rare := rune(0)
	for _, r := range noto.Runes() {
		if r >= 0x3400 && !fonts.Bundled().HasRune(r) && fonts.FontFor(r, others...) == nil {
			rare = r
			break
		}
	}
	if rare == 0 {
		t.Skip("every character of Noto Sans CJK is in an installed TrueType font")
	}
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "rare.md"), []byte("---\ntitle: 生僻字\n---\n\n# 生僻字\n\n这个字"+string(rare)+"很少见。\n"))
	code, _, stderr := runCmd(t, "", "-q", "--pdf", "--epub", "-o", dir, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if list := pdfFontNames(t, filepath.Join(dir, "rare.pdf")); !strings.Contains(list, "CJK") || !strings.Contains(list, "CID Type 0C") {
		t.Errorf("U+%04X is not drawn from Noto CJK in the PDF:\n%s", rare, list)
	}
	book, err := os.ReadFile(filepath.Join(dir, "rare.epub"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(book, []byte("fonts/fallback")) || !bytes.Contains(book, []byte(".otf")) {
		t.Errorf("the EPUB embeds no OpenType fallback font for U+%04X", rare)
	}
}
