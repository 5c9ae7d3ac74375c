package fonts

import (
	"errors"
	"fmt"
	"math"
)

// A Type 2 charstring interpreter (Adobe TN 5177). It serves three needs:
// the outline of a glyph (ink extents, shifted copies of marks), the
// subroutines a glyph calls (subsetting keeps only those), and where in
// each charstring the subroutine numbers are written (subsetting
// renumbers them). The deprecated arithmetic and storage operators are
// refused: no font made in this century uses them.

var errCharstring = errors.New("unsupported or malformed charstring")

// Limits of the format (TN 5177 Appendix B), and a budget of operators
// per glyph so that subroutines calling each other many times cannot
// make a damaged font slow.
const (
	csMaxStack = 48
	csMaxDepth = 10
	csMaxSteps = 1 << 17
)

// point is a position in font units.
type point struct{ x, y float64 }

// segment is one piece of an outline: a move, a line or a cubic curve to
// p[2] (p[0] and p[1] are the control points of a curve).
type segment struct {
	op byte // 'M', 'L' or 'C'
	p  [3]point
}

// blobKey names a charstring: a glyph's, a global subroutine or a local
// subroutine of one Font DICT.
type blobKey struct {
	kind  uint8 // blobGlyph, blobGlobal or blobLocal
	fd    uint8
	index int32
}

const (
	blobGlyph = iota
	blobGlobal
	blobLocal
)

// csArg is an operand on the stack, with where it was written when it was
// a literal number (blob index -1 when it was computed or is unknown).
type csArg struct {
	v        float64
	blob     int32 // index into csRun.blobs
	from, to int32 // byte span of the literal in that blob
}

// subrCall is one subroutine call found while running a glyph: the
// operand's span in its charstring and the subroutine it named.
type subrCall struct {
	in       blobKey
	from, to int32
	target   blobKey
}

// pack and unpack make a blobKey one integer, a cheap map key.
func (k blobKey) pack() uint64 {
	return uint64(k.kind)<<40 | uint64(k.fd)<<32 | uint64(uint32(k.index))
}

func unpackBlob(v uint64) blobKey {
	return blobKey{kind: uint8(v >> 40), fd: uint8(v >> 32), index: int32(uint32(v))}
}

// csRun runs one glyph's charstring.
type csRun struct {
	c     *cffFont
	fd    uint8
	priv  *cffPrivate
	stack [csMaxStack]csArg // operands, bottom first
	n     int
	stems int
	width bool // the width operand has been consumed (or was absent)
	pos   point
	steps int
	seac  bool // endchar with accent operands (Type 1 seac)

	outline bool // collect segments into path
	path    []segment

	args [csMaxStack]float64 // operands of the operator being run

	blobs  []blobKey // charstrings entered, for csArg.blob
	record bool      // record calls and hint mask lengths
	// calls holds each call site once: the charstring and the literal's
	// span, with the subroutine it named.
	calls   map[callKey]blobKey
	masks   map[callKey]int // hint mask lengths in subroutines
	unknown bool            // a call whose number was computed
	varied  bool            // one site read two ways: renumbering cannot follow

	// flatten copies the glyph's charstring with every subroutine call
	// replaced by the subroutine's code into flat; flatBad reports a call
	// whose number was not the literal just before it.
	flatten  bool
	used     *subrUse // marks the subroutines reached (nil: no marking)
	flat     []byte
	flatBad  bool
	lastNum  int // where the last literal starts in flat (-1: not last)
	lastFrom int // and where it was in its charstring
}

// callKey is a place in a charstring: a call's operand or a hint mask.
type callKey struct {
	in       uint64 // packed blobKey
	from, to int32
}

// runGlyph runs the charstring of glyph g.
func (r *csRun) runGlyph(g int) error {
	code := r.c.charStrings.item(g)
	if code == nil {
		return fmt.Errorf("glyph %d has no charstring: %w", g, errCharstring)
	}
	r.fd = 0
	if r.c.fdOf != nil {
		r.fd = r.c.fdOf[g]
	}
	r.priv = r.c.private(g)
	r.n, r.stems, r.width, r.pos, r.steps, r.seac = 0, 0, false, point{}, 0, false
	r.path, r.blobs = r.path[:0], r.blobs[:0]
	r.flat, r.lastNum = nil, -1
	done, err := r.exec(code, blobKey{kind: blobGlyph, index: int32(g)}, 0)
	if err != nil {
		return fmt.Errorf("glyph %d: %w", g, err)
	}
	if !done {
		return fmt.Errorf("glyph %d does not end with endchar: %w", g, errCharstring)
	}
	return nil
}

