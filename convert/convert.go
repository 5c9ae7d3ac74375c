// Package convert is the normalizer: it repairs what OCR and newspaper
// layout did to a document (hard-wrapped columns, blank lines in mid
// sentence, letter-spacing, split numbers and words, wrong characters,
// running headers) and recovers its structure (title, subtitle, sections,
// decks, byline) as Markdown in the project dialect, with a report of
// every decision that changed or removed text.
//
// Normalize runs an ordered list of passes (rawPasses), one file each.
// Line passes repair the input lines; unwrap joins them into paragraphs;
// block passes recognize structure. Every pass reports through
// draft.note, with a stable rule id: columns, chars, merged-rows,
// running-header, page-number, masthead, ocr-speck, jump-line, ornament,
// vertical-label, advertisement, reading-time, notice, heading-mark, letter-spacing, split,
// table, section-number, unwrap, join-blank, number-join, hyphen, title, title-reading,
// subtitle, byline, front, heading, deck, spacing, orphan-label,
// pull-quote.
// Nothing is dropped silently: a decision that deletes text names it in
// Decision.Removed.
package convert

import (
	"strings"
	"unicode/utf8"
)

// Options tune one normalization.
type Options struct {
	Name string // input file name (base name), written as front matter `source`
}

// Result is a normalized document.
type Result struct {
	Markdown string     // the document in the project dialect, with YAML front matter
	Report   []Decision // every non-trivial decision, in input order
}

// pass is one repair or recognition step. Passes run in the order of
// rawPasses; each reads and edits the draft and reports its decisions
// through draft.report.
type pass interface {
	apply(d *draft)
}

// rawPasses repair raw OCR text. Line passes come first, then unwrap turns
// lines into blocks, then block passes recognize structure. Merged rows
// are read apart before the furniture: it and every pass after it measure
// the column by line widths, which a line of two columns doubles.
func rawPasses() []pass {
	return []pass{
		controlChars{},      // chars.go: invalid and control characters
		mergedRows{},        // mergedrows.go: two columns' lines printed as one
		furniture{},         // furniture.go: running heads and feet, page numbers, masthead
		charRepairs{},       // chars.go: ∙, full-width digits, half-width punctuation, quotes
		headingMarks{},      // headmarks.go: the mark a style sets before every heading
		pullQuoteLines{},    // pullquotelines.go: a pull quote set among the text's lines
		letterSpacing{},     // letterspacing.go
		tableRows{},         // tables.go: rows of figures
		sentenceBreaks{},    // sentencebreak.go: a new paragraph on the same line
		subsectionNumbers{}, // sectionnumbers.go: subsection numbers OCR misread
		unwrap{},            // unwrap.go (+ numbers.go, hyphenation.go at each join)
		splitBrackets{},     // chars.go: ASCII brackets of a pair a line break parted
		titles{},            // headings.go: title and subtitle
		titleReading{},      // titlereading.go: characters OCR misread in the title
		bylines{},           // byline.go
		frontBlocks{},       // front.go: dated line, speaker, salutation under the title
		sectionNumbers{},    // sectionnumbers.go: section numbers OCR misread
		headings{},          // headings.go: sections, subsections, decks
		headingReading{},    // headingreading.go: characters OCR misread in headings
		shapeReading{},      // shapereading.go: characters OCR misread as others of like shape
		spacing{},           // spacing.go: spaces next to CJK characters
		orphanLabels{},      // labels.go
	}
}

// reportPasses only report: they read the blocks and change nothing, so
// they run while the Markdown is written.
func reportPasses() []pass {
	return []pass{
		pullQuotes{}, // pullquote.go
	}
}

// Normalize turns decoded text (source.Text.Body, "\n" line ends) into
// Markdown. Text that is already Markdown in the project dialect (front
// matter or a leading "# " title) is read as such and written back
// unchanged, so normalizing twice changes nothing.
func Normalize(text string, opts Options) *Result {
	text = cleanInput(text)
	if r := readOwnMarkdown(text, opts); r != nil {
		return r
	}
	d := repairOnly(text, opts)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, p := range reportPasses() {
			p.apply(d)
		}
	}()
	md := d.markdown() // reads the blocks, as the report passes do
	<-done
	return &Result{Markdown: md, Report: d.sortedReport()}
}

// cleanInput makes any string valid UTF-8 with "\n" line ends.
func cleanInput(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n")
}

// repair runs every pass over raw text.
func repair(text string, opts Options) *draft {
	d := repairOnly(text, opts)
	for _, p := range reportPasses() {
		p.apply(d)
	}
	return d
}

// repairOnly runs the passes that repair and recognize, not those that
// only report.
func repairOnly(text string, opts Options) *draft {
	d := newDraft(text, opts)
	for _, p := range rawPasses() {
		p.apply(d)
	}
	return d
}
