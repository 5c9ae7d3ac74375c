package fonts

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// The Compact Font Format (Adobe TN 5176) table of OpenType fonts with
// PostScript outlines, as Noto CJK and Source Han use it: CID-keyed, with
// an FDArray of Private DICTs chosen per glyph by FDSelect, and Type 2
// charstrings sharing global and local subroutines. Only what drawing,
// measuring and subsetting need is read; every offset is checked, so a
// damaged table is an error, never a panic.

// ErrCFF2 reports a variable font whose outlines are in a CFF2 table.
var ErrCFF2 = errors.New("CFF2 (variable) outlines, which publish cannot embed; use a static OpenType or TrueType instance of the font")

// cffIndex is a CFF INDEX: count items whose offsets (offSize bytes each,
// counted from 1 at the start of the item data) follow the header. Items
// are read on demand, so a 65,535-glyph CharStrings INDEX costs nothing
// to open.
type cffIndex struct {
	data    []byte // the whole CFF table
	count   int
	offSize int
	offs    int // where the offset array starts
	base    int // the byte before the item data: item i starts at base+offset(i)
}

// readIndex reads the INDEX at pos and returns it and the position just
// past its data.
func readIndex(data []byte, pos int) (cffIndex, int, error) {
	if pos < 0 || pos+2 > len(data) {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: %w", pos, ErrCorrupt)
	}
	x := cffIndex{data: data, count: int(u16(data, pos))}
	if x.count == 0 {
		return x, pos + 2, nil
	}
	if pos+3 > len(data) {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: %w", pos, ErrCorrupt)
	}
	x.offSize = int(data[pos+2])
	x.offs = pos + 3
	if x.offSize < 1 || x.offSize > 4 {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: offset size %d: %w", pos, x.offSize, ErrCorrupt)
	}
	x.base = x.offs + (x.count+1)*x.offSize - 1
	if x.base+1 > len(data) {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: %d offsets past the end: %w", pos, x.count, ErrCorrupt)
	}
	if x.offset(0) != 1 {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: first offset not 1: %w", pos, ErrCorrupt)
	}
	end := x.offset(x.count)
	if end < 1 || x.base+end > len(data) {
		return cffIndex{}, 0, fmt.Errorf("CFF INDEX at %d: data past the end: %w", pos, ErrCorrupt)
	}
	return x, x.base + end, nil
}

// offset returns offset number i as stored (1-based).
func (x cffIndex) offset(i int) int {
	at := x.offs + i*x.offSize
	v := 0
	for k := 0; k < x.offSize; k++ {
		v = v<<8 | int(x.data[at+k])
	}
	return v
}

// item returns item i, or nil when its offsets are out of order or range.
func (x cffIndex) item(i int) []byte {
	if i < 0 || i >= x.count {
		return nil
	}
	a, b := x.offset(i), x.offset(i+1)
	if a < 1 || b < a || x.base+b > len(x.data) {
		return nil
	}
	return x.data[x.base+a : x.base+b]
}

// DICT operators we read (two-byte operators are 1200 + the second byte).
const (
	opCharset     = 15
	opEncoding    = 16
	opCharStrings = 17
	opPrivate     = 18
	opSubrs       = 19
	opDefaultW    = 20
	opNominalW    = 21
	opFontMatrix  = 1207
	opROS         = 1230
	opCIDCount    = 1234
	opFDArray     = 1236
	opFDSelect    = 1237
	opFontName    = 1238
)

// dictEntry is one operator of a DICT with its operands, and the bytes
// of the operands as written (so a DICT can be copied without rounding
// its real numbers).
type dictEntry struct {
	op   int
	args []float64
	raw  []byte
}

// parseDict reads a DICT.
func parseDict(b []byte) ([]dictEntry, error) {
	var out []dictEntry
	var args []float64
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c <= 21:
			op := int(c)
			n := 1
			if c == 12 {
				if i+1 >= len(b) {
					return nil, fmt.Errorf("CFF DICT: escape at the end: %w", ErrCorrupt)
				}
				op, n = 1200+int(b[i+1]), 2
			}
			out = append(out, dictEntry{op: op, args: args, raw: b[start:i]})
			args = nil
			i += n
			start = i
			continue
		case c == 28:
			if i+3 > len(b) {
				return nil, fmt.Errorf("CFF DICT: %w", ErrCorrupt)
			}
			args = append(args, float64(int16(u16(b, i+1))))
			i += 3
		case c == 29:
			if i+5 > len(b) {
				return nil, fmt.Errorf("CFF DICT: %w", ErrCorrupt)
			}
			args = append(args, float64(int32(u32(b, i+1))))
			i += 5
		case c == 30:
			v, n, err := dictReal(b[i+1:])
			if err != nil {
				return nil, err
			}
			args = append(args, v)
			i += 1 + n
		case c >= 32 && c <= 246:
			args = append(args, float64(int(c)-139))
			i++
		case c >= 247 && c <= 254:
			if i+2 > len(b) {
				return nil, fmt.Errorf("CFF DICT: %w", ErrCorrupt)
			}
			v := (int(c)-247)*256 + int(b[i+1]) + 108
			if c >= 251 {
				v = -(int(c)-251)*256 - int(b[i+1]) - 108
			}
			args = append(args, float64(v))
			i += 2
		default:
			return nil, fmt.Errorf("CFF DICT: byte %d: %w", c, ErrCorrupt)
		}
		if len(args) > 48 {
			return nil, fmt.Errorf("CFF DICT: too many operands: %w", ErrCorrupt)
		}
	}
	return out, nil
}

