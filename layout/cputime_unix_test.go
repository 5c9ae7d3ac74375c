//go:build unix

package layout

import "syscall"

// processCPU is the CPU time the process has used (user + system), in
// seconds: under a loaded machine it measures cost where wall time can't.
func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
