package convert

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Real damage: documents typeset as newspaper pages, printed to PDF and
// read back by pdftotext (default and -layout) or Tesseract OCR. The
// cases in testdata/real were made so by scripts/realcases from truths of
// our own, in page styles apart from those of ../shared/corpus-real, whose
// cases are read too when that folder is there.

// realCase is a damaged text with its truth.
type realCase struct {
	name, dir string
}

func realCases(t testing.TB) []realCase {
	t.Helper()
	var cases []realCase
	for _, pattern := range []string{filepath.Join("testdata", "real", "*"), filepath.Join("..", "..", "shared", "corpus-real", "*")} {
		dirs, _ := filepath.Glob(pattern)
		for _, d := range dirs {
			if _, err := os.Stat(filepath.Join(d, "truth.md")); err == nil {
				cases = append(cases, realCase{filepath.Base(d), d})
			}
		}
	}
	if len(cases) == 0 {
		t.Fatal("no real-damage cases in testdata/real")
	}
	return cases
}

// TestRealDamage checks on every real-damage case what must hold
// whatever the damage: every character of the input is in the output or
// named as removed by the report, the truth loses no more characters than
// the damage had already lost (the normalizer removes no text), the
// Markdown reads back, and normalizing twice changes nothing.
func TestRealDamage(t *testing.T) {
	for _, c := range realCases(t) {
		t.Run(c.name, func(t *testing.T) {
			in := readFile(t, filepath.Join(c.dir, "damaged.txt"))
			truth := truthText(readFile(t, filepath.Join(c.dir, "truth.md")))
			r := Normalize(in, Options{Name: "damaged.txt"})
			if r.Counts()["columns"] > 0 {
				// Columns read one after the other: the characters are
				// all there, in another order.
				if msg := multisetError(in, r); msg != "" {
					t.Errorf("conservation: %s", msg)
				}
			} else if msg := conservationError(in, r); msg != "" {
				t.Errorf("conservation: %s", msg)
			}
			out := truthText(r.Markdown)
			raw := fold(in)
			lost, damaged := missing(truth, out), missing(truth, raw)
			if r.Counts()["columns"] == 0 && lost > damaged+len(truth)/1000 {
				t.Errorf("%d characters of the truth lost, the damaged text had lost %d", lost, damaged)
			}
			if r.Counts()["columns"] > 0 && lost > len(truth)/200 {
				t.Errorf("%d characters of the truth lost", lost)
			}
			if msg := roundTripError(repair(cleanInput(in), Options{Name: "damaged.txt"})); msg != "" {
				t.Errorf("Markdown round trip: %s", msg)
			}
			if again := Normalize(r.Markdown, Options{Name: "damaged.md"}); again.Markdown != r.Markdown {
				t.Errorf("not idempotent:\n%s", firstDiff(r.Markdown, again.Markdown))
			}
		})
	}
}

// TestRealDamageScores scores the cases with the corpus scorer (when
// python3 and ../shared are there) and holds the averages per kind of
// damage to floors a little under what the normalizer reaches: a change
// that loses paragraphs, headings or titles on real damage fails here.
func TestRealDamageScores(t *testing.T) {
	python, err := exec.LookPath("python3")
	scorer := filepath.Join("..", "..", "shared", "corpus", "score.py")
	if _, serr := os.Stat(scorer); err != nil || serr != nil {
		t.Skip("python3 or ../shared/corpus/score.py not found")
	}
	floors := map[string]struct{ boundary, headings, title float64 }{
		"pdftotext": {0.95, 0.90, 0.90},
		"layout":    {0.93, 0.85, 0.90},
		"ocr":       {0.90, 0.65, 0.60},
	}
	type sums struct {
		n                         int
		boundary, headings, title float64
	}
	kinds := map[string]*sums{}
	dir := t.TempDir()
	for _, c := range realCases(t) {
		kind := c.name[strings.LastIndexByte(c.name, '-')+1:]
		if _, ok := floors[kind]; !ok {
			continue
		}
		out := filepath.Join(dir, c.name+".md")
		r := Normalize(readFile(t, filepath.Join(c.dir, "damaged.txt")), Options{Name: "damaged.txt"})
		if err := os.WriteFile(out, []byte(r.Markdown), 0o644); err != nil {
			t.Fatal(err)
		}
		raw, err := exec.Command(python, scorer, "--json", filepath.Join(c.dir, "truth.md"), out).Output()
		if err != nil {
			t.Fatalf("score.py on %s: %v", c.name, err)
		}
		var s score
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("score.py output %q: %v", raw, err)
		}
		k := kinds[kind]
		if k == nil {
			k = &sums{}
			kinds[kind] = k
		}
		k.n++
		k.boundary += s.Boundary.F1
		k.headings += s.Headings.F1
		if s.Headings.TitleOK {
			k.title++
		}
		t.Logf("%-36s boundary F1 %.3f  heading F1 %.3f  title %v", c.name, s.Boundary.F1, s.Headings.F1, s.Headings.TitleOK)
	}
	for kind, k := range kinds {
		n := float64(k.n)
		f := floors[kind]
		t.Logf("%s (%d cases): boundary F1 %.3f, heading F1 %.3f, title right %.0f%%", kind, k.n, k.boundary/n, k.headings/n, 100*k.title/n)
		if k.boundary/n < f.boundary || k.headings/n < f.headings || k.title/n < f.title {
			t.Errorf("%s: boundary F1 %.3f, heading F1 %.3f, title %.2f under the floors %+v", kind, k.boundary/n, k.headings/n, k.title/n, f)
		}
	}
}

var markup = regexp.MustCompile(`(?m)^(?:#+ |---$|[a-z-]+: .*$)|[*\\]`)

// truthText is the text of a Markdown file with its markup and
// whitespace removed, folded as conservation folds it.
func truthText(md string) []rune {
	return fold(markup.ReplaceAllString(md, ""))
}

// missing counts the characters of truth that text lacks: truth's length
// less their longest common subsequence (Myers' algorithm, linear in the
// length for texts that differ little).
func missing(truth, text []rune) int {
	n, m := len(truth), len(text)
	maxD := n + m
	v := make([]int, 2*maxD+2)
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[maxD+k-1] < v[maxD+k+1]) {
				x = v[maxD+k+1]
			} else {
				x = v[maxD+k-1] + 1
			}
			y := x - k
			for x < n && y < m && truth[x] == text[y] {
				x, y = x+1, y+1
			}
			v[maxD+k] = x
			if x >= n && y >= m {
				// d edits: deletions from truth plus insertions.
				return (d + n - m) / 2
			}
		}
	}
	return n
}

// multisetError checks that every non-whitespace character of in is in
// the output as often, except what the report names as removed.
func multisetError(in string, r *Result) string {
	have := map[rune]int{}
	for _, c := range fold(r.Markdown) {
		have[c]++
	}
	for _, d := range r.Report {
		for _, c := range fold(d.Removed) {
			have[c]++
		}
	}
	for _, c := range fold(cleanInput(in)) {
		if have[c]--; have[c] < 0 {
			return "character lost: " + string(c)
		}
	}
	return ""
}
