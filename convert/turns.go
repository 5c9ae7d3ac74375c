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
	if len(labels) > 0 {
		misreadLabels(counts, labels)
	}
	if len(labels) < 2 {
		return nil
	}
	return labels
}

// misreadLabels adds to labels a speaker's name OCR read a different way
// each time (a name set in bold): labels of one length, each seen fewer
// than minTurns times but minTurns times together, that keep the
// character more than half of them have at one place at least (two
// places, for names of four or five).
func misreadLabels(counts map[string]int, labels map[string]bool) {
	byLen := map[int][]string{}
	for label, n := range counts {
		if n < minTurns {
			byLen[utf8.RuneCountInString(label)] = append(byLen[utf8.RuneCountInString(label)], label)
		}
	}
	for size, group := range byLen {
		if size < 2 || len(group) < 2 {
			continue
		}
		all := 0
		for _, label := range group {
			all += counts[label]
		}
		common := make([]rune, size) // the character most labels have at each place, if any
		for i := range common {
			seen := map[rune]int{}
			for _, label := range group {
				seen[[]rune(label)[i]] += counts[label]
			}
			for r, n := range seen {
				if 2*n > all {
					common[i] = r
				}
			}
		}
		need := 1
		if size >= 4 {
			need = 2
		}
		var kin []string
		total := 0
		for _, label := range group {
			same := 0
			for i, r := range []rune(label) {
				if r == common[i] {
					same++
				}
			}
			if same >= need {
				kin = append(kin, label)
				total += counts[label]
			}
		}
		if total >= minTurns && len(kin) >= 2 {
			for _, label := range kin {
				labels[label] = true
			}
		}
	}
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
