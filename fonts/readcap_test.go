package fonts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLoadCapsReads checks that files no font can be are refused without
// being read: a device, and a sparse file of 3 GB behind a font signature.
func TestLoadCapsReads(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.ttf")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{0, 1, 0, 0})
	f.Truncate(3 << 30)
	f.Close()
	for _, c := range []struct{ spec, want string }{
		{huge, "huge.ttf: cannot read font: 3072 MB is larger than any font (256 MB)"},
		{"/dev/zero", "/dev/zero: cannot read font: not a regular file"},
	} {
		start := time.Now()
		_, err := Load(c.spec)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%s): %v, want %q", c.spec, err, c.want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Load(%s) took %s: the file was read", c.spec, d)
		}
	}
}
