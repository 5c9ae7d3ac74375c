package convert

import (
	"unicode/utf8"
)

// Interview turns. An interview sets each turn as a paragraph opened by
// the speaker's name and a colon ("记者：", "王启明："). A turn that ends on
// a full column line runs into the next one for all the widths tell, and
// the label is the cue. Labels that open a line after a sentence end three
// times or more, two of them at least (a dialogue alternates), are taken
// for the turns'; one label alone is a list's ("其中：").

const (
	maxTurnLabel = 5 // characters of a speaker's name or role
	minTurns     = 3 // times a label opens a line after a sentence end
)

// turnLabels returns the labels of the dialogue in lines, nil when none.
func turnLabels(lines []line) map[string]bool {
	counts := map[string]int{}
	prev := ""
	for _, l := range lines {
		if l.blank || l.gone {
			continue
		}
		if label := turnLabel(l.text); label != "" && endsSentence(prev, l.text) {
			counts[label]++
		}
		prev = l.text
	}
	labels := map[string]bool{}
	for label, n := range counts {
		if n >= minTurns {
			labels[label] = true
		}
	}
	if len(labels) < 2 {
		return nil
	}
	return labels
}

// turnLabel returns the name before the colon a line opens with
// ("记者：…" → "记者"), or "".
func turnLabel(s string) string {
	for i := 0; i < len(s); { // decodeFirst: this reads every line
		r, size := decodeFirst(s[i:])
		if i >= maxTurnLabel*3+1 {
			return ""
		}
		if r == '：' || r == ':' {
			if i == 0 || i+utf8.RuneLen(r) == len(s) {
				return ""
			}
			return s[:i]
		}
		if !isHan(r) {
			return ""
		}
		i += size
	}
	return ""
}

// opensTurn reports whether line s opens a turn of the dialogue.
func opensTurn(labels map[string]bool, s string) bool {
	return labels != nil && containsAnyOf(s, "：:") && labels[turnLabel(s)]
}
