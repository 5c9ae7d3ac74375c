package markdown

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// nestedList is a list nested n deep by indentation, one item a line.
func nestedList(n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		b.WriteString(strings.Repeat("  ", k) + "- 第" + strings.Repeat("层", 1) + "\n")
	}
	return b.String()
}

func TestCheckDepth(t *testing.T) {
	cases := []struct {
		name string
		src  string
		deep bool
	}{
		{"33 quotes", strings.Repeat("> ", 33) + "深\n", true},
		{"32 quotes", strings.Repeat("> ", 32) + "深\n", false},
		{"33 lists on one line", strings.Repeat("- ", 33) + "深\n", true},
		{"32 lists on one line", strings.Repeat("- ", 32) + "深\n", false},
		{"lists and quotes on one line", strings.Repeat("- > ", 16) + "- 深\n", true},
		{"lists nested by indentation", nestedList(40), true},
		{"32 lists nested by indentation", nestedList(32), false},
		{"quotes continued line by line", strings.Repeat(strings.Repeat("> ", 20)+"\n", 0) + strings.Repeat("> ", 20) + "一\n" + strings.Repeat("> ", 20) + "> > > > > > > > > > > > > 二\n", true},
		{"quotes in a fenced code block", "```\n" + strings.Repeat("> ", 40) + "\n```\n", false},
		{"tilde fence in a list", "- ~~~\n  " + strings.Repeat("> ", 40) + "\n  ~~~\n", false},
		{"indented code", "    " + strings.Repeat("> ", 40) + "\n", false},
		{"indented code after a quote marker and a tab", ">>>>\t " + strings.Repeat("> ", 40) + "\n", false},
		{"quote markers after a tab that ends at the marker", ">>>\t" + strings.Repeat("> ", 40) + "\n", true},
		{"thematic breaks", strings.Repeat("- ", 40) + "\n" + strings.Repeat("* ", 40) + "\n", false},
		{"empty items", strings.Repeat("-\n", 40), false},
		{"ordered markers after a paragraph", "正文\n" + strings.Repeat("2. ", 20) + "续\n", false},
		{"ordered markers", strings.Repeat("1. ", 33) + "深\n", true},
		{"quotes in front matter", "---\ntitle: 标题\n" + strings.Repeat("> ", 40) + "\n---\n正文\n", false},
		{"plain text", "# 标题\n\n正文。\n\n> 引文\n\n- 一\n  - 二\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckDepth([]byte(c.src))
			if err != nil && !c.deep {
				t.Errorf("CheckDepth: %v, want deep=%v", err, c.deep)
			}
			if err != nil && !errors.Is(err, ErrTooDeep) {
				t.Errorf("%v is not ErrTooDeep", err)
			}
			// Parse agrees whenever the scan refuses; its own answer is the
			// reference for the cases the scan accepts as well.
			_, perr := Parse("x.md", []byte(c.src))
			if c.deep != errors.Is(perr, ErrTooDeep) {
				t.Errorf("Parse: %v, want deep=%v", perr, c.deep)
			}
		})
	}
}

// TestCheckDepthRefusesHostile: nesting far past the limit is refused
// by the scan, before any parsing.
func TestCheckDepthRefusesHostile(t *testing.T) {
	for name, src := range map[string]string{
		"quotes":                        strings.Repeat("> ", 2*MaxDepth+1) + "深\n",
		"lists on one line":             strings.Repeat("- ", 2*MaxDepth+1) + "深\n",
		"lists nested by indentation":   nestedList(2*MaxDepth + 1),
		"quotes continued line by line": strings.Repeat("> ", 40) + "一\n" + strings.Repeat("> ", 70) + "二\n",
	} {
		if err := CheckDepth([]byte(src)); !errors.Is(err, ErrTooDeep) {
			t.Errorf("%s: CheckDepth gives %v", name, err)
		}
	}
}

// FuzzCheckDepth checks that the scan never refuses what Parse accepts.
func FuzzCheckDepth(f *testing.F) {
	f.Add(strings.Repeat("> ", 33) + "x\n")
	f.Add(nestedList(20))
	f.Add("正文\n2. 2. 2. x\n- > - > 1. x\n```\n> > >\n```\n")
	f.Add("- a\n\n  - b\n\n    > c\n    > > d\n")
	f.Add("---\ntitle: x\n---\n> > > x\n")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || CheckDepth([]byte(src)) == nil {
			return // the command decodes text before it checks
		}
		if _, err := Parse("f.md", []byte(src)); !errors.Is(err, ErrTooDeep) && !errors.Is(err, ErrFrontMatter) {
			t.Fatalf("CheckDepth refuses, Parse gives %v", err)
		}
	})
}

// BenchmarkCheckDepth scans a 25 MB list nested by indentation: the scan
// refuses it at the 17th line, and reads a deep but acceptable document
// of the same size to its end.
func BenchmarkCheckDepth(b *testing.B) {
	hostile := []byte(strings.Repeat(nestedList(3000), 1))
	for len(hostile) < 25<<20 {
		hostile = append(hostile, hostile...)
	}
	flat := []byte(strings.Repeat(nestedList(16)+"\n正文。\n\n", 25<<20/400))
	b.Run("hostile-25MB", func(b *testing.B) {
		b.SetBytes(int64(len(hostile)))
		for range b.N {
			if CheckDepth(hostile) == nil {
				b.Fatal("accepted")
			}
		}
	})
	b.Run("deep-but-fine-25MB", func(b *testing.B) {
		b.SetBytes(int64(len(flat)))
		for range b.N {
			if err := CheckDepth(flat); err != nil {
				b.Fatal(err)
			}
		}
	})
}
