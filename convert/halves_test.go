package convert

import (
	"path/filepath"
	"reflect"
	"testing"
)

// normalizeBothWays normalizes text in one pass and with every analysis
// that can split its work split, however short the document, and reports
// the first difference ("" for none).
func normalizeBothWays(text string) string {
	defer func(n int) { halfMin = n }(halfMin)
	halfMin = 1 << 30
	one := Normalize(text, Options{Name: "halves.txt"})
	halfMin = 1
	split := Normalize(text, Options{Name: "halves.txt"})
	switch {
	case one.Markdown != split.Markdown:
		return "Markdown differs:\n" + one.Markdown + "\n----\n" + split.Markdown
	case !reflect.DeepEqual(one.Report, split.Report):
		return "report differs"
	}
	return ""
}

// TestHalvesMatchOnePass: reading a document in halves changes nothing.
func TestHalvesMatchOnePass(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "real", "*", "damaged.txt"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*", "damaged.txt"))
	texts := map[string]string{"sample": sampleText(t)}
	for _, f := range append(files, corpus...) {
		texts[f] = readFile(t, f)
	}
	for name, text := range texts {
		if msg := normalizeBothWays(text); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
}

// FuzzHalves: on arbitrary text, reading in halves changes nothing.
func FuzzHalves(f *testing.F) {
	for _, seed := range []string{
		" 政府工作报告摘编\n\n把牢高质量发展主动权\n全力稳住经济大盘\n\n1月4日上午，市长何雄向大会作政府工作报告。\n",
		"工会、妇女儿童、青少年等事业实现新\n2026年河北省  16\n进步。\n",
		"指标            2024年      2025年      增长\n地区生产总值    4.93        5.20        5.6%\n",
		"the wrong that their go-\nvernment was attempting\n$1,542,000,0\n00, while\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if msg := normalizeBothWays(text); msg != "" {
			t.Fatalf("on %q: %s", text, msg)
		}
	})
}

// TestSameEachRun: a document reads the same every time; nothing may
// depend on the order Go's maps are read in, which changes each run.
func TestSameEachRun(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "real", "*", "damaged.txt"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*", "damaged.txt"))
	for _, f := range append(files, corpus...) {
		text := readFile(t, f)
		first := Normalize(text, Options{})
		for range 4 {
			again := Normalize(text, Options{})
			if again.Markdown != first.Markdown || !reflect.DeepEqual(again.Report, first.Report) {
				t.Errorf("%s: reads otherwise on another run", f)
				break
			}
		}
	}
}
