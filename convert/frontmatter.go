package convert

import (
	"strings"

	"gopkg.in/yaml.v2"
)

// frontMatter writes the YAML front matter: title, subtitle, author, lang,
// source, in that order, skipping empty values, then the roles of the
// front block.
func frontMatter(m meta) string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range [][2]string{{"title", m.title}, {"subtitle", m.subtitle}, {"author", m.author}, {"lang", m.lang}, {"source", m.source}} {
		if kv[1] == "" {
			continue
		}
		b.WriteString(kv[0])
		b.WriteString(": ")
		b.WriteString(yamlScalar(kv[1]))
		b.WriteByte('\n')
	}
	if len(m.front) > 0 {
		b.WriteString("front: [" + strings.Join(m.front, ", ") + "]\n")
	}
	b.WriteString("---\n")
	return b.String()
}

// yamlScalar writes v plain when YAML reads it back as the same string
// (simple readers that only split "key: value" then see it too), else
// double-quoted.
func yamlScalar(v string) string {
	if plainYAML(v) {
		return v
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

func plainYAML(v string) bool {
	if v != strings.TrimSpace(v) || strings.ContainsAny(v, "\"'\\#\n\t") || strings.Contains(v, ": ") || strings.HasSuffix(v, ":") {
		return false
	}
	if strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", v[0]) >= 0 {
		return false
	}
	if v[0] >= 0x80 {
		return true // starts with a non-ASCII letter: YAML reads a string
	}
	if simpleWord(v) {
		return true // "zh-CN", "report.txt": no parser needed
	}
	var got map[string]interface{}
	if err := yaml.Unmarshal([]byte("k: "+v), &got); err != nil {
		return false
	}
	s, ok := got["k"].(string)
	return ok && s == v
}

// simpleWord is a letter followed by letters, digits, ".", "_" and "-",
// and not one of the words YAML 1.1 reads as a boolean or null: YAML
// reads it as the same string.
func simpleWord(v string) bool {
	if !isLatin(rune(v[0])) {
		return false
	}
	for i := 1; i < len(v); i++ {
		if c := rune(v[i]); !isLatin(c) && !isDigit(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	switch strings.ToLower(v) {
	case "y", "n", "yes", "no", "true", "false", "on", "off", "null":
		return false
	}
	return true
}
