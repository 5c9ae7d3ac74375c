package fonts

import (
	"encoding/binary"
	"sort"
)

// table is one table to write into a font file.
type table struct {
	tag  string
	data []byte
}

// checkSumMagic is the constant head.checkSumAdjustment is computed from.
const checkSumMagic = 0xB1B0AFBA

// writeFont assembles a standalone font file: tables sorted by tag, each
// 4-byte aligned, with their checksums and head.checkSumAdjustment. head,
// when present, is copied before its adjustment is written. A font with a
// CFF table gets the OpenType signature "OTTO", others the TrueType one.
func writeFont(tables []table) []byte {
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += pad4(len(t.data))
	}
	out := make([]byte, 12+16*n, size)
	put32(out, 0, tagTrueType)
	for _, t := range tables {
		if t.tag == "CFF " || t.tag == "CFF2" {
			put32(out, 0, tagOTTO)
		}
	}
	put16(out, 4, uint16(n))
	searchRange, selector := 1, 0
	for searchRange*2 <= n {
		searchRange *= 2
		selector++
	}
	put16(out, 6, uint16(16*searchRange))
	put16(out, 8, uint16(selector))
	put16(out, 10, uint16(16*(n-searchRange)))
	headAt := -1
	for i, t := range tables {
		off := len(out)
		out = append(out, t.data...)
		out = append(out, make([]byte, pad4(len(t.data))-len(t.data))...)
		if t.tag == "head" && len(t.data) >= 12 {
			headAt = off
			put32(out, off+8, 0) // adjustment is summed as zero
		}
		rec := 12 + 16*i
		copy(out[rec:], t.tag)
		put32(out, rec+4, checksum(out[off:off+pad4(len(t.data))]))
		put32(out, rec+8, uint32(off))
		put32(out, rec+12, uint32(len(t.data)))
	}
	if headAt >= 0 {
		put32(out, headAt+8, checkSumMagic-checksum(out))
	}
	return out
}

// checksum sums b as big-endian uint32 words; len(b) must be a multiple of 4.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	return sum
}

func pad4(n int) int { return (n + 3) &^ 3 }

func put16(b []byte, off int, v uint16) { binary.BigEndian.PutUint16(b[off:], v) }
func put32(b []byte, off int, v uint32) { binary.BigEndian.PutUint32(b[off:], v) }
