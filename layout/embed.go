package layout

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/zlib"

	"github.com/cjk-publish/publish/fonts"
)

// Fonts are embedded by this file, not by fpdf: fpdf embeds only TrueType
// (Noto CJK and Source Han are CFF), subsets again what it is given, and
// encodes text as UTF-16, which cannot reach characters beyond the Basic
// Multilingual Plane. Each font program becomes a Type 0 font with
// Identity-H encoding whose character codes are the glyph IDs of our
// subset: a CIDFontType2 with a FontFile2 for TrueType, a CIDFontType0
// with a FontFile3 (CIDFontType0C, a CID-keyed CFF in which CID = glyph
// ID) for CFF. fpdf still writes the pages; the pen shows text with raw
// operators, and embedFonts adds the font objects to the file fpdf wrote.

// pdfFont is one embedded font program.
type pdfFont struct {
	res   string // resource name, e.g. "FT1"
	name  string // subset tag, "+", PostScript name
	font  *fonts.Font
	sub   *fonts.Subset
	glyph glyphTable
	// packed is the deflated font program. It is deflated while the
	// pages are drawn, since the subset is final before the first page:
	// the largest stream of a short document, deflated at the end, was
	// the last thing a run waited for, on one core.
	packed func() ([]byte, error)
}

// program is the font program to embed: the CFF table of an OpenType CFF
// font, or the whole TrueType font.
func (pf *pdfFont) program() []byte {
	if pf.sub.CFF != nil {
		return pf.sub.CFF
	}
	return pf.sub.Font
}

// newPDFFont subsets f to runes for font program number i.
func newPDFFont(i int, f *fonts.Font, runes []rune) (*pdfFont, error) {
	sub, err := f.SubsetFor(runes)
	if err != nil {
		return nil, err
	}
	ps := postScriptName(f)
	pf := &pdfFont{res: fmt.Sprintf("FT%d", i+1), name: subsetTag(ps, runes) + "+" + ps, font: f, sub: sub, glyph: newGlyphTable(sub.Runes, sub.Glyphs)}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		// Huffman coding alone: glyph data packs 13% larger than at level 1
		// (the sample's subset: 300 against 266 KB), four times as fast, and
		// this stream is what a short run waits for.
		data, err := deflateAt(pf.program(), zlib.HuffmanOnly)
		done <- result{data, err}
	}()
	pf.packed = sync.OnceValues(func() ([]byte, error) {
		r := <-done
		return r.data, r.err
	})
	return pf, nil
}

// appendHex appends runes as the font's two-byte codes (glyph IDs) in a
// PDF hex string; a rune the subset lacks shows .notdef.
func (pf *pdfFont) appendHex(b []byte, runes []rune) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '<')
	for _, r := range runes {
		g := pf.glyph.of(r)
		b = append(b, hex[g>>12], hex[g>>8&15], hex[g>>4&15], hex[g&15])
	}
	return append(b, '>')
}

// glyphTable maps the subset's characters to its glyph IDs, in pages of
// 256 characters: it is read for every glyph drawn, where a map lookup
// was a tenth of the drawing.
type glyphTable []*[256]uint16

func newGlyphTable(runes []rune, glyphs []uint16) glyphTable {
	var t glyphTable
	for k, r := range runes {
		if r < 0 {
			continue
		}
		p := int(r >> 8)
		for len(t) <= p {
			t = append(t, nil)
		}
		if t[p] == nil {
			t[p] = new([256]uint16)
		}
		t[p][r&0xFF] = glyphs[k]
	}
	return t
}

// of is r's glyph ID, 0 (.notdef) when the subset lacks it.
func (t glyphTable) of(r rune) uint16 {
	if p := int(r >> 8); r >= 0 && p < len(t) && t[p] != nil {
		return t[p][r&0xFF]
	}
	return 0
}

// units converts font units to the PDF's thousandths of an em.
func (pf *pdfFont) units(v int) int {
	return int(math.Round(float64(v) * 1000 / float64(pf.sub.UnitsPerEm)))
}

// objects returns the font's PDF objects numbered from first: the Type 0
// font (the one pages refer to), its descendant CIDFont, the font
// descriptor, the font program and the ToUnicode map.
func (pf *pdfFont) objects(first int) ([][]byte, error) {
	n := func(k int) int { return first + k }
	m := pf.font.Metrics()
	cid := "CIDFontType2"
	file := "/FontFile2"
	extra := fmt.Sprintf("/Length1 %d", len(pf.sub.Font))
	if pf.sub.CFF != nil {
		cid, file, extra = "CIDFontType0", "/FontFile3", "/Subtype /CIDFontType0C"
	}
	packed, err := pf.packed()
	if err != nil {
		return nil, err
	}
	flags := 4 // symbolic: glyphs outside the standard Latin set
	if m.FixedPitch {
		flags |= 1
	}
	if m.Serif {
		flags |= 2
	}
	if m.ItalicAngle != 0 {
		flags |= 64
	}
	var objs [][]byte
	objs = append(objs, fmt.Appendf(nil, "<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
		pf.name, n(1), n(4)))
	desc := fmt.Sprintf("<</Type /Font /Subtype /%s /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W %s",
		cid, pf.name, n(2), pf.widths())
	if pf.sub.CFF == nil {
		desc += " /CIDToGIDMap /Identity"
	}
	objs = append(objs, []byte(desc+">>"))
	objs = append(objs, fmt.Appendf(nil, "<</Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV 80 %s %d 0 R>>",
		pf.name, flags, pf.units(m.XMin), pf.units(m.YMin), pf.units(m.XMax), pf.units(m.YMax),
		strconv.FormatFloat(m.ItalicAngle, 'f', -1, 64), pf.units(m.Ascent), pf.units(m.Descent), pf.units(m.CapHeight), file, n(3)))
	stream := fmt.Appendf(nil, "<</Filter /FlateDecode /Length %d %s>>\nstream\n", len(packed), extra)
	stream = append(append(stream, packed...), "\nendstream"...)
	objs = append(objs, stream)
	cmap := pf.toUnicode()
	objs = append(objs, fmt.Appendf(nil, "<</Length %d>>\nstream\n%s\nendstream", len(cmap), cmap))
	return objs, nil
}

