package convert

import (
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// markdown writes the draft in the project dialect: front matter, "#"
// title, "##"/"###" headings, emphasized decks, one line per paragraph,
// blocks separated by a blank line.
func (d *draft) markdown() string {
	for _, b := range d.blocks {
		if b.kind == heading && b.level == 1 {
			d.meta.title = b.text
			break
		}
	}
	return writeMarkdown(d.meta, d.blocks)
}

func writeMarkdown(m meta, blocks []block) string {
	var s strings.Builder
	size := 256
	for _, b := range blocks {
		size += len(b.text) + 8
	}
	s.Grow(size + size/16)
	s.WriteString(frontMatter(m))
	for _, b := range blocks {
		s.WriteByte('\n')
		switch b.kind {
		case heading:
			s.WriteString(strings.Repeat("#", b.level))
			s.WriteByte(' ')
			s.WriteString(escapeHeading(b.text))
		case deck:
			s.WriteString("*" + escapeInline(b.text) + "*")
		default:
			s.WriteString(escapeParagraph(b.text))
		}
		s.WriteByte('\n')
	}
	return s.String()
}

// readOwnMarkdown reads text that is already Markdown in the project
// dialect (front matter, or a "# " title first) and writes it back in
// canonical form; nil when text is not such Markdown or writing it back
// would lose a character (then it is treated as raw text).
func readOwnMarkdown(text string, opts Options) *Result {
	if !looksLikeOwnMarkdown(text) || hasControl(strings.ReplaceAll(text, "\n", " ")) {
		return nil // control characters: the raw path removes and reports them
	}
	parsed, err := markdown.Parse("", []byte(text))
	if err != nil {
		return nil
	}
	// The title becomes the "#" heading, whose spaces are collapsed when
	// it is read back: so are its own, or a second pass would change it.
	m := meta{title: collapseSpaces(strings.TrimSpace(parsed.Meta.Title)), subtitle: parsed.Meta.Subtitle,
		author: parsed.Meta.Author, lang: parsed.Meta.Lang, source: parsed.Meta.Source, front: parsed.Meta.Front}
	if m.source == "" {
		m.source = opts.Name
	}
	var blocks []block
	for _, b := range parsed.Blocks {
		t := collapseSpaces(strings.TrimSpace(b.Marker + b.Text()))
		if t == "" {
			continue
		}
		nb := block{kind: paragraph, text: t, first: b.Line, last: b.Line}
		switch b.Kind {
		case markdown.Heading:
			nb.kind, nb.level = heading, b.Level
		case markdown.Deck:
			nb.kind = deck
		}
		if nb.kind == heading && nb.level == 1 {
			if len(blocks) > 0 {
				nb.level = 2 // the title comes only once, first
			} else {
				m.title = t
			}
		}
		if nb.kind == deck && (len(blocks) == 0 || blocks[len(blocks)-1].kind != heading || blocks[len(blocks)-1].level < 2) {
			nb.kind = paragraph
		}
		blocks = append(blocks, nb)
	}
	if m.title != "" && (len(blocks) == 0 || blocks[0].kind != heading || blocks[0].level != 1) {
		blocks = append([]block{{kind: heading, level: 1, text: m.title}}, blocks...)
	}
	out := writeMarkdown(m, blocks)
	if !keepsEveryChar(text, out) {
		return nil
	}
	if _, err := markdown.Parse("", []byte(out)); err != nil {
		return nil
	}
	return &Result{Markdown: out}
}

// looksLikeOwnMarkdown: front matter first, or a "# " title as the first
// line with text.
func looksLikeOwnMarkdown(text string) bool {
	if strings.HasPrefix(text, "---\n") {
		return true
	}
	first := strings.TrimLeft(text, " \n")
	return strings.HasPrefix(first, "# ") && !strings.HasPrefix(text, " ")
}

// keepsEveryChar reports whether every non-space character of in appears
// in out, in order.
func keepsEveryChar(in, out string) bool {
	j := 0
	for _, r := range in {
		if isSpace(r) {
			continue
		}
		k := strings.IndexRune(out[j:], r)
		if k < 0 {
			return false
		}
		j += k + len(string(r))
	}
	return true
}
