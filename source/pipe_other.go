//go:build !unix

package source

import (
	"os"
	"time"
)

// openPipe opens a named pipe; without poll(2) there is no bounded wait.
func openPipe(path string, _ time.Duration) (*os.File, error) { return os.Open(path) }