func (r *csRun) push(v float64, blob int32, from, to int) error {
	if r.n >= csMaxStack {
		return fmt.Errorf("operand stack overflow: %w", errCharstring)
	}
	r.stack[r.n] = csArg{v: v, blob: blob, from: int32(from), to: int32(to)}
	r.n++
	return nil
}

// exec runs code, a charstring named key, at call depth; done reports an
// endchar.
func (r *csRun) exec(code []byte, key blobKey, depth int) (done bool, err error) {
	if depth > csMaxDepth {
		return false, fmt.Errorf("subroutines nested deeper than %d: %w", csMaxDepth, errCharstring)
	}
	blob := int32(len(r.blobs))
	r.blobs = append(r.blobs, key)
	if r.record && r.masks == nil {
		r.masks, r.calls = map[callKey]int{}, map[callKey]blobKey{}
	}
	for i := 0; i < len(code); {
		if r.steps++; r.steps > csMaxSteps {
			return false, fmt.Errorf("more than %d operators: %w", csMaxSteps, errCharstring)
		}
		b := code[i]
		switch {
		case b >= 32 && b <= 246:
			if err := r.number(code, blob, i, i+1, float64(int(b)-139)); err != nil {
				return false, err
			}
			i++
			continue
		case b >= 247 && b <= 254:
			if i+2 > len(code) {
				return false, fmt.Errorf("number past the end: %w", errCharstring)
			}
			v := (int(b)-247)*256 + int(code[i+1]) + 108
			if b >= 251 {
				v = -(int(b)-251)*256 - int(code[i+1]) - 108
			}
			if err := r.number(code, blob, i, i+2, float64(v)); err != nil {
				return false, err
			}
			i += 2
			continue
		case b == 28:
			if i+3 > len(code) {
				return false, fmt.Errorf("number past the end: %w", errCharstring)
			}
			if err := r.number(code, blob, i, i+3, float64(int16(u16(code, i+1)))); err != nil {
				return false, err
			}
			i += 3
			continue
		case b == 255:
			if i+5 > len(code) {
				return false, fmt.Errorf("number past the end: %w", errCharstring)
			}
			if err := r.number(code, blob, i, i+5, float64(int32(u32(code, i+1)))/65536); err != nil {
				return false, err
			}
			i += 5
			continue
		}
		opAt := i
		op := int(b)
		i++
		if b == 12 {
			if i >= len(code) {
				return false, fmt.Errorf("escape past the end: %w", errCharstring)
			}
			op = 1200 + int(code[i])
			i++
		}
		switch op {
		case 10, 29: // callsubr, callgsubr
			if r.n == 0 {
				return false, fmt.Errorf("subroutine call without a number: %w", errCharstring)
			}
			r.n--
			arg := r.stack[r.n]
			subrs, target := r.c.gsubrs, blobKey{kind: blobGlobal}
			if op == 10 {
				subrs, target = r.priv.subrs, blobKey{kind: blobLocal, fd: r.fd}
			}
			idx := int(arg.v) + subrBias(subrs.count)
			if float64(int(arg.v)) != arg.v || idx < 0 || idx >= subrs.count {
				return false, fmt.Errorf("call of subroutine %v of %d: %w", arg.v, subrs.count, errCharstring)
			}
			target.index = int32(idx)
			if r.used != nil {
				r.used.mark(target)
			}
			if r.flatten {
				// Inline the call: drop its number, which must be the
				// literal just copied.
				if r.lastNum >= 0 && arg.blob == blob && int(arg.from) == r.lastFrom && r.lastNum+int(arg.to-arg.from) == len(r.flat) {
					r.flat = r.flat[:r.lastNum]
				} else {
					r.flatBad = true
				}
				r.lastNum = -1
			}
			if r.record {
				if arg.blob < 0 || int(arg.blob) >= len(r.blobs) {
					r.unknown = true
				} else {
					k := callKey{r.blobs[arg.blob].pack(), arg.from, arg.to}
					if prev, seen := r.calls[k]; seen && prev != target {
						r.varied = true
					}
					r.calls[k] = target
				}
			}
			d, err := r.exec(subrs.item(idx), target, depth+1)
			if err != nil || d {
				return d, err
			}
			continue
		case 11: // return
			return false, nil
		case 19, 20: // hintmask, cntrmask
			if r.n > 0 { // implied vstem operands
				r.takeWidth(r.n%2 == 1)
				r.stems += r.n / 2
			}
			r.width = true
			size := (r.stems + 7) / 8
			if r.record && key.kind != blobGlyph { // a glyph's charstring runs once
				k := callKey{key.pack(), int32(i), 0}
				if s, seen := r.masks[k]; seen && s != size {
					r.varied = true
				}
				r.masks[k] = size
			}
			i += size
			if i > len(code) {
				return false, fmt.Errorf("hint mask past the end: %w", errCharstring)
			}
			r.n = 0
			r.emit(code[opAt:i])
			continue
		}
		if err := r.operator(op); err != nil {
			return false, err
		}
		r.emit(code[opAt:i])
		if op == 14 {
			return true, nil
		}
	}
	return false, nil // a subroutine may end without return
}

