package fonts

import (
	"slices"
	"sync"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// GB2312 returns the 7445 characters of the GB2312 repertoire, the
// baseline a Simplified Chinese font must cover: the two-byte codes
// 0xA1A1-0xF7FE as the GBK decoder reads them, less the private use area
// and the symbols GBK added inside GB2312's rows.
func GB2312() []rune { return slices.Clone(gb2312Runes()) }

// gbkAdditions are the code ranges GBK/1 filled in GB2312's symbol rows:
// small Roman numerals, the euro sign, vertical forms, pinyin letters.
var gbkAdditions = [][2]uint16{{0xA2A1, 0xA2AA}, {0xA2E3, 0xA2E3}, {0xA6E0, 0xA6F5}, {0xA8BB, 0xA8C0}}

var gb2312Runes = sync.OnceValue(func() []rune {
	dec := simplifiedchinese.GBK.NewDecoder()
	var out []rune
	for hi := 0xA1; hi <= 0xF7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			code := uint16(hi<<8 | lo)
			if slices.ContainsFunc(gbkAdditions, func(r [2]uint16) bool { return code >= r[0] && code <= r[1] }) {
				continue
			}
			b, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				continue
			}
			r := []rune(string(b))
			if len(r) != 1 || r[0] == 0xFFFD || (r[0] >= 0xE000 && r[0] <= 0xF8FF) {
				continue
			}
			out = append(out, r[0])
		}
	}
	return out
})
