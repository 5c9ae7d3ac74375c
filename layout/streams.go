package layout

import (
	"bytes"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"unsafe"

	"github.com/go-pdf/fpdf"
	"github.com/klauspost/compress/zlib"
)

// fpdf deflates each page with a new zlib writer, about a megabyte of
// buffers per page: on a long document that is most of the memory the
// PDF stage allocates. So pages are written uncompressed and deflated
// here with one writer, reset between streams; the cross-reference table
// is rebuilt for the new offsets.

// xrefEntry is the length of a cross-reference line ("0000000123 00000 n \n").
const xrefEntry = 20

// compressStreams deflates every stream of pdf whose dictionary holds only
// its /Length (the page contents and ToUnicode maps fpdf writes when
// compression is off) and rewrites the cross-reference table. The objects
// in deflated were drawn empty and get their data from it, deflated
// already (pages compressed as they were drawn), and their /Filter; each
// is let go once it is copied, so that the file is never held twice.
func compressStreams(pdf []byte, deflated map[int][]byte) ([]byte, error) {
	o, err := readObjects(pdf)
	if err != nil {
		return nil, err
	}
	xref, count := o.xref, len(o.offsets)
	// Objects 1..count-1 by their offsets in the file.
	offsets := o.offsets
	order := make([]int, 0, count-1)
	for n := 1; n < count; n++ {
		order = append(order, n)
	}
	if len(order) == 0 {
		return nil, fmt.Errorf("no objects")
	}
	sort.Slice(order, func(a, b int) bool { return offsets[order[a]] < offsets[order[b]] })

	// Deflate the plain streams on every processor, then splice.
	objs := make([][]byte, len(order))
	plain := make([][]byte, len(order))
	prefixes := make([][]byte, len(order))
	ready := make([][]byte, len(order))
	var jobs []int
	for k, n := range order {
		end := xref
		if k+1 < len(order) {
			end = offsets[order[k+1]]
		}
		objs[k] = pdf[offsets[n]:end]
		if data, prefix, ok := plainStream(objs[k]); ok {
			prefixes[k] = prefix
			if d, ok := deflated[n]; ok {
				ready[k] = d
				continue
			}
			plain[k] = data
			jobs = append(jobs, k)
		}
	}
	compressed, err := deflateAll(plain, jobs)
	if err != nil {
		return nil, err
	}
	size := len(pdf) / 2
	if len(deflated) > 0 {
		size = len(pdf) + len(order)*24
		for k := range ready {
			if ready[k] != nil {
				compressed[k] = ready[k]
				size += len(ready[k])
			}
		}
	}
	ready = nil
	for n := range deflated {
		delete(deflated, n) // compressed holds them now, and lets each go
	}
	out := bytes.NewBuffer(make([]byte, 0, size))
	out.Write(pdf[:offsets[order[0]]])
	newOffsets := make([]int, count)
	for k, n := range order {
		newOffsets[n] = out.Len()
		if prefixes[k] == nil {
			out.Write(objs[k])
			continue
		}
		out.Write(prefixes[k])
		fmt.Fprintf(out, "<</Filter /FlateDecode /Length %d>>\nstream\n", len(compressed[k]))
		out.Write(compressed[k])
		compressed[k] = nil
		out.WriteString("\nendstream\nendobj\n")
	}
	newXref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n", count)
	out.Write(o.free)
	for n := 1; n < count; n++ {
		fmt.Fprintf(out, "%010d 00000 n \n", newOffsets[n])
	}
	tail := o.trailer
	sx := bytes.LastIndex(tail, []byte("startxref"))
	if sx < 0 {
		return nil, fmt.Errorf("no startxref after the trailer")
	}
	out.Write(tail[:sx])
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", newXref)
	return out.Bytes(), nil
}

// startXref reads the offset of the cross-reference table.
func startXref(pdf []byte) (int, error) {
	k := bytes.LastIndex(pdf, []byte("startxref"))
	if k < 0 {
		return 0, fmt.Errorf("no startxref")
	}
	f := bytes.Fields(pdf[k+len("startxref"):])
	if len(f) == 0 {
		return 0, fmt.Errorf("empty startxref")
	}
	o, err := strconv.Atoi(string(f[0]))
	if err != nil || o < 0 || o >= k {
		return 0, fmt.Errorf("startxref %q", f[0])
	}
	return o, nil
}

// plainStream recognises "N 0 obj\n<</Length L>>\nstream\n" + L bytes +
// "\nendstream\nendobj\n" and returns the data and the "N 0 obj\n" line.
func plainStream(obj []byte) (data, prefix []byte, ok bool) {
	nl := bytes.IndexByte(obj, '\n')
	if nl < 0 || !bytes.HasSuffix(obj[:nl], []byte(" 0 obj")) {
		return nil, nil, false
	}
	prefix, rest := obj[:nl+1], obj[nl+1:]
	const open, close = "<</Length ", ">>\nstream\n"
	if !bytes.HasPrefix(rest, []byte(open)) {
		return nil, nil, false
	}
	rest = rest[len(open):]
	e := bytes.Index(rest, []byte(close))
	if e < 0 || e > 12 {
		return nil, nil, false
	}
	n, err := strconv.Atoi(string(rest[:e]))
	rest = rest[e+len(close):]
	if err != nil || n < 0 || n > len(rest) || !bytes.Equal(rest[n:], []byte("\nendstream\nendobj\n")) {
		return nil, nil, false
	}
	return rest[:n], prefix, true
}

