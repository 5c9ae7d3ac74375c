package convert

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xwidth "golang.org/x/text/width"

	"github.com/cjk-publish/publish/markdown"
	"github.com/cjk-publish/publish/source"
)

// sampleText is the bundled sample as Normalize receives it.
func sampleText(t testing.TB) string {
	t.Helper()
	txt, err := source.Decode(source.SampleName, source.Sample(), "auto")
	if err != nil {
		t.Fatal(err)
	}
	return txt.Body
}

// corpusDocs returns the damaged.txt files of the development corpus, or
// skips when the corpus is not there.
func corpusDocs(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*", "damaged.txt"))
	if len(files) == 0 {
		t.Skip("development corpus ../../shared/corpus not found; skipping corpus checks")
	}
	return files
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// applyPasses runs the given passes over raw text.
func applyPasses(text string, passes ...pass) *draft {
	d := newDraft(cleanInput(text), Options{})
	for _, p := range passes {
		p.apply(d)
	}
	return d
}

// fold maps the characters the character repairs may change onto one
// form, so that conservation can be checked across them.
func fold(s string) []rune {
	var out []rune
	for _, r := range xwidth.Narrow.String(s) {
		switch {
		case unicode.IsSpace(r):
			continue
		case strings.ContainsRune("“”\"", r):
			r = '"'
		case strings.ContainsRune("‘’'", r):
			r = '\''
		case r == '∙':
			r = '·'
		case r == '‐' || r == '‑':
			r = '-'
		}
		out = append(out, r)
	}
	return out
}

// markdownEscape is a backslash escape of an ASCII mark.
var markdownEscape = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")

// conservationError checks that every non-whitespace character of in is
// in out, in order, except the text the report names as removed. It
// returns "" when conservation holds. A character removed is taken from
// the right of its line first; where that leaves the order broken, the
// same character further left is tried, one removal at a time (the
// report names what it removed, not where: "00%1 省0010" loses the 1
// after the %).
func conservationError(in string, r *Result) string {
	type removal struct {
		no   int
		text string
		d    Decision
	}
	var removals []removal
	// The output's text as it reads, its Markdown escapes resolved: a
	// moved line with a backtick is "\`" in the Markdown.
	out := string(fold(html.UnescapeString(markdownEscape.ReplaceAllString(r.Markdown, "$1"))))
	for _, d := range r.Report {
		if d.Moved != "" {
			// Text moved elsewhere is checked apart from the order, a
			// line of it per input line from d.Line on.
			for k, m := range strings.Split(d.Moved, "\n") {
				if !strings.Contains(out, string(fold(m))) {
					return "moved text is not in the output: " + d.String()
				}
				removals = append(removals, removal{d.Line + k, m, d})
			}
		}
		if d.Removed != "" {
			removals = append(removals, removal{d.Line, d.Removed, d})
		}
	}
	orig := strings.Split(cleanInput(in), "\n")
	// apply removes every removal, removal i skipping skip occurrences
	// from the right; ok is false where an occurrence is missing.
	apply := func(i, skip int) (string, bool) {
		lines := slices.Clone(orig)
		for k, rm := range removals {
			if rm.no < 1 || rm.no > len(lines) {
				return "report names a line out of range: " + rm.d.String(), false
			}
			l := strings.Join(strings.Fields(lines[rm.no-1]), "")
			n := 0
			if k == i {
				n = skip
			}
			l, ok := deleteRightmostSkipping(l, strings.Join(strings.Fields(rm.text), ""), n)
			if !ok {
				return "report says it removed text that is not on its line: " + rm.d.String(), false
			}
			lines[rm.no-1] = l
		}
		return strings.Join(lines, "\n"), true
	}
	text, ok := apply(-1, 0)
	if !ok {
		return text
	}
	msg := inOrder(fold(text), fold(r.Markdown))
	for i := 0; msg != "" && i < len(removals); i++ {
		if utf8.RuneCountInString(removals[i].text) != 1 {
			continue
		}
		for skip := 1; ; skip++ {
			t, ok := apply(i, skip)
			if !ok {
				break
			}
			if inOrder(fold(t), fold(r.Markdown)) == "" {
				return ""
			}
		}
	}
	return msg
}

// inOrder reports where want is not a subsequence of got ("" where it is).
func inOrder(want, got []rune) string {
	j := 0
	for i, c := range want {
		for j < len(got) && got[j] != c {
			j++
		}
		if j == len(got) {
			lo := max(0, i-20)
			return "character lost: " + string(want[lo:i]) + "[" + string(c) + "]" + string(want[i+1:min(len(want), i+20)])
		}
		j++
	}
	return ""
}

// sameFolded reports whether a and b are one character as fold reads
// them: a repair reported as narrowing "７" may go on to remove the "7".
func sameFolded(a, b rune) bool {
	fa, fb := fold(string(a)), fold(string(b))
	return len(fa) == 1 && len(fb) == 1 && fa[0] == fb[0]
}

// deleteRightmostSkipping deletes the rightmost embedding of sub (as a
// subsequence) from s, a character matching its folded form, left of
// the skip rightmost places where sub's last character is.
func deleteRightmostSkipping(s, sub string, skip int) (string, bool) {
	rs, sr := []rune(s), []rune(sub)
	pos := len(rs)
	for ; skip > 0 && len(sr) > 0; skip-- {
		p := pos - 1
		for p >= 0 && rs[p] != sr[len(sr)-1] && !sameFolded(rs[p], sr[len(sr)-1]) {
			p--
		}
		if p < 0 {
			return s, false
		}
		pos = p
	}
	drop := map[int]bool{}
	for k := len(sr) - 1; k >= 0; k-- {
		p := pos - 1
		for p >= 0 && rs[p] != sr[k] && !sameFolded(rs[p], sr[k]) {
			p--
		}
		if p < 0 {
			return s, false
		}
		drop[p] = true
		pos = p
	}
	var b strings.Builder
	for i, r := range rs {
		if !drop[i] {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// roundTripError parses the Markdown of a repaired draft with the
// project's reader and compares every block with the normalized text.
func roundTripError(d *draft) string {
	md := d.markdown()
	parsed, err := markdown.Parse("out.md", []byte(md))
	if err != nil {
		return err.Error()
	}
	if parsed.Meta.Title != d.meta.title && d.meta.title != "" {
		return "title " + parsed.Meta.Title + " != " + d.meta.title
	}
	if parsed.Meta.Subtitle != d.meta.subtitle || parsed.Meta.Author != d.meta.author {
		return "subtitle or author changed: " + parsed.Meta.Subtitle + " / " + parsed.Meta.Author
	}
	if len(parsed.Blocks) != len(d.blocks) {
		return "block count changed"
	}
	for i, b := range d.blocks {
		p := parsed.Blocks[i]
		if p.Text() != b.text {
			return "block text changed: " + p.Text() + " != " + b.text
		}
		want := map[kind]markdown.Kind{paragraph: markdown.Paragraph, heading: markdown.Heading, deck: markdown.Deck, byline: markdown.Paragraph, label: markdown.Paragraph, table: markdown.Table}[b.kind]
		if p.Kind != want || (b.kind == heading && p.Level != b.level) {
			return "block kind changed: " + b.text
		}
	}
	return ""
}
