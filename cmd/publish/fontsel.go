package main

import (
	"fmt"
	"sort"

	"github.com/cjk-publish/publish/fonts"
	"github.com/cjk-publish/publish/markdown"
)

// fontChoice is the fonts of a run, parsed once and shared by the workers.
type fontChoice struct {
	body *fonts.Font
	bold *fonts.Font // nil: the PDF writer emboldens the body font
}

func selectFonts(o *options) (*fontChoice, error) {
	if o.font == "" {
		fc := &fontChoice{body: fonts.Bundled(), bold: fonts.BundledBold()}
		if o.boldFont != "" {
			b, err := loadFont(o.boldFont, -1)
			if err != nil {
				return nil, err
			}
			fc.bold = b
		}
		return fc, nil
	}
	body, err := loadFont(o.font, o.fontIndex)
	if err != nil {
		return nil, err
	}
	fc := &fontChoice{body: body, bold: fonts.BoldFor(body)}
	if o.boldFont != "" {
		if fc.bold, err = loadFont(o.boldFont, -1); err != nil {
			return nil, err
		}
	}
	return fc, nil
}

func loadFont(spec string, index int) (*fonts.Font, error) {
	var f *fonts.Font
	var err error
	if index >= 0 {
		f, err = fonts.LoadIndex(spec, index)
	} else {
		f, err = fonts.Load(spec)
	}
	if err != nil {
		return nil, fmt.Errorf("--font: %w", err)
	}
	if !f.Embeddable() {
		return nil, fmt.Errorf("--font: %s: the font's licence flags forbid embedding it in documents", spec)
	}
	return f, nil
}

// chain is the body font followed by the fonts that cover the document's
// characters it lacks.
func (fc *fontChoice) chain(d *markdown.Document) []*fonts.Font {
	seen := map[rune]bool{}
	var runes []rune
	for _, r := range d.Meta.Title + d.Meta.Subtitle + d.Meta.Author + d.Text() {
		if !seen[r] {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	chain, _ := fonts.Fallbacks(fc.body, runes)
	return append([]*fonts.Font{fc.body}, chain...)
}

// listFonts prints the usable CJK fonts of this system.
func (a *app) listFonts(args []string) int {
	if len(args) > 0 {
		a.errorf("fonts takes no arguments")
		return 2
	}
	faces, err := fonts.List()
	if err != nil {
		a.errorf("%v", err)
		return 1
	}
	fmt.Fprintf(a.stdout, "font (use with --font)\tfamily and style\toutlines\tcoverage\n")
	fmt.Fprintf(a.stdout, "(bundled, default)\tLXGW WenKai Regular, Bold\tTrueType\tGB2312 100.0%%\n")
	for _, f := range faces {
		kind := "TrueType"
		if !f.TrueType {
			kind = "CFF (not usable for PDF)"
		}
		fmt.Fprintf(a.stdout, "%s\t%s %s\t%s\tGB2312 %.1f%%\n", f.Spec(), f.Family, f.Style, kind, 100*f.GB2312)
	}
	return 0
}