// widths writes the /W array: runs of equal advances as "first last w",
// the rest as "first [w ...]".
func (pf *pdfFont) widths() string {
	w := make([]int, len(pf.sub.Advances))
	for i, a := range pf.sub.Advances {
		w[i] = pf.units(int(a))
	}
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(w); {
		j := i + 1
		for j < len(w) && w[j] == w[i] {
			j++
		}
		if j-i >= 3 {
			fmt.Fprintf(&b, "%d %d %d ", i, j-1, w[i])
			i = j
			continue
		}
		// A list up to the next run of three equal widths.
		k := i
		for k < len(w) && !(k+2 < len(w) && w[k] == w[k+1] && w[k] == w[k+2]) {
			k++
		}
		fmt.Fprintf(&b, "%d [", i)
		for x := i; x < k; x++ {
			if x > i {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Itoa(w[x]))
		}
		b.WriteString("] ")
		i = k
	}
	s := strings.TrimSuffix(b.String(), " ")
	return s + "]"
}

// toUnicode writes the CMap from glyph IDs back to characters (the first
// character of a glyph that several share).
func (pf *pdfFont) toUnicode() string {
	type pair struct {
		g uint16
		r rune
	}
	var pairs []pair
	seen := map[uint16]bool{}
	for k, r := range pf.sub.Runes {
		g := pf.sub.Glyphs[k]
		if !seen[g] {
			seen[g] = true
			pairs = append(pairs, pair{g, r})
		}
	}
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(pairs); i += 100 {
		block := pairs[i:min(i+100, len(pairs))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(block))
		for _, p := range block {
			fmt.Fprintf(&b, "<%04X> <%s>\n", p.g, utf16Hex(p.r))
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return b.String()
}

func utf16Hex(r rune) string {
	if r > 0xFFFF {
		r -= 0x10000
		return fmt.Sprintf("%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
	}
	return fmt.Sprintf("%04X", r)
}

var (
	trailerSize = regexp.MustCompile(`/Size \d+`)
	fontDict    = []byte("/Font <<\n")
)

// embedFonts adds the fonts' objects to a PDF written by fpdf (which
// knows of no font) and names them in the shared resource dictionary
// (object 2, which every page uses), then rewrites the cross-reference
// table and the trailer's /Size.
func embedFonts(pdf []byte, pfs []*pdfFont) ([]byte, error) {
	o, err := readObjects(pdf)
	if err != nil {
		return nil, err
	}
	xref, offsets, count := o.xref, o.offsets, len(o.offsets)
	if count < 3 {
		return nil, fmt.Errorf("no resource dictionary")
	}
	res := offsets[2]
	end := bytes.Index(pdf[res:xref], []byte("endobj"))
	at := bytes.Index(pdf[res:xref], fontDict)
	if !bytes.HasPrefix(pdf[res:], []byte("2 0 obj\n")) || end < 0 || at < 0 || at > end {
		return nil, fmt.Errorf("no font resources in the resource dictionary")
	}
	at += res + len(fontDict)

	var names strings.Builder
	var objs [][]byte
	next := count
	for _, pf := range pfs {
		if pf == nil {
			continue
		}
		o, err := pf.objects(next)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", pf.name, err)
		}
		fmt.Fprintf(&names, "/%s %d 0 R\n", pf.res, next)
		objs = append(objs, o...)
		next += len(o)
	}
	shift := names.Len()
	// Sized to the file that comes out, so that the copy never grows
	// (the buffer would double: a second copy of a long document).
	size := xref + shift + len(o.free) + xrefEntry*next + len(o.trailer) + 64
	for k, ob := range objs {
		size += len(ob) + len("\nendobj\n") + len(fmt.Sprintf("%d 0 obj\n", count+k))
	}
	out := bytes.NewBuffer(make([]byte, 0, size))
	out.Write(pdf[:at])
	out.WriteString(names.String())
	out.Write(pdf[at:xref])
	newOffsets := make([]int, 0, next)
	for k := 1; k < count; k++ {
		if offsets[k] >= at {
			offsets[k] += shift
		}
		newOffsets = append(newOffsets, offsets[k])
	}
	for k, o := range objs {
		newOffsets = append(newOffsets, out.Len())
		fmt.Fprintf(out, "%d 0 obj\n", count+k)
		out.Write(o)
		out.WriteString("\nendobj\n")
	}
	newXref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n", next)
	out.Write(o.free)
	for _, off := range newOffsets {
		fmt.Fprintf(out, "%010d 00000 n \n", off)
	}
	tail := o.trailer
	sx := bytes.LastIndex(tail, []byte("startxref"))
	if sx < 0 {
		return nil, fmt.Errorf("no startxref after the trailer")
	}
	out.Write(trailerSize.ReplaceAll(tail[:sx], fmt.Appendf(nil, "/Size %d", next)))
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", newXref)
	return out.Bytes(), nil
}
