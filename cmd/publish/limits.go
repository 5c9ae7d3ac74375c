package main

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// lastDate is the latest moment PDF and EPUB dates can express, in Unix
// seconds (9999-12-31 23:59:59 UTC): both write the year with four digits.
const lastDate = 253402300799

// checkValues refuses option values that would make invalid files or fail
// every document later: a font size that is not a number, an empty -o
// (which would mean the default folder, or the current one, by accident),
// a date the outputs cannot carry. fs is the parsed flag set.
func checkValues(o *options, fs *flag.FlagSet) error {
	if math.IsNaN(o.fontSize) {
		return errors.New("--font-size NaN is not a size (5-72 pt)")
	}
	emptyOutput := false
	fs.Visit(func(f *flag.Flag) {
		if (f.Name == "o" || f.Name == "output") && o.output == "" {
			emptyOutput = true
		}
	})
	if emptyOutput {
		return errors.New("-o needs a file or a folder (-o . for the current folder)")
	}
	if o.created.Unix() > lastDate {
		return fmt.Errorf("SOURCE_DATE_EPOCH=%d is after the year 9999, which PDF and EPUB dates cannot express", o.created.Unix())
	}
	return nil
}

// Memory: the Go collector lets the heap grow to twice what is live
// before it collects, so a long document's run could take twice the
// memory it needs. The command sets a soft limit that follows the
// documents being published, 64 MB plus 15 times their input (never
// under 128 MB, which small documents stay below): the collector works
// harder near it, and is capped by the runtime at half
// the processor time if a document needs more. GOMEMLIMIT, when set,
// is the user's and is left alone.

// memoryBudget is the soft memory limit of a run.
type memoryBudget struct {
	mu       sync.Mutex
	inFlight int64
	off      bool
	gcOff    bool // GOGC is the user's
	gc       int  // the collector's target now (GOGC)
}

const (
	memoryBase    = 64 << 20
	memoryPerByte = 15
	memoryFloor   = 128 << 20 // small documents: no pressure on the collector

	// From this much input in flight on, the collector starts a cycle when
	// the heap has grown by half rather than doubled: a 10 MB report then
	// peaks at about 160 MB instead of 220 MB, for a tenth more processor
	// time. Small documents keep the default, for speed.
	largeInput = 4 << 20
	largeGC    = 50

	// Between smallInput and largeInput, the collector lets the heap grow
	// to three times what is live: such a run stays under the 128 MB floor
	// or near it either way (2 MB of report text peaks at 160 MB with the
	// default target too), and collects half as often (2 MB: 546 -> 517 ms).
	midGC = 200

	// Under this much input in flight, the collector waits for the soft
	// limit (GOGC off): a report of this size keeps well under the
	// 128 MB floor, so a run collects rarely or never, where the default
	// target spends a tenth of the sample's run collecting a heap of a
	// few megabytes, and a batch of such reports collects mostly garbage.
	smallInput = 256 << 10
	gcOnLimit  = -1
	gcDefault  = 100 // the runtime's, without GOGC
)

func newMemoryBudget() *memoryBudget {
	return &memoryBudget{off: os.Getenv("GOMEMLIMIT") != "", gcOff: os.Getenv("GOGC") != "", gc: gcDefault}
}

// add counts n more input bytes in flight (negative when a document is
// done) and moves the limit.
func (m *memoryBudget) add(n int) {
	if m == nil || m.off {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inFlight += int64(n)
	limit := int64(math.MaxInt64)
	if m.inFlight > 0 {
		limit = max(memoryFloor, memoryBase+memoryPerByte*m.inFlight)
	}
	debug.SetMemoryLimit(limit)
	if m.gcOff {
		return
	}
	want := gcDefault
	switch {
	case m.inFlight >= largeInput:
		want = largeGC
	case m.inFlight > 0 && m.inFlight < smallInput:
		want = gcOnLimit
	case m.inFlight > 0:
		want = midGC
	}
	if want != m.gc {
		debug.SetGCPercent(want)
		m.gc = want
	}
}
