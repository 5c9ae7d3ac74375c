package fonts

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
)

const (
	wqyPath   = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	umingPath = "/usr/share/fonts/truetype/arphic/uming.ttc"
	droidPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	notoPath  = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
)

// TestSystemFontsSubsetAndDraw loads real CJK fonts of the kinds users
// choose, subsets the sample's characters and draws them with fpdf.
func TestSystemFontsSubsetAndDraw(t *testing.T) {
	sample := sampleRunes(t)
	for _, tc := range []struct {
		spec, file, family string
	}{
		{wqyPath, wqyPath, "WenQuanYi Micro Hei"},
		{wqyPath + ":1", wqyPath, "WenQuanYi Micro Hei Mono"},
		{umingPath + ":0", umingPath, "AR PL UMing CN"},
		{umingPath + ":3", umingPath, "AR PL UMing TW MBE"},
		{droidPath, droidPath, "Droid Sans Fallback"},
	} {
		t.Run(tc.family, func(t *testing.T) {
			needFile(t, tc.file)
			f, err := Load(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if f.Family() != tc.family {
				t.Errorf("family %q, want %q", f.Family(), tc.family)
			}
			data, err := f.Subset(sample)
			if err != nil {
				t.Fatal(err)
			}
			sub, err := sfnt.Parse(data)
			if err != nil {
				t.Fatalf("sfnt rejects the subset: %v", err)
			}
			var has []rune
			for _, r := range sample {
				if f.HasRune(r) {
					has = append(has, r)
				}
			}
			var buf sfnt.Buffer
			for _, r := range has {
				if g, err := sub.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("subset lacks %q", r)
				}
			}
			t.Logf("%s: %d glyphs, %d bytes; sample subset %d bytes, %d of %d characters",
				tc.spec, f.NumGlyphs(), len(f.Data()), len(data), len(has), len(sample))
			pdftotext := needTool(t, "pdftotext")
			if got, want := dropSpace(pdfText(t, pdftotext, data, string(has))), dropSpace(string(has)); got != want {
				t.Errorf("pdftotext gives back %q, want %q", got, want)
			}
		})
	}
}

func TestLoadFamily(t *testing.T) {
	for _, tc := range []struct {
		family, file string
		index        int
		errIs        error
	}{
		{"WenQuanYi Micro Hei", wqyPath, 0, nil},
		{"wenquanyi micro hei mono", wqyPath, 1, nil},
		{"AR PL UMing CN", umingPath, 0, nil},
		{"AR PL UMing TW", umingPath, 2, nil},
		{"Droid Sans Fallback", droidPath, 0, nil},
		{"文泉驿微米黑", wqyPath, 0, nil},
		{"AR PL UMing HK", umingPath, 1, nil},
		{"Noto Sans CJK SC", notoPath, 2, nil},
	} {
		t.Run(tc.family, func(t *testing.T) {
			needFile(t, tc.file)
			f, err := Load(tc.family)
			if tc.errIs != nil {
				if !errors.Is(err, tc.errIs) {
					t.Fatalf("error %v, want %v", err, tc.errIs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Path != tc.file || f.Index() != tc.index {
				t.Errorf("loaded %s face %d, want %s face %d", f.Path, f.Index(), tc.file, tc.index)
			}
		})
	}
}

func TestLoadCFF2Refused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "variable.otf")
	if err := os.WriteFile(path, fakeCFF2(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if !errors.Is(err, ErrCFF2) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "static") {
		t.Fatalf("error %v, want %v naming the file", err, ErrCFF2)
	}
	faces, _ := List()
	usable := func(f Face) bool { return f.Usable() && f.GB2312 >= 0.9 }
	named := func(f Face) bool { return usable(f) && strings.Contains(err.Error(), f.Path) }
	if slices.ContainsFunc(faces, usable) && !slices.ContainsFunc(faces, named) {
		t.Errorf("error names no installed CJK font: %v", err)
	}
}

func TestList(t *testing.T) {
	faces, err := List()
	if err != nil {
		t.Skipf("no system fonts: %v", err)
	}
	for i, f := range faces {
		if _, err := os.Stat(f.Path); err != nil {
			t.Errorf("listed face %s does not exist", f.Spec())
		}
		if f.GB2312 < minCJKCoverage || f.GB2312 > 1 || f.Family == "" {
			t.Errorf("listed face %+v", f)
		}
		if i > 0 && cmpFaces(faces[i-1], f) > 0 {
			t.Errorf("%+v listed before %+v", faces[i-1], f)
		}
	}
	for _, want := range []Face{
		{Path: wqyPath, Index: 0, Family: "WenQuanYi Micro Hei", Format: FormatTrueType},
		{Path: umingPath, Index: 1, Family: "AR PL UMing HK", Format: FormatTrueType},
		{Path: droidPath, Index: 0, Family: "Droid Sans Fallback", Format: FormatTrueType},
		{Path: notoPath, Index: 2, Family: "Noto Sans CJK SC", Format: FormatCFF},
	} {
		if _, err := os.Stat(want.Path); err != nil {
			continue
		}
		i := slices.IndexFunc(faces, func(f Face) bool { return f.Path == want.Path && f.Index == want.Index })
		if i < 0 {
			t.Errorf("%s not listed", want.Spec())
			continue
		}
		got := faces[i]
		if got.Family != want.Family || got.Format != want.Format || got.GB2312 < 0.9 {
			t.Errorf("listed %+v, want family %q, %s, GB2312 >= 0.9", got, want.Family, want.Format)
		}
	}
}

func TestTablesFit(t *testing.T) {
	font := subsetOf(t, Bundled(), "中文")
	pastEnd := bytes.Clone(font)
	put32(pastEnd, 12+8, uint32(len(font))) // first table starts at the end
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"font", font, true},
		{"collection", makeCollection(t, font, font), true},
		{"CFF outlines", fakeCFF2(), true},
		{"table past the end", pastEnd, false},
		{"cut table directory", font[:30], false},
		{"cut collection", makeCollection(t, font, font)[:len(font)], false},
		{"WOFF", append([]byte("wOFF"), font[4:]...), false},
		{"text", []byte("just some words, not a font at all"), false},
		{"empty", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tablesFit(bytes.NewReader(tc.data), int64(len(tc.data))); got != tc.want {
				t.Errorf("tablesFit = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScanFaces(t *testing.T) {
	regular := subsetOf(t, Bundled(), string(GB2312()[:3000]))
	bold := subsetOf(t, BundledBold(), "粗体")
	data := makeCollection(t, regular, bold)
	faces := scanFaces("pair.ttc", bytes.NewReader(data), int64(len(data)))
	if len(faces) != 2 {
		t.Fatalf("%d faces, want 2", len(faces))
	}
	for i, want := range []struct {
		style  string
		weight int
		gb2312 float64
	}{
		{"Regular", 400, 3000.0 / 7445}, {"Bold", 700, 2.0 / 7445},
	} {
		f := faces[i]
		if f.Index != i || f.Family != "LXGW WenKai" || f.Style != want.style || f.Format != FormatTrueType ||
			f.weight != want.weight || f.GB2312 != want.gb2312 || !f.aliases.has("霞鹜文楷") {
			t.Errorf("face %d: %+v weight %d aliases %q; want %s, weight %d, GB2312 %v",
				i, f.Face, f.weight, f.aliases, want.style, want.weight, want.gb2312)
		}
	}
}
