package epub

import (
	"strings"

	"golang.org/x/text/language"
)

// labels are the few words the book itself adds, in its language.
type labels struct {
	contents, cover, titlePage, start string
}

// labelsFor picks the labels for a BCP 47 tag; languages without their own
// labels get English ones.
func labelsFor(lang string) labels {
	english := labels{contents: "Contents", cover: "Cover", titlePage: "Title Page", start: "Start"}
	tag, err := language.Parse(lang)
	if err != nil {
		return english
	}
	base, _ := tag.Base()
	switch base.String() {
	case "zh":
		script, _ := tag.Script()
		if script.String() == "Hant" {
			return labels{contents: "目錄", cover: "封面", titlePage: "扉頁", start: "正文"}
		}
		return labels{contents: "目录", cover: "封面", titlePage: "扉页", start: "正文"}
	case "ja":
		return labels{contents: "目次", cover: "表紙", titlePage: "扉", start: "本文"}
	}
	return english
}

// navTitle is the heading of the navigation document.
func navTitle(lang string) string { return labelsFor(lang).contents }

// isCJK reports whether lang is Chinese, Japanese or Korean, whose books
// get the CJK conventions: 2-em indent, looser leading, no italics.
func isCJK(lang string) bool {
	l := strings.ToLower(lang)
	return strings.HasPrefix(l, "zh") || strings.HasPrefix(l, "ja") || strings.HasPrefix(l, "ko")
}
