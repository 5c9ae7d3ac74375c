package layout

import "unicode/utf8"

// Text that repeats on many pages or belongs to the front matter is
// shortened to a few lines with an ellipsis: a hostile title of 100 000
// characters would otherwise be set on every page's running head (work
// and memory growing with pages × title), fill the contents with a single
// entry, or push the title page over dozens of pages. The text itself is
// never lost: headings are set in full in the body, and the document's
// metadata keeps the whole title.

// ellipsis ends shortened text.
const ellipsis = "…"

// maxOutline is the longest bookmark title, in characters.
const maxOutline = 200

// clip shortens text so that it sets on at most lines lines of width pt
// at size pt, ending it with an ellipsis when it had to be cut. The
// estimate adds the characters' natural advances, and leaves an em per
// line for the breaks of multi-line text.
func (fs *faceSet) clip(text string, bold bool, size, width float64, lines int) string {
	chain := fs.body
	if bold {
		chain = fs.bold
	}
	em := func(r rune) float64 {
		if a := fs.advance(chain[0], r); a > 0 {
			return a
		}
		return 1 // a character the first font lacks: a fallback sets it, about an em wide
	}
	budget := float64(lines)*width/size - em('…')
	if lines > 1 {
		budget -= float64(lines)
	}
	total := 0.0
	for i, r := range text {
		total += em(r)
		if total > budget {
			// The text up to here is within the budget: is the rest short
			// enough to fit whole?
			rest := 0.0
			for _, s := range text[i:] {
				rest += em(s)
				if total-em(r)+rest > budget+em('…') {
					return text[:i] + ellipsis
				}
			}
			return text
		}
	}
	return text
}

// clipRunes shortens text to at most n characters with an ellipsis.
func clipRunes(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	k := 0
	for i := range text {
		if k == n-1 {
			return text[:i] + ellipsis
		}
		k++
	}
	return text
}

// clipRuns shortens styled runs like clip, keeping the styles of what is
// left.
func clipRuns(fs *faceSet, runs []textRun, bold bool, size, width float64, lines int) []textRun {
	var all []byte
	for _, r := range runs {
		all = append(all, r.text...)
	}
	short := fs.clip(string(all), bold, size, width, lines)
	if len(short) == len(all) {
		return runs
	}
	keep := len(short) - len(ellipsis)
	var out []textRun
	for _, r := range runs {
		if keep <= 0 {
			break
		}
		if len(r.text) > keep {
			r.text = r.text[:keep]
		}
		keep -= len(r.text)
		out = append(out, r)
	}
	if len(out) == 0 {
		out = []textRun{{}}
	}
	out[len(out)-1].text += ellipsis
	return out
}
