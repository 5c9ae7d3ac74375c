package layout

// Typesetting classes of characters for Simplified Chinese line breaking
// and punctuation spacing, at the "strict" level of W3C clreq.
//
// Sources: W3C clreq "Prohibition Rules" and "Punctuation Width
// Adjustment"; GB/T 15834-2011 §5 (5.1.1-5.1.10); xeCJK's OP/CL class
// lists (which treat “ ‘ as opening and ” ’ as closing, not as the
// direction-less QU of UAX #14).

// class is what the line breaker and the spacing rules need to know about
// a character.
type class uint8

const (
	clsIdeo       class = iota // ideographs, kana, hangul: 1 em, breakable on both sides
	clsOpen                    // opening brackets and quotes: never at a line end
	clsClose                   // closing brackets and quotes: never at a line start
	clsStop                    // 。，、：；？！: never at a line start
	clsMiddle                  // interpuncts · ・: never at a line start, centred in 1 em
	clsConnector               // ～ – ‐: never at a line start, natural width
	clsDash                    // — (—— is one unit): never at a line start (strict)
	clsEllipsis                // … (…… is one unit): never at a line start (strict)
	clsPrefix                  // currency signs: never at a line end, stick to the number
	clsPostfix                 // % ‰ ℃ °: never at a line start, stick to the number
	clsAlnum                   // Latin letters and digits: words and numbers never split
	clsLatinPunct              // ASCII punctuation inside Latin text
	clsSpace                   // spaces
	clsOther                   // anything else (symbols): breakable like ideographs
)

// charClasses lists the prohibited and special characters; everything
// else is classified by classOf. GB 5.1.9 makes the solidus neither start
// nor end a line; it is kept inside Latin runs instead (GB/T, 1/2).
var charClasses = map[rune]class{
	// opening (GB 5.1.3)
	'“': clsOpen, '‘': clsOpen, '（': clsOpen, '〔': clsOpen, '【': clsOpen,
	'《': clsOpen, '〈': clsOpen, '「': clsOpen, '『': clsOpen, '〖': clsOpen,
	'〘': clsOpen, '［': clsOpen, '｛': clsOpen, '〚': clsOpen,
	// closing (GB 5.1.1)
	'”': clsClose, '’': clsClose, '）': clsClose, '〕': clsClose, '】': clsClose,
	'》': clsClose, '〉': clsClose, '」': clsClose, '』': clsClose, '〗': clsClose,
	'〙': clsClose, '］': clsClose, '｝': clsClose, '〛': clsClose,
	// stops and pauses (GB 5.1.1-5.1.2)
	'、': clsStop, '。': clsStop, '，': clsStop, '．': clsStop, '：': clsStop,
	'；': clsStop, '？': clsStop, '！': clsStop, '‼': clsStop, '⁇': clsStop,
	'⁈': clsStop, '⁉': clsStop,
	// interpuncts and connectors (GB 5.1.6-5.1.7)
	'·': clsMiddle, '・': clsMiddle, '‧': clsMiddle, '∙': clsMiddle,
	'～': clsConnector, '〜': clsConnector, '–': clsConnector, '‐': clsConnector,
	// long marks (GB 5.1.4-5.1.5, strict level)
	'—': clsDash, '⸺': clsDash, '⸻': clsDash,
	'…': clsEllipsis, '⋯': clsEllipsis, '‥': clsEllipsis,
	// prefixes (GB 5.1.3)
	'￥': clsPrefix, '¥': clsPrefix, '＄': clsPrefix, '$': clsPrefix, '£': clsPrefix,
	'￡': clsPrefix, '€': clsPrefix, '№': clsPrefix, '#': clsPrefix,
	// postfixes (GB 5.1.6)
	'%': clsPostfix, '％': clsPostfix, '‰': clsPostfix, '℃': clsPostfix,
	'°': clsPostfix, '′': clsPostfix, '″': clsPostfix,
}

func classOf(r rune) class {
	if r >= 0x4E00 && r <= 0x9FFF {
		return clsIdeo // the common case, without a map lookup
	}
	if c, ok := charClasses[r]; ok {
		return c
	}
	switch {
	case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u3000':
		return clsSpace
	case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z',
		r >= 0xC0 && r <= 0x24F, r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A,
		r >= 0x370 && r <= 0x3FF, r >= 0x400 && r <= 0x4FF:
		return clsAlnum
	case r < 0x80:
		return clsLatinPunct
	case isWideIdeo(r):
		return clsIdeo
	}
	return clsOther
}

// isWideIdeo reports ideographs and other characters set on the 1-em grid.
func isWideIdeo(r rune) bool {
	return (r >= 0x2E80 && r <= 0x2FDF) || (r >= 0x3040 && r <= 0x30FF) || (r >= 0x3100 && r <= 0x31FF) ||
		(r >= 0x3400 && r <= 0x4DBF) || (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0xAC00 && r <= 0xD7AF) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x3FFFF) || (r >= 0x3000 && r <= 0x303F) ||
		(r >= 0xFF00 && r <= 0xFFEF)
}

// noStart reports characters that may not begin a line (strict level).
func noStart(r rune) bool { return noStartClass(classOf(r), r) }

// noStartClass is noStart for a character whose class is known.
func noStartClass(c class, r rune) bool {
	switch c {
	case clsClose, clsStop, clsMiddle, clsConnector, clsDash, clsEllipsis, clsPostfix:
		return true
	case clsLatinPunct:
		return asciiNoStart[r]
	}
	return false
}

// noEnd reports characters that may not end a line.
func noEnd(r rune) bool { return noEndClass(classOf(r), r) }

// noEndClass is noEnd for a character whose class is known.
func noEndClass(c class, r rune) bool {
	switch c {
	case clsOpen, clsPrefix:
		return true
	case clsLatinPunct:
		return asciiNoEnd[r]
	}
	return false
}

// ASCII marks that OCR leaves in CJK text behave like their full-width forms.
var (
	asciiNoStart = map[rune]bool{',': true, '.': true, ';': true, ':': true, '?': true, '!': true, ')': true, ']': true, '}': true}
	asciiNoEnd   = map[rune]bool{'(': true, '[': true, '{': true}
)

// fullWidthMark reports punctuation set in a 1-em cell whose blank part
// may be compressed.
func (c class) fullWidthMark() bool {
	return c == clsOpen || c == clsClose || c == clsStop || c == clsMiddle
}

// latinSide reports characters that get a quarter-em gap from ideographs.
func (c class) latinSide() bool { return c == clsAlnum }
