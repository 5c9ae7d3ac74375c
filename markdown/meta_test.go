package markdown

import (
	"reflect"
	"strings"
	"testing"
)

func TestMetaKeys(t *testing.T) {
	md := "---\ntitle: T\nauthor: [张三, 李四]\nrights: CC BY 4.0\npublisher: 出版社\nidentifier: urn:uuid:0f0e0d0c-0b0a-4908-8706-050403020100\n" +
		"date: 2024-03-05\ncover-image: img/cover.jpg\nkeywords: 城市, 更新\nsubject: [年度, 城市]\nlang: zh_CN\ntoc: true\nauther: x\n---\n\n正文。\n"
	d, err := Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	m := d.Meta
	want := Meta{Title: "T", Author: "张三、李四", Authors: []string{"张三", "李四"}, Lang: "zh-CN", Rights: "CC BY 4.0",
		Publisher: "出版社", Identifier: "urn:uuid:0f0e0d0c-0b0a-4908-8706-050403020100", Date: "2024-03-05",
		CoverImage: "img/cover.jpg", Keywords: []string{"城市", "更新", "年度"}}
	warnings := m.Warnings
	m.Warnings = nil
	if !reflect.DeepEqual(m, want) {
		t.Errorf("meta = %+v\nwant %+v", m, want)
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], `"zh_CN" corrected to "zh-CN"`) ||
		!strings.Contains(warnings[1], `unknown keys "auther", "toc" ignored`) {
		t.Errorf("warnings = %q", warnings)
	}
}

func TestBadLang(t *testing.T) {
	_, err := Parse("t.md", []byte("---\nlang: klingon\n---\n\n正文。\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "t.md: broken front matter: lang: ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v", err)
	}
}

func TestCheckLang(t *testing.T) {
	for _, c := range []struct{ in, tag, warn, err string }{
		{"zh-CN", "zh-CN", "", ""},
		{"zh-cn", "zh-CN", "", ""},
		{"zh_CN", "zh-CN", "corrected", ""},
		{"zh_TW.UTF-8", "zh-TW", "corrected", ""},
		{"zh-Hant-TW", "zh-Hant-TW", "", ""},
		{"EN", "en", "", ""},
		{"klingon", "", "", "not a BCP 47"},
		{"xx", "", "", "not a BCP 47"},
		{"", "", "", "empty"},
	} {
		tag, warn, err := CheckLang(c.in)
		if tag != c.tag || !strings.Contains(warn, c.warn) || (c.warn == "") != (warn == "") ||
			(err == nil) != (c.err == "") || err != nil && !strings.Contains(err.Error(), c.err) {
			t.Errorf("CheckLang(%q) = %q, %q, %v", c.in, tag, warn, err)
		}
	}
}

func TestDetectLang(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Fellow citizens of the Senate and the House.", "en"},
		{"政府工作报告摘编，把牢高质量发展主动权。", "zh-CN"},
		{"吾輩は猫である。名前はまだ無い。", "ja"},
		{"대한민국 헌법 제1조", "ko"},
		{"The term 经济 means economy in Chinese, as most readers of this English text know.", "en"},
		{"2024 — 12", "zh-CN"},
	} {
		if got := DetectLang(c.text); got != c.want {
			t.Errorf("DetectLang(%q) = %s, want %s", c.text, got, c.want)
		}
	}
	d, err := Parse("e.md", []byte("# Report\n\nAn English document with no front matter.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Lang != "en" || !d.Meta.LangGuessed {
		t.Errorf("lang of an English file without lang = %q (guessed %v)", d.Meta.Lang, d.Meta.LangGuessed)
	}
}

func TestAuthors(t *testing.T) {
	for _, c := range []struct {
		src, author string
		authors     []string
	}{
		{"author: 董艳竹 王红", "董艳竹 王红", []string{"董艳竹", "王红"}},
		{"author: Ann Lee", "Ann Lee", []string{"Ann Lee"}},
		{"author: Ann Lee and Bo Chan", "Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}},
		{"author: 张三、李四，王五", "张三、李四，王五", []string{"张三", "李四", "王五"}},
		{"lang: en\nauthor: [Ann, Bo, Cy]", "Ann, Bo, and Cy", []string{"Ann", "Bo", "Cy"}},
		{"lang: en\nauthors: [Ann, Bo]", "Ann and Bo", []string{"Ann", "Bo"}},
	} {
		d, err := Parse("a.md", []byte("---\n"+c.src+"\n---\n\ntext\n"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Meta.Author != c.author || !reflect.DeepEqual(d.Meta.Authors, c.authors) {
			t.Errorf("%q: author %q %q, want %q %q", c.src, d.Meta.Author, d.Meta.Authors, c.author, c.authors)
		}
	}
}

func TestOverride(t *testing.T) {
	d, err := Parse("o.md", []byte("---\ntitle: Old\nauthor: [甲, 乙]\nkeywords: [a]\n---\n\n正文。\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := d.Meta
	fields := []Field{{"title", "New"}, {"author", "Ann"}, {"author", "Bo"}, {"lang", "en"}, {"Publisher", "P"}, {"colour", "red"}}
	if err := m.Override(fields); err != nil {
		t.Fatal(err)
	}
	if m.Title != "New" || m.Author != "Ann and Bo" || !reflect.DeepEqual(m.Authors, []string{"Ann", "Bo"}) || m.Lang != "en" ||
		m.Publisher != "P" || !reflect.DeepEqual(m.Keywords, []string{"a"}) {
		t.Errorf("after override: %+v", m)
	}
	if len(m.Warnings) != 1 || !strings.Contains(m.Warnings[0], `metadata: unknown key "colour"`) {
		t.Errorf("warnings = %q", m.Warnings)
	}
	if err := m.Override([]Field{{"lang", "nonsense!"}}); err == nil {
		t.Error("a bad language tag was accepted")
	}
	for _, c := range []struct {
		in   string
		want Field
		err  bool
	}{
		{"title=A=B", Field{"title", "A=B"}, false},
		{"lang:en", Field{"lang", "en"}, false},
		{"draft", Field{"draft", "true"}, false},
		{"=x", Field{}, true},
	} {
		f, err := ParseField(c.in)
		if f != c.want || (err != nil) != c.err {
			t.Errorf("ParseField(%q) = %v, %v", c.in, f, err)
		}
	}
}

func TestIdentifierURN(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"978-7-5086-1063-4", "urn:isbn:9787508610634", true},
		{"ISBN 0-306-40615-2", "urn:isbn:0306406152", true},
		{"978-7-5086-1063-3", "urn:isbn:9787508610633", false},
		{"0F0E0D0C-0B0A-4908-8706-050403020100", "urn:uuid:0f0e0d0c-0b0a-4908-8706-050403020100", true},
		{"https://example.org/book/1", "https://example.org/book/1", true},
		{"report-2024", "report-2024", true},
	} {
		got, ok := IdentifierURN(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("IdentifierURN(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
