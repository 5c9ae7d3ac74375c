// Package source holds the bundled sample documents and turns the bytes of a
// raw input file into clean text lines: it detects the encoding, normalizes
// line ends and removes control characters, and refuses input that is not
// text at all.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	unicodeenc "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Errors callers branch on; each is wrapped with the file name.
var (
	ErrEmpty    = errors.New("empty input: no text to publish")
	ErrBinary   = errors.New("binary input: contains NUL bytes, not a text file")
	ErrEncoding = errors.New("not valid text in any supported encoding (UTF-8, UTF-16, GB18030)")
	ErrUnknown  = errors.New("unknown encoding")
)

// Encodings that Decode accepts by name; "auto" (or "") detects.
var Encodings = []string{"auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "gb18030", "gbk"}

// Text is a decoded input.
type Text struct {
	Name     string // file name as given, for messages
	Encoding string // the encoding that was used
	Body     string // text with "\n" line ends and no control characters
	Removed  int    // control characters removed
}

// Decode turns raw bytes into text. encodingName is one of Encodings.
func Decode(name string, data []byte, encodingName string) (*Text, error) {
	enc, label, err := pick(data, strings.ToLower(encodingName))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var s string
	if enc == nil {
		s = string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	} else {
		out, _, err := transform.Bytes(enc.NewDecoder(), data)
		if err != nil {
			return nil, fmt.Errorf("%s: decoding as %s: %w", name, label, err)
		}
		s = strings.TrimPrefix(string(out), "\ufeff")
	}
	if label != "utf-8" && !utf8.ValidString(s) {
		return nil, fmt.Errorf("%s: %w", name, ErrEncoding)
	}
	body, removed := clean(s)
	if strings.TrimSpace(body) == "" {
		if len(data) == 0 {
			return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
		}
		return nil, fmt.Errorf("%s: %w", name, errors.New("empty input: only whitespace"))
	}
	return &Text{Name: name, Encoding: label, Body: body, Removed: removed}, nil
}

// pick chooses the decoder; nil means the bytes are UTF-8 already.
func pick(data []byte, name string) (encoding.Encoding, string, error) {
	switch name {
	case "", "auto":
	case "utf-8", "utf8":
		if !utf8.Valid(data) {
			return nil, "", errors.New("not valid UTF-8 (try --encoding auto)")
		}
		if bytes.IndexByte(data, 0) >= 0 {
			return nil, "", ErrBinary
		}
		return nil, "utf-8", nil
	case "utf-16":
		return unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.ExpectBOM), "utf-16", nil
	case "utf-16le":
		return unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.UseBOM), "utf-16le", nil
	case "utf-16be":
		return unicodeenc.UTF16(unicodeenc.BigEndian, unicodeenc.UseBOM), "utf-16be", nil
	case "gb18030", "gbk", "gb2312":
		return simplifiedchinese.GB18030, "gb18030", nil
	default:
		return nil, "", fmt.Errorf("%w %q (supported: %s)", ErrUnknown, name, strings.Join(Encodings, ", "))
	}
	if len(data) == 0 {
		return nil, "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.UseBOM), "utf-16le", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicodeenc.UTF16(unicodeenc.BigEndian, unicodeenc.UseBOM), "utf-16be", nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		// Text in UTF-16 has a NUL in every ASCII character's code unit.
		if enc, label, ok := sniffUTF16(data); ok {
			return enc, label, nil
		}
		return nil, "", ErrBinary
	}
	if utf8.Valid(data) {
		return nil, "utf-8", nil
	}
	if looksGB18030(data) {
		return simplifiedchinese.GB18030, "gb18030", nil
	}
	return nil, "", ErrEncoding
}

// sniffUTF16 recognises UTF-16 without a byte order mark: an even length,
// no NUL character, no surrogate out of its pair, and nearly every
// character plain text (letters, CJK, punctuation, line ends); the byte
// order that reads so is the one.
func sniffUTF16(data []byte) (encoding.Encoding, string, bool) {
	if len(data)%2 != 0 {
		return nil, "", false
	}
	for _, c := range []struct {
		order unicodeenc.Endianness
		label string
		hi    int
	}{{unicodeenc.LittleEndian, "utf-16le", 1}, {unicodeenc.BigEndian, "utf-16be", 0}} {
		if utf16Text(data, c.hi) {
			return unicodeenc.UTF16(c.order, unicodeenc.IgnoreBOM), c.label, true
		}
	}
	return nil, "", false
}

// utf16Text judges data as UTF-16 code units whose high byte is at
// offset hi of each pair.
func utf16Text(data []byte, hi int) bool {
	units, plain, lineEnds := 0, 0, 0
	pendingHigh := false
	for i := 0; i+1 < len(data); i += 2 {
		u := rune(data[i+hi])<<8 | rune(data[i+1-hi])
		units++
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			if pendingHigh {
				return false
			}
			pendingHigh = true
			continue
		case u >= 0xDC00 && u <= 0xDFFF:
			if !pendingHigh {
				return false
			}
			pendingHigh = false
			plain += 2
			continue
		case pendingHigh:
			return false
		case u == 0:
			return false
		case u == '\n' || u == '\r':
			lineEnds++
			plain++
		case u == '\t' || u == '\f' || u == 0xFEFF:
			plain++
		case u < 0x20 || (u >= 0x7F && u < 0xA0):
		case unicode.IsPrint(u) || unicode.IsSpace(u):
			plain++
		}
	}
	return !pendingHigh && lineEnds > 0 && plain*100 >= units*98
}

// looksGB18030 accepts bytes only when every multi-byte sequence is a
// well-formed GB18030 character and the result is mostly Han text: GB18030
// decodes almost any byte string, so well-formedness alone proves nothing.
func looksGB18030(data []byte) bool {
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data)
	if err != nil {
		return false
	}
	var han, other int
	for _, r := range string(out) {
		switch {
		case r == utf8.RuneError:
			return false
		case r < 0x80:
		case unicode.Is(unicode.Han, r) || isCJKPunct(r):
			han++
		default:
			other++
		}
	}
	return han > 0 && han >= 4*other
}

func isCJKPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x2010 && r <= 0x206F)
}

// clean normalizes CRLF and CR to LF, keeps form feeds (page breaks,
// which the normalizer reads; line numbers stay those of the file), expands tabs to a space and drops other control and
// private-use format characters, counting what it removed.
func clean(s string) (string, int) {
	var b strings.Builder
	removed := 0
	kept := 0 // s[kept:i] is kept as it is, not yet written to b
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F || c == '\n' {
			i++ // most of any text: kept in runs, not rune by rune
			continue
		}
		if c >= 0xE3 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3 // U+3000-U+CFFF, CJK text: nothing to remove there
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !(r == utf8.RuneError && size == 1) && r != '\ufeff' && r != '\u200b' && r != '\u00ad' && !unicode.IsControl(r) {
				i += size
				continue
			}
		}
		if kept == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[kept:i])
		i += size
		switch r {
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case '\f':
			b.WriteByte('\f') // a page break: the normalizer reads it
		case '\t':
			b.WriteByte(' ')
		default:
			removed++ // invalid bytes, a BOM, a zero-width space, a soft hyphen, control characters
		}
		kept = i
	}
	if kept == 0 {
		return s, 0 // nothing to change
	}
	b.WriteString(s[kept:])
	return b.String(), removed
}
