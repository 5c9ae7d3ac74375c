package layout

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// An update whose object stream holds more than 65 536 objects (the
// structure of a long document) indexes them in four bytes, and qpdf reads
// every one of them back.
func TestWideUpdate(t *testing.T) {
	qpdf := needTool(t, "qpdf")
	// The file as it is before its tagging update: up to its first %%EOF.
	pdf := writePDF(t, sampleDoc(t), Options{})
	base := pdf[:bytes.Index(pdf, []byte("%%EOF\n"))+len("%%EOF\n")]
	o, err := readObjects(base)
	if err != nil {
		t.Fatal(err)
	}
	root := o.trailerRef(trailerRoot)
	catalog, err := o.dict(root)
	if err != nil {
		t.Fatal(err)
	}
	u := &update{base: o, next: len(o.offsets), objs: map[int]string{}}
	first := u.next
	const n = 70000
	for k := 0; k < n; k++ {
		u.objs[u.alloc()] = fmt.Sprintf("<</Type /Test /N %d>>", k)
	}
	u.objs[root] = catalog + fmt.Sprintf("/Probe %d 0 R\n>>", first+n-1)
	update, err := u.bytes(root, o.trailerRef(trailerInfo))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "wide.pdf")
	if err := os.WriteFile(path, append(base, update...), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command(qpdf, "--show-object="+fmt.Sprint(first+n-1), path).CombinedOutput()
	if err != nil || string(out) != fmt.Sprintf("<< /N %d /Type /Test >>\n", n-1) {
		t.Errorf("last object reads %q (%v)", out, err)
	}
}
