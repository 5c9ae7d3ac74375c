// Command publish turns raw OCR text dumps and Markdown files into clean
// Markdown, a typeset PDF and an EPUB.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit code: 0 when every
// document was published, 1 when any failed, 2 for usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := newApp(stdin, stdout, stderr)
	if len(args) > 0 {
		switch args[0] {
		case "normalize":
			return a.normalize(args[1:])
		case "fonts", "completion", "man", "help":
			return a.simple(args[0], args[1:])
		}
	}
	return a.publish(args)
}
