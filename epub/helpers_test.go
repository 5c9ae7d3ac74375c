package epub

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"testing"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

const samplePath = "testdata/zhengzhou-2023.md"

var testTime = time.Unix(1700000000, 0)

func loadDoc(t testing.TB, path string) *markdown.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := markdown.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func loadSample(t testing.TB) *markdown.Document { return loadDoc(t, samplePath) }

// writeBook writes d with opts and returns the archive bytes.
func writeBook(t testing.TB, d *markdown.Document, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unpack reads every entry of an archive.
func unpack(t testing.TB, data []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out, zr.File
}