// number pushes the literal code[from:to] of value v, copying it to the
// flattened charstring.
func (r *csRun) number(code []byte, blob int32, from, to int, v float64) error {
	if err := r.push(v, blob, from, to); err != nil {
		return err
	}
	if r.flatten {
		r.lastNum, r.lastFrom = len(r.flat), from
		r.flat = append(r.flat, code[from:to]...)
	}
	return nil
}

// emit copies an operator (with its hint mask) to the flattened
// charstring.
func (r *csRun) emit(op []byte) {
	if r.flatten {
		r.flat = append(r.flat, op...)
		r.lastNum = -1
	}
}

// takeWidth drops the width operand of the first stack-clearing operator
// when present.
func (r *csRun) takeWidth(present bool) {
	if !r.width && present {
		copy(r.stack[:], r.stack[1:r.n])
		r.n--
	}
	r.width = true
}

// operator runs a hinting or drawing operator on the operands.
func (r *csRun) operator(op int) error {
	a := r.args[:r.n]
	for k := range a {
		a[k] = r.stack[k].v
	}
	n := len(a)
	bad := func() error { return fmt.Errorf("operator %d with %d operands: %w", op, n, errCharstring) }
	first := !r.width
	drop := func(present bool) {
		if first && present {
			a, n = a[1:], n-1
		}
		r.width = true
	}
	r.n = 0 // every operator here clears the stack
	switch op {
	case 1, 3, 18, 23: // hstem, vstem, hstemhm, vstemhm
		drop(n%2 == 1)
		r.stems += n / 2
	case 21: // rmoveto
		drop(n > 2)
		if n != 2 {
			return bad()
		}
		r.moveTo(a[0], a[1])
	case 22: // hmoveto
		drop(n > 1)
		if n != 1 {
			return bad()
		}
		r.moveTo(a[0], 0)
	case 4: // vmoveto
		drop(n > 1)
		if n != 1 {
			return bad()
		}
		r.moveTo(0, a[0])
	case 14: // endchar
		drop(n == 1 || n == 5)
		switch n {
		case 0:
		case 4:
			r.seac = true
		default:
			return bad()
		}
	case 5: // rlineto
		if n < 2 || n%2 != 0 {
			return bad()
		}
		for k := 0; k < n; k += 2 {
			r.lineTo(a[k], a[k+1])
		}
	case 6, 7: // hlineto, vlineto
		if n < 1 {
			return bad()
		}
		horiz := op == 6
		for k := 0; k < n; k++ {
			if horiz {
				r.lineTo(a[k], 0)
			} else {
				r.lineTo(0, a[k])
			}
			horiz = !horiz
		}
	case 8: // rrcurveto
		if n < 6 || n%6 != 0 {
			return bad()
		}
		for k := 0; k < n; k += 6 {
			r.curveTo(a[k], a[k+1], a[k+2], a[k+3], a[k+4], a[k+5])
		}
	case 24: // rcurveline
		if n < 8 || (n-2)%6 != 0 {
			return bad()
		}
		k := 0
		for ; k+2 < n; k += 6 {
			r.curveTo(a[k], a[k+1], a[k+2], a[k+3], a[k+4], a[k+5])
		}
		r.lineTo(a[k], a[k+1])
	case 25: // rlinecurve
		if n < 8 || (n-6)%2 != 0 {
			return bad()
		}
		k := 0
		for ; k+6 < n; k += 2 {
			r.lineTo(a[k], a[k+1])
		}
		r.curveTo(a[k], a[k+1], a[k+2], a[k+3], a[k+4], a[k+5])
	case 26, 27: // vvcurveto, hhcurveto: an optional first offset across
		k, d := 0, 0.0
		if n%4 == 1 {
			d, k = a[0], 1
		}
		if n-k < 4 || (n-k)%4 != 0 {
			return bad()
		}
		for ; k < n; k += 4 {
			if op == 26 {
				r.curveTo(d, a[k], a[k+1], a[k+2], 0, a[k+3])
			} else {
				r.curveTo(a[k], d, a[k+1], a[k+2], a[k+3], 0)
			}
			d = 0
		}
	case 30, 31: // vhcurveto, hvcurveto
		if n < 4 || n%4 > 1 {
			return bad()
		}
		horiz := op == 31
		for k := 0; k+4 <= n; k += 4 {
			last := 0.0
			if n-k == 5 {
				last = a[k+4]
			}
			if horiz {
				r.curveTo(a[k], 0, a[k+1], a[k+2], last, a[k+3])
			} else {
				r.curveTo(0, a[k], a[k+1], a[k+2], a[k+3], last)
			}
			horiz = !horiz
		}
	case 1235: // flex
		if n != 13 {
			return bad()
		}
		r.curveTo(a[0], a[1], a[2], a[3], a[4], a[5])
		r.curveTo(a[6], a[7], a[8], a[9], a[10], a[11])
	case 1234: // hflex
		if n != 7 {
			return bad()
		}
		r.curveTo(a[0], 0, a[1], a[2], a[3], 0)
		r.curveTo(a[4], 0, a[5], -a[2], a[6], 0)
	case 1236: // hflex1
		if n != 9 {
			return bad()
		}
		r.curveTo(a[0], a[1], a[2], a[3], a[4], 0)
		r.curveTo(a[5], 0, a[6], a[7], a[8], -(a[1] + a[3] + a[7]))
	case 1237: // flex1
		if n != 11 {
			return bad()
		}
		dx := a[0] + a[2] + a[4] + a[6] + a[8]
		dy := a[1] + a[3] + a[5] + a[7] + a[9]
		r.curveTo(a[0], a[1], a[2], a[3], a[4], a[5])
		if math.Abs(dx) > math.Abs(dy) {
			r.curveTo(a[6], a[7], a[8], a[9], a[10], -dy)
		} else {
			r.curveTo(a[6], a[7], a[8], a[9], -dx, a[10])
		}
	case 1200: // dotsection: deprecated, ignored
	default:
		return fmt.Errorf("operator %d: %w", op, errCharstring)
	}
	return nil
}

