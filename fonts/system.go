package fonts

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// Face is one face of a font file found on the system.
type Face struct {
	Path          string
	Index         int // face within a .ttc/.otc collection, else 0
	Family, Style string
	Format        string  // outlines: FormatTrueType, FormatCFF or FormatCFF2
	GB2312        float64 // share of the GB2312 repertoire covered, 0..1
}

// Outline formats of a Face.
const (
	FormatTrueType = "TrueType"
	FormatCFF      = "OpenType CFF"
	FormatCFF2     = "OpenType CFF2 (variable)"
)

// Usable reports whether publish can embed the face: TrueType and CFF
// outlines, not CFF2.
func (f Face) Usable() bool { return f.Format == FormatTrueType || f.Format == FormatCFF }

// Spec returns the --font argument that selects this face.
func (f Face) Spec() string {
	if f.Index == 0 && !isCollectionPath(f.Path) {
		return f.Path
	}
	return fmt.Sprintf("%s:%d", f.Path, f.Index)
}

// minCJKCoverage is the GB2312 share above which a face counts as a CJK
// font (Japanese and Traditional Chinese fonts reach it too).
const minCJKCoverage = 0.25

// scannedFace is a system face with what fallback and bold lookup need.
type scannedFace struct {
	Face
	weight  int       // OS/2 usWeightClass
	cmap    font.Cmap // nil when the face has no readable Unicode cmap
	aliases aliases   // family and full names in every language
}

func (s *scannedFace) has(r rune) bool {
	if s.cmap == nil {
		return false
	}
	g, ok := s.cmap.Lookup(r)
	return ok && g != 0
}

// List returns the CJK fonts (at least a quarter of GB2312) found in the
// system's font folders, in any outline format, sorted by family and style. It
// fails only when no font folder exists.
func List() ([]Face, error) {
	scan, err := systemFaces()
	if err != nil {
		return nil, err
	}
	var out []Face
	for _, s := range scan {
		if s.GB2312 >= minCJKCoverage {
			out = append(out, s.Face)
		}
	}
	return out, nil
}

// systemFaces scans the system font folders once per process.
var systemFaces = sync.OnceValues(func() ([]*scannedFace, error) {
	return scanDirs(fontDirs())
})

// fontDirs lists the folders fonts are installed in on this system.
func fontDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		windir := os.Getenv("WINDIR")
		if windir == "" {
			windir = `C:\Windows`
		}
		dirs = append(dirs, filepath.Join(windir, "Fonts"))
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts", "/Library/Fonts",
			filepath.Join(home, "Library", "Fonts"))
	default:
		dirs = append(dirs, "/usr/share/fonts", "/usr/local/share/fonts")
		if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" {
			dirs = append(dirs, filepath.Join(xdg, "fonts"))
		}
	}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".fonts"), filepath.Join(home, ".local", "share", "fonts"))
	}
	return dirs
}

func isFontPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ttf", ".ttc", ".otf", ".otc":
		return true
	}
	return false
}

func isCollectionPath(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".ttc" || ext == ".otc"
}

// scanDirs reads every font file under dirs (symbolic links to files
// followed, each file once); unreadable files are skipped.
func scanDirs(dirs []string) ([]*scannedFace, error) {
	seen := map[string]bool{}
	var files []string
	found := false
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		found = true
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isFontPath(path) {
				return nil
			}
			real, err := filepath.EvalSymlinks(path)
			if err != nil || seen[real] {
				return nil
			}
			seen[real] = true
			files = append(files, path)
			return nil
		})
	}
	if !found {
		return nil, fmt.Errorf("no font folder found (looked in %s)", strings.Join(dirs, ", "))
	}
	faces := make([][]*scannedFace, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, path := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			faces[i] = scanFile(path)
			<-sem
		}()
	}
	wg.Wait()
	out := slices.Concat(faces...)
	slices.SortFunc(out, func(a, b *scannedFace) int {
		return cmpFaces(a.Face, b.Face)
	})
	return out, nil
}

