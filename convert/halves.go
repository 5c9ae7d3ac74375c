package convert

// Some analyses look at every line on its own. On a large document they
// run on two cores: each half of the lines on one, every call writing only
// the results of its own lines, so the outcome is the same as in one pass.

// halfMin is the fewest items worth a goroutine of their own.
var halfMin = 4096 // a variable: the tests split short documents too

// inHalves calls part(0, mid) and part(mid, n) at once (mid = n/2; for
// few items part(0, n) alone) and returns when both are done. part must
// write nothing but the results that belong to its own range.
func inHalves(n int, part func(lo, hi int)) {
	if n < 2*halfMin {
		part(0, n)
		return
	}
	mid := n / 2
	done := make(chan struct{})
	go func() {
		defer close(done)
		part(mid, n)
	}()
	part(0, mid)
	<-done
}

// collectInHalves calls part on the two halves as inHalves does and
// returns what part found in the first half followed by what it found in
// the second: the same as part(0, n) when part reads only.
func collectInHalves[T any](n int, part func(lo, hi int) []T) []T {
	var found [2][]T
	inHalves(n, func(lo, hi int) {
		if lo == 0 {
			found[0] = part(lo, hi)
		} else {
			found[1] = part(lo, hi)
		}
	})
	return append(found[0], found[1]...)
}

// together runs f and g at once and returns when both are done. They
// must not write anything the other reads.
func together(f, g func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		g()
	}()
	f()
	<-done
}
