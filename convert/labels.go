package convert

import (
	"fmt"
	"strings"
)

// orphanLabels catches headings recognized by shape that head no text:
// labels layout moved away from the section they belong to (the sample's
// "2022年工作回顾" and "五年来工作回顾" at the very end). They are kept as
// paragraphs, not merged into prose, and flagged.
type orphanLabels struct{}

func (orphanLabels) apply(d *draft) {
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.kind != heading || !b.guess {
			continue
		}
		if k+1 < len(d.blocks) {
			next := d.blocks[k+1]
			if next.kind == paragraph || next.kind == deck {
				d.note(b.first, b.last, "heading", fmt.Sprintf("%s %q", strings.Repeat("#", b.level), b.text))
				continue
			}
		}
		b.kind, b.level = label, 0
		d.note(b.first, b.last, "orphan-label", fmt.Sprintf("orphaned label kept: %q (no text follows it here: layout moved it; move it above the section it names, or delete it)", b.text))
	}
}
