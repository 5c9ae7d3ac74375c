package convert

import "testing"

func TestHyphenGlue(t *testing.T) {
	doc := []line{
		{text: "a business-like fashion as any other government"},
		{text: "through short-term certificates; therefore we act"},
		{text: "the Fellow-Citizens of the well known nation"},
	}
	v := newVocabulary(doc)
	for _, c := range []struct {
		a, b string
		cut  int
		ok   bool
	}{
		{"the wrong that their go-", "vernment was", 1, true},   // "government" is in the document
		{"I think, there-", "fore, that it", 1, true},           // so is "therefore"
		{"necessitate unreasonable taxa-", "tion; in", 1, true}, // no evidence, no compound rule
		{"in as business-", "like a fashion", 0, true},          // the document writes "business-like"
		{"through short-", "term loans", 0, true},
		{"to our Fellow-", "Citizens of", 0, true}, // capitalized second part
		{"a well-", "known fact", 0, true},         // compound head, both words known
		{"twenty-", "one states", 0, true},         // a number
		{"a self-", "governing people", 0, true},   // a strong compound head
		{"the so-", "called reform", 1, true},      // weak head, "called" not in the document
		{"a trans-", "formation of", 1, true},      // no evidence, no rule
		{"a ship-to-", "shore link", 0, true},      // a compound of several words
		{"a one-in-a-", "hundred-year flood", 0, true},
		{"Lincoln's -", "a sentence", 0, false},
		{"the year 1920-", "21 budget", 0, false},
		{"no hyphen", "here", 0, false},
	} {
		g, ok := hyphenGlue(c.a, c.b, v)
		if ok != c.ok || g.cut != c.cut || g.sep != "" {
			t.Errorf("hyphenGlue(%q, %q) = %+v, %v; want cut %d ok %v", c.a, c.b, g, ok, c.cut, c.ok)
		}
	}
}
