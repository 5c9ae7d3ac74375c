package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cjk-publish/publish/source"
)

// input is one document to publish.
type input struct {
	path string // file path; "" for the bundled sample, "-" for standard input
	name string // output name without extension, relative to the output folder
	md   bool   // published as written rather than normalized
	err  error  // discovery failed (missing file, empty folder); reported as a failed document
}

// display is how messages name the input.
func (in input) display() string {
	switch in.path {
	case "":
		return source.SampleName
	case "-":
		return "<stdin>"
	}
	return in.path
}

// isMarkdown tells Markdown inputs by their extension.
func isMarkdown(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

func isDocument(path string) bool {
	return isMarkdown(path) || strings.EqualFold(filepath.Ext(path), ".txt")
}

// discover expands the command line into documents. Folders are searched
// recursively (hidden folders and the output folder skipped, symbolic
// links followed unless they lead into a loop) and keep their relative
// layout in the output folder; output names must be unique. The warnings
// name what was left out.
func discover(args []string, outDir string) ([]input, []string) {
	if len(args) == 0 {
		return []input{{path: "", name: strings.TrimSuffix(source.SampleName, ".txt")}}, nil
	}
	absOut, _ := filepath.Abs(outDir)
	var ins []input
	var warnings []string
	for _, arg := range args {
		if arg == "-" {
			ins = append(ins, input{path: "-", name: "stdin"})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			ins = append(ins, input{path: arg, err: fmt.Errorf("%s: no such file or folder", arg)})
		case err != nil:
			ins = append(ins, input{path: arg, err: fmt.Errorf("%s: %w", arg, unwrapPath(err))})
		case st.IsDir():
			w := &walker{root: arg, absOut: absOut}
			w.dir(arg, []os.FileInfo{st})
			if len(w.found) == 0 {
				ins = append(ins, input{path: arg, err: fmt.Errorf("%s: folder has no .txt or .md documents", arg)})
			}
			sort.SliceStable(w.found, func(i, j int) bool { return w.found[i].path < w.found[j].path })
			ins = append(ins, w.found...)
			warnings = append(warnings, w.warnings...)
		default:
			ins = append(ins, input{path: arg, name: stem(filepath.Base(arg)), md: isMarkdown(arg)})
		}
	}
	seen := map[string]string{}
	for i := range ins {
		if ins[i].err != nil {
			continue
		}
		key := strings.ToLower(ins[i].name)
		if first, dup := seen[key]; dup {
			ins[i].err = fmt.Errorf("%s: output name %q is already taken by %s; publish it separately or with -o", ins[i].display(), ins[i].name, first)
			continue
		}
		seen[key] = ins[i].display()
	}
	return ins, warnings
}

// walker searches a folder for documents.
type walker struct {
	root, absOut string
	found        []input
	warnings     []string
}

// dir searches folder p; path holds the folders from the root down to p,
// to recognise a symbolic link that leads back into one of them.
func (w *walker) dir(p string, path []os.FileInfo) {
	entries, err := os.ReadDir(p)
	if err != nil {
		w.found = append(w.found, input{path: p, err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
		return
	}
	for _, e := range entries {
		child := filepath.Join(p, e.Name())
		typ := e.Type()
		var info os.FileInfo
		if typ&fs.ModeSymlink != 0 {
			st, err := os.Stat(child)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				if isDocument(child) {
					w.warnings = append(w.warnings, fmt.Sprintf("%s: skipped: broken symbolic link", child))
				}
				continue
			case err != nil:
				w.warnings = append(w.warnings, fmt.Sprintf("%s: skipped: %v", child, unwrapPath(err)))
				continue
			}
			info, typ = st, st.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if abs, _ := filepath.Abs(child); abs == w.absOut {
				continue
			}
			if info == nil {
				if info, err = e.Info(); err != nil {
					continue
				}
			}
			if loopsBack(info, path) {
				w.warnings = append(w.warnings, fmt.Sprintf("%s: skipped: the symbolic link leads back into %s", child, p))
				continue
			}
			w.dir(child, append(path[:len(path):len(path)], info))
		case typ.IsRegular():
			if !isDocument(child) || strings.HasSuffix(child, ".report.txt") {
				continue
			}
			rel, _ := filepath.Rel(w.root, child)
			w.found = append(w.found, input{path: child, name: filepath.ToSlash(stem(rel)), md: isMarkdown(child)})
		}
	}
}

// loopsBack reports whether a folder is one of those above it.
func loopsBack(info os.FileInfo, path []os.FileInfo) bool {
	for _, up := range path {
		if os.SameFile(info, up) {
			return true
		}
	}
	return false
}

func stem(p string) string { return strings.TrimSuffix(p, filepath.Ext(p)) }

// unwrapPath drops the *PathError wrapper, whose text repeats the path
// that our messages already start with.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
