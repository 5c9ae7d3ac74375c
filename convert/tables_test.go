package convert

import (
	"strings"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

func TestTableRows(t *testing.T) {
	const intro = "2025年经济运行情况\n\n全市经济运行稳中有进，主要指标如下：\n\n"
	for _, c := range []struct {
		name, rows string
		want       string // the table as the dialect writes it, "" for none
		rowParas   int    // rows kept as paragraphs of their own
	}{
		{"header of years, figures set right",
			"指标            2024年      2025年      增长\n地区生产总值    4.93        5.20        5.6%\n一般公共预算收入  4398.6    4486.5      2.0%\n规上工业增加值    --        --          7.9%\n",
			"| 指标 | 2024年 | 2025年 | 增长 |\n| --- | --: | --: | --: |\n| 地区生产总值 | 4.93 | 5.20 | 5.6% |\n| 一般公共预算收入 | 4398.6 | 4486.5 | 2.0% |\n| 规上工业增加值 | -- | -- | 7.9% |", 0},
		{"columns aligned by display width (a monospaced dump)",
			"项目          数量    占比\n新能源汽车    52万辆  38%\n集成电路      18亿块  12%\n",
			"| 项目 | 数量 | 占比 |\n| --- | --: | --: |\n| 新能源汽车 | 52万辆 | 38% |\n| 集成电路 | 18亿块 | 12% |", 0},
		{"a header of more cells than the rows under it heads none of them",
			"指标            2024年      2025年\n地区生产总值    4.93\n一般公共预算收入  4398.6\n", "", 3},
		{"rows whose columns do not line up stay apart",
			"新能源汽车  52万辆  38%\n集成电路 件  18亿块      12%   另计\n", "", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := intro + c.rows + "\n数据来源：市统计局。\n"
			r := Normalize(in, Options{})
			if c.want != "" && !strings.Contains(r.Markdown, c.want) {
				t.Errorf("no table\n%s\nin\n%s", c.want, r.Markdown)
			}
			doc, err := markdown.Parse("t.md", []byte(r.Markdown))
			if err != nil {
				t.Fatal(err)
			}
			paras := 0
			for _, b := range doc.Blocks {
				if b.Kind == markdown.Paragraph && strings.ContainsAny(b.Text(), "0123456789") && !strings.Contains(b.Text(), "：") {
					paras++
				}
			}
			if c.want == "" && paras != c.rowParas {
				t.Errorf("%d rows kept apart, want %d:\n%s", paras, c.rowParas, r.Markdown)
			}
			if msg := conservationError(in, r); msg != "" {
				t.Error(msg)
			}
			if r.Counts()["table"] != 1 {
				t.Errorf("%d table decisions", r.Counts()["table"])
			}
		})
	}
}

func TestFigureRowIsNoProse(t *testing.T) {
	for _, s := range []string{
		"全省生产总值增长5.6%，一般公共预算收入增长2%。",
		"2026年河北省  16",
		"新华日报 2026年2月4日 星期三",
		"The fiscal program of the Government   must be",
	} {
		if figureRow(line{text: s}) && headerRow(segments(s)) {
			t.Errorf("%q read as a row of figures", s)
		}
	}
}
