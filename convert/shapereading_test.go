package convert

import (
	"strings"
	"testing"
)

func TestShapeReading(t *testing.T) {
	// OCR's hand: an ASCII comma in the Chinese text.
	filler := strings.Repeat("全市经济运行稳中有进,主要指标好于预期。", 3)
	for _, tc := range []struct {
		name, filler, heading, body, want string
	}{
		{"a character that makes no word, read as one of like shape that does", filler,
			"（五）平安桥北更加巩国", "社会治理持续加强。", "（五）平安桥北更加巩固"},
		{"another", filler,
			"（三）增进民生福社", "就业形势总体稳定。", "（三）增进民生福祉"},
		{"a reading that gains too little: a saying the word list lacks", filler,
			"（二）要在“用”字上见真章", "就业形势总体稳定。", "（二）要在“用”字上见真章"},
		{"a character in a word stands", filler,
			"（一）建设美丽乡村", "就业形势总体稳定。", "（一）建设美丽乡村"},
		{"text without OCR's hand is read as it is", strings.ReplaceAll(filler, ",", "，"),
			"（五）平安桥北更加巩国", "社会治理持续加强。", "（五）平安桥北更加巩国"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "关于全市经济运行情况的报告\n\n" + tc.filler + "\n\n" + tc.heading + "\n\n" + tc.body + "平安桥北更加巩国。" + tc.filler + "\n"
			d := repair(in, Options{})
			var got string
			for _, b := range d.blocks {
				if b.kind == heading && b.level > 1 {
					got = b.text
				}
				if b.kind != heading && strings.Contains(b.text, "巩固") {
					t.Errorf("body text read anew: %q", b.text)
				}
			}
			if got != tc.want {
				t.Errorf("heading %q, want %q", got, tc.want)
			}
			reported := false
			for _, dec := range d.report {
				reported = reported || dec.Rule == "shape-reading"
			}
			if reported != (tc.want != tc.heading) {
				t.Errorf("reported %v, want %v", reported, tc.want != tc.heading)
			}
		})
	}
}
