//go:build !unix

package main

// processAlive cannot tell here: stale temporary files are then removed
// by age alone.
func processAlive(int) bool { return true }
