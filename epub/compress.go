package epub

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
)

// entry is a file the post-pass writes itself: its content, or a function
// that makes it (so that making it runs in parallel too), and the deflate
// level for it.
type entry struct {
	name  string
	data  []byte
	make  func() ([]byte, error)
	level int
}

// deflated is an entry compressed and ready to be written as it is.
type deflated struct {
	name string
	crc  uint32
	size int    // uncompressed
	data []byte // compressed
}

// deflateAll makes and compresses entries side by side, one worker per
// processor: zip entries are independent deflate streams. The result is in
// the order of entries and does not depend on which worker did what.
// Workers take entries in order, so the biggest should come first.
func deflateAll(entries []entry) ([]deflated, error) {
	out := make([]deflated, len(entries))
	errs := make([]error, len(entries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(entries)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d deflater
			for {
				i := int(next.Add(1)) - 1
				if i >= len(entries) {
					return
				}
				out[i], errs[i] = d.deflate(entries[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", entries[i].name, err)
		}
	}
	return out, nil
}

// deflater compresses one entry after another, reusing its compressors
// (each holds about a megabyte of tables).
type deflater struct {
	writers map[int]*flate.Writer // by level
}

func (d *deflater) deflate(e entry) (deflated, error) {
	data := e.data
	if e.make != nil {
		var err error
		if data, err = e.make(); err != nil {
			return deflated{}, err
		}
	}
	var buf bytes.Buffer
	buf.Grow(len(data)/2 + 64)
	fw := d.writers[e.level]
	if fw == nil {
		var err error
		if fw, err = flate.NewWriter(&buf, e.level); err != nil {
			return deflated{}, err
		}
		if d.writers == nil {
			d.writers = map[int]*flate.Writer{}
		}
		d.writers[e.level] = fw
	} else {
		fw.Reset(&buf)
	}
	if _, err := fw.Write(data); err != nil {
		return deflated{}, err
	}
	if err := fw.Close(); err != nil {
		return deflated{}, err
	}
	return deflated{name: e.name, crc: crc32.ChecksumIEEE(data), size: len(data), data: buf.Bytes()}, nil
}
