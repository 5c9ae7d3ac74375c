package markdown

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// The structure writers show, derived once from the document: the title
// block, the front block, the section tree, heading anchors and the words
// a writer adds itself in the document's language.

// titleIndex is the index of the document's "#" heading: the first
// level-1 heading of the top level, -1 when there is none.
func (d *Document) titleIndex() int {
	for i, b := range d.Blocks {
		if b.Kind == Heading && b.Level == 1 {
			return i
		}
	}
	return -1
}

// TitleBlock is what a title page (or the head of the first page) shows.
type TitleBlock struct {
	// Block is the index of the "#" heading in Blocks, which writers show
	// here instead of in the body; -1 when the title comes from the front
	// matter alone.
	Block    int
	Title    []Span // the heading's spans, or the front matter title
	Subtitle string
	// Author is the author line to print: empty when the front block
	// already names the speaker or has a byline.
	Author string
	// Front are the indexes in Blocks of the front block's dateline,
	// speaker, byline and source lines, set centred under the title. The
	// salutation is not among them: it opens the body.
	Front []int
}

// TitleText is the title as plain text.
func (t TitleBlock) TitleText() string { return spansText(t.Title) }

// TitleBlock derives the title block.
func (d *Document) TitleBlock() TitleBlock {
	t := TitleBlock{Block: d.titleIndex(), Subtitle: d.Meta.Subtitle, Author: d.Meta.Author}
	if t.Block >= 0 {
		t.Title = d.Blocks[t.Block].Spans
	} else if d.Meta.Title != "" {
		t.Title = []Span{{Text: d.Meta.Title}}
	}
	for _, i := range d.FrontBlock() {
		switch d.Blocks[i].Role {
		case Speaker, Byline:
			t.Author = ""
		}
		if d.Blocks[i].Role != Salutation {
			t.Front = append(t.Front, i)
		}
	}
	return t
}

// FrontBlock returns the indexes in Blocks of the paragraphs that have a
// role, in order.
func (d *Document) FrontBlock() []int {
	var out []int
	for i, b := range d.Blocks {
		if b.Kind == Paragraph && b.Role != "" {
			out = append(out, i)
		}
	}
	return out
}

// frontStart is where the front block starts: right after the title.
func (d *Document) frontStart() int {
	return d.titleIndex() + 1
}

// assignRoles gives the paragraphs after the title the roles the front
// matter lists; mismatches are reported at the line of the "front" key.
func (d *Document) assignRoles(line int) {
	if len(d.Meta.Front) == 0 {
		return
	}
	i := d.frontStart()
	for k, r := range d.Meta.Front {
		if i >= len(d.Blocks) || d.Blocks[i].Kind != Paragraph {
			d.warn(line, "front lists %d roles but only %d paragraphs follow the title: %s left without a paragraph",
				len(d.Meta.Front), k, strings.Join(d.Meta.Front[k:], ", "))
			return
		}
		if knownRole(Role(r)) {
			d.Blocks[i].Role = Role(r)
		} else {
			d.warn(line, "front: unknown role %q (want %s): paragraph at line %d left as body text", r, joinRoles(Roles), d.Blocks[i].Line)
		}
		i++
	}
}

// ApplyFront gives the paragraphs after the title the roles Meta.Front
// lists, when they have others: after Meta.Front was set over the front
// matter (--metadata front=...). Mismatches are reported in Warnings.
func (d *Document) ApplyFront() {
	var have []string
	for _, i := range d.FrontBlock() {
		have = append(have, string(d.Blocks[i].Role))
	}
	if slices.Equal(have, d.Meta.Front) {
		return
	}
	for _, i := range d.FrontBlock() {
		d.Blocks[i].Role = ""
	}
	d.assignRoles(0)
}

func joinRoles(rs []Role) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// frontRoles is the "front" list Format writes: the front matter's, or
// the roles of the paragraphs after the title.
func (d *Document) frontRoles() []string {
	if len(d.Meta.Front) > 0 {
		return d.Meta.Front
	}
	var out []string
	for i := d.frontStart(); i < len(d.Blocks) && d.Blocks[i].Kind == Paragraph && d.Blocks[i].Role != ""; i++ {
		out = append(out, string(d.Blocks[i].Role))
	}
	return out
}

// Section is a node of the heading tree: Index is the position of the
// heading block in Blocks.
type Section struct {
	Title    string
	ID       string
	Level    int
	Index    int
	Children []*Section
}

