// Command publish turns raw OCR text dumps and Markdown files into clean
// Markdown, a typeset PDF and an EPUB.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(mainWith(os.Args[1:], osFS))
}

// mainWith is the process: the command with interruption handled.
func mainWith(args []string, fsys fileSystem) int {
	temps := newTempSet()
	// An interrupted run removes its temporary files: the outputs stay as
	// they were before it started.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		n := temps.removeAll()
		fmt.Fprintf(os.Stderr, "\npublish: %v: stopped, %s removed\n", s, plural(n, "unfinished output file"))
		code := 130 // 128 + SIGINT, as shells report it
		if s == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
	return runWith(args, os.Stdin, os.Stdout, os.Stderr, fsys, temps)
}

// run is the whole command; it returns the exit code: 0 when every
// document was published, 1 when any failed (or standard output could not
// be written), 2 for usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(args, stdin, stdout, stderr, osFS, newTempSet())
}

func runWith(args []string, stdin io.Reader, stdout, stderr io.Writer, fsys fileSystem, temps *tempSet) int {
	out := &checkedWriter{w: stdout}
	a := newApp(stdin, out, stderr)
	a.fs = fsys
	a.fs.temps = temps
	a.memory = newMemoryBudget()
	code := dispatch(a, args)
	if out.err != nil && code == 0 {
		// The command did not notice (help, normalize, fonts): say so.
		fmt.Fprintf(stderr, "publish: writing standard output: %v\n", unwrapPath(out.err))
		code = 1
	}
	return code
}

func dispatch(a *app, args []string) int {
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

// checkedWriter remembers the first failed write, so that output lost to a
// full disk or a closed pipe turns into an error and exit status 1.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}
