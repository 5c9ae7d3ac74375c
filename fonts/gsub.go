package fonts

// Just enough of the OpenType GSUB table to find the glyph a font swaps in
// for a character under one feature (locl for Simplified Chinese, fwid):
// the script and language lists, the features they enable and their single
// substitution lookups (type 1, formats 1 and 2, possibly behind a type 7
// extension). Every offset is bounds-checked through u16/u32, which read
// zero past the end, so a damaged table yields no substitutions rather than
// a panic.

// Lookup types of GSUB.
const (
	lookupSingle    = 1
	lookupExtension = 7
)

// gsubTable is a font's GSUB table (nil when the font has none).
type gsubTable []byte

// gsub returns the font's GSUB table, or nil.
func (f *Font) gsub() gsubTable {
	t, ok := f.dir.find("GSUB")
	if !ok || t.length < 10 {
		return nil
	}
	return gsubTable(f.data[t.offset : t.offset+t.length])
}

// substitute returns the glyph that feature puts in place of g for the
// given script and language (OpenType tags such as "hani", "ZHS "), and
// whether one does. When the font has no such script it falls back to the
// DFLT script, and from a missing language to the script's default.
func (t gsubTable) substitute(feature, script, lang string, g uint16) (uint16, bool) {
	if t == nil {
		return 0, false
	}
	for _, lookup := range t.featureLookups(feature, script, lang) {
		if sub, ok := t.applySingle(lookup, g); ok {
			return sub, true
		}
	}
	return 0, false
}

// featureLookups returns the lookup indices of feature in the language
// system script/lang, in the order the font lists them.
func (t gsubTable) featureLookups(feature, script, lang string) []uint16 {
	langSys := t.langSys(script, lang)
	if langSys < 0 {
		return nil
	}
	features := int(u16(t, 6))
	var lookups []uint16
	visit := func(index uint16) {
		rec := features + 2 + 6*int(index)
		if int(index) >= int(u16(t, features)) || string(tagAt(t, rec)) != feature {
			return
		}
		feat := features + int(u16(t, rec+4))
		n := int(u16(t, feat+2))
		for i := 0; i < n && feat+4+2*i+2 <= len(t); i++ {
			lookups = append(lookups, u16(t, feat+4+2*i))
		}
	}
	if req := u16(t, langSys+2); req != 0xFFFF {
		visit(req)
	}
	n := int(u16(t, langSys+4))
	for i := 0; i < n && langSys+6+2*i+2 <= len(t); i++ {
		visit(u16(t, langSys+6+2*i))
	}
	return lookups
}

// langSys returns the offset of the language system table for script and
// lang, falling back to DFLT and to the default language; -1 when there is
// none.
func (t gsubTable) langSys(script, lang string) int {
	scripts := int(u16(t, 4))
	find := func(list, count int, tag string) int {
		for i := 0; i < count && list+6*i+6 <= len(t); i++ {
			if string(tagAt(t, list+6*i)) == tag {
				return int(u16(t, list+6*i+4))
			}
		}
		return -1
	}
	rel := find(scripts+2, int(u16(t, scripts)), script)
	if rel < 0 {
		rel = find(scripts+2, int(u16(t, scripts)), "DFLT")
	}
	if rel <= 0 {
		return -1
	}
	s := scripts + rel
	if l := find(s+4, int(u16(t, s+2)), lang); l > 0 {
		return s + l
	}
	if def := int(u16(t, s)); def != 0 {
		return s + def
	}
	return -1
}

// applySingle applies lookup index to g when it is a single substitution
// covering g.
func (t gsubTable) applySingle(index uint16, g uint16) (uint16, bool) {
	lookups := int(u16(t, 8))
	if int(index) >= int(u16(t, lookups)) {
		return 0, false
	}
	lookup := lookups + int(u16(t, lookups+2+2*int(index)))
	kind := u16(t, lookup)
	n := int(u16(t, lookup+4))
	for i := 0; i < n; i++ {
		sub := lookup + int(u16(t, lookup+6+2*i))
		if kind == lookupExtension && u16(t, sub) == 1 {
			if u16(t, sub+2) != lookupSingle {
				continue
			}
			sub += int(u32(t, sub+4))
		} else if kind != lookupSingle {
			return 0, false
		}
		if out, ok := t.singleSubtable(sub, g); ok {
			return out, true
		}
	}
	return 0, false
}

// singleSubtable applies one single substitution subtable (format 1: add a
// delta; format 2: an array indexed by coverage) to g.
func (t gsubTable) singleSubtable(at int, g uint16) (uint16, bool) {
	if at < 0 || at+6 > len(t) {
		return 0, false
	}
	i := coverageIndex(t, at+int(u16(t, at+2)), g)
	if i < 0 {
		return 0, false
	}
	switch u16(t, at) {
	case 1:
		return g + u16(t, at+4), true // deltaGlyphID is modulo 65536
	case 2:
		if i < int(u16(t, at+4)) && at+6+2*i+2 <= len(t) {
			return u16(t, at+6+2*i), true
		}
	}
	return 0, false
}

// coverageIndex returns g's index in the coverage table at offset at, or
// -1 when g is not covered.
func coverageIndex(t []byte, at int, g uint16) int {
	switch u16(t, at) {
	case 1: // sorted glyph array
		lo, hi := 0, int(u16(t, at+2))
		for lo < hi {
			mid := (lo + hi) / 2
			switch v := u16(t, at+4+2*mid); {
			case v == g && at+4+2*mid+2 <= len(t):
				return mid
			case v < g:
				lo = mid + 1
			default:
				hi = mid
			}
		}
	case 2: // sorted ranges
		n := int(u16(t, at+2))
		for i := 0; i < n && at+4+6*i+6 <= len(t); i++ {
			rec := at + 4 + 6*i
			start, end := u16(t, rec), u16(t, rec+2)
			if start <= g && g <= end {
				return int(u16(t, rec+4)) + int(g-start)
			}
		}
	}
	return -1
}

// tagAt returns the 4-byte tag at offset at (blank past the end).
func tagAt(b []byte, at int) []byte {
	if at < 0 || at+4 > len(b) {
		return []byte("    ")
	}
	return b[at : at+4]
}
