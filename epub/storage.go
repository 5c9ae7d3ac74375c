package epub

import (
	"io"
	"sync"

	goepub "github.com/go-shiori/go-epub"
)

// go-epub assembles a book in a process-wide scratch file system before
// zipping it. Its default, a folder under os.TempDir, costs a file creation
// per chapter (a quarter of a millisecond each on overlay file systems); its
// in-memory one is a plain map, unsafe for concurrent use. The writer uses
// the in-memory one and lets one book at a time through it.
var (
	scratchOnce sync.Once
	scratchMu   sync.Mutex
)

// packBook runs go-epub's WriteTo in memory.
func packBook(e *goepub.Epub, w io.Writer) error {
	scratchOnce.Do(func() {
		// Use fails only for an unknown storage type.
		_ = goepub.Use(goepub.MemoryFS)
	})
	scratchMu.Lock()
	defer scratchMu.Unlock()
	_, err := e.WriteTo(w)
	return err
}
