package hyphen

import (
	"testing"
)

func TestHyphenate(t *testing.T) {
	tests := []struct{ lang, word, want string }{
		{"en", "hyphenation", "hy-phen-ation"},
		{"en-US", "typesetting", "type-set-ting"},
		{"en", "Democracy", "Democ-racy"},
		{"en", "associate", "as-so-ciate"}, // an exception of the pattern file
		{"en", "project", "project"},
		{"en", "the", "the"},
		{"en", "Lincoln's", "Lin-coln's"},
		{"en-GB", "organisation", "or-gan-isa-tion"},
		{"de", "Silbentrennung", "Sil-ben-tren-nung"},
		{"fr", "hyphénation", "hy-phé-na-tion"},
		{"es", "separación", "se-pa-ra-ción"},
		{"en", "1920", "1920"},
		{"en", "e-mail", "e-mail"},
	}
	for _, tc := range tests {
		p, ok := For(tc.lang)
		if !ok {
			t.Fatalf("no patterns for %s", tc.lang)
		}
		if got := p.Hyphenate(tc.word); got != tc.want {
			t.Errorf("%s %q = %q, want %q", tc.lang, tc.word, got, tc.want)
		}
	}
}

func TestFor(t *testing.T) {
	for lang, want := range map[string]string{"en": "en-us", "EN_gb": "en-gb", "en-Latn-GB": "en-gb", "de-CH": "de-1996", "pt-BR": "pt", "en-CA": "en-us"} {
		p, ok := For(lang)
		if !ok || p.Tag != want {
			t.Errorf("For(%q) = %v, %v; want %s", lang, p, ok, want)
		}
	}
	for _, lang := range []string{"zh-CN", "ja", "", "xx"} {
		if _, ok := For(lang); ok {
			t.Errorf("For(%q) found patterns", lang)
		}
	}
	for _, lang := range Languages() {
		if _, ok := For(lang); !ok {
			t.Errorf("listed language %s has no patterns", lang)
		}
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse("x", "% nothing"); err == nil {
		t.Error("a file without patterns parsed")
	}
	p, err := Parse("x", "\\patterns{ 1ba }")
	if err != nil || p.left != 2 || p.right != 3 {
		t.Fatalf("%v %v", p, err)
	}
}

func BenchmarkPoints(b *testing.B) {
	p, _ := For("en")
	words := []string{"recuperative", "indestructible", "administration", "the", "Government", "appropriations"}
	for b.Loop() {
		for _, w := range words {
			p.Points(w)
		}
	}
}

func FuzzPoints(f *testing.F) {
	f.Add("hyphenation")
	f.Add("Übergrößenträger")
	f.Fuzz(func(t *testing.T, w string) {
		p, _ := For("de")
		n := len([]rune(w))
		prev := 0
		for _, k := range p.Points(w) {
			if k <= prev || k >= n {
				t.Fatalf("%q: point %d out of order or range", w, k)
			}
			prev = k
		}
	})
}
