package fonts

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Load opens the font a --font argument names: a path to a .ttf or .otf
// (or to a collection, meaning its face 0), PATH:N for face N of a
// .ttc/.otc, or a family name such as "Noto Serif CJK SC" or "WenQuanYi
// Micro Hei" searched among the system's fonts. Variable fonts with CFF2
// outlines are refused with an error naming the CJK fonts installed
// instead.
func Load(spec string) (*Font, error) {
	switch {
	case strings.TrimSpace(spec) == "":
		return nil, errors.New("empty font name")
	case exists(spec):
		return LoadIndex(spec, 0)
	}
	if path, index, ok := splitFaceIndex(spec); ok && (exists(path) || looksLikePath(path)) {
		return LoadIndex(path, index)
	}
	if looksLikePath(spec) {
		return nil, fmt.Errorf("%s: no such font file", spec)
	}
	return loadFamily(spec)
}

// LoadIndex opens face index of the font file at path (0 for a plain
// .ttf or .otf); a face of a collection becomes a standalone font.
func LoadIndex(path string, index int) (*Font, error) {
	data, err := readFontFile(path)
	if err != nil {
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("%s: no such font file", path)
		case errors.As(err, &pe):
			return nil, fmt.Errorf("%s: cannot read font: %w", path, pe.Err)
		}
		return nil, fmt.Errorf("%s: cannot read font: %w", path, err)
	}
	f, err := loadData(path, index, data)
	if err != nil {
		return nil, explain(path, err)
	}
	return f, nil
}

// maxFontBytes is the largest font file read: the biggest CJK collections
// are under 100 MB.
const maxFontBytes = 256 << 20

// readFontFile reads a font file, checking its kind, size and signature
// first so that a device, a huge file or a file of another kind is refused
// without being read; the read itself stops at the cap too.
func readFontFile(path string) ([]byte, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	st, err := file.Stat()
	switch {
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular():
		return nil, errors.New("not a regular file")
	case st.Size() > maxFontBytes:
		return nil, fmt.Errorf("%d MB is larger than any font (%d MB)", st.Size()>>20, maxFontBytes>>20)
	}
	var magic [4]byte
	n, err := io.ReadFull(file, magic[:])
	switch {
	case n == 0 && (err == io.EOF):
		return nil, nil // loadData names the empty file
	case err == io.ErrUnexpectedEOF || err == nil && !isFontSignature(binary.BigEndian.Uint32(magic[:])):
		return magic[:n], nil // loadData names what is wrong
	case err != nil:
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(io.MultiReader(bytes.NewReader(magic[:]), file), maxFontBytes+1))
	if err == nil && len(data) > maxFontBytes {
		err = fmt.Errorf("larger than any font (%d MB)", maxFontBytes>>20)
	}
	return data, err
}

func isFontSignature(tag uint32) bool {
	switch tag {
	case tagTrueType, tagTrue, tagOTTO, tagCollection:
		return true
	}
	return false
}

// loadData reads face index of a font file's bytes.
func loadData(path string, index int, data []byte) (*Font, error) {
	if len(data) == 0 {
		return nil, errors.New("empty file, not a font")
	}
	offs, err := faceOffsets(data, index)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var f *Font
	if offs == nil {
		f, err = parse(name, data)
	} else {
		f, err = parseFace(name, data, offs[index])
	}
	if err != nil {
		if offs != nil {
			return nil, fmt.Errorf("face %d: %w", index, err)
		}
		return nil, err
	}
	f.Path, f.index = path, index
	if offs != nil {
		f.collection = true
		f.standalone = sync.OnceValue(func() []byte {
			b, _ := extractFace(data, index) // the face parsed, so it extracts
			return b
		})
	}
	return f, nil
}

// explain turns a reading error into the one-line message a user sees.
func explain(path string, err error) error {
	switch {
	case errors.Is(err, ErrCFF2):
		return fmt.Errorf("%s: %w; CJK fonts installed: %s", path, ErrCFF2, suggestFonts())
	case errors.Is(err, ErrNotFont):
		return fmt.Errorf("%s: %w (no TrueType, OpenType or collection signature)", path, ErrNotFont)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// suggestFonts names up to four installed CJK families publish can embed,
// best GB2312 coverage first, each by its most regular face and one face
// per file (the faces of a collection are variants of one design).
func suggestFonts() string {
	faces, _ := systemFaces()
	best := map[string]*scannedFace{} // by file, then by family
	for _, f := range faces {
		if cur, ok := best[f.Path]; f.Usable() && f.GB2312 >= 0.9 && (!ok || regularness(f) < regularness(cur)) {
			best[f.Path] = f
		}
	}
	byFamily := map[string]*scannedFace{}
	for _, f := range best {
		if cur, ok := byFamily[f.Family]; !ok || regularness(f) < regularness(cur) ||
			regularness(f) == regularness(cur) && f.Path < cur.Path {
			byFamily[f.Family] = f
		}
	}
	picked := slices.SortedFunc(maps.Values(byFamily), func(a, b *scannedFace) int {
		if a.GB2312 != b.GB2312 {
			return cmp.Compare(b.GB2312, a.GB2312)
		}
		return cmpFaces(a.Face, b.Face)
	})
	var names []string
	for _, f := range picked[:min(len(picked), 4)] {
		names = append(names, fmt.Sprintf("%q (%s)", f.Family, f.Spec()))
	}
	if len(names) == 0 {
		return "none is installed; without --font the bundled LXGW WenKai is used"
	}
	return strings.Join(names, ", ")
}

// loadFamily finds a family (or full name) among the bundled fonts, then
// among the system's fonts, preferring the regular face.
func loadFamily(family string) (*Font, error) {
	for _, b := range []*Font{Bundled(), BundledBold()} {
		if b.aliases.has(family) {
			return b, nil
		}
	}
	faces, err := systemFaces()
	if err != nil {
		return nil, fmt.Errorf("font family %q: %w", family, err)
	}
	var best, variable *scannedFace
	for _, f := range faces {
		if !f.aliases.has(family) {
			continue
		}
		if !f.Usable() {
			variable = f
			continue
		}
		if best == nil || regularness(f) < regularness(best) {
			best = f
		}
	}
	switch {
	case best != nil:
		return loadCached(best.Path, best.Index)
	case variable != nil:
		return nil, explain(fmt.Sprintf("font family %q (%s)", family, variable.Spec()), ErrCFF2)
	}
	return nil, fmt.Errorf("font family %q: not found among the system's fonts; CJK fonts installed: %s",
		family, suggestFonts())
}

// regularness ranks faces for a plain family request: upright, weight
// nearest 400.
func regularness(f *scannedFace) int {
	d := f.weight - 400
	if d < 0 {
		d = -d
	}
	style := strings.ToLower(f.Style)
	if strings.Contains(style, "italic") || strings.Contains(style, "oblique") {
		d += 1000
	}
	return d
}

// splitFaceIndex splits "PATH:N".
func splitFaceIndex(spec string) (path string, index int, ok bool) {
	i := strings.LastIndexByte(spec, ':')
	if i <= 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(spec[i+1:])
	if err != nil || n < 0 {
		return "", 0, false
	}
	return spec[:i], n, true
}

func looksLikePath(s string) bool {
	return strings.ContainsAny(s, `/\`) || isFontPath(s)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
