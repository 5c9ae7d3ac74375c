package convert

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cjk-publish/publish/markdown"
)

// TestClassesMatchUnicode holds the fast paths of the character classes
// to their definitions over every code point.
func TestClassesMatchUnicode(t *testing.T) {
	for _, c := range []struct {
		name string
		fast func(rune) bool
		want func(rune) bool
	}{
		{"isSpace", isSpace, unicode.IsSpace},
		{"isHan", isHan, func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"isWide", isWide, func(r rune) bool { return markdown.IsWide(r) || r == '∙' }},
	} {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if c.fast(r) != c.want(r) {
				t.Errorf("%s(%U) = %v, want %v", c.name, r, c.fast(r), c.want(r))
				break
			}
		}
	}
}

// TestHasSpace checks the byte scan against isSpace on every character
// of the Basic Multilingual Plane and its neighbours in a string.
func TestHasSpace(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "甲" + string(r) + "乙"
		if got, want := hasSpace(s), isSpace(r); got != want {
			t.Errorf("hasSpace(%q) = %v, isSpace(%U) = %v", s, got, r, want)
		}
		if got, want := hasOddSpace(s), r != ' ' && isSpace(r); got != want {
			t.Errorf("hasOddSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDecodeEdges holds decodeFirst, decodeLast, runeCount, hasOddSpace
// and alnumRuns to their plain definitions on every sequence of up to three bytes drawn from the
// bytes that matter to their fast paths, valid or not.
func TestDecodeEdges(t *testing.T) {
	var bs []byte
	for c := 0; c < 256; c += 5 {
		bs = append(bs, byte(c))
	}
	bs = append(bs, '0', '9', 'A', 'Z', 'a', 'z', 0x20, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xE1, 0xE3, 0xE4, 0xE9, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4)
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				for _, s := range []string{string([]byte{a, b, c}), string([]byte{a, b}), "甲" + string([]byte{a, b, c}) + " 乙"} {
					r, n := decodeFirst(s)
					if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
						t.Fatalf("decodeFirst(%q) = %U %d, want %U %d", s, r, n, wr, wn)
					}
					r, n = decodeLast(s)
					if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
						t.Fatalf("decodeLast(%q) = %U %d, want %U %d", s, r, n, wr, wn)
					}
					want := 0
					for _, r := range s {
						if !isSpace(r) {
							want++
						}
					}
					if got := runeCount(s); got != want {
						t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
					}
					odd := false
					for _, r := range s {
						odd = odd || r != ' ' && isSpace(r)
					}
					if got := hasOddSpace(s); got != odd {
						t.Fatalf("hasOddSpace(%q) = %v, want %v", s, got, odd)
					}
					if got, want := spaceToCollapse(s), odd || strings.Contains(s, "  "); got != want {
						t.Fatalf("spaceToCollapse(%q) = %v, want %v", s, got, want)
					}
					runs, in := 0, false
					for i := 0; i < len(s); i++ {
						now := isDigit(rune(s[i])) || isLatin(rune(s[i]))
						if now && !in {
							runs++
						}
						in = now
					}
					if got := alnumRuns(s); got != runs {
						t.Fatalf("alnumRuns(%q) = %d, want %d", s, got, runs)
					}
				}
			}
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for _, c := range []struct {
		s, next string
		want    bool
	}{
		{"发展取得新成效。", "", true},
		{"the regional director, Mr.", "Lindqvist's forty years", false},
		{"a letter from Dr.", "Carla Dunning", false},
		{"signed by John F.", "Kennedy in 1963", false},
		{"it was not easy to do.", "Before the numbers", true},
		{"grew by 1.", "5 percent", false},
		{"see the U.S.", "The report", true},
	} {
		if got := endsSentence(c.s, c.next); got != c.want {
			t.Errorf("endsSentence(%q, %q) = %v, want %v", c.s, c.next, got, c.want)
		}
	}
}

