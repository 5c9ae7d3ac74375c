package markdown

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func warnings(d *Document) []string {
	var out []string
	for _, w := range d.Warnings {
		out = append(out, w.String())
	}
	return out
}

func TestFrontBlock(t *testing.T) {
	const body = "# 2026年河北省政府工作报告\n\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n\n河北省人民政府省长 王正谱\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作。\n"
	cases := []struct {
		name   string
		front  string
		roles  []Role
		author string
		warn   []string
	}{
		{"report", "front: [dateline, speaker, salutation]", []Role{Dateline, Speaker, Salutation}, "", nil},
		{"no key", "", nil, "省政府", nil},
		{"dateline only keeps the author", "front: dateline", []Role{Dateline}, "省政府", nil},
		{"unknown role", "front: [dateline, signature, salutation]", []Role{Dateline, "", Salutation}, "省政府",
			[]string{`line 3: front: unknown role "signature" (want dateline, speaker, byline, source, salutation): paragraph at line 10 left as body text`}},
		{"longer than the paragraphs", "front: [dateline, speaker, salutation, byline, source]", []Role{Dateline, Speaker, Salutation, "", ""}, "",
			[]string{"line 3: front lists 5 roles but only 4 paragraphs follow the title: source left without a paragraph"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			md := "---\nauthor: 省政府\n" + c.front + "\n---\n\n" + body
			if c.name == "longer than the paragraphs" {
				md = strings.Replace(md, "现在，", "## 一、回顾\n\n现在，", 1)
				c.warn = []string{"line 3: front lists 5 roles but only 3 paragraphs follow the title: byline, source left without a paragraph"}
				c.roles = c.roles[:3]
			}
			d, err := Parse("r.md", []byte(md))
			if err != nil {
				t.Fatal(err)
			}
			var roles []Role
			for _, i := range d.FrontBlock() {
				roles = append(roles, d.Blocks[i].Role)
			}
			var want []Role
			for _, r := range c.roles {
				if r != "" {
					want = append(want, r)
				}
			}
			if !reflect.DeepEqual(roles, want) {
				t.Errorf("roles %v, want %v", roles, want)
			}
			tb := d.TitleBlock()
			if tb.Author != c.author || tb.Block != 0 || tb.TitleText() != "2026年河北省政府工作报告" {
				t.Errorf("title block %+v", tb)
			}
			for _, i := range tb.Front {
				if d.Blocks[i].Role == Salutation {
					t.Errorf("the salutation is in the title block")
				}
			}
			if got := warnings(d); !reflect.DeepEqual(got, c.warn) {
				t.Errorf("warnings %q, want %q", got, c.warn)
			}
			roundTrip(t, d)
		})
	}
}

// Unsupported syntax is kept as text or dropped, always with a warning
// naming the line.
func TestWarnings(t *testing.T) {
	md := "# T\n\n<div>块</div>\n\n<!-- 注释 -->\n\n文字<span>行内</span>\n\n公式$$x^2$$\n\n术语\n: 定义\n\n" +
		"[脚本](javascript:alert(1)) [相对](a.md) [锚](#不存在) [好](#t) [网](https://e.org) [信](mailto:a@b.c)\n\n" +
		"文中![图](x.png)图\n\n##### 五级\n\n[^a]: 未引用\n"
	d, err := Parse("w.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"line 3: raw HTML is not part of the dialect: kept as text",
		"line 5: HTML comment dropped",
		"line 7: raw HTML is not part of the dialect: kept as text",
		"line 9: math is not part of the dialect: kept as text",
		"line 11: definition lists are not part of the dialect: kept as text",
		`line 14: link to "javascript:alert(1)" dropped, its text kept (links may go to http, https, mailto or a #heading of the document)`,
		`line 14: link to "a.md" dropped, its text kept (links may go to http, https, mailto or a #heading of the document)`,
		`line 14: link to "#不存在" dropped, its text kept: no heading has that anchor`,
		`line 16: image "x.png" inside running text: kept as its alt text (an image needs a paragraph of its own)`,
		"line 18: heading level 5 set as level 3 (the dialect has three)",
		"line 20: footnote [^a] is never cited: dropped",
	}
	if got := warnings(d); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var links []string
	for _, s := range d.Blocks[5].Spans {
		if s.Link != "" {
			links = append(links, s.Text+" "+s.Link)
		}
	}
	if want := []string{"好 #t", "网 https://e.org", "信 mailto:a@b.c"}; !reflect.DeepEqual(links, want) {
		t.Errorf("links %q, want %q", links, want)
	}
	if !strings.Contains(d.Text(), "<span>行内</span>") || !strings.Contains(d.Text(), "<div>块</div>") {
		t.Errorf("raw HTML not kept as text:\n%s", d.Text())
	}
}

