//go:build !unix

package convert

import "time"

// cpuTime is not measured here: the benchmark reports wall-clock MB/s only.
func cpuTime() time.Duration { return 0 }
