package fonts

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSubsetAcceptedByBrowser loads subsets as web fonts in headless
// Chromium, whose OpenType Sanitizer rejects malformed fonts: e-readers
// built on browser engines treat EPUB fonts the same way. A truncated
// font checks that a rejection is seen.
func TestSubsetAcceptedByBrowser(t *testing.T) {
	var chromium string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			chromium = path
			break
		}
	}
	if chromium == "" {
		t.Skip("chromium not installed; skipping")
	}
	dir := t.TempDir()
	cases := append(allSubsetCases(t), cjkSubsetCases(t)...)
	if f := installedCFF("Noto Sans CJK KR"); f != nil {
		cases = append(cases, subsetCase{"Noto Sans CJK KR CJK", f, append(sampleRunes(t), cjkMarks...), true})
	}
	for _, spec := range []string{wqyPath + ":0", umingPath + ":0", droidPath} {
		if f, err := Load(spec); err == nil {
			runes := append(sampleRunes(t), cjkMarks...)
			cases = append(cases, subsetCase{spec, f, runes, false}, subsetCase{spec + " CJK", f, runes, true})
		}
	}
	want := map[string]string{}
	var faces, loads strings.Builder
	for i, tc := range append(cases, subsetCase{name: "truncated"}) {
		var data []byte
		if tc.font == nil {
			full := subsetOf(t, Bundled(), "中文")
			data, want[tc.name] = full[:len(full)-200], "error"
		} else {
			var err error
			if data, err = tc.subset(); err != nil {
				t.Fatal(err)
			}
			want[tc.name] = "loaded"
		}
		file := fmt.Sprintf("f%d.ttf", i)
		if err := os.WriteFile(filepath.Join(dir, file), data, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&faces, "@font-face{font-family:F%d;src:url(%s)}\n", i, file)
		fmt.Fprintf(&loads, "new FontFace('F%d','url(%s)').load().then(()=>%q+'=loaded',()=>%q+'=error'),\n", i, file, tc.name, tc.name)
	}
	page := fmt.Sprintf(`<html><head><style>%s</style></head><body><div id="r">pending</div><script>
Promise.all([%s]).then(r => { document.getElementById('r').textContent = r.join(';'); });
</script></body></html>`, faces.String(), loads.String())
	html := filepath.Join(dir, "fonts.html")
	if err := os.WriteFile(html, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", "file://"+html).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`<div id="r">([^<]*)</div>`).FindSubmatch(out)
	if m == nil || string(m[1]) == "pending" {
		t.Fatalf("chromium did not report the fonts: %.300s", out)
	}
	for _, result := range strings.Split(string(m[1]), ";") {
		name, status, _ := strings.Cut(result, "=")
		if want[name] != status {
			t.Errorf("%s: %s, want %s", name, status, want[name])
		}
		delete(want, name)
	}
	if len(want) > 0 {
		t.Errorf("no result for %v", want)
	}
}
