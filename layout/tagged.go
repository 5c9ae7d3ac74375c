package layout

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/klauspost/compress/zlib"
)

// The tagging pass: fpdf knows nothing of logical structure, so the
// structure tree, the parent tree, the link annotations and the catalog
// entries of a tagged PDF (PDF 32000-1 14.7-14.8, PDF/UA-1) are added to
// the finished file as an incremental update: new objects, new versions of
// the catalog and the pages (all in one compressed object stream), and a
// cross-reference stream of their own.
// Nothing fpdf wrote moves, so no offset of the file changes.

var (
	trailerRoot = regexp.MustCompile(`/Root (\d+) 0 R`)
	trailerInfo = regexp.MustCompile(`/Info (\d+) 0 R`)
	pagesRef    = regexp.MustCompile(`/Pages (\d+) 0 R`)
	kidsRe      = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
)

// dict returns the dictionary of object n: the text between "n 0 obj"
// and "endobj", without its closing ">>".
func (o *pdfObjects) dict(n int) (string, error) {
	if n <= 0 || n >= len(o.offsets) {
		return "", fmt.Errorf("no object %d", n)
	}
	obj := o.pdf[o.offsets[n]:]
	e := bytes.Index(obj, []byte("endobj"))
	if e < 0 {
		return "", fmt.Errorf("object %d has no end", n)
	}
	obj = obj[:e]
	start := bytes.Index(obj, []byte("<<"))
	close := bytes.LastIndex(obj, []byte(">>"))
	if start < 0 || close < start || bytes.Contains(obj, []byte("stream")) {
		return "", fmt.Errorf("object %d is not a dictionary", n)
	}
	return string(obj[start:close]), nil
}

