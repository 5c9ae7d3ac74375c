// Command lookalike rebuilds lookalike/pairs.txt: the Chinese characters
// Tesseract reads as others. It sets lines of real words from the words
// list in the CJK fonts Debian ships, at body and heading sizes, reads
// the images back with Tesseract (chi_sim), aligns each line read with
// the line set, and counts every character read as another. Tesseract
// also reads a character as one of another shape where its model of
// the language guesses; only pairs of like shape are kept (see alike),
// and pairs read so often that the misreading is Tesseract's habit,
// whatever the measure of their likeness says (日 for 白 and 天 for 关
// measure under it).
//
//	go run ./scripts/lookalike [-pages N] [-jobs N] [-seed N] [-out FILE]
//	go run ./scripts/lookalike -counts FILE [-out FILE]
//
// -counts takes the counts from an earlier run's output instead of
// reading pages, to choose the pairs again.
//
// It needs tesseract-ocr, tesseract-ocr-chi-sim and fonts-noto-cjk,
// fonts-droid-fallback.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/cjk-publish/publish/words"
)

// face is a font file and the face of its collection that sets Simplified
// Chinese.
type face struct {
	path  string
	index int
}

var faces = []face{
	{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2},
	{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2},
	{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2},
	{"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2},
	{"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0},
}

// sizes are em sizes in pixels at 300 dpi: 9 and 10.5 pt body text, 14,
// 18 and 26 pt headings and titles.
var sizes = []int{38, 44, 58, 75, 108}

const (
	pageWidth = 2480
	margin    = 120
	minCount  = 2    // times a character must be read as another to be listed
	minShape  = 0.55 // the likeness of two characters' shapes, for a pair to be listed (see alike)
	often     = 10   // times read so that list a pair whatever its likeness
)

func main() {
	pages := flag.Int("pages", 240, "pages to set and read")
	jobs := flag.Int("jobs", 2, "tesseracts at once")
	seed := flag.Uint64("seed", 1, "seed of the text chosen")
	out := flag.String("out", "lookalike/pairs.txt", "file written")
	counts := flag.String("counts", "", "an earlier run's output, to take the counts from")
	flag.Parse()

	fonts := make([]*sfnt.Font, len(faces))
	for i, f := range faces {
		var err error
		if fonts[i], err = load(f); err != nil {
			fmt.Fprintf(os.Stderr, "lookalike: %s: %v\n", f.path, err)
			os.Exit(1)
		}
	}
	if *counts != "" {
		t, n, err := readCounts(*counts)
		if err == nil {
			err = t.write(*out, n, fonts)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "lookalike:", err)
			os.Exit(1)
		}
		return
	}
	dir, err := os.MkdirTemp("", "lookalike")
	if err != nil {
		fmt.Fprintln(os.Stderr, "lookalike:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)

	pick := newPicker(*seed)
	var (
		mu     sync.Mutex
		tally  = newTally()
		work   = make(chan int)
		wg     sync.WaitGroup
		failed error
		done   int
	)
	texts := make([][]string, *pages)
	for p := range texts {
		size := sizes[p%len(sizes)]
		texts[p] = pick.lines(size)
	}
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf sfnt.Buffer
			for p := range work {
				f := fonts[(p/len(sizes))%len(fonts)]
				size := sizes[p%len(sizes)]
				img := set(f, &buf, size, texts[p])
				name := filepath.Join(dir, fmt.Sprintf("p%04d.png", p))
				read, err := ocr(img, name)
				mu.Lock()
				if err != nil {
					failed = err
				} else {
					tally.add(texts[p], read)
					done++
					if done%20 == 0 {
						// a long run leaves its counts so far
						failed = tally.write(*out, done, fonts)
					}
				}
				mu.Unlock()
			}
		}()
	}
	for p := range *pages {
		work <- p
		if p%20 == 19 {
			fmt.Fprintf(os.Stderr, "lookalike: %d of %d pages\n", p+1, *pages)
		}
	}
	close(work)
	wg.Wait()
	if failed != nil {
		fmt.Fprintln(os.Stderr, "lookalike:", failed)
		os.Exit(1)
	}
	set, misread := 0, 0
	for _, n := range tally.set {
		set += n
	}
	for _, n := range tally.read {
		misread += n
	}
	fmt.Fprintf(os.Stderr, "lookalike: %d characters read, %d as another Chinese character\n", set, misread)
	if err := tally.write(*out, *pages, fonts); err != nil {
		fmt.Fprintln(os.Stderr, "lookalike:", err)
		os.Exit(1)
	}
}

func load(f face) (*sfnt.Font, error) {
	b, err := os.ReadFile(f.path)
	if err != nil {
		return nil, err
	}
	c, err := sfnt.ParseCollection(b)
	if err != nil {
		return nil, err
	}
	return c.Font(f.index)
}

// picker chooses the words set: half of them as often as text has them,
// half from the whole list alike, so rare characters are tried too.
type picker struct {
	rng    *rand.Rand
	list   []string
	cum    []float64
	single []string
}

func newPicker(seed uint64) *picker {
	p := &picker{rng: rand.New(rand.NewPCG(seed, 7))}
	total := 0.0
	words.Each(func(w []rune, count int) {
		p.list = append(p.list, string(w))
		total += float64(count)
		p.cum = append(p.cum, total)
	})
	for i := range p.cum {
		p.cum[i] /= total
	}
	return p
}

func (p *picker) word() string {
	if p.rng.IntN(2) == 0 {
		return p.list[p.rng.IntN(len(p.list))]
	}
	return p.list[sort.SearchFloat64s(p.cum, p.rng.Float64())]
}

// lines fills a page at the given size with lines of words.
func (p *picker) lines(size int) []string {
	perLine := (pageWidth - 2*margin) / size
	n := (3508 - 2*margin) * 10 / (size * 16)
	ls := make([]string, n)
	for i := range ls {
		var b []rune
		for len(b) < perLine {
			b = append(b, []rune(p.word())...)
		}
		ls[i] = string(b[:perLine])
	}
	return ls
}

// set draws the lines black on white, a line every 1.6 em.
func set(f *sfnt.Font, buf *sfnt.Buffer, size int, lines []string) *image.Gray {
	h := 2*margin + len(lines)*size*16/10
	mask := image.NewAlpha(image.Rect(0, 0, pageWidth, h))
	ppem := fixed.I(size)
	for i, line := range lines {
		x := float32(margin)
		base := float32(margin + i*size*16/10 + size)
		for _, r := range line {
			gi, err := f.GlyphIndex(buf, r)
			if err != nil || gi == 0 {
				x += float32(size)
				continue
			}
			segs, err := f.LoadGlyph(buf, gi, ppem, nil)
			if err == nil {
				// the glyph is drawn in a box of 2 em around the pen
				box := image.Rect(int(x)-size/2, int(base)-3*size/2, int(x)+3*size/2, int(base)+size/2)
				g := glyph(segs, x-float32(box.Min.X), base-float32(box.Min.Y), box.Dx(), box.Dy())
				draw.Draw(mask, box, g, image.Point{}, draw.Over)
			}
			adv, err := f.GlyphAdvance(buf, gi, ppem, 0)
			if err != nil {
				adv = ppem
			}
			x += float32(adv) / 64
		}
	}
	img := image.NewGray(mask.Bounds())
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	draw.DrawMask(img, img.Bounds(), image.Black, image.Point{}, mask, image.Point{}, draw.Over)
	return img
}

// glyph rasterizes one glyph's outline at the pen position (x, y) of a
// w×h mask.
func glyph(segs sfnt.Segments, x, y float32, w, h int) *image.Alpha {
	ras := vector.NewRasterizer(w, h)
	at := func(p fixed.Point26_6) (float32, float32) {
		return x + float32(p.X)/64, y + float32(p.Y)/64
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			ras.MoveTo(at(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			ras.LineTo(at(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := at(s.Args[0])
			x2, y2 := at(s.Args[1])
			ras.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := at(s.Args[0])
			x2, y2 := at(s.Args[1])
			x3, y3 := at(s.Args[2])
			ras.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	a := image.NewAlpha(image.Rect(0, 0, w, h))
	ras.Draw(a, a.Bounds(), image.NewUniform(color.Alpha{255}), image.Point{})
	return a
}

// ocr writes the page and reads it back with Tesseract, a block of lines.
func ocr(img *image.Gray, name string) ([]string, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	cmd := exec.Command("tesseract", name, "stdout", "-l", "chi_sim", "--psm", "6")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	b, err := cmd.Output()
	os.Remove(name)
	if err != nil {
		return nil, fmt.Errorf("tesseract %s: %v", name, err)
	}
	var ls []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.Join(strings.Fields(l), ""); l != "" {
			ls = append(ls, l)
		}
	}
	return ls, nil
}

// tally counts, for each character, how often it was set and what it was
// read as.
type tally struct {
	set  map[rune]int
	read map[[2]rune]int // {set, read}
}

func newTally() *tally { return &tally{set: map[rune]int{}, read: map[[2]rune]int{}} }

// add pairs the lines read with the lines set, in order, skipping a line
// set that matches no line read well, and counts the characters of each
// pair that align one to one.
func (t *tally) add(set, read []string) {
	j := 0
	for _, s := range set {
		rs := []rune(s)
		best, at := 0.0, -1
		for k := j; k < len(read) && k < j+3; k++ {
			if r := same(rs, []rune(read[k])); r > best {
				best, at = r, k
			}
		}
		if at < 0 || best < 0.6 {
			continue
		}
		j = at + 1
		for _, p := range align(rs, []rune(read[at])) {
			t.set[p[0]]++
			if p[0] != p[1] && han(p[0]) && han(p[1]) {
				t.read[p]++
			}
		}
	}
}

func han(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// same is the share of a's characters that align with themselves in b.
func same(a, b []rune) float64 {
	n := 0
	for _, p := range align(a, b) {
		if p[0] == p[1] {
			n++
		}
	}
	return float64(n) / float64(max(len(a), 1))
}

// align is a least-edit alignment of a and b; it returns the pairs of
// characters it matches or substitutes one for one, not those inserted
// or deleted.
func align(a, b []rune) [][2]rune {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			c := d[i-1][j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			d[i][j] = min(c, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	var ps [][2]rune
	for i, j := len(a), len(b); i > 0 && j > 0; {
		c := 0
		if a[i-1] != b[j-1] {
			c = 1
		}
		switch {
		case d[i][j] == d[i-1][j-1]+c:
			ps = append(ps, [2]rune{a[i-1], b[j-1]})
			i, j = i-1, j-1
		case d[i][j] == d[i-1][j]+1:
			i--
		default:
			j--
		}
	}
	return ps
}

// write lists the pairs read at least minCount times, by the character
// read: "read set times", most often first.
func (t *tally) write(name string, pages int, fonts []*sfnt.Font) error {
	type row struct {
		p [2]rune
		n int
	}
	var rows []row
	shapes := newShapes(fonts)
	for p, n := range t.read {
		if n >= often || n >= minCount && shapes.alike(p[0], p[1]) >= minShape {
			rows = append(rows, row{p, n})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].p[1] != rows[j].p[1] {
			return rows[i].p[1] < rows[j].p[1]
		}
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].p[0] < rows[j].p[0]
	})
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Characters Tesseract (chi_sim) read as others, from %d pages set by\n", pages)
	fmt.Fprintf(w, "# scripts/lookalike: \"READ SET TIMES\", a pair read %d times or more,\n", minCount)
	fmt.Fprintf(w, "# of shapes alike to %.2f or more, or read %d times or more.\n", minShape, often)
	for _, r := range rows {
		fmt.Fprintf(w, "%c %c %d\n", r.p[1], r.p[0], r.n)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readCounts reads the pairs and the number of pages of an earlier run's
// output.
func readCounts(name string) (*tally, int, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, 0, err
	}
	t, pages := newTally(), 0
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			if _, err := fmt.Sscanf(line, "# Characters Tesseract (chi_sim) read as others, from %d pages", &pages); err == nil {
				continue
			}
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		var n int
		if _, err := fmt.Sscan(f[2], &n); err != nil {
			return nil, 0, fmt.Errorf("%s: %q: %v", name, line, err)
		}
		read, set := []rune(f[0]), []rune(f[1])
		t.read[[2]rune{set[0], read[0]}] = n
	}
	return t, pages, nil
}

// shapes compares characters as the regular faces draw them.
type shapes struct {
	fonts []*sfnt.Font
	buf   sfnt.Buffer
	grids map[rune][][]float64
}

const (
	shapeSize = 64 // pixels to an em, drawn
	shapeGrid = 16 // cells to a side, compared
)

func newShapes(fonts []*sfnt.Font) *shapes {
	// the serif and the sans regular faces (see faces)
	return &shapes{fonts: []*sfnt.Font{fonts[0], fonts[2]}, grids: map[rune][][]float64{}}
}

// alike is how alike a and b look: the correlation of their ink over a
// grid of cells, in the face where they are likest (1: the same shape,
// about 0: unrelated). OCR that guesses from the language reads
// characters of any shape for one another; a shape misread has ink
// where the other has it.
func (s *shapes) alike(a, b rune) float64 {
	ga, gb := s.grid(a), s.grid(b)
	best := -1.0
	for k := range ga {
		if ga[k] == nil || gb[k] == nil {
			continue
		}
		c := 0.0
		for i := range ga[k] {
			c += ga[k][i] * gb[k][i]
		}
		best = max(best, c)
	}
	return best
}

// grid returns r's ink in each face's cells, centred on its mean and
// scaled to length 1 (nil where the face lacks r).
func (s *shapes) grid(r rune) [][]float64 {
	if g, ok := s.grids[r]; ok {
		return g
	}
	g := make([][]float64, len(s.fonts))
	for k, f := range s.fonts {
		gi, err := f.GlyphIndex(&s.buf, r)
		if err != nil || gi == 0 {
			continue
		}
		segs, err := f.LoadGlyph(&s.buf, gi, fixed.I(shapeSize), nil)
		if err != nil {
			continue
		}
		mask := glyph(segs, 0, shapeSize*88/100, shapeSize, shapeSize)
		v := make([]float64, shapeGrid*shapeGrid)
		cell := shapeSize / shapeGrid
		for y := range shapeSize {
			for x := range shapeSize {
				v[(y/cell)*shapeGrid+x/cell] += float64(mask.AlphaAt(x, y).A) / 255
			}
		}
		mean := 0.0
		for _, a := range v {
			mean += a
		}
		mean /= float64(len(v))
		norm := 0.0
		for i := range v {
			v[i] -= mean
			norm += v[i] * v[i]
		}
		if norm == 0 {
			continue
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i] /= norm
		}
		g[k] = v
	}
	s.grids[r] = g
	return g
}
