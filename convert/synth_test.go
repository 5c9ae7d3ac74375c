package convert

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	synthKeep  = flag.String("synth.keep", "", "write the synthetic documents (truth.md, damaged.txt, out.md) under this directory")
	synthSeeds = flag.Int("synth.seeds", 4, "damage seeds per synthetic document")
)

// synthDoc is a clean document to damage.
type synthDoc struct {
	name   string
	blocks []truthBlock
}

// synthDocs returns the truth documents of the corpus and new documents
// assembled from them: each keeps the front part (title, dated line,
// speaker) and heading skeleton of a truth document and takes its
// paragraphs at random from every document of the same language.
func synthDocs(t testing.TB) []synthDoc {
	var docs []synthDoc
	pools := map[bool][]string{}
	for _, f := range corpusDocs(t) {
		bs := parseTruth(readFile(t, filepath.Join(filepath.Dir(f), "truth.md")))
		name := filepath.Base(filepath.Dir(f))
		docs = append(docs, synthDoc{name, bs})
		zh := detectLang(bs[0].text+bs[len(bs)-1].text) == "zh"
		for _, b := range bs[frontPart(bs):] {
			if b.level == 0 {
				pools[zh] = append(pools[zh], b.text)
			}
		}
	}
	n := len(docs)
	for k := range n {
		src := docs[k]
		zh := detectLang(src.blocks[0].text+src.blocks[len(src.blocks)-1].text) == "zh"
		r := rand.New(rand.NewPCG(uint64(k), 7))
		pool := pools[zh]
		r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		front := frontPart(src.blocks)
		bs := append([]truthBlock{}, src.blocks[:front]...)
		next := 0
		for _, b := range src.blocks[front:] {
			if b.level > 0 {
				bs = append(bs, b)
				continue
			}
			if r.IntN(3) == 0 || next >= len(pool) {
				continue // fewer paragraphs than the source
			}
			bs = append(bs, truthBlock{0, pool[next]})
			next++
		}
		docs = append(docs, synthDoc{"mix-" + src.name, bs})
	}
	return docs
}

// frontPart is the number of blocks before the first section heading or
// the first long paragraph: title, dated line, speaker, salutation.
func frontPart(bs []truthBlock) int {
	for i := 1; i < len(bs); i++ {
		if bs[i].level > 1 || runeCount(bs[i].text) > 60 {
			return i
		}
	}
	return len(bs)
}

// TestSynthetic damages the corpus truth files and documents assembled
// from them with several seeds, normalizes them and holds score.py's
// macro averages to the targets: the rules must carry over to documents
// they were not tuned on.
func TestSynthetic(t *testing.T) {
	if testing.Short() {
		t.Skip("synthetic corpus takes a while; skipped in -short mode")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; skipping synthetic scores")
	}
	files := corpusDocs(t)
	scorer := filepath.Join(filepath.Dir(filepath.Dir(files[0])), "score.py")
	dir := *synthKeep
	if dir == "" {
		dir = t.TempDir()
	}
	type result struct {
		name string
		s    score
	}
	var cases []result
	var work []func() score
	for _, sd := range synthDocs(t) {
		for seed := range *synthSeeds {
			name := fmt.Sprintf("%s-%d", sd.name, seed)
			damaged := damage(sd.blocks, uint64(seed)*1000+uint64(len(sd.name)))
			truth := renderTruth(sd.blocks)
			cases = append(cases, result{name: name})
			work = append(work, func() score {
				return scoreSynthetic(t, python, scorer, filepath.Join(dir, name), truth, damaged)
			})
		}
	}
	// score.py is slow: run several at once.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := range work {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			cases[i].s = work[i]()
		})
	}
	wg.Wait()
	var sum score
	var numbers float64
	n := 0
	for _, c := range cases {
		s, name := c.s, c.name
		{
			t.Logf("%-32s boundary F1 %.3f  heading F1 %.3f  CER %.4f  numbers missing %d/%d  title %v",
				name, s.Boundary.F1, s.Headings.F1, s.CER, s.NumbersMissing, s.NumbersTotal, s.Headings.TitleOK)
			sum.Boundary.F1 += s.Boundary.F1
			sum.Headings.F1 += s.Headings.F1
			sum.CER += s.CER
			if s.NumbersTotal > 0 {
				numbers += float64(s.NumbersMissing) / float64(s.NumbersTotal)
			}
			n++
		}
	}
	f := float64(n)
	t.Logf("macro average of %d documents: boundary F1 %.4f, heading F1 %.4f, CER %.5f, numbers not intact %.4f",
		n, sum.Boundary.F1/f, sum.Headings.F1/f, sum.CER/f, numbers/f)
	if v := sum.Boundary.F1 / f; v < synthTargets.boundary {
		t.Errorf("synthetic boundary F1 %.4f < %.3f", v, synthTargets.boundary)
	}
	if v := sum.Headings.F1 / f; v < synthTargets.headings {
		t.Errorf("synthetic heading F1 %.4f < %.3f", v, synthTargets.headings)
	}
	if v := sum.CER / f; v > synthTargets.cer {
		t.Errorf("synthetic CER %.5f > %.4f", v, synthTargets.cer)
	}
	if v := numbers / f; v > synthTargets.numbers {
		t.Errorf("synthetic numbers not intact %.4f > %.3f", v, synthTargets.numbers)
	}
}

// synthTargets are the macro averages the synthetic corpus must reach.
var synthTargets = struct{ boundary, headings, cer, numbers float64 }{0.965, 0.98, 0.0005, 0.005}

// scoreSynthetic writes one synthetic case under base, normalizes it,
// checks its properties and scores it.
func scoreSynthetic(t *testing.T, python, scorer, base, truth, damaged string) score {
	t.Helper()
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Error(err)
		return score{}
	}
	r := Normalize(damaged, Options{Name: "damaged.txt"})
	if msg := conservationError(damaged, r); msg != "" {
		t.Errorf("%s: conservation: %s", base, msg)
	}
	for name, text := range map[string]string{"truth.md": truth, "damaged.txt": damaged, "out.md": r.Markdown} {
		if err := os.WriteFile(filepath.Join(base, name), []byte(text), 0o644); err != nil {
			t.Error(err)
			return score{}
		}
	}
	raw, err := exec.Command(python, scorer, "--json", filepath.Join(base, "truth.md"), filepath.Join(base, "out.md")).Output()
	if err != nil {
		t.Errorf("score.py on %s: %v", base, err)
		return score{}
	}
	var s score
	if err := json.Unmarshal([]byte(strings.TrimSpace(string(raw))), &s); err != nil {
		t.Errorf("score.py output %q: %v", raw, err)
	}
	return s
}
