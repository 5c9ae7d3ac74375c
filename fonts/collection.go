package fonts

import (
	"fmt"
)

// extractFace copies face index of a TrueType or OpenType collection into
// a standalone font. data that is not a collection is returned as is for face
// 0. Digital signatures are dropped: they no longer match.
func extractFace(data []byte, index int) ([]byte, error) {
	offs, err := collectionOffsets(data)
	if err != nil {
		return nil, err
	}
	if offs == nil {
		if index != 0 {
			return nil, fmt.Errorf("face %d requested, but the file holds a single font (face 0)", index)
		}
		return data, nil
	}
	if index < 0 || index >= len(offs) {
		return nil, fmt.Errorf("face %d requested, but the collection holds faces 0 to %d", index, len(offs)-1)
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
