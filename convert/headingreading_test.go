package convert

import (
	"strings"
	"testing"
)

func TestHeadingReading(t *testing.T) {
	rep := strings.Repeat
	// OCR's hand: an ASCII comma in the Chinese text.
	filler := rep("全市经济运行稳中有进,主要指标好于预期。", 3)
	for _, tc := range []struct {
		name, heading, body, want string
	}{
		{"the text has the heading's characters on both sides of another", "一、新生儿随外省一广落户",
			"父母一方是外省户籍的，新生儿可以随外省一方落户。", "一、新生儿随外省一方落户"},
		{"the longest stretch decides", "一、新生儿随外省一广落户",
			"新生儿随外省一方落户。父母可以选择省一侧落。", "一、新生儿随外省一方落户"},
		{"two readings of the longest stretch are none", "一、新生儿随外省一广落户",
			"可以随外省一方落户，也可以随外省一侧落户。", "一、新生儿随外省一广落户"},
		{"a stretch of two characters is too short", "一、新生儿随外省一广落户",
			"群众一方落地。", "一、新生儿随外省一广落户"},
		{"the text has the heading's character beside a neighbour", "一、新生儿随外省一广落户",
			"新生儿随外省一方落户。一广场。", "一、新生儿随外省一广落户"},
		{"a character in a word stands", "一、加快推进产业转型升级",
			rep("加快推动产业转型升级。", 3), "一、加快推进产业转型升级"},
		{"a character the text never has, three after it twice, beside the same one", "二、打造一流莒商环境",
			rep("优化营商环境，", 2) + "服务企业。", "二、打造一流营商环境"},
		{"three beside it once are too few", "二、打造一流莒商环境",
			"优化营商环境，服务企业。", "二、打造一流莒商环境"},
		{"three beside it with another character too", "二、打造一流莒商环境",
			rep("优化营商环境，", 2) + "招商环境。", "二、打造一流莒商环境"},
		{"a character the text has is not read from one side", "二、打造一流莒商环境",
			rep("优化营商环境，", 2) + "莒县。", "二、打造一流莒商环境"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "关于全市经济运行情况的报告\n\n" + filler + "\n\n" + tc.heading + "\n\n" + tc.body + filler + "\n"
			d := repair(in, Options{})
			var got string
			for _, b := range d.blocks {
				if b.kind == heading && b.level == 2 {
					got = b.text
				}
			}
			if got != tc.want {
				t.Errorf("heading %q, want %q", got, tc.want)
			}
			reported := false
			for _, dec := range d.report {
				reported = reported || dec.Rule == "heading-reading"
			}
			if reported != (tc.want != tc.heading) {
				t.Errorf("reported %v, changed %v", reported, tc.want != tc.heading)
			}
			if msg := conservationError(in, Normalize(in, Options{})); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// Text a PDF gave back, with none of OCR's marks, keeps its headings'
// characters: they are the document's own.
func TestHeadingReadingNotOnPDFText(t *testing.T) {
	filler := strings.Repeat("全市经济运行稳中有进，主要指标好于预期。", 3)
	in := "关于全市经济运行情况的报告\n\n" + filler + "\n\n一、新生儿随外省一广落户\n\n父母一方是外省户籍的，新生儿可以随外省一方落户。" + filler + "\n"
	d := repair(in, Options{})
	for _, b := range d.blocks {
		if b.kind == heading && b.level == 2 && b.text != "一、新生儿随外省一广落户" {
			t.Errorf("heading read as %q", b.text)
		}
	}
}
