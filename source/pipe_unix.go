//go:build unix

package source

import (
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// openPipe opens a named pipe for reading without blocking on a missing
// writer (a plain open waits for one forever), then waits at most wait
// for the writer to send data or close.
func openPipe(path string, wait time.Duration) (*os.File, error) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	deadline := time.Now().Add(wait)
	for {
		// Linux reports no hang-up on a pipe that never had a writer, so
		// poll waits for the first writer's data or close.
		ms := int(time.Until(deadline) / time.Millisecond)
		if ms <= 0 {
			unix.Close(fd)
			return nil, fmt.Errorf("%s: %w (waited %s)", path, ErrNoWriter, wait)
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, ms)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			unix.Close(fd)
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if n > 0 {
			break
		}
	}
	// Reads block again from here on: the writer is there.
	if err := unix.SetNonblock(fd, false); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return os.NewFile(uintptr(fd), path), nil
}
