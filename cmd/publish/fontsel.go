package main

import (
	"fmt"

	"github.com/cjk-publish/publish/fonts"
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

// listFonts prints the usable CJK fonts of this system.
func (a *app) listFonts() int {
	faces, err := fonts.List()
	if err != nil {
		a.errorf("%v", err)
		return 1
	}
	fmt.Fprintf(a.stdout, "font (use with --font)\tfamily and style\toutlines\tcoverage\n")
	fmt.Fprintf(a.stdout, "(bundled, default)\tLXGW WenKai Regular, Bold\tTrueType\tGB2312 100.0%%\n")
	for _, f := range faces {
		kind := f.Format
		if !f.Usable() {
			kind += ", not usable"
		}
		fmt.Fprintf(a.stdout, "%s\t%s %s\t%s\tGB2312 %.1f%%\n", f.Spec(), f.Family, f.Style, kind, 100*f.GB2312)
	}
	return 0
}
