package source

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	unicodeenc "golang.org/x/text/encoding/unicode"
)

func TestImplausible(t *testing.T) {
	text := "政府工作报告摘编\n把牢高质量发展主动权，全力稳住经济大盘。\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	utf16, _ := unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.UseBOM).NewEncoder().String(text)
	for _, c := range []struct {
		name, data, encoding, want string
	}{
		{"GBK read as GBK", gbk, "gbk", ""},
		{"UTF-16 read as UTF-16", utf16, "utf-16", ""},
		{"UTF-8 detected", text, "auto", ""},
		{"UTF-8 forced through GBK", text, "gbk", "valid UTF-8"},
		{"UTF-8 forced through UTF-16", text + "。", "utf-16le", "valid UTF-8"},
		{"ASCII forced through GBK", "plain ASCII text\n", "gbk", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode("f.txt", []byte(c.data), c.encoding)
			if err != nil {
				if c.want == "" {
					t.Fatal(err)
				}
				return // refused outright: better still
			}
			w := Implausible(got, []byte(c.data), c.encoding)
			if c.want == "" && w != "" || c.want != "" && !strings.Contains(w, c.want) {
				t.Errorf("warning %q, want %q", w, c.want)
			}
		})
	}
	// Bytes that are not UTF-8 but decode as GB18030 into private-use
	// and rare characters.
	junk := []byte{0xA1, 0xA1}
	for i := 0; i < 50; i++ {
		junk = append(junk, 0xAA, 0xA1+byte(i%90), 0xFE, 0xA1+byte(i%90))
	}
	got, err := Decode("f.txt", junk, "gb18030")
	if err != nil {
		t.Fatal(err)
	}
	if w := Implausible(got, junk, "gb18030"); !strings.Contains(w, "unusual characters") {
		t.Errorf("private-use text gave warning %q", w)
	}
}