func TestIsCloserMatchesClosers(t *testing.T) {
	for _, r := range closers {
		if !isCloser(r) {
			t.Errorf("isCloser(%q) = false; it is one of closers", r)
		}
	}
	for _, r := range "。，“‘（(《〔【a1 " {
		if isCloser(r) {
			t.Errorf("isCloser(%q) = true; it is not one of closers", r)
		}
	}
}

func TestEndMark(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want rune
	}{
		{"", 0},
		{"增长。", '。'},
		{"他说：“好。”", '。'},
		{"（见附件）。」", '。'},
		{"”）", '）'},
		{"abc'", 'c'},
	} {
		if got := endMark(tc.in); got != tc.want {
			t.Errorf("endMark(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTrimAndIndexSpace holds trimSpace and indexSpace to the strings
// functions they stand for.
func TestTrimAndIndexSpace(t *testing.T) {
	var rs []rune
	for r := rune(0); r <= 0x3001; r++ {
		if isSpace(r) || r < 0x80 && r%7 == 0 || r == 0x3001 {
			rs = append(rs, r)
		}
	}
	edges := []string{"", "甲", "a", "\xe2\x80", "\xe2", "\xff"}
	for _, r := range rs {
		edges = append(edges, string(r))
	}
	for _, a := range edges {
		for _, b := range edges {
			for _, mid := range []string{"", "甲乙", " ", "甲 乙", "\u3000"} {
				s := a + mid + b
				if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
					t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
				}
				if got, want := indexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
					t.Fatalf("indexSpace(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}

func TestByteBefore(t *testing.T) {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"增长7.9%6，", true},
		{"增长7.9%，占比5%", false},
		{"5%，又6%2", true},
		{"%", false},
		{"", false},
	} {
		if got := byteBefore(tc.s, '%', digit); got != tc.want {
			t.Errorf("byteBefore(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestScansAfterBrokenLead: a lead byte without its continuation bytes
// hides none of the bytes after it from the byte scans.
func TestScansAfterBrokenLead(t *testing.T) {
	if !hasControl("中\xE4\x01文") {
		t.Error("hasControl misses a control byte after a broken lead")
	}
	if !mayNeedRepair("中\xE5,文") {
		t.Error("mayNeedRepair misses a comma after a broken lead")
	}
	if _, _, _, _, digit := markCues("中\xE61文"); !digit {
		t.Error("markCues misses a digit after a broken lead")
	}
	if !spaceToCollapse("中\xE7\t文") || !hasSpaceRun("中\xE8  文", 2) {
		t.Error("the space scans miss white space after a broken lead")
	}
}

// TestWidthOfMarks: width's shortcuts for CJK marks count as the
// decoded rune does.
func TestWidthOfMarks(t *testing.T) {
	for _, span := range [][2]rune{{0x2FF0, 0x3100}, {0xFEF0, 0xFF80}} {
		for r := span[0]; r < span[1]; r++ {
			want := 1
			switch {
			case isSpace(r):
				want = 0
			case isWide(r):
				want = 2
			}
			if got := width("a" + string(r)); got != 1+want {
				t.Errorf("width(%U) = %d, want %d", r, got-1, want)
			}
		}
	}
}

// TestMarkSetsHaveNoHan: markIn skips Chinese characters, so the sets it
// searches must hold none.
func TestMarkSetsHaveNoHan(t *testing.T) {
	for _, set := range []string{noStart, softEnds, terminals, squareMarks} {
		for _, r := range set {
			if r >= 0x4E00 && r <= 0x9FFF {
				t.Errorf("%q holds the Chinese character %q", set, r)
			}
		}
	}
}

// TestAlnumRunsAfterBrokenLead: a lead byte without its continuation
// bytes hides no letter or digit after it.
func TestAlnumRunsAfterBrokenLead(t *testing.T) {
	if got := alnumRuns("中\xE4A文\xE51\x80b"); got != 3 {
		t.Errorf("alnumRuns = %d, want 3", got)
	}
}