func cmpFaces(a, b Face) int {
	if c := strings.Compare(a.Family, b.Family); c != 0 {
		return c
	}
	if c := strings.Compare(a.Style, b.Style); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return a.Index - b.Index
}

var (
	tagCmap = ot.MustNewTag("cmap")
	tagName = ot.MustNewTag("name")
	tagOS2  = ot.MustNewTag("OS/2")
	tagGlyf = ot.MustNewTag("glyf")
	tagCFF  = ot.MustNewTag("CFF ")
	tagCFF2 = ot.MustNewTag("CFF2")
)

// formatOf names the outline format of a face from its tables.
func formatOf(ld *ot.Loader) string {
	switch {
	case ld.HasTable(tagCFF):
		return FormatCFF
	case ld.HasTable(tagCFF2):
		return FormatCFF2
	case ld.HasTable(tagGlyf):
		return FormatTrueType
	}
	return ""
}

// scanFile reads the names, weight and character map of each face of a
// font file, without reading its outlines.
func scanFile(path string) []*scannedFace {
	file, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil {
		return nil
	}
	return scanFaces(path, file, st.Size())
}

// scanFaces reads the faces of the font file at path, opened as file of
// size bytes. Files whose table directories point past their end are
// skipped before the loader allocates room for such tables.
func scanFaces(path string, file ot.Resource, size int64) []*scannedFace {
	if !tablesFit(file, size) {
		return nil
	}
	loaders, err := ot.NewLoaders(file)
	if err != nil {
		return nil
	}
	var out []*scannedFace
	for i, ld := range loaders {
		s := &scannedFace{Face: Face{Path: path, Index: i, Format: formatOf(ld)}}
		if raw, err := ld.RawTable(tagName); err == nil {
			n := readNames(raw)
			s.Family, s.Style, s.aliases = n.family(), n.style(), readAliases(raw)
		}
		if s.Family == "" {
			s.Family = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		}
		if raw, err := ld.RawTable(tagOS2); err == nil {
			s.weight = int(u16(raw, 4))
		}
		if raw, err := ld.RawTable(tagCmap); err == nil {
			if table, _, err := tables.ParseCmap(raw); err == nil {
				if cmap, _, err := font.ProcessCmap(table, tables.FPNone); err == nil {
					s.cmap = cmap
				}
			}
		}
		s.GB2312 = s.coverage(gb2312Runes())
		out = append(out, s)
	}
	return out
}

// coverage returns the share of runes the face maps.
func (s *scannedFace) coverage(runes []rune) float64 {
	if s.cmap == nil || len(runes) == 0 {
		return 0
	}
	n := 0
	for _, r := range runes {
		if s.has(r) {
			n++
		}
	}
	return float64(n) / float64(len(runes))
}

// tablesFit reports whether r is a TrueType/OpenType font or collection
// whose every table lies inside its size bytes.
func tablesFit(r io.ReaderAt, size int64) bool {
	head := make([]byte, 12)
	if _, err := r.ReadAt(head, 0); err != nil {
		return false
	}
	faces := []int64{0}
	if u32(head, 0) == tagCollection {
		n := int64(u32(head, 8))
		if n == 0 || 12+4*n > size {
			return false
		}
		offs := make([]byte, 4*n)
		if _, err := r.ReadAt(offs, 12); err != nil {
			return false
		}
		faces = faces[:0]
		for i := range n {
			faces = append(faces, int64(u32(offs, int(4*i))))
		}
	}
	for _, off := range faces {
		if off+12 > size {
			return false
		}
		if _, err := r.ReadAt(head, off); err != nil {
			return false
		}
		switch u32(head, 0) {
		case tagTrueType, tagTrue, tagOTTO:
		default:
			return false
		}
		n := int64(u16(head, 4))
		if off+12+16*n > size {
			return false
		}
		dir := make([]byte, 16*n)
		if _, err := r.ReadAt(dir, off+12); err != nil {
			return false
		}
		for i := 0; i < int(n); i++ {
			if int64(u32(dir, 16*i+8))+int64(u32(dir, 16*i+12)) > size {
				return false
			}
		}
	}
	return true
}
