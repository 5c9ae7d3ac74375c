package convert

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestSampleGolden compares the sample's Markdown and report with the
// reviewed copies in testdata/ (go test -update rewrites them).
func TestSampleGolden(t *testing.T) {
	r := Normalize(sampleText(t), Options{Name: "zhengzhou-2023.txt"})
	for name, got := range map[string]string{
		"zhengzhou-2023.md":         r.Markdown,
		"zhengzhou-2023.report.txt": r.ReportText(),
	} {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if string(want) != got {
			t.Errorf("%s differs from the golden file:\n%s", name, firstDiff(string(want), got))
		}
	}
}
