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
// recursively (hidden folders and the output folder skipped) and keep their
// relative layout in the output folder; output names must be unique.
func discover(args []string, outDir string) []input {
	if len(args) == 0 {
		return []input{{path: "", name: strings.TrimSuffix(source.SampleName, ".txt")}}
	}
	absOut, _ := filepath.Abs(outDir)
	var ins []input
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
			found := walk(arg, absOut)
			if len(found) == 0 {
				ins = append(ins, input{path: arg, err: fmt.Errorf("%s: folder has no .txt or .md documents", arg)})
			}
			ins = append(ins, found...)
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
	return ins
}

func walk(root, absOut string) []input {
	var ins []input
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ins = append(ins, input{path: p, err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
			return nil
		}
		if d.IsDir() {
			if abs, _ := filepath.Abs(p); abs == absOut && p != root {
				return filepath.SkipDir
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !isDocument(p) || strings.HasSuffix(p, ".report.txt") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		ins = append(ins, input{path: p, name: filepath.ToSlash(stem(rel)), md: isMarkdown(p)})
		return nil
	})
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].path < ins[j].path })
	return ins
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
