package layout

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

const englishPath = "testdata/en-sotu-1920.md"

func englishDoc(t testing.TB) *markdown.Document { return readDoc(t, englishPath) }

func TestLatinScript(t *testing.T) {
	tests := []struct {
		md   string
		want bool
	}{
		{"---\nlang: en\n---\n\nSome English text.\n", true},
		{"Some English text under the default tag.\n", true},
		{"---\nlang: de\n---\n\nDeutscher Text mit 中文.\n", true},
		{"中文的文本，带一点 English。\n", false},
		{"---\nlang: en\n---\n\n大部分是中文的文本，带一点 English。\n", false},
	}
	for _, tc := range tests {
		d, err := markdown.Parse("t.md", []byte(tc.md))
		if err != nil {
			t.Fatal(err)
		}
		if got := latinScript(d); got != tc.want {
			t.Errorf("%q: latin %v", tc.md, got)
		}
	}
}

// The English sample is set as an English book is: the Latin serif, first
// lines indented about an em except after a heading, hyphenation, word
// spaces within 0.25-0.45 em on nearly every justified line.
func TestEnglishTypesetting(t *testing.T) {
	td, err := typeset(englishDoc(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	em := td.paper.size
	if !td.fs.latin || td.fs.hyph == nil || td.fs.hyph.Tag != "en-us" {
		t.Fatalf("latin %v, patterns %v", td.fs.latin, td.fs.hyph)
	}
	if got := td.paper.measureEms; got > latinMeasure {
		t.Errorf("measure of %d em", got)
	}
	var justified, wide, hyphens int
	indents := map[string]float64{}
	for _, r := range td.rows {
		gs := r.ln.glyphs
		if r.kind != textRow || len(gs) == 0 {
			continue
		}
		for _, g := range gs {
			if fam := td.fs.faces[g.face].font.Family(); fam != "Noto Serif" {
				t.Fatalf("%q set in %s", g.r, fam)
			}
		}
		if r.lineNo == 0 {
			indents[lineString(r.ln)] = r.ln.glyphs[0].x / em
		}
		if r.ln.last || r.heading > 0 {
			continue
		}
		justified++
		if gs[len(gs)-1].soft {
			hyphens++
		}
		widest := 0.0
		for i := 0; i+1 < len(gs); i++ {
			if gs[i].space {
				// From the end of the advance to the next glyph's origin.
				widest = math.Max(widest, (gs[i+1].x-gs[i].x-gs[i].adv)/em)
			}
		}
		if widest > 0.45+1e-6 {
			t.Logf("%.3f r=%.2f %q", widest, r.ln.ratio, lineString(r.ln))
			wide++
		}
	}
	if justified < 200 {
		t.Fatalf("%d justified lines", justified)
	}
	if pct := 100 * float64(wide) / float64(justified); pct > 1 {
		t.Errorf("%d of %d justified lines (%.1f%%) have a word space over 0.45 em", wide, justified, pct)
	}
	if hyphens == 0 || hyphens > justified/3 {
		t.Errorf("%d hyphenated line ends of %d", hyphens, justified)
	}
	for text, want := range map[string]float64{"December 7, 1920": 0, "By this faith, and by this faith alone,": latinIndent} {
		found := false
		for line, ind := range indents {
			if strings.HasPrefix(line, text) {
				found = true
				if math.Abs(ind-want) > 0.01 {
					t.Errorf("%q indented %.2f em, want %.2f", text, ind, want)
				}
			}
		}
		if !found {
			t.Errorf("no paragraph starts %q", text)
		}
	}
}

// The added hyphens are drawn but not part of the text a reader copies.
func TestHyphensAreNotText(t *testing.T) {
	d := englishDoc(t)
	pdf := writePDF(t, d, Options{})
	got := spaces.ReplaceAllString(pdfText(t, pdf), "")
	for _, w := range []string{"indestructible", "recuperative", "Representatives", "appropriations"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q not in the extracted text whole", w)
		}
	}
}

// The measure the task sets: MuPDF's view of the word spaces, through the
// shared checker.
func TestEnglishWordSpaceChecker(t *testing.T) {
	needTool(t, "mutool")
	py := needTool(t, "python3")
	tool := filepath.Join("..", "..", "shared", "tools", "wordspace.py")
	if _, err := os.Stat(tool); err != nil {
		t.Skipf("%s not found", tool)
	}
	path := savePDF(t, writePDF(t, englishDoc(t), Options{}))
	out, err := exec.Command(py, tool, path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Lines   int     `json:"lines"`
		WidePct float64 `json:"wide_pct"`
		Median  float64 `json:"median_em"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	if r.Lines < 200 || r.WidePct > 1 || r.Median < 0.25 || r.Median > 0.45 {
		t.Errorf("word spaces: %s", out)
	}
}

// Latin words inside Chinese text are set in the Latin serif, Chinese in
// the CJK face, with the bundled fonts; a font of the user's sets both.
func TestLatinInsideChinese(t *testing.T) {
	d := parseDoc(t, "加入RCEP，富泰华5G手机。\n")
	for _, tc := range []struct {
		fonts []*fonts.Font
		want  string
	}{{nil, "Noto Serif"}, {[]*fonts.Font{fonts.BundledBold()}, "LXGW WenKai"}} {
		td, err := typeset(d, Options{Fonts: tc.fonts})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range td.rows[0].ln.glyphs {
			fam := td.fs.faces[g.face].font.Family()
			latin := g.r < 0x80
			if latin && fam != tc.want || !latin && fam != "LXGW WenKai" {
				t.Errorf("%q in %s", g.r, fam)
			}
		}
	}
}
