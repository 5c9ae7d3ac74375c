package source

import _ "embed"

// SampleName is the file name of the bundled default document.
const SampleName = "zhengzhou-2023.txt"

//go:embed zhengzhou-2023.txt
var sample []byte

// Sample returns the bytes of the bundled default document, so the binary
// alone can publish it.
func Sample() []byte { return append([]byte(nil), sample...) }