func (r *csRun) moveTo(dx, dy float64) {
	r.pos = point{r.pos.x + dx, r.pos.y + dy}
	if r.outline {
		r.path = append(r.path, segment{op: 'M', p: [3]point{2: r.pos}})
	}
}

func (r *csRun) lineTo(dx, dy float64) {
	r.pos = point{r.pos.x + dx, r.pos.y + dy}
	if r.outline {
		r.path = append(r.path, segment{op: 'L', p: [3]point{2: r.pos}})
	}
}

func (r *csRun) curveTo(dxa, dya, dxb, dyb, dxc, dyc float64) {
	a := point{r.pos.x + dxa, r.pos.y + dya}
	b := point{a.x + dxb, a.y + dyb}
	r.pos = point{b.x + dxc, b.y + dyc}
	if r.outline {
		r.path = append(r.path, segment{op: 'C', p: [3]point{a, b, r.pos}})
	}
}

// cffOutline returns the outline of glyph g in font units.
func (c *cffFont) outline(g int) ([]segment, error) {
	r := &csRun{c: c, outline: true}
	if err := r.runGlyph(g); err != nil {
		return nil, err
	}
	if r.seac {
		return nil, fmt.Errorf("glyph %d is an accented character made with seac: %w", g, errCharstring)
	}
	return r.path, nil
}

// xExtent returns the horizontal extent of an outline, curves measured at
// their extremes rather than their control points.
func xExtent(path []segment) (x0, x1 float64, ok bool) {
	x0, x1 = math.Inf(1), math.Inf(-1)
	var cur float64
	see := func(x float64) { x0, x1 = min(x0, x), max(x1, x) }
	for _, s := range path {
		switch s.op {
		case 'M':
			cur = s.p[2].x
			continue
		case 'L':
			see(cur)
		case 'C':
			see(cur)
			for _, t := range cubicExtremes(cur, s.p[0].x, s.p[1].x, s.p[2].x) {
				see(cubicAt(cur, s.p[0].x, s.p[1].x, s.p[2].x, t))
			}
		}
		see(s.p[2].x)
		cur = s.p[2].x
	}
	return x0, x1, x1 >= x0
}

// cubicExtremes returns the parameters in (0, 1) where the cubic Bézier
// coordinate p0..p3 has a zero derivative.
func cubicExtremes(p0, p1, p2, p3 float64) []float64 {
	a := -p0 + 3*p1 - 3*p2 + p3
	b := 2 * (p0 - 2*p1 + p2)
	c := p1 - p0
	var ts []float64
	add := func(t float64) {
		if t > 0 && t < 1 {
			ts = append(ts, t)
		}
	}
	if math.Abs(a) < 1e-12 {
		if math.Abs(b) > 1e-12 {
			add(-c / b)
		}
		return ts
	}
	d := b*b - 4*a*c
	if d < 0 {
		return ts
	}
	s := math.Sqrt(d)
	add((-b + s) / (2 * a))
	add((-b - s) / (2 * a))
	return ts
}

func cubicAt(p0, p1, p2, p3, t float64) float64 {
	u := 1 - t
	return u*u*u*p0 + 3*u*u*t*p1 + 3*u*t*t*p2 + t*t*t*p3
}