func TestHeadingIDs(t *testing.T) {
	d, err := Parse("h.md", []byte("# 标题\n\n## 一、总体情况\n\n## 01 深圳的3万亿之路\n\n## 一、总体情况\n\n见[上文](#一总体情况)和[下文](#01-深圳的3万亿之路)。\n"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, b := range d.Blocks {
		if b.Kind == Heading {
			ids = append(ids, b.ID)
		}
	}
	if want := []string{"标题", "一总体情况", "h-01-深圳的3万亿之路", "一总体情况-2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
	sp := d.Blocks[4].Spans
	if sp[1].Link != "#一总体情况" || sp[3].Link != "#h-01-深圳的3万亿之路" {
		t.Errorf("links %+v", sp)
	}
}

func TestFootnotes(t *testing.T) {
	d, err := Parse("n.md", []byte("正文[^b]和[^a]，再引[^b]。\n\n[^a]: 甲注。\n[^b]: 乙注。\n\n    乙注第二段。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Notes) != 2 || d.Notes[0].Label != "b" || d.Notes[1].Label != "a" || len(d.Notes[0].Blocks) != 2 {
		t.Fatalf("notes %+v", d.Notes)
	}
	var marks []int
	for _, s := range d.Blocks[0].Spans {
		if s.Note > 0 {
			marks = append(marks, s.Note)
		}
	}
	if !reflect.DeepEqual(marks, []int{1, 2, 1}) || d.Blocks[0].Text() != "正文和，再引。" {
		t.Errorf("marks %v, text %q", marks, d.Blocks[0].Text())
	}
}

func TestLabels(t *testing.T) {
	for lang, want := range map[string]string{"zh-CN": "目录", "": "目录", "zh-Hant-TW": "目錄", "zh-TW": "目錄", "ja": "目次", "en": "Contents", "x-bad-!": "Contents"} {
		if got := LabelsFor(lang).Contents; got != want {
			t.Errorf("%q: %q, want %q", lang, got, want)
		}
	}
}

func TestLoadImages(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "doc")
	png, _ := os.ReadFile("testdata/chart.png")
	jpg, _ := os.ReadFile("testdata/photo.jpg")
	for name, data := range map[string][]byte{"doc/a.png": png, "doc/img/b.jpg": jpg, "secret.png": png, "doc/fake.png": []byte("not an image"), "doc/图 片.png": png} {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Symlink(filepath.Join(root, "secret.png"), filepath.Join(dir, "link.png"))
	os.Symlink("a.png", filepath.Join(dir, "inside.png"))
	md := "![甲](a.png)\n\n![乙](img/b.jpg)\n\n![丙](../secret.png)\n\n![丁](/etc/passwd)\n\n![戊](https://example.com/x.png)\n\n" +
		"![己](link.png)\n\n![庚](inside.png)\n\n![辛](fake.png)\n\n![壬](missing.png)\n\n![癸](img/../../secret.png)\n\n![子](%E5%9B%BE%20%E7%89%87.png)\n"
	d, err := Parse(filepath.Join(dir, "r.md"), []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	d.LoadImages(dir)
	var got []string
	for _, b := range d.Blocks {
		im := b.Image
		got = append(got, im.Alt+" "+im.Format+" "+itoa(im.Width)+"x"+itoa(im.Height))
	}
	want := []string{"甲 png 360x200", "乙 jpeg 240x160", "丙  0x0", "丁  0x0", "戊  0x0", "己  0x0", "庚 png 360x200", "辛  0x0", "壬  0x0", "癸  0x0", "子 png 360x200"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("images\n%q\nwant\n%q", got, want)
	}
	wantWarn := []string{
		`line 5: image "../secret.png" refused: it is outside the document's folder; its alt text is shown instead`,
		`line 7: image "/etc/passwd" refused: an absolute path is never embedded; its alt text is shown instead`,
		`line 9: image "https://example.com/x.png" is not fetched (remote images are never downloaded); its alt text is shown instead`,
		`line 11: image "link.png" refused: a link leads outside the document's folder; its alt text is shown instead`,
		`line 15: image "fake.png" is not a PNG or JPEG file; its alt text is shown instead`,
		`line 17: image "missing.png" not found; its alt text is shown instead`,
		`line 19: image "img/../../secret.png" refused: it is outside the document's folder; its alt text is shown instead`,
	}
	if g := warnings(d); !reflect.DeepEqual(g, wantWarn) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(wantWarn, "\n"))
	}
	// Standard input has no folder: nothing is read.
	d, _ = Parse("<stdin>", []byte("![甲](a.png)\n"))
	d.LoadImages("")
	if d.Blocks[0].Image.Loaded() || len(d.Warnings) != 1 {
		t.Errorf("stdin: loaded %v, warnings %q", d.Blocks[0].Image.Loaded(), warnings(d))
	}
}

// Roles set over the front matter (--metadata front=...) apply too.
func TestApplyFront(t *testing.T) {
	d, err := Parse("r.md", []byte("# 报告\n\n——2026年1月26日在大会上\n\n各位代表：\n\n正文。\n"))
	if err != nil {
		t.Fatal(err)
	}
	d.Meta.Front = []string{"dateline", "salutation"}
	d.ApplyFront()
	if got := d.FrontBlock(); len(got) != 2 || d.Blocks[got[1]].Role != Salutation {
		t.Errorf("front block %v", got)
	}
	d.Meta.Front = nil
	d.ApplyFront()
	if got := d.FrontBlock(); len(got) != 0 {
		t.Errorf("front block %v after clearing the roles", got)
	}
}
