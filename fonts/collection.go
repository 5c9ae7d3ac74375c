package fonts

import (
	"fmt"
)

// faceOffsets returns the offsets of the faces of a collection (nil for a
// single font), checking that face index exists.
func faceOffsets(data []byte, index int) ([]uint32, error) {
	offs, err := collectionOffsets(data)
	switch {
	case err != nil:
		return nil, err
	case offs == nil && index != 0:
		return nil, fmt.Errorf("face %d requested, but the file holds a single font (face 0)", index)
	case offs != nil && (index < 0 || index >= len(offs)):
		return nil, fmt.Errorf("face %d requested, but the collection holds faces 0 to %d", index, len(offs)-1)
	}
	return offs, nil
}

// extractFace copies face index of a TrueType or OpenType collection into
// a standalone font. data that is not a collection is returned as is for face
// 0. Digital signatures are dropped: they no longer match.
func extractFace(data []byte, index int) ([]byte, error) {
	offs, err := faceOffsets(data, index)
	switch {
	case err != nil:
		return nil, err
	case offs == nil:
		return data, nil
	}
	dir, version, err := readTableDir(data, offs[index])
	if err != nil {
		return nil, fmt.Errorf("face %d: %w", index, err)
	}
	if _, err := dir.outlines(version); err != nil {
		return nil, err
	}
	tables := make([]table, 0, len(dir))
	for _, t := range dir {
		if t.tag == "DSIG" {
			continue
		}
		tables = append(tables, table{t.tag, data[t.offset : t.offset+t.length]})
	}
	return writeFont(tables), nil
}
