package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"
)

var yamlLine = regexp.MustCompile(`line (\d+)`)

// frontMatter is where the front matter was in the file.
type frontMatter struct {
	lines     int // lines it took, fences included
	frontLine int // file line of the "front" key (0 = none)
}

// splitFrontMatter parses a leading "---" block. It returns the body after
// it and where the front matter was.
func splitFrontMatter(src []byte, m *Meta) ([]byte, frontMatter, error) {
	var fm frontMatter
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return src, fm, nil
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	end := -1
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(string(lines[i]), "\r\n")
		if l == "---" || l == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, fm, fmt.Errorf("%w: no closing \"---\" line", ErrFrontMatter)
	}
	yamlText := bytes.Join(lines[1:end], nil)
	var raw map[string]interface{}
	if err := yaml.Unmarshal(yamlText, &raw); err != nil {
		msg := strings.TrimPrefix(strings.ReplaceAll(err.Error(), "\n", " "), "yaml: ")
		// yaml counts lines from the first line after "---"; say file lines.
		msg = yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
			n, _ := strconv.Atoi(yamlLine.FindStringSubmatch(m)[1])
			return fmt.Sprintf("line %d", n+1)
		})
		return nil, fm, fmt.Errorf("%w: %s", ErrFrontMatter, msg)
	}
	if err := m.setAll(raw); err != nil {
		return nil, fm, err
	}
	for i := 1; i < end; i++ {
		if k, _, ok := strings.Cut(string(lines[i]), ":"); ok && strings.EqualFold(strings.TrimSpace(k), "front") {
			fm.frontLine = i + 1
		}
	}
	fm.lines = end + 1
	return bytes.Join(lines[end+1:], nil), fm, nil
}

// list reads a YAML sequence, or a scalar split at any of seps.
func list(v interface{}, seps string) []string {
	var out []string
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			out = append(out, scalar(e))
		}
	default:
		for _, e := range strings.FieldsFunc(scalar(v), func(r rune) bool { return strings.ContainsRune(seps, r) }) {
			if e = strings.TrimSpace(e); e != "" {
				out = append(out, e)
			}
		}
	}
	return out
}

// formatFrontMatter writes the front matter: the keys in a fixed order,
// empty values left out, the description only where it is not the
// subtitle (which Parse takes as its default).
func formatFrontMatter(d *Document) string {
	m := d.Meta
	var b strings.Builder
	b.WriteString("---\n")
	put := func(k, v string) {
		if v != "" {
			b.WriteString(k + ": " + yamlScalar(v) + "\n")
		}
	}
	// A title with spaces at its ends that YAML would trim is left to Parse
	// to take from the "#" heading again.
	if t := d.titleIndex(); m.Title == strings.TrimSpace(m.Title) || t < 0 || d.Blocks[t].Text() != m.Title {
		put("title", m.Title)
	}
	put("subtitle", m.Subtitle)
	authors := func() {
		var q []string
		for _, a := range m.Authors {
			q = append(q, yamlScalar(a))
		}
		if len(q) > 0 {
			b.WriteString("author: [" + strings.Join(q, ", ") + "]\n")
		}
	}
	switch {
	case m.Author == "" || (!slices.Equal(splitNames(m.Author), m.Authors) && m.Author == JoinNames(m.Authors, m.Lang)):
		authors() // the byline is joined from the list again
	default:
		put("author", m.Author)
	}
	if !m.LangGuessed {
		put("lang", m.Lang) // a guessed language is guessed again
	}
	put("source", m.Source)
	put("date", m.Date)
	if m.Description != m.Subtitle {
		put("description", m.Description)
	}
	put("rights", m.Rights)
	put("publisher", m.Publisher)
	put("identifier", m.Identifier)
	put("cover-image", m.CoverImage)
	putList := func(k string, vs []string) {
		if len(vs) == 0 {
			return
		}
		q := make([]string, len(vs))
		for i, v := range vs {
			q[i] = yamlScalar(v)
			if strings.ContainsAny(v, ",[]{}") && q[i] == v {
				q[i] = yamlQuote(v)
			}
		}
		b.WriteString(k + ": [" + strings.Join(q, ", ") + "]\n")
	}
	putList("keywords", m.Keywords)
	putList("front", d.frontRoles())
	b.WriteString("---\n")
	return b.String()
}

// yamlScalar writes v plain when YAML reads it back as the same string
// (and simple "key: value" readers see it too), else double-quoted.
func yamlScalar(v string) string {
	if plainYAML(v) {
		return v
	}
	return yamlQuote(v)
}

func yamlQuote(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range v {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == 0x85 || r == 0xfeff || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func plainYAML(v string) bool {
	if v == "" || v != strings.TrimSpace(v) || strings.ContainsAny(v, "\"'\\#\n\t\r") || strings.Contains(v, ": ") || strings.HasSuffix(v, ":") {
		return false
	}
	for _, r := range v {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfeff || r == 0x2028 || r == 0x2029 || r == 0xfffd {
			return false
		}
	}
	if strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", v[0]) >= 0 {
		return false
	}
	var got map[string]interface{}
	if err := yaml.Unmarshal([]byte("k: "+v), &got); err != nil {
		return false
	}
	s, ok := got["k"].(string)
	return ok && s == v
}
