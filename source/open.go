package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"
)

// Reading is capped by what is actually read, never by the size a file
// reports: devices, pipes and files that grow while they are read report
// nothing useful.

// Errors of ReadFile and ReadAll; each is wrapped with the name.
var (
	ErrTooLarge = errors.New("not a document")
	ErrDevice   = errors.New("not a regular file or a pipe")
	ErrNoWriter = errors.New("named pipe has no writer")
)

// Limits bound what reading one input may take.
type Limits struct {
	Bytes      int64         // largest input accepted
	PipeWriter time.Duration // how long to wait for a named pipe's writer
}

// Default limits: 64 MB per input, ten seconds for the other end of a
// named pipe to open.
const (
	MaxInputBytes = 64 << 20
	PipeWait      = 10 * time.Second
)

// DefaultLimits are the command's limits.
func DefaultLimits() Limits { return Limits{Bytes: MaxInputBytes, PipeWriter: PipeWait} }

// ReadAll reads r to its end, refusing more than lim.Bytes; name is used
// in the error.
func ReadAll(name string, r io.Reader, lim Limits) ([]byte, error) {
	return readSized(name, r, lim, 0)
}

// readSized is ReadAll with room made for size bytes first: a file read
// into a buffer that doubles as it fills is copied and cleared over
// again, about a tenth of the normalizer's time on a big report.
func readSized(name string, r io.Reader, lim Limits, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 && size <= lim.Bytes {
		buf.Grow(int(size) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, lim.Bytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	if n > lim.Bytes {
		return nil, tooLarge(name, lim)
	}
	return buf.Bytes(), nil
}

func tooLarge(name string, lim Limits) error {
	return fmt.Errorf("%s: larger than %s: %w", name, sizeText(lim.Bytes), ErrTooLarge)
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadFile reads a regular file or a pipe (a named pipe, or /dev/fd/N
// from a process substitution) with the limits; devices, sockets and
// folders are refused without being read.
func ReadFile(path string, lim Limits) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	switch mode := st.Mode(); {
	case mode.IsRegular():
		if st.Size() > lim.Bytes {
			return nil, fmt.Errorf("%s: %.0f MB is larger than %s: %w", path, float64(st.Size())/(1<<20), sizeText(lim.Bytes), ErrTooLarge)
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		defer f.Close()
		return readSized(path, f, lim, st.Size())
	case mode&fs.ModeNamedPipe != 0:
		f, err := openPipe(path, lim.PipeWriter)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ReadAll(path, f, lim)
	case mode.IsDir():
		return nil, fmt.Errorf("%s: is a folder", path)
	default:
		return nil, fmt.Errorf("%s: %s: %w", path, kindOf(mode), ErrDevice)
	}
}

func kindOf(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a block device"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// unwrapPath drops the *PathError wrapper, whose text repeats the path
// that the messages already start with.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