func (o *pdfObjects) trailerRef(re *regexp.Regexp) int {
	m := re.FindSubmatch(o.trailer)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// pages lists the page objects in order.
func (o *pdfObjects) pages(catalog string) ([]int, error) {
	m := pagesRef.FindStringSubmatch(catalog)
	if m == nil {
		return nil, fmt.Errorf("catalog without /Pages")
	}
	n, _ := strconv.Atoi(m[1])
	d, err := o.dict(n)
	if err != nil {
		return nil, err
	}
	k := kidsRe.FindStringSubmatch(d)
	if k == nil {
		return nil, fmt.Errorf("page tree without /Kids")
	}
	var out []int
	f := strings.Fields(k[1])
	for i := 0; i+2 < len(f); i += 3 {
		p, err := strconv.Atoi(f[i])
		if err != nil {
			return nil, fmt.Errorf("page tree kid %q", f[i])
		}
		out = append(out, p)
	}
	return out, nil
}

// update collects the objects of an incremental update.
type update struct {
	base *pdfObjects
	next int            // next free object number
	objs map[int]string // object number -> body (between "obj" and "endobj")
}

func (u *update) alloc() int {
	u.next++
	return u.next - 1
}

// bytes appends the update to the base file. Dictionaries go into one
// compressed object stream, streams stay plain objects, and the update's
// cross-reference section is a cross-reference stream (PDF 1.5) whose
// /Prev points at fpdf's table.
// The update is returned alone, to be written after the file it updates:
// joining them would copy the whole file once more.
func (u *update) bytes(root, info int) ([]byte, error) {
	var out offsetBuffer
	out.base = len(u.base.pdf)
	nums := make([]int, 0, len(u.objs))
	for n := range u.objs {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	type entry struct {
		kind   byte // 1: at an offset, 2: in the object stream
		offset int  // kind 1: file offset; kind 2: index in the stream
	}
	entries := map[int]entry{}
	objStm, xrefStm := u.alloc(), u.alloc()
	var head, body bytes.Buffer
	k := 0
	for _, n := range nums {
		if strings.Contains(u.objs[n], "\nstream\n") {
			entries[n] = entry{1, out.Len()}
			fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n, u.objs[n])
			continue
		}
		fmt.Fprintf(&head, "%d %d ", n, body.Len())
		body.WriteString(u.objs[n])
		body.WriteByte('\n')
		entries[n] = entry{2, k}
		k++
	}
	data, err := deflate(append(head.Bytes(), body.Bytes()...))
	if err != nil {
		return nil, err
	}
	entries[objStm] = entry{1, out.Len()}
	fmt.Fprintf(&out, "%d 0 obj\n<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>\nstream\n", objStm, k, head.Len(), len(data))
	out.Write(data)
	out.WriteString("\nendstream\nendobj\n")
	entries[xrefStm] = entry{1, out.Len()}
	// A long document's structure has more elements than two bytes can
	// index within the object stream: its entries get four.
	wide := k >= 1<<16
	all := append(nums, objStm, xrefStm)
	sort.Ints(all)
	var index strings.Builder
	var rows []byte
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j] == all[j-1]+1 {
			j++
		}
		fmt.Fprintf(&index, "%d %d ", all[i], j-i)
		for _, n := range all[i:j] {
			e := entries[n]
			if e.kind == 1 {
				rows = append(rows, 1, byte(e.offset>>24), byte(e.offset>>16), byte(e.offset>>8), byte(e.offset))
				rows = appendIndex(rows, 0, wide)
			} else {
				rows = append(rows, 2, byte(objStm>>24), byte(objStm>>16), byte(objStm>>8), byte(objStm))
				rows = appendIndex(rows, e.offset, wide)
			}
		}
		i = j
	}
	if out.Len() >= 1<<32 {
		return nil, fmt.Errorf("update too large for its cross-reference stream")
	}
	data, err = deflate(rows)
	if err != nil {
		return nil, err
	}
	xref := entries[xrefStm].offset
	fmt.Fprintf(&out, "%d 0 obj\n<</Type /XRef /Size %d /Root %d 0 R", xrefStm, u.next, root)
	if info > 0 {
		fmt.Fprintf(&out, " /Info %d 0 R", info)
	}
	w3 := 2
	if wide {
		w3 = 4
	}
	fmt.Fprintf(&out, " /Prev %d /Index [%s] /W [1 4 %d] /Filter /FlateDecode /Length %d>>\nstream\n", u.base.xref, strings.TrimSpace(index.String()), w3, len(data))
	out.Write(data)
	fmt.Fprintf(&out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// appendIndex appends the third field of a cross-reference stream entry,
// in two bytes or, when wide, four.
func appendIndex(rows []byte, v int, wide bool) []byte {
	if wide {
		rows = append(rows, byte(v>>24), byte(v>>16))
	}
	return append(rows, byte(v>>8), byte(v))
}

// offsetBuffer is a buffer whose Len counts from base: the size of the
// file it follows.
type offsetBuffer struct {
	bytes.Buffer
	base int
}

func (b *offsetBuffer) Len() int { return b.base + b.Buffer.Len() }

func deflate(b []byte) ([]byte, error) { return deflateAt(b, zlib.BestSpeed) }

// deflateAt compresses b at a zlib level.
func deflateAt(b []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	z, err := zlib.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := z.Write(b); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// addStructure returns the update that adds the structure tree of t, as
// drawn into mk, to pdf, to be written after it; pdf's header is changed
// in place.
func addStructure(pdf []byte, t *document, mk *marking) ([]byte, error) {
	base, err := readObjects(pdf)
	if err != nil {
		return nil, err
	}
	root, info := base.trailerRef(trailerRoot), base.trailerRef(trailerInfo)
	catalog, err := base.dict(root)
	if err != nil {
		return nil, err
	}
	pageObjs, err := base.pages(catalog)
	if err != nil {
		return nil, err
	}
	u := &update{base: base, next: len(base.offsets), objs: map[int]string{}}
	tt := mk.tree
	keep := tt.prune()
	// Object numbers: the tree root, the kept elements, the parent tree,
	// the annotations, the metadata.
	treeRoot := u.alloc()
	elemObj := make([]int, len(tt.elems))
	for e := range tt.elems {
		if keep[e] {
			elemObj[e] = u.alloc()
		}
	}
	parentTree := u.alloc()
	annotObj := make([]int, len(mk.annots))
	for i := range mk.annots {
		annotObj[i] = u.alloc()
	}

	// Elements; the parent tree maps each page's MCIDs and each
	// annotation back to their elements.
	byPage := make([][]int, len(pageObjs))
	annotParent := make([]int, len(mk.annots))
	for e, el := range tt.elems {
		if !keep[e] {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "<</Type /StructElem /S /%s", el.role)
		if el.parent >= 0 {
			fmt.Fprintf(&b, " /P %d 0 R", elemObj[el.parent])
		} else {
			fmt.Fprintf(&b, " /P %d 0 R", treeRoot)
		}
		if el.lang != "" {
			fmt.Fprintf(&b, " /Lang %s", pdfString(el.lang))
		}
		if el.alt != "" {
			fmt.Fprintf(&b, " /Alt %s", pdfString(el.alt))
		}
		// MCIDs on the element's own page are plain numbers (/Pg says
		// the page); others are marked-content references.
		pg := -1
		for _, k := range el.kids {
			if k.elem < 0 && k.annot < 0 {
				pg = k.page
				break
			}
		}
		if pg >= 0 {
			fmt.Fprintf(&b, " /Pg %d 0 R", pageObjs[pg])
		}
		b.WriteString(" /K [")
		for _, k := range el.kids {
			switch {
			case k.elem >= 0:
				if keep[k.elem] {
					fmt.Fprintf(&b, "%d 0 R ", elemObj[k.elem])
				}
			case k.annot >= 0:
				a := mk.annots[k.annot]
				ph, _, _ := t.place(a.page)
				fmt.Fprintf(&b, "<</Type /OBJR /Obj %d 0 R /Pg %d 0 R>> ", annotObj[k.annot], pageObjs[ph])
				annotParent[k.annot] = e
			default:
				if k.page >= len(pageObjs) {
					return nil, fmt.Errorf("marked content on page %d of %d", k.page+1, len(pageObjs))
				}
				if k.page == pg {
					fmt.Fprintf(&b, "%d ", k.mcid)
				} else {
					fmt.Fprintf(&b, "<</Type /MCR /Pg %d 0 R /MCID %d>> ", pageObjs[k.page], k.mcid)
				}
				for len(byPage[k.page]) <= k.mcid {
					byPage[k.page] = append(byPage[k.page], -1)
				}
				byPage[k.page][k.mcid] = e
			}
		}
		b.WriteString("]>>")
		u.objs[elemObj[e]] = b.String()
	}
	var nums strings.Builder
	nums.WriteString("<</Nums [")
	for pg, elems := range byPage {
		fmt.Fprintf(&nums, "%d [", pg)
		for _, e := range elems {
			if e < 0 {
				nums.WriteString("null ")
			} else {
				fmt.Fprintf(&nums, "%d 0 R ", elemObj[e])
			}
		}
		nums.WriteString("] ")
	}
	for i := range mk.annots {
		fmt.Fprintf(&nums, "%d %d 0 R ", len(pageObjs)+i, elemObj[annotParent[i]])
	}
	nums.WriteString("]>>")
	u.objs[parentTree] = nums.String()

	var roles strings.Builder
	names := make([]string, 0, len(roleMap))
	for k := range roleMap {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&roles, "/%s /%s ", k, roleMap[k])
	}
	u.objs[treeRoot] = fmt.Sprintf("<</Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R /ParentTreeNextKey %d /RoleMap <<%s>>>>",
		elemObj[0], parentTree, len(pageObjs)+len(mk.annots), roles.String())

	// Link annotations, on the pages they are drawn on.
	pageAnnots := make([][]int, len(pageObjs))
	for i, a := range mk.annots {
		ph, dx, dy := t.place(a.page)
		h := t.sheetH()
		var b strings.Builder
		fmt.Fprintf(&b, "<</Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] /F 4 /StructParent %d /Contents %s",
			num(a.x+dx), num(h-(a.y+dy+a.h)), num(a.x+dx+a.w), num(h-(a.y+dy)), len(pageObjs)+i, pdfString(a.text))
		if a.anchor >= 0 {
			pos, ok := mk.anchors[a.anchor]
			if !ok {
				return nil, fmt.Errorf("link to heading %d, which is not drawn", a.anchor)
			}
			tp, _, tdy := t.place(int(pos[0]))
			fmt.Fprintf(&b, " /Dest [%d 0 R /XYZ 0 %s null]>>", pageObjs[tp], num(h-(pos[1]+tdy)))
		} else {
			fmt.Fprintf(&b, " /A <</S /URI /URI %s>>>>", pdfString(a.uri))
		}
		u.objs[annotObj[i]] = b.String()
		pageAnnots[ph] = append(pageAnnots[ph], annotObj[i])
	}
	for i, n := range pageObjs {
		d, err := base.dict(n)
		if err != nil {
			return nil, err
		}
		if strings.Contains(d, "/Annots") || strings.Contains(d, "/StructParents") {
			return nil, fmt.Errorf("page object %d already has annotations or structure", n)
		}
		var b strings.Builder
		b.WriteString(d)
		fmt.Fprintf(&b, "\n/StructParents %d\n/Tabs /S", i)
		if len(pageAnnots[i]) > 0 {
			b.WriteString("\n/Annots [")
			for _, a := range pageAnnots[i] {
				fmt.Fprintf(&b, "%d 0 R ", a)
			}
			b.WriteString("]")
		}
		b.WriteString(">>")
		u.objs[n] = b.String()
	}
	if strings.Contains(catalog, "/StructTreeRoot") {
		return nil, fmt.Errorf("the catalog is already tagged")
	}
	// The XMP stream (with pdfuaid) and /DisplayDocTitle are in the
	// catalog already (finishCatalog).
	u.objs[root] = catalog + fmt.Sprintf("/StructTreeRoot %d 0 R\n/MarkInfo <</Marked true>>\n/Version /1.7\n>>", treeRoot)
	out, err := u.bytes(root, info)
	if err != nil {
		return nil, err
	}
	// Readers that look only at the header see the version too (the
	// header is as long as fpdf's "%PDF-1.3").
	if bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		pdf[7] = '7'
	}
	return out, nil
}

// prune reports the elements to write: those with content below them,
// their kids sorted into reading order.
func (tt *tagTree) prune() []bool {
	keep := make([]bool, len(tt.elems))
	var visit func(e int) int64
	visit = func(e int) int64 {
		el := &tt.elems[e]
		first := int64(-1)
		for i := range el.kids {
			k := &el.kids[i]
			if k.elem >= 0 {
				k.order = visit(k.elem)
			}
			if k.order >= 0 && (first < 0 || k.order < first) {
				first = k.order
			}
		}
		sort.SliceStable(el.kids, func(a, b int) bool {
			oa, ob := el.kids[a].order, el.kids[b].order
			return oa >= 0 && (ob < 0 || oa < ob)
		})
		keep[e] = first >= 0
		el.order = first
		return first
	}
	visit(0)
	keep[0] = true
	return keep
}

// pdfString writes s as a PDF text string: literal when plain ASCII, else
// UTF-16BE with a byte order mark.
func pdfString(s string) string {
	plain := true
	for _, r := range s {
		if r < 0x20 || r > 0x7E {
			plain = false
			break
		}
	}
	if plain {
		r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
		return "(" + r.Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }
