package convert

import (
	"strconv"
	"strings"
	"testing"
)

func TestDecisionString(t *testing.T) {
	for _, c := range []struct {
		d    Decision
		want string
	}{
		{Decision{Line: 255, EndLine: 257, Rule: "join-blank", Detail: `joined across blank line: "…全球货" + "运机场…"`}, `L255-257 joined across blank line: "…全球货" + "运机场…"`},
		{Decision{Line: 356, EndLine: 356, Rule: "letter-spacing", Detail: "removed letter-spacing"}, "L356 removed letter-spacing"},
		{Decision{Line: 419, Rule: "byline", Detail: `byline -> author "董艳竹 王红"`}, `L419 byline -> author "董艳竹 王红"`},
	} {
		if got := c.d.String(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestReportText(t *testing.T) {
	r := &Result{Report: []Decision{
		{Line: 3, EndLine: 3, Rule: "title", Detail: "title"},
		{Line: 5, EndLine: 7, Rule: "join-blank", Detail: "joined"},
		{Line: 9, EndLine: 11, Rule: "join-blank", Detail: "joined"},
	}}
	want := "L3 title\nL5-7 joined\nL9-11 joined\n\n3 decisions\njoin-blank       2\ntitle            1\n"
	if got := r.ReportText(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if c := r.Counts(); c["join-blank"] != 2 || c["title"] != 1 {
		t.Errorf("counts %v", c)
	}
}

func TestReportInInputOrder(t *testing.T) {
	r := Normalize(sampleText(t), Options{})
	for i := 1; i < len(r.Report); i++ {
		if r.Report[i].Line < r.Report[i-1].Line {
			t.Fatalf("decision %v comes after %v", r.Report[i], r.Report[i-1])
		}
	}
	if !strings.Contains(r.ReportText(), "orphan-label     2") {
		t.Error("counts per rule missing")
	}
}

func TestQuoteMatchesStrconv(t *testing.T) {
	for _, s := range []string{"", "各位代表：", `say "hi" \ ok`, "…验全国推广。", "a\tb", "\u3000全角空格", "\u200b", "Fellow-Citizens", "“四个新”、·—", "１２", "\x7f", "한국어", "\U0002A6A5"} {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if s := string(r); quote(s) != strconv.Quote(s) {
			t.Errorf("quote(%q) = %s, want %s", s, quote(s), strconv.Quote(s))
		}
	}
}

// TestAppendQuoted holds the appending forms to quote(tail(…)) and
// quote(head(…)).
func TestAppendQuoted(t *testing.T) {
	for _, s := range []string{"", "甲", "甲乙丙丁戊己庚辛", "abc", "a\"b\\c", "引“号”…—·", "tab\there", "é à", "\x00\xff甲乙丙丁戊己", "一二三四五六七"} {
		for n := 0; n < 9; n++ {
			if got, want := string(appendQuotedTail([]byte("x"), s, n)), "x"+quote(tail(s, n)); got != want {
				t.Errorf("appendQuotedTail(%q, %d) = %s, want %s", s, n, got, want)
			}
			if got, want := string(appendQuotedHead([]byte("x"), s, n)), "x"+quote(head(s, n)); got != want {
				t.Errorf("appendQuotedHead(%q, %d) = %s, want %s", s, n, got, want)
			}
		}
	}
}
