package source

import (
	"errors"
	"strings"
	"testing"
	gounicode "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	text := "政府工作报告摘编\n一年来，我们坚持以“两个确保”为目标，增长 21.6%。\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	cases := []struct {
		name, in, enc string
		wantEnc       string
		want          string
	}{
		{"utf-8", text, "auto", "utf-8", text},
		{"utf-8 with BOM", "\ufeff" + text, "auto", "utf-8", text},
		{"utf-16le with BOM", u16le, "auto", "utf-16le", text},
		{"utf-16be with BOM", u16be, "auto", "utf-16be", text},
		{"utf-16le without BOM", u16le[2:], "auto", "utf-16le", text},
		{"utf-16be without BOM", u16be[2:], "auto", "utf-16be", text},
		{"gb18030 detected", gb, "auto", "gb18030", text},
		{"gbk forced", gb, "gbk", "gb18030", text},
		{"CRLF and CR", "一\r\n二\r三\n", "auto", "utf-8", "一\n二\n三\n"},
		{"form feed is kept: a page break", "一\f二", "", "utf-8", "一\f二"},
		{"control characters dropped, tab to space", "一\x07二\t三\u200b", "", "utf-8", "一二 三"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode("in.txt", []byte(c.in), c.enc)
			if err != nil {
				t.Fatal(err)
			}
			if got.Body != c.want || got.Encoding != c.wantEnc {
				t.Errorf("got %q (%s), want %q (%s)", got.Body, got.Encoding, c.want, c.wantEnc)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name, in, enc string
		is            error
		msg           string
	}{
		{"empty", "", "auto", ErrEmpty, "in.txt: empty input"},
		{"whitespace only", " \n\t\n　\n", "auto", nil, "in.txt: empty input: only whitespace"},
		{"NUL bytes", "abc\x00def", "auto", ErrBinary, "in.txt: binary input"},
		{"NUL bytes, even length", "PK\x03\x04\x00\x00\x14\x00\x06\x00\n\x00", "auto", ErrBinary, "in.txt: binary input"},
		{"UTF-16 with a NUL character", "a\x00\x00\x00\n\x00", "auto", ErrBinary, "in.txt: binary input"},
		{"latin-1 is not GB18030 text", "caf\xe9 na\xefve \xff\xfe\xfd", "auto", ErrEncoding, "in.txt: not valid text"},
		{"forced utf-8 on GBK bytes", "\xd5\xfe\xb8\xae", "utf-8", nil, "in.txt: not valid UTF-8"},
		{"unknown encoding name", "x", "latin9", ErrUnknown, `in.txt: unknown encoding "latin9"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode("in.txt", []byte(c.in), c.enc)
			if err == nil {
				t.Fatal("no error")
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("%v is not %v", err, c.is)
			}
			if !strings.HasPrefix(err.Error(), c.msg) {
				t.Errorf("error %q, want prefix %q", err, c.msg)
			}
		})
	}
}

func TestSample(t *testing.T) {
	txt, err := Decode(SampleName, Sample(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(txt.Body, " 政府工作报告摘编\n") || strings.Count(txt.Body, "\n") != 421 {
		t.Errorf("sample not as shipped: %q…, %d lines", txt.Body[:30], strings.Count(txt.Body, "\n"))
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("政府工作报告\r\n"), "auto")
	f.Add([]byte{0xFF, 0xFE, 0x3F, 0x00}, "auto")
	f.Add([]byte{0xD5, 0xFE, 0xB8, 0xAE}, "gbk")
	f.Fuzz(func(t *testing.T, data []byte, enc string) {
		txt, err := Decode("f.txt", data, enc)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt: ") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error not one line naming the file: %q", err)
			}
			return
		}
		if strings.ContainsAny(txt.Body, "\r\x00") {
			t.Fatalf("body keeps CR or NUL: %q", txt.Body)
		}
	})
}

func TestClean(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		removed        int
	}{
		{"nothing to do", "政府工作报告\n第二行 two\n", "政府工作报告\n第二行 two\n", 0},
		{"empty", "", "", 0},
		{"line ends", "a\r\nb\rc\n", "a\nb\nc\n", 0},
		{"CR at the end", "a\r", "a\n", 0},
		{"form feed kept, tab a space", "页\f\t头", "页\f 头", 0},
		{"BOM, zero-width space, soft hyphen", "\ufeff预\u200b算\u00ad", "预算", 3},
		{"C0, DEL and C1 controls", "a\x00b\x7fc\u0085d", "abcd", 3},
		{"invalid bytes", "a\xffb\xc2", "ab", 2},
		{"U+FFFD itself is text", "a\ufffdb", "a\ufffdb", 0},
		{"special first and last", "\x01中\x02", "中", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, removed := clean(tc.in)
			if got != tc.want || removed != tc.removed {
				t.Errorf("clean(%q) = %q, %d; want %q, %d", tc.in, got, removed, tc.want, tc.removed)
			}
		})
	}
}

// cleanByRune is clean written the plain way, one rune at a time: the
// oracle FuzzClean holds clean to.
func cleanByRune(s string) (string, int) {
	var b strings.Builder
	removed := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n', r == '\f':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && size == 1, r == '\ufeff', r == '\u200b', r == '\u00ad', gounicode.IsControl(r):
			removed++
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), removed
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"政府\r\n工作", "\ufeff\x00a\xff", "\t\f\u00ad\u200b", "plain text\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n := clean(s)
		want, m := cleanByRune(s)
		if got != want || n != m {
			t.Fatalf("clean(%q) = %q, %d; one rune at a time: %q, %d", s, got, n, want, m)
		}
	})
}
