package layout

import (
	"bytes"
	"fmt"
	"strconv"
)

// The finished file as fpdf writes it: one cross-reference table, read
// by the stream compression and by the tagging pass.

// pdfObjects indexes the objects of a PDF with one cross-reference table.
type pdfObjects struct {
	pdf     []byte
	xref    int
	offsets []int  // by object number; 0 for the free entry
	free    []byte // the table's line for object 0
	trailer []byte // from "trailer" to the end
}

func readObjects(pdf []byte) (*pdfObjects, error) {
	xref, err := startXref(pdf)
	if err != nil {
		return nil, err
	}
	head := []byte("xref\n0 ")
	if !bytes.HasPrefix(pdf[xref:], head) {
		return nil, fmt.Errorf("no cross-reference table at %d", xref)
	}
	rest := pdf[xref+len(head):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, fmt.Errorf("broken cross-reference table")
	}
	count, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || count < 1 {
		return nil, fmt.Errorf("cross-reference count %q", rest[:nl])
	}
	entries := xref + len(head) + nl + 1
	if count > (len(pdf)-entries)/xrefEntry {
		// Checked before multiplying: a huge count would overflow.
		return nil, fmt.Errorf("cross-reference table of %d objects runs past the end", count)
	}
	end := entries + count*xrefEntry
	o := &pdfObjects{pdf: pdf, xref: xref, offsets: make([]int, count), free: pdf[entries : entries+xrefEntry], trailer: pdf[end:]}
	for n := 1; n < count; n++ {
		e := pdf[entries+n*xrefEntry:]
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || off <= 0 || off >= xref {
			return nil, fmt.Errorf("object %d: bad offset %q", n, e[:10])
		}
		o.offsets[n] = off
	}
	return o, nil
}
