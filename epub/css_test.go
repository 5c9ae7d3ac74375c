package epub

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

func TestCSS(t *testing.T) {
	tests := []struct {
		name            string
		family          string
		faces           []embeddedFace
		cjk             bool
		want, forbidden []string
	}{
		{"embedded Chinese", `"LXGW WenKai Regular", serif`, []embeddedFace{{file: fontFile, weight: "normal"}, {file: boldFontFile, weight: "bold"}}, true,
			[]string{"@font-face", `src: url("../fonts/body.ttf")`, "font-weight: bold;\n  src: url(\"../fonts/bold.ttf\");", `font-family: "LXGW WenKai Regular", serif;`, "text-align: justify;",
				"text-indent: 2em;", "line-height: 1.7;", "line-break: strict;", "text-spacing-trim: normal;", "text-autospace: normal;",
				"page-break-after: avoid;", "p.deck", "em { font-style: normal; text-decoration: underline;", "text-emphasis: filled dot;",
				"text-emphasis-position: under right;", "border-top: 2px solid", "overflow-x: auto;", "code { font-family: monospace, \"LXGW WenKai Regular\", serif; }"},
			[]string{"word-break: break-all", "@supports", "hyphens", "em { font-style: normal; font-weight: bold"}},
		{"reader's fonts", "serif", nil, true,
			[]string{"font-family: serif;", "text-indent: 2em;"},
			[]string{"@font-face"}},
		{"English", "serif", nil, false,
			[]string{"text-indent: 1.5em;", "line-height: 1.5;", "hyphens: auto;"},
			[]string{"font-weight: bold; }\n@", "em { font-style: normal"}},
	}
	for _, tc := range tests {
		got := css(tc.family, tc.faces, tc.cjk)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: stylesheet lacks %q", tc.name, w)
			}
		}
		for _, f := range tc.forbidden {
			if strings.Contains(got, f) {
				t.Errorf("%s: stylesheet has %q", tc.name, f)
			}
		}
		if strings.Count(got, "{") != strings.Count(got, "}") {
			t.Errorf("%s: unbalanced braces", tc.name)
		}
	}
}

func TestBookRunes(t *testing.T) {
	d := parse(t, "r.md", "---\ntitle: 标题\nsubtitle: 副\nauthor: 甲\n---\n\n- 项\n\n正文 a\n")
	got := string(bookRunes(d))
	for _, r := range "标题副甲项正文 a•" + markdown.LabelsFor("zh-CN").Contents {
		if !strings.ContainsRune(got, r) {
			t.Errorf("runes %q lack %q", got, r)
		}
	}
	for i := 1; i < len([]rune(got)); i++ {
		if rs := []rune(got); rs[i-1] >= rs[i] {
			t.Fatalf("runes not sorted and unique: %q", got)
		}
	}
}

func TestBadDateWarns(t *testing.T) {
	var warned []string
	d := parse(t, "d.md", "---\ntitle: T\ndate: 去年冬天\n---\n# T\n")
	files, _ := unpack(t, writeBook(t, d, Options{Modified: testTime, Warn: func(m string) { warned = append(warned, m) }}))
	if len(warned) != 1 || !strings.Contains(warned[0], "去年冬天") {
		t.Errorf("warnings %q", warned)
	}
	if !strings.Contains(string(files["EPUB/package.opf"]), "<dc:date>2023-11-14</dc:date>") {
		t.Error("an unreadable date should fall back to the modification date")
	}
}

// TestBoldFaceCoversBoldText checks that every character the book sets
// bold (headings, strong, table headers, the navigation heading) is in the
// embedded bold subset, and that body text is not.
func TestBoldFaceCoversBoldText(t *testing.T) {
	d := parse(t, "nested.md", nestedDoc)
	files, _ := unpack(t, writeBook(t, d, Options{EmbedFont: true, Modified: testTime}))
	data := files["EPUB/fonts/bold.ttf"]
	if len(data) == 0 {
		t.Fatal("no bold face embedded")
	}
	bold, err := fonts.Parse("bold.ttf", data)
	if err != nil {
		t.Fatal(err)
	}
	boldText := regexp.MustCompile(`<(h[123]|strong|th)\b[^>]*>([^<]*)`)
	n := 0
	for name, body := range files {
		if !strings.HasSuffix(name, ".xhtml") {
			continue
		}
		for _, m := range boldText.FindAllSubmatch(body, -1) {
			for _, r := range string(m[2]) {
				n++
				if r > ' ' && !bold.HasRune(r) {
					t.Errorf("%s: bold %q lacks %q", name, m[2], r)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d bold characters found", n)
	}
	if bold.HasRune('段') {
		t.Error("the bold subset holds body text")
	}
}

// TestFullWidthMarksFollowLanguage checks that Chinese and Japanese books
// embed fonts whose “ ” ‘ ’ · are 1 em wide, in the body and bold faces,
// while other books keep the bundled font's proportional marks.
func TestFullWidthMarksFollowLanguage(t *testing.T) {
	const text = "# 标题“引”\n\n## 小节‘单’·\n\n正文“引号”‘单引号’·间隔号 “quoted” text.\n"
	for _, tc := range []struct {
		lang string
		full bool
	}{
		{"zh-CN", true}, {"zh-Hant", true}, {"ja", true}, {"en", false}, {"ko", false},
	} {
		d := parse(t, tc.lang+".md", "---\ntitle: 标题\nlang: "+tc.lang+"\n---\n\n"+text)
		files, _ := unpack(t, writeBook(t, d, Options{EmbedFont: true, Modified: testTime}))
		for _, file := range []string{"EPUB/fonts/body.ttf", "EPUB/fonts/bold.ttf"} {
			f, err := fonts.Parse(file, files[file])
			if err != nil {
				t.Fatalf("%s %s: %v", tc.lang, file, err)
			}
			for _, r := range "“”‘’·" {
				want := fonts.Bundled().Advance(r)
				if tc.full {
					want = 1
				}
				if got := f.Advance(r); got != want {
					t.Errorf("%s %s: %q is %v em wide, want %v", tc.lang, file, r, got, want)
				}
			}
		}
	}
}
