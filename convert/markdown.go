package convert

import (
	"strings"

	"github.com/cjk-publish/publish/markdown"
)

// markdown writes the draft in the project dialect, through the
// dialect's own writer: front matter, "#" title, "##"/"###" headings,
// emphasized decks, one line per paragraph, blocks separated by a blank
// line.
func (d *draft) markdown() string {
	for _, b := range d.blocks {
		if b.kind == heading && b.level == 1 {
			d.meta.title = b.text
			break
		}
	}
	return string(markdown.Format(document(d.meta, d.blocks)))
}

// document is the draft as the dialect's document model.
func document(m meta, blocks []block) *markdown.Document {
	doc := &markdown.Document{
		Meta:   markdown.Meta{Title: m.title, Subtitle: m.subtitle, Author: m.author, Lang: m.lang, Source: m.source, Front: m.front},
		Blocks: make([]markdown.Block, 0, len(blocks)),
	}
	for _, b := range blocks {
		mb := markdown.Block{Kind: markdown.Paragraph, Spans: []markdown.Span{{Text: b.text}}}
		switch b.kind {
		case heading:
			mb.Kind, mb.Level = markdown.Heading, b.level
		case deck:
			mb.Kind = markdown.Deck
		case table:
			mb = markdown.Block{Kind: markdown.Table, Table: b.table}
		}
		doc.Blocks = append(doc.Blocks, mb)
	}
	return doc
}

// readOwnMarkdown reads text that is already Markdown in the project
// dialect (front matter, or a "# " title first) and writes it back in
// canonical form; nil when text is not such Markdown or writing it back
// would lose a character (then it is treated as raw text).
func readOwnMarkdown(text string, opts Options) *Result {
	if !looksLikeOwnMarkdown(text) || hasControl(strings.ReplaceAll(text, "\n", " ")) {
		return nil // control characters: the raw path removes and reports them
	}
	doc, err := markdown.Parse("", []byte(text))
	if err != nil {
		return nil
	}
	if doc.Meta.Source == "" {
		doc.Meta.Source = opts.Name
	}
	// The title comes once, first, as the "#" heading.
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; b.Kind == markdown.Heading && b.Level == 1 && i > 0 {
			b.Level = 2
		}
	}
	if t := strings.TrimSpace(doc.Meta.Title); t != "" && (len(doc.Blocks) == 0 || doc.Blocks[0].Kind != markdown.Heading || doc.Blocks[0].Level != 1) {
		doc.Blocks = append([]markdown.Block{{Kind: markdown.Heading, Level: 1, Spans: []markdown.Span{{Text: collapseSpaces(t)}}}}, doc.Blocks...)
	}
	out := string(markdown.Format(doc))
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
