package fonts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes the test fonts of TestLoad into a temporary folder.
func writeFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	regular := subsetOf(t, Bundled(), "中文字体 ABC")
	bold := subsetOf(t, BundledBold(), "中文字体 ABC")
	files := map[string][]byte{
		"regular.ttf":   regular,
		"pair.ttc":      makeCollection(t, regular, bold),
		"empty.ttf":     nil,
		"short.ttf":     []byte("\x00\x01\x00"),
		"notes.ttf":     []byte("这不是字体文件, just some text that is long enough\n"),
		"truncated.ttf": regular[:len(regular)/2],
		"header.ttf":    regular[:40],
		"cut.ttc":       makeCollection(t, regular, bold)[:600],
		"outlines.otf":  fakeCFF2(),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.ttf"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t)
	at := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name, spec string
		style      string // style of the loaded face
		errIs      error
		errHas     string // substring of the error
	}{
		{name: "ttf path", spec: at("regular.ttf"), style: "Regular"},
		{name: "collection face 0", spec: at("pair.ttc") + ":0", style: "Regular"},
		{name: "collection face 1", spec: at("pair.ttc") + ":1", style: "Bold"},
		{name: "collection without index", spec: at("pair.ttc"), style: "Regular"},
		{name: "face out of range", spec: at("pair.ttc") + ":2", errHas: "holds faces 0 to 1"},
		{name: "face of a single font", spec: at("regular.ttf") + ":1", errHas: "single font"},
		{name: "missing file", spec: at("nothing.ttf"), errHas: "no such font file"},
		{name: "missing collection", spec: at("nothing.ttc") + ":3", errHas: "no such font file"},
		{name: "empty file", spec: at("empty.ttf"), errHas: "empty file"},
		{name: "text file", spec: at("notes.ttf"), errIs: ErrNotFont},
		{name: "truncated font", spec: at("truncated.ttf"), errIs: ErrCorrupt},
		{name: "table directory only", spec: at("header.ttf"), errIs: ErrCorrupt},
		{name: "truncated collection", spec: at("cut.ttc") + ":1", errIs: ErrCorrupt},
		{name: "CFF2 outlines", spec: at("outlines.otf"), errIs: ErrCFF2, errHas: "static"},
		{name: "folder", spec: at("folder.ttf"), errHas: "cannot read font"},
		{name: "unknown family", spec: "No Such Family 4417", errHas: "No Such Family 4417"},
		{name: "empty name", spec: " ", errHas: "empty font name"},
		{name: "three bytes", spec: at("short.ttf"), errIs: ErrNotFont},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Load(tc.spec)
			if tc.errIs == nil && tc.errHas == "" {
				if err != nil {
					t.Fatal(err)
				}
				if f.Style() != tc.style || f.Family() != "LXGW WenKai" || !f.HasRune('字') || f.HasRune('书') {
					t.Errorf("loaded %q %q, has 字 %v, has 书 %v", f.Family(), f.Style(), f.HasRune('字'), f.HasRune('书'))
				}
				if _, err := Parse("data", f.Data()); err != nil {
					t.Errorf("Data() is not a standalone font: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("loaded %q, want an error", f.Name)
			}
			msg := err.Error()
			if tc.errIs != nil && !errors.Is(err, tc.errIs) {
				t.Errorf("error %q is not %q", msg, tc.errIs)
			}
			if !strings.Contains(msg, tc.errHas) {
				t.Errorf("error %q does not say %q", msg, tc.errHas)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans lines: %q", msg)
			}
			if path, _, _ := strings.Cut(tc.spec, ":"); strings.HasPrefix(tc.spec, dir) && !strings.Contains(msg, path) {
				t.Errorf("error %q does not name the file %s", msg, path)
			}
		})
	}
}

func TestLoadIndexMatchesLoad(t *testing.T) {
	dir := writeFiles(t)
	path := filepath.Join(dir, "pair.ttc")
	for index, style := range []string{"Regular", "Bold"} {
		f, err := LoadIndex(path, index)
		if err != nil {
			t.Fatal(err)
		}
		if f.Style() != style || f.Path != path || f.Index() != index {
			t.Errorf("LoadIndex(%d) = %q %q face %d", index, f.Path, f.Style(), f.Index())
		}
	}
}

func TestSplitFaceIndex(t *testing.T) {
	for _, tc := range []struct {
		spec, path string
		index      int
		ok         bool
	}{
		{"/fonts/simsun.ttc:1", "/fonts/simsun.ttc", 1, true},
		{"simsun.ttc:12", "simsun.ttc", 12, true},
		{`C:\Windows\Fonts\msyh.ttc:0`, `C:\Windows\Fonts\msyh.ttc`, 0, true},
		{`C:\Windows\Fonts\simhei.ttf`, "", 0, false},
		{"Microsoft YaHei", "", 0, false},
		{"font.ttc:-1", "", 0, false},
		{":3", "", 0, false},
	} {
		path, index, ok := splitFaceIndex(tc.spec)
		if path != tc.path || index != tc.index || ok != tc.ok {
			t.Errorf("splitFaceIndex(%q) = %q, %d, %v; want %q, %d, %v", tc.spec, path, index, ok, tc.path, tc.index, tc.ok)
		}
	}
}

func TestLoadBundledByName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want *Font
	}{
		{"LXGW WenKai", Bundled()},
		{"lxgw-wenkai", Bundled()},
		{"霞鹜文楷", Bundled()},
		{"LXGW WenKai Bold", BundledBold()},
	} {
		if got, err := Load(tc.name); err != nil || got != tc.want {
			t.Errorf("Load(%q) = %v, %v; want %s", tc.name, got, err, tc.want.Name)
		}
	}
}
