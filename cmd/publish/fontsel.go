package main

import (
	"fmt"
	"strings"

	"github.com/cjk-publish/publish/fonts"
)

// fontChoice is the fonts of a run, parsed once and shared by the workers.
type fontChoice struct {
	body *fonts.Font
	bold *fonts.Font // headings, title, running heads, strong text; nil: the PDF writer emboldens the body font
}

// fontSet is a pairing of a body family and a heading family. Each name
// takes the region of the document language (SC, TC, HK, JP, KR); the
// first installed of the names is used.
type fontSet struct {
	body, heading []string
}

var fontSets = map[string]fontSet{
	"song": {
		body:    []string{"Noto Serif CJK %s", "Source Han Serif %s"},
		heading: []string{"Noto Sans CJK %s Bold", "Source Han Sans %s Bold", "Noto Sans CJK %s", "Source Han Sans %s"},
	},
	"hei": {
		body:    []string{"Noto Sans CJK %s", "Source Han Sans %s"},
		heading: []string{"Noto Sans CJK %s Bold", "Source Han Sans %s Bold"},
	},
}

// region picks the Noto CJK / Source Han region for a BCP 47 language.
func region(lang string) string {
	l := strings.ToLower(lang)
	switch {
	case strings.HasPrefix(l, "ja"):
		return "JP"
	case strings.HasPrefix(l, "ko"):
		return "KR"
	case l == "zh-hk" || l == "zh-mo" || strings.HasPrefix(l, "zh-hant-hk"):
		return "HK"
	case l == "zh-tw" || strings.HasPrefix(l, "zh-hant"):
		return "TC"
	}
	return "SC"
}

// firstInstalled loads the first of names (with the region filled in)
// that the system has.
func firstInstalled(names []string, reg string) (*fonts.Font, error) {
	var tried []string
	for _, n := range names {
		name := fmt.Sprintf(n, reg)
		if f, err := fonts.Load(name); err == nil {
			return f, nil
		}
		tried = append(tried, fmt.Sprintf("%q", name))
	}
	return nil, fmt.Errorf("none of %s is installed (Debian and Ubuntu: apt install fonts-noto-cjk)", strings.Join(tried, ", "))
}

func selectFonts(o *options) (*fontChoice, error) {
	fc := &fontChoice{body: fonts.Bundled(), bold: fonts.BundledBold()}
	if set, ok := fontSets[o.fontSet]; ok {
		reg := region(o.lang)
		var err error
		if o.font == "" {
			if fc.body, err = firstInstalled(set.body, reg); err != nil {
				return nil, fmt.Errorf("--font-set %s: body font: %w", o.fontSet, err)
			}
		}
		if o.boldFont == "" {
			if fc.bold, err = firstInstalled(set.heading, reg); err != nil {
				return nil, fmt.Errorf("--font-set %s: heading font: %w", o.fontSet, err)
			}
		}
	}
	if o.font != "" {
		body, err := loadFont("--font", o.font, o.fontIndex)
		if err != nil {
			return nil, err
		}
		fc.body = body
		if _, set := fontSets[o.fontSet]; !set {
			// A body font without a bold face gets an emboldened one
			// only when no heading font is given.
			fc.bold = fonts.BoldFor(body)
		}
	}
	if o.boldFont != "" {
		b, err := loadFont("--heading-font", o.boldFont, -1)
		if err != nil {
			return nil, err
		}
		fc.bold = b
	}
	return fc, nil
}

func loadFont(flag, spec string, index int) (*fonts.Font, error) {
	var f *fonts.Font
	var err error
	if index >= 0 {
		f, err = fonts.LoadIndex(spec, index)
	} else {
		f, err = fonts.Load(spec)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	if !f.Embeddable() {
		return nil, fmt.Errorf("%s: %s: the font's licence flags forbid embedding it in documents", flag, spec)
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
