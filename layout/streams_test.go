package layout

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// Every cross-reference entry of a written PDF points at its object, and
// every page content stream inflates to drawing operators.
func TestCompressedStreamsAndXref(t *testing.T) {
	pdf := writePDF(t, sampleDoc(t), Options{})
	x, err := startXref(pdf)
	if err != nil {
		t.Fatal(err)
	}
	// The tagging pass appends an update; the table compressStreams
	// rewrote is the one its trailer points back to.
	prev := regexp.MustCompile(`/Prev (\d+)`).FindSubmatch(pdf[x:])
	if prev == nil {
		t.Fatal("no /Prev in the trailer of the tagging update")
	}
	x, _ = strconv.Atoi(string(prev[1]))
	m := regexp.MustCompile(`^xref\n0 (\d+)\n`).FindSubmatch(pdf[x:])
	if m == nil {
		t.Fatalf("no xref table at %d", x)
	}
	n, _ := strconv.Atoi(string(m[1]))
	entries := x + len(m[0])
	for i := 1; i < n; i++ {
		off, _ := strconv.Atoi(string(pdf[entries+i*xrefEntry : entries+i*xrefEntry+10]))
		if want := fmt.Sprintf("%d 0 obj\n", i); !bytes.HasPrefix(pdf[off:], []byte(want)) {
			t.Errorf("object %d: offset %d holds %q", i, off, pdf[off:off+12])
		}
	}
	streams := regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`).FindAllSubmatchIndex(pdf, -1)
	if len(streams) < 9 {
		t.Fatalf("%d deflated page streams, want one per page at least", len(streams))
	}
	pages := 0
	for _, s := range streams {
		l, _ := strconv.Atoi(string(pdf[s[2]:s[3]]))
		r, err := zlib.NewReader(bytes.NewReader(pdf[s[1] : s[1]+l]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(" Tj ET")) {
			pages++
		}
		if !bytes.HasPrefix(pdf[s[1]+l:], []byte("\nendstream\nendobj\n")) {
			t.Errorf("stream at %d: length %d does not end at endstream", s[1], l)
		}
	}
	if pages != 9 {
		t.Errorf("%d streams with text, want 9 pages", pages)
	}
	if q, err := exec.LookPath("qpdf"); err == nil {
		path := filepath.Join(t.TempDir(), "x.pdf")
		if err := os.WriteFile(path, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(q, "--check", path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

func TestCompressStreamsRejectsBrokenFiles(t *testing.T) {
	for _, pdf := range []string{"", "%PDF-1.3\nno xref", "%PDF-1.3\nstartxref\n999\n%%EOF", "%PDF-1.3\nxref\n0 9\nstartxref\n9\n%%EOF",
		"%PDF-1.3\nxref\n0 922337203685477581\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF"} {
		if _, err := compressStreams([]byte(pdf), nil); err == nil {
			t.Errorf("%q: want an error", pdf)
		}
	}
}

// compressStreams never panics, and what it accepts keeps a valid table.
func FuzzCompressStreams(f *testing.F) {
	f.Add([]byte("%PDF-1.3\n1 0 obj\n<</Length 3>>\nstream\nabc\nendstream\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n59\n%%EOF\n"))
	f.Add([]byte("%PDF-1.3\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, pdf []byte) {
		out, err := compressStreams(pdf, nil)
		if err != nil {
			return
		}
		if _, err := startXref(out); err != nil {
			t.Errorf("output has no startxref: %v", err)
		}
	})
}
