package convert

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCorpus normalizes every damaged document of the development corpus
// and checks conservation, the Markdown round trip and idempotence on
// each; with python3 it also scores the outputs against the truth files
// and holds the macro averages to the targets.
func TestCorpus(t *testing.T) {
	files := corpusDocs(t)
	dir := t.TempDir()
	var outs []string
	for _, f := range files {
		name := filepath.Base(filepath.Dir(f))
		text := readFile(t, f)
		t.Run(name, func(t *testing.T) { checkProperties(t, name, text) })
		out := filepath.Join(dir, name+".md")
		if err := os.WriteFile(out, []byte(Normalize(text, Options{Name: "damaged.txt"}).Markdown), 0o644); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping corpus scores")
	}
	scorer := filepath.Join(filepath.Dir(filepath.Dir(files[0])), "score.py")
	var sum score
	for i, f := range files {
		truth := filepath.Join(filepath.Dir(f), "truth.md")
		raw, err := exec.Command(python, scorer, "--json", truth, outs[i]).Output()
		if err != nil {
			t.Fatalf("score.py on %s: %v", f, err)
		}
		var s score
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("score.py output %q: %v", raw, err)
		}
		if !s.Headings.TitleOK {
			t.Errorf("%s: title wrong", f)
		}
		if s.CJKSpaces > 1 {
			t.Errorf("%s: %d spaces left between CJK characters", f, s.CJKSpaces)
		}
		if s.EnSplit+s.EnJoined > 1 {
			t.Errorf("%s: %d English words split or joined", f, s.EnSplit+s.EnJoined)
		}
		sum.Boundary.F1 += s.Boundary.F1
		sum.Headings.F1 += s.Headings.F1
		sum.CER += s.CER
		if s.NumbersTotal > 0 {
			sum.NumbersMissing += s.NumbersMissing * 1000 / s.NumbersTotal
		}
		t.Logf("%s: boundary F1 %.3f, heading F1 %.3f, CER %.4f, numbers missing %d/%d",
			filepath.Base(filepath.Dir(f)), s.Boundary.F1, s.Headings.F1, s.CER, s.NumbersMissing, s.NumbersTotal)
	}
	n := float64(len(files))
	if f1 := sum.Boundary.F1 / n; f1 < 0.98 {
		t.Errorf("paragraph-boundary F1 %.3f < 0.98", f1)
	}
	if f1 := sum.Headings.F1 / n; f1 < 0.95 {
		t.Errorf("heading F1 %.3f < 0.95", f1)
	}
	if cer := sum.CER / n; cer > 0.001 {
		t.Errorf("CER %.4f > 0.1%%", cer)
	}
	if miss := float64(sum.NumbersMissing) / n / 1000; miss > 0.005 {
		t.Errorf("numbers not intact %.4f > 0.5%%", miss)
	}
}

// score is the part of score.py's JSON the targets need.
type score struct {
	Boundary struct {
		F1 float64 `json:"f1"`
	} `json:"para_boundary"`
	Headings struct {
		F1      float64 `json:"f1"`
		TitleOK bool    `json:"title_ok"`
	} `json:"headings"`
	CER            float64 `json:"cer"`
	CJKSpaces      int     `json:"cjk_spaces_wrong"`
	NumbersMissing int     `json:"numbers_missing"`
	NumbersTotal   int     `json:"numbers_total"`
	EnSplit        int     `json:"en_words_split"`
	EnJoined       int     `json:"en_words_joined"`
}