// deflateAll compresses data[k] for each k in jobs, spread over the
// processors, each worker reusing one zlib writer.
func deflateAll(data [][]byte, jobs []int) ([][]byte, error) {
	out := make([][]byte, len(data))
	workers := min(runtime.GOMAXPROCS(0), 4, len(jobs))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var buf bytes.Buffer
			z, err := zlib.NewWriterLevel(&buf, zlib.BestSpeed)
			if err != nil {
				errs[w] = err
				return
			}
			for j := w; j < len(jobs); j += workers {
				k := jobs[j]
				buf.Reset()
				z.Reset(&buf)
				if _, err := z.Write(data[k]); err != nil {
					errs[w] = err
					return
				}
				if err := z.Close(); err != nil {
					errs[w] = err
					return
				}
				out[k] = bytes.Clone(buf.Bytes())
			}
		}(w)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("deflate: %w", err)
		}
	}
	return out, nil
}

// Pages are deflated as soon as they are drawn, so that a long document's
// page contents are held compressed, not as the several times larger
// operator text fpdf keeps until it writes the file; they are held aside,
// fpdf's buffers emptied, and copied into the file by compressStreams, so
// that fpdf's file and its pages are never in memory together. fpdf
// offers no access to a finished page, so its page buffers are reached by
// reflection; when its layout is not the one expected (another fpdf
// version), pages are left to compressStreams as before.

// pageBuffers returns fpdf's page content buffers (1-based), or nil.
func pageBuffers(pdf *fpdf.Fpdf) *[]*bytes.Buffer {
	v := reflect.ValueOf(pdf).Elem().FieldByName("pages")
	if !v.IsValid() || v.Type() != reflect.TypeFor[[]*bytes.Buffer]() {
		return nil
	}
	return (*[]*bytes.Buffer)(unsafe.Pointer(v.UnsafeAddr()))
}

// pageObject is the object number of page n's content stream: fpdf
// numbers each page's object 2n+1 and its contents 2n+2.
func pageObject(n int) int { return 2*n + 2 }

// pageDeflater compresses finished pages in the background, replacing
// each page's operators with their deflated bytes.
type pageDeflater struct {
	pages *[]*bytes.Buffer
	jobs  chan pageJob
	wg    sync.WaitGroup
	mu    sync.Mutex
	err   error
	done  map[int][]byte // content objects deflated: their data
}

func newPageDeflater(pdf *fpdf.Fpdf) *pageDeflater {
	pd := &pageDeflater{pages: pageBuffers(pdf), done: map[int][]byte{}}
	if pd.pages == nil {
		return pd
	}
	pd.jobs = make(chan pageJob, 8)
	for range min(runtime.GOMAXPROCS(0), 4) {
		pd.wg.Add(1)
		go func() {
			defer pd.wg.Done()
			var out bytes.Buffer
			z, _ := zlib.NewWriterLevel(&out, zlib.BestSpeed) // a valid level cannot fail
			for job := range pd.jobs {
				out.Reset()
				z.Reset(&out)
				_, err := z.Write(job.buf.Bytes())
				if err == nil {
					err = z.Close()
				}
				if err != nil {
					pd.mu.Lock()
					pd.err = err
					pd.mu.Unlock()
					continue
				}
				// The page is drawn empty by fpdf and gets its data
				// when the file is put together (compressStreams):
				// fpdf's file then holds no page, and the pages are
				// not held twice while it is written.
				data := bytes.Clone(out.Bytes())
				*job.buf = bytes.Buffer{}
				pd.mu.Lock()
				pd.done[job.obj] = data
				pd.mu.Unlock()
			}
		}()
	}
	return pd
}

// pageJob is a finished page's content stream: its object and fpdf's
// buffer of it.
type pageJob struct {
	obj int
	buf *bytes.Buffer
}

// finished hands page n over once fpdf writes no more to it.
func (pd *pageDeflater) finished(n int) {
	if pd.pages == nil || n < 1 || n >= len(*pd.pages) {
		return
	}
	pd.jobs <- pageJob{pageObject(n), (*pd.pages)[n]}
}

// wait returns the content objects deflated once all are.
func (pd *pageDeflater) wait() (map[int][]byte, error) {
	if pd.pages == nil {
		return nil, nil
	}
	close(pd.jobs)
	pd.wg.Wait()
	if pd.err != nil {
		return nil, fmt.Errorf("deflate: %w", pd.err)
	}
	return pd.done, nil
}

// keptWriter receives fpdf's finished file, which fpdf writes with one
// call and never touches again, without copying it.
type keptWriter struct{ data []byte }

func (k *keptWriter) Write(p []byte) (int, error) {
	if k.data == nil {
		k.data = p
	} else {
		k.data = append(k.data[:len(k.data):len(k.data)], p...)
	}
	return len(p), nil
}
