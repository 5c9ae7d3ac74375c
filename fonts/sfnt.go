package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Magic numbers at the start of font files.
const (
	tagTrueType   = 0x00010000 // TrueType outlines
	tagTrue       = 0x74727565 // "true": Apple TrueType
	tagOTTO       = 0x4F54544F // "OTTO": CFF outlines
	tagCollection = 0x74746366 // "ttcf": TrueType/OpenType collection
)

// Errors callers can test with errors.Is.
var (
	// ErrNotFont reports data that is not a TrueType/OpenType font at all.
	ErrNotFont = errors.New("not a TrueType or OpenType font file")
	// ErrCorrupt reports a font file that is truncated or inconsistent.
	ErrCorrupt = errors.New("truncated or corrupt font")
)

// tableRecord locates one table inside a font file (or collection).
type tableRecord struct {
	tag    string
	offset uint32
	length uint32
}

// tableDir is the table directory of one font face.
type tableDir []tableRecord

func (d tableDir) find(tag string) (tableRecord, bool) {
	for _, t := range d {
		if t.tag == tag {
			return t, true
		}
	}
	return tableRecord{}, false
}

// readTableDir reads the table directory at offset in data, checking that
// every table lies inside data.
func readTableDir(data []byte, offset uint32) (tableDir, uint32, error) {
	switch {
	case offset == 0 && len(data) < 4:
		return nil, 0, ErrNotFont
	case uint64(offset)+4 > uint64(len(data)):
		return nil, 0, ErrCorrupt
	}
	p := data[offset:]
	version := binary.BigEndian.Uint32(p)
	switch {
	case version == tagTrueType || version == tagTrue || version == tagOTTO:
	case offset != 0: // a collection pointing at something else
		return nil, 0, ErrCorrupt
	default:
		return nil, 0, ErrNotFont
	}
	if len(p) < 12 {
		return nil, 0, ErrCorrupt
	}
	n := int(binary.BigEndian.Uint16(p[4:]))
	if n == 0 || 12+16*n > len(p) {
		return nil, 0, ErrCorrupt
	}
	dir := make(tableDir, n)
	for i := range dir {
		e := p[12+16*i:]
		t := tableRecord{
			tag:    string(e[0:4]),
			offset: binary.BigEndian.Uint32(e[8:]),
			length: binary.BigEndian.Uint32(e[12:]),
		}
		if uint64(t.offset)+uint64(t.length) > uint64(len(data)) {
			return nil, 0, fmt.Errorf("table %q runs past the end of the file: %w", t.tag, ErrCorrupt)
		}
		dir[i] = t
	}
	return dir, version, nil
}

// collectionOffsets returns the offsets of the faces of a TrueType
// collection, or nil when data is a single font.
func collectionOffsets(data []byte) ([]uint32, error) {
	if len(data) < 4 || binary.BigEndian.Uint32(data) != tagCollection {
		return nil, nil
	}
	if len(data) < 12 {
		return nil, ErrCorrupt
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if n == 0 || n > (len(data)-12)/4 {
		return nil, ErrCorrupt
	}
	offs := make([]uint32, n)
	for i := range offs {
		offs[i] = binary.BigEndian.Uint32(data[12+4*i:])
	}
	return offs, nil
}

// outlines tells TrueType (glyf) faces from CFF ones and refuses CFF2
// (variable) outlines and faces with neither.
func (d tableDir) outlines(version uint32) (cff bool, err error) {
	_, glyf := d.find("glyf")
	_, cff = d.find("CFF ")
	_, cff2 := d.find("CFF2")
	switch {
	case glyf && version != tagOTTO:
		return false, nil
	case cff:
		return true, nil
	case cff2:
		return false, ErrCFF2
	case version == tagOTTO:
		return false, fmt.Errorf("no CFF table: %w", ErrCorrupt)
	}
	return false, fmt.Errorf("no glyf table: %w", ErrCorrupt)
}

func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[off:])
}

func i16(b []byte, off int) int16 { return int16(u16(b, off)) }

func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[off:])
}
