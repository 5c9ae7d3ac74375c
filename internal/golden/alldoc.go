package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cjk-publish/publish/markdown"
)

// AllPath is the document with every construct of the dialect, as the
// writers' packages reach it.
const AllPath = "../markdown/testdata/all.md"

// AllDoc reads the every-construct document with its figures loaded.
func AllDoc(t testing.TB) *markdown.Document {
	t.Helper()
	src, err := os.ReadFile(AllPath)
	if err != nil {
		t.Fatal(err)
	}
	d, err := markdown.Parse(AllPath, src)
	if err != nil {
		t.Fatal(err)
	}
	d.LoadImages(filepath.Dir(AllPath))
	return d
}
