package source

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Implausible checks text decoded with an explicitly chosen encoding and
// returns a warning when the choice looks wrong: the bytes are UTF-8 with
// non-ASCII text (which GBK or UTF-16 turn into mojibake), or the result
// is full of characters no document has (private use, replacement
// characters, controls that were removed). It returns "" for detected
// encodings and plausible text.
func Implausible(t *Text, data []byte, encodingName string) string {
	switch encodingName {
	case "", "auto", "utf-8", "utf8":
		return ""
	}
	if t.Encoding != "utf-8" && utf8.Valid(data) && bytes.IndexFunc(data, func(r rune) bool { return r >= 0x80 }) >= 0 {
		return fmt.Sprintf("--encoding %s was given, but the file is valid UTF-8: the text is likely garbled (try --encoding auto)", encodingName)
	}
	odd, total := t.Removed, t.Removed
	for _, r := range t.Body {
		total++
		if r == utf8.RuneError || unicode.Is(unicode.Co, r) || !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			odd++
		}
	}
	if total > 0 && odd*200 > total {
		return fmt.Sprintf("--encoding %s gives %d unusual characters (private use, undecodable or control) in %d: the text is likely garbled (try --encoding auto)", encodingName, odd, total)
	}
	return ""
}