// dictReal reads a real number operand (packed decimal nibbles).
func dictReal(b []byte) (float64, int, error) {
	s := make([]byte, 0, 16)
	for i := 0; i < len(b); i++ {
		for _, nib := range [2]byte{b[i] >> 4, b[i] & 15} {
			switch {
			case nib <= 9:
				s = append(s, '0'+nib)
			case nib == 0xa:
				s = append(s, '.')
			case nib == 0xb:
				s = append(s, 'E')
			case nib == 0xc:
				s = append(s, 'E', '-')
			case nib == 0xe:
				s = append(s, '-')
			case nib == 0xf:
				v, err := strconv.ParseFloat(string(s), 64)
				if err != nil || math.IsInf(v, 0) {
					v = 0 // a malformed number reads as zero, as in other readers
				}
				return v, i + 1, nil
			default:
				return 0, 0, fmt.Errorf("CFF DICT: real number nibble %x: %w", nib, ErrCorrupt)
			}
			if len(s) > 64 {
				return 0, 0, fmt.Errorf("CFF DICT: real number too long: %w", ErrCorrupt)
			}
		}
	}
	return 0, 0, fmt.Errorf("CFF DICT: unterminated real number: %w", ErrCorrupt)
}

// find returns the operands of op, or nil.
func findOp(d []dictEntry, op int) []float64 {
	for _, e := range d {
		if e.op == op {
			return e.args
		}
	}
	return nil
}

// cffPrivate is one Private DICT with its local subroutines.
type cffPrivate struct {
	dict     []dictEntry
	subrs    cffIndex
	nominalW float64
}

// cffFont is a parsed CFF table.
type cffFont struct {
	data        []byte
	name        string // PostScript name from the Name INDEX
	top         []dictEntry
	gsubrs      cffIndex
	charStrings cffIndex
	cid         bool
	fdOf        []uint8 // Font DICT of each glyph (nil: all use privates[0])
	privates    []cffPrivate
}

// parseCFF reads a CFF table of a font with numGlyphs glyphs (from maxp).
func parseCFF(data []byte, numGlyphs int) (*cffFont, error) {
	if len(data) < 4 || data[0] != 1 {
		return nil, fmt.Errorf("CFF header (major version %d): %w", byteAt(data, 0), ErrCorrupt)
	}
	names, pos, err := readIndex(data, int(data[2]))
	if err != nil {
		return nil, err
	}
	tops, pos, err := readIndex(data, pos)
	if err != nil {
		return nil, err
	}
	if _, pos, err = readIndex(data, pos); err != nil { // strings
		return nil, err
	}
	c := &cffFont{data: data, name: string(names.item(0))}
	if c.gsubrs, _, err = readIndex(data, pos); err != nil {
		return nil, err
	}
	if tops.count != 1 {
		return nil, fmt.Errorf("CFF with %d fonts: %w", tops.count, ErrCorrupt)
	}
	if c.top, err = parseDict(tops.item(0)); err != nil {
		return nil, err
	}
	cs := findOp(c.top, opCharStrings)
	if len(cs) != 1 {
		return nil, fmt.Errorf("CFF without CharStrings: %w", ErrCorrupt)
	}
	if c.charStrings, _, err = readIndex(data, int(cs[0])); err != nil {
		return nil, err
	}
	if c.charStrings.count != numGlyphs {
		return nil, fmt.Errorf("CFF has %d charstrings for %d glyphs: %w", c.charStrings.count, numGlyphs, ErrCorrupt)
	}
	if findOp(c.top, opROS) == nil {
		priv := findOp(c.top, opPrivate)
		if len(priv) != 2 {
			return nil, fmt.Errorf("CFF without a Private DICT: %w", ErrCorrupt)
		}
		p, err := c.readPrivate(int(priv[1]), int(priv[0]))
		if err != nil {
			return nil, err
		}
		c.privates = []cffPrivate{p}
		return c, nil
	}
	c.cid = true
	fda, fds := findOp(c.top, opFDArray), findOp(c.top, opFDSelect)
	if len(fda) != 1 || len(fds) != 1 {
		return nil, fmt.Errorf("CID-keyed CFF without FDArray or FDSelect: %w", ErrCorrupt)
	}
	fdArray, _, err := readIndex(data, int(fda[0]))
	if err != nil {
		return nil, err
	}
	if fdArray.count == 0 || fdArray.count > 256 {
		return nil, fmt.Errorf("CFF FDArray of %d dicts: %w", fdArray.count, ErrCorrupt)
	}
	for i := 0; i < fdArray.count; i++ {
		fd, err := parseDict(fdArray.item(i))
		if err != nil {
			return nil, err
		}
		priv := findOp(fd, opPrivate)
		if len(priv) != 2 {
			return nil, fmt.Errorf("CFF Font DICT %d without a Private DICT: %w", i, ErrCorrupt)
		}
		p, err := c.readPrivate(int(priv[1]), int(priv[0]))
		if err != nil {
			return nil, err
		}
		c.privates = append(c.privates, p)
	}
	if c.fdOf, err = readFDSelect(data, int(fds[0]), numGlyphs, len(c.privates)); err != nil {
		return nil, err
	}
	return c, nil
}

