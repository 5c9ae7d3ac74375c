package fonts

import (
	"slices"
	"strings"
	"unicode/utf16"
)

// Name table IDs we read.
const (
	nameFamily        = 1
	nameStyle         = 2
	nameFull          = 4
	nameTypoFamily    = 16
	nameTypoSubfamily = 17
)

// names holds the name table strings we use, by name ID.
type names map[uint16]string

func (n names) family() string {
	if s := n[nameTypoFamily]; s != "" {
		return s
	}
	return n[nameFamily]
}

func (n names) style() string {
	if s := n[nameTypoSubfamily]; s != "" {
		return s
	}
	return n[nameStyle]
}

// readNames reads family, style and full names, preferring the English
// (US) Windows record, then any Unicode record, then Macintosh Roman.
func readNames(t []byte) names {
	out := names{}
	rank := map[uint16]int{}
	count := int(u16(t, 2))
	strings := int(u16(t, 4))
	for i := 0; i < count; i++ {
		rec := 6 + 12*i
		if rec+12 > len(t) {
			break
		}
		platform, encoding, lang := u16(t, rec), u16(t, rec+2), u16(t, rec+4)
		id := u16(t, rec+6)
		length, off := int(u16(t, rec+8)), int(u16(t, rec+10))
		switch id {
		case nameFamily, nameStyle, nameFull, nameTypoFamily, nameTypoSubfamily:
		default:
			continue
		}
		start := strings + off
		if start+length > len(t) {
			continue
		}
		raw := t[start : start+length]
		var r int
		var s string
		switch {
		case platform == 3 && lang == 0x409:
			r, s = 3, decodeUTF16(raw)
		case platform == 3 && (encoding == 1 || encoding == 10), platform == 0:
			r, s = 2, decodeUTF16(raw)
		case platform == 1 && encoding == 0:
			r, s = 1, decodeLatin(raw)
		default:
			continue
		}
		if s != "" && r > rank[id] {
			rank[id], out[id] = r, s
		}
	}
	return out
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = u16(b, 2*i)
	}
	return string(utf16.Decode(u))
}

// decodeLatin reads Macintosh Roman names; their ASCII part is all font
// names use in practice.
func decodeLatin(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// aliases lists the names a face answers to: its family and full names in
// every language of its name table (e.g. "WenQuanYi Micro Hei",
// "文泉驿微米黑", "LXGW WenKai Bold"), so users can name a font the way
// their system shows it.
type aliases []string

func readAliases(t []byte) aliases {
	var out aliases
	count, strings := int(u16(t, 2)), int(u16(t, 4))
	for i := 0; i < count && 6+12*i+12 <= len(t); i++ {
		rec := 6 + 12*i
		platform, encoding, id := u16(t, rec), u16(t, rec+2), u16(t, rec+6)
		length, start := int(u16(t, rec+8)), strings+int(u16(t, rec+10))
		if id != nameFamily && id != nameTypoFamily && id != nameFull || start+length > len(t) {
			continue
		}
		var s string
		switch {
		case platform == 0 || platform == 3 && (encoding == 1 || encoding == 10):
			s = decodeUTF16(t[start : start+length])
		case platform == 1 && encoding == 0:
			s = decodeLatin(t[start : start+length])
		}
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// has reports whether name is one of the aliases, ignoring case, spaces,
// hyphens and underscores.
func (a aliases) has(name string) bool {
	want := normalizeFamily(name)
	return slices.ContainsFunc(a, func(s string) bool { return normalizeFamily(s) == want })
}

func normalizeFamily(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '_':
			return -1
		}
		return r
	}, strings.ToLower(s))
}
