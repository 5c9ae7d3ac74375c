// Package golden compares test output with golden files under testdata/,
// rewriting them when a test runs with -update.
package golden

import (
	"os"
	"strings"
	"testing"
)

// Check compares got with the file at path, or writes got there when
// update is set. A difference is reported at its first line.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(run go test -update after checking the output)", path, i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("%s: %d lines, want %d (run go test -update after checking the output)", path, len(gl), len(wl))
}