func byteAt(b []byte, i int) byte {
	if i < len(b) {
		return b[i]
	}
	return 0
}

// readPrivate reads the Private DICT at off of size bytes and its Subrs.
func (c *cffFont) readPrivate(off, size int) (cffPrivate, error) {
	if off < 0 || size < 0 || off+size > len(c.data) {
		return cffPrivate{}, fmt.Errorf("CFF Private DICT past the end: %w", ErrCorrupt)
	}
	d, err := parseDict(c.data[off : off+size])
	if err != nil {
		return cffPrivate{}, err
	}
	p := cffPrivate{dict: d}
	if w := findOp(d, opNominalW); len(w) == 1 {
		p.nominalW = w[0]
	}
	if s := findOp(d, opSubrs); len(s) == 1 {
		if p.subrs, _, err = readIndex(c.data, off+int(s[0])); err != nil {
			return cffPrivate{}, err
		}
	}
	return p, nil
}

// readFDSelect reads FDSelect formats 0 and 3 into one Font DICT index per
// glyph.
func readFDSelect(data []byte, pos, numGlyphs, numFDs int) ([]uint8, error) {
	if pos < 0 || pos >= len(data) {
		return nil, fmt.Errorf("CFF FDSelect past the end: %w", ErrCorrupt)
	}
	fdOf := make([]uint8, numGlyphs)
	switch data[pos] {
	case 0:
		if pos+1+numGlyphs > len(data) {
			return nil, fmt.Errorf("CFF FDSelect past the end: %w", ErrCorrupt)
		}
		copy(fdOf, data[pos+1:])
	case 3:
		n := int(u16(data, pos+1))
		if n == 0 || pos+3+3*n+2 > len(data) {
			return nil, fmt.Errorf("CFF FDSelect ranges past the end: %w", ErrCorrupt)
		}
		if u16(data, pos+3) != 0 {
			return nil, fmt.Errorf("CFF FDSelect does not start at glyph 0: %w", ErrCorrupt)
		}
		for i := 0; i < n; i++ {
			r := pos + 3 + 3*i
			first, next := int(u16(data, r)), int(u16(data, r+3))
			if next < first || next > numGlyphs {
				return nil, fmt.Errorf("CFF FDSelect ranges out of order: %w", ErrCorrupt)
			}
			for g := first; g < next; g++ {
				fdOf[g] = data[r+2]
			}
		}
		if int(u16(data, pos+3+3*n)) != numGlyphs {
			return nil, fmt.Errorf("CFF FDSelect does not cover every glyph: %w", ErrCorrupt)
		}
	default:
		return nil, fmt.Errorf("CFF FDSelect format %d: %w", data[pos], ErrCorrupt)
	}
	for g, fd := range fdOf {
		if int(fd) >= numFDs {
			return nil, fmt.Errorf("CFF FDSelect gives glyph %d Font DICT %d of %d: %w", g, fd, numFDs, ErrCorrupt)
		}
	}
	return fdOf, nil
}

// private returns the Private DICT glyph g is drawn with.
func (c *cffFont) private(g int) *cffPrivate {
	if c.fdOf == nil {
		return &c.privates[0]
	}
	return &c.privates[c.fdOf[g]]
}

// subrBias is the number added to a subroutine operand (TN 5177 4.7).
func subrBias(count int) int {
	switch {
	case count < 1240:
		return 107
	case count < 33900:
		return 1131
	}
	return 32768
}