// Sections returns the tree of level-2 and level-3 headings of the top
// level (the title is not a section). A level-3 heading before any
// level-2 one becomes a top-level entry, so nothing is dropped.
func (d *Document) Sections() []*Section {
	var top []*Section
	var cur *Section
	for i, b := range d.Blocks {
		if b.Kind != Heading || b.Level < 2 {
			continue
		}
		s := &Section{Title: b.Text(), ID: b.ID, Level: b.Level, Index: i}
		if b.Level == 2 || cur == nil {
			top = append(top, s)
			if b.Level == 2 {
				cur = s
			}
			continue
		}
		cur.Children = append(cur.Children, s)
	}
	return top
}

// Slug is the anchor form of a heading's text: lower case, letters and
// digits kept (CJK included), spaces made hyphens, other marks dropped, as
// GitHub and pandoc make them.
func Slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ' || r == '\u3000':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// assignIDs gives every heading a unique ID: its slug, made a valid XML
// name ("h-" before one that does not start with a letter), numbered when
// it repeats.
func (d *Document) assignIDs() {
	seen := map[string]bool{}
	next := map[string]int{} // the number to try next for a repeated base
	d.Walk(func(b *Block, _ int) bool {
		if b.Kind != Heading {
			return true
		}
		base := Slug(b.Text())
		if r := []rune(base + "0")[0]; !unicode.IsLetter(r) && r != '_' {
			base = "h-" + base
		}
		id := base
		for n := max(next[base], 2); seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
			next[base] = n + 1
		}
		seen[id] = true
		b.ID = id
		return true
	})
}

// resolveLinks points "#anchor" links at heading IDs; an anchor that names
// no heading loses its link (with a warning) and keeps its text.
func (d *Document) resolveLinks() {
	ids := map[string]string{}
	d.Walk(func(b *Block, _ int) bool {
		if b.Kind == Heading {
			ids[b.ID] = b.ID
			if s := Slug(b.Text()); ids[s] == "" {
				ids[s] = b.ID
			}
		}
		return true
	})
	fix := func(spans []Span, line int) []Span {
		dropped := false
		for i := range spans {
			l := spans[i].Link
			if !strings.HasPrefix(l, "#") {
				continue
			}
			frag := l[1:]
			if u, err := url.PathUnescape(frag); err == nil {
				frag = u
			}
			id := ids[frag]
			if id == "" {
				id = ids[Slug(frag)]
			}
			if id == "" {
				d.warn(line, "link to %q dropped, its text kept: no heading has that anchor", l)
				spans[i].Link = ""
				dropped = true
				continue
			}
			spans[i].Link = "#" + id
		}
		if dropped {
			return normalSpans(spans) // the text joins its neighbours
		}
		return spans
	}
	d.Walk(func(b *Block, _ int) bool {
		b.Spans = fix(b.Spans, b.Line)
		if b.Table != nil {
			for i, c := range b.Table.Head {
				b.Table.Head[i] = fix(c, b.Line)
			}
			for _, r := range b.Table.Rows {
				for i, c := range r {
					r[i] = fix(c, b.Line)
				}
			}
		}
		return true
	})
}

// Labels are the words a writer adds to a document in its language.
type Labels struct {
	Contents  string // heading of the table of contents
	Cover     string
	TitlePage string
	Start     string // where the text begins (EPUB landmark)
	Notes     string // heading of a section's footnotes
}

// LabelsFor picks the labels for a BCP 47 tag ("" counts as zh-CN, the
// dialect's default); languages without their own labels get English
// ones.
func LabelsFor(lang string) Labels {
	english := Labels{Contents: "Contents", Cover: "Cover", TitlePage: "Title Page", Start: "Start", Notes: "Notes"}
	if lang == "" {
		lang = "zh-CN"
	}
	tag, err := language.Parse(lang)
	if err != nil {
		return english
	}
	base, _ := tag.Base()
	switch base.String() {
	case "zh":
		if script, _ := tag.Script(); script.String() == "Hant" {
			return Labels{Contents: "目錄", Cover: "封面", TitlePage: "扉頁", Start: "正文", Notes: "註釋"}
		}
		return Labels{Contents: "目录", Cover: "封面", TitlePage: "扉页", Start: "正文", Notes: "注释"}
	case "ja":
		return Labels{Contents: "目次", Cover: "表紙", TitlePage: "扉", Start: "本文", Notes: "注"}
	}
	return english
}
