package markdown

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// Meta is the front matter.
type Meta struct {
	Title    string
	Subtitle string
	// Author is the byline as the front matter wrote it, or the list of
	// authors joined the way the language joins names ("张三、李四",
	// "Ann Lee and Bo Chan").
	Author string
	// Authors are the people, one entry each (one dc:creator each in the
	// EPUB). A written byline of space-separated Chinese names, such as
	// "董艳竹 王红", is several people: Chinese names hold no spaces.
	Authors     []string
	Lang        string // BCP 47; detected from the text when absent
	LangGuessed bool   // Lang was detected, not written
	Source      string // name of the raw file the Markdown came from
	Date        string // publication date as written (YYYY-MM-DD preferred)
	Description string
	Keywords    []string // keywords and subject, in order, without repeats
	Rights      string
	Publisher   string
	Identifier  string   // ISBN, UUID or URI as written; see IdentifierURN
	CoverImage  string   // path of the cover image, relative to the Markdown file
	Front       []string // roles of the paragraphs under the title: dateline, speaker, byline, source, salutation (see Role)

	// Warnings are problems of the front matter that did not stop reading
	// it: unknown keys, corrected language tags.
	Warnings []string
}

// metaKeys are the front matter keys the dialect understands, with the
// field each sets. Aliases share a setter.
var metaKeys = map[string]func(m *Meta, v interface{}) error{
	"title":       func(m *Meta, v interface{}) error { m.Title = scalar(v); return nil },
	"subtitle":    func(m *Meta, v interface{}) error { m.Subtitle = scalar(v); return nil },
	"author":      (*Meta).setAuthors,
	"authors":     (*Meta).setAuthors,
	"lang":        (*Meta).setLang,
	"language":    (*Meta).setLang,
	"source":      func(m *Meta, v interface{}) error { m.Source = scalar(v); return nil },
	"date":        func(m *Meta, v interface{}) error { m.Date = scalar(v); return nil },
	"description": func(m *Meta, v interface{}) error { m.Description = scalar(v); return nil },
	"abstract":    func(m *Meta, v interface{}) error { m.Description = scalar(v); return nil },
	"keywords":    (*Meta).addKeywords,
	"subject":     (*Meta).addKeywords,
	"rights":      func(m *Meta, v interface{}) error { m.Rights = scalar(v); return nil },
	"publisher":   func(m *Meta, v interface{}) error { m.Publisher = scalar(v); return nil },
	"identifier":  func(m *Meta, v interface{}) error { m.Identifier = scalar(v); return nil },
	"cover-image": func(m *Meta, v interface{}) error { m.CoverImage = scalar(v); return nil },
	"front":       (*Meta).setFront,
}

// setFront reads the roles of the front block: the paragraphs right
// under the title that are a dated line, a speaker, a byline, a source
// line or the salutation.
func (m *Meta) setFront(v interface{}) error {
	m.Front = list(v, ", ")
	return nil
}

// MetaKeys lists the front matter keys the dialect understands, sorted.
func MetaKeys() []string {
	keys := make([]string, 0, len(metaKeys))
	for k := range metaKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// setAll reads the front matter's keys in sorted order (YAML maps have
// none, and keywords and subject add up); unknown keys become one warning.
func (m *Meta) setAll(raw map[string]interface{}) error {
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var unknown []string
	for _, k := range keys {
		set, ok := metaKeys[strings.ToLower(k)]
		if !ok {
			unknown = append(unknown, k)
			continue
		}
		if err := set(m, raw[k]); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrFrontMatter, k, err)
		}
	}
	if len(unknown) > 0 {
		m.Warnings = append(m.Warnings, unknownKeys("front matter", unknown))
	}
	return nil
}

func unknownKeys(where string, keys []string) string {
	word := "key"
	if len(keys) > 1 {
		word = "keys"
	}
	return fmt.Sprintf("%s: unknown %s %s ignored (known: %s)", where, word, strings.Join(quoteAll(keys), ", "), strings.Join(MetaKeys(), ", "))
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// Field is one KEY=VALUE pair given over the front matter.
type Field struct{ Key, Value string }

// ParseField reads "KEY=VALUE" (or "KEY:VALUE", or a bare "KEY" meaning
// "true", as pandoc does).
func ParseField(s string) (Field, error) {
	i := strings.IndexAny(s, "=:")
	if i < 0 {
		i = len(s)
	}
	k := strings.TrimSpace(s[:i])
	if k == "" {
		return Field{}, fmt.Errorf("metadata %q: want KEY=VALUE", s)
	}
	if i == len(s) {
		return Field{Key: k, Value: "true"}, nil
	}
	return Field{Key: k, Value: s[i+1:]}, nil
}

// Override sets fields over the front matter, as --metadata does: a key
// given several times makes a list (several authors, several keywords),
// and a key given once replaces the front matter's value, keywords
// included. Unknown keys are reported in Warnings; a language that is not
// a BCP 47 tag is an error.
func (m *Meta) Override(fields []Field) error {
	oldLang := m.Lang
	var order []string
	values := map[string][]interface{}{}
	for _, f := range fields {
		k := strings.ToLower(f.Key)
		if _, ok := values[k]; !ok {
			order = append(order, k)
		}
		values[k] = append(values[k], strings.TrimSpace(f.Value))
	}
	var unknown []string
	keywordsReset := false
	for _, k := range order {
		set, ok := metaKeys[k]
		if !ok {
			unknown = append(unknown, k)
			continue
		}
		var v interface{} = values[k]
		if len(values[k]) == 1 {
			v = values[k][0]
		}
		if (k == "keywords" || k == "subject") && !keywordsReset {
			m.Keywords, keywordsReset = nil, true
		}
		if err := set(m, v); err != nil {
			return fmt.Errorf("metadata %s: %v", k, err)
		}
	}
	if len(unknown) > 0 {
		m.Warnings = append(m.Warnings, unknownKeys("metadata", unknown))
	}
	if m.Author == "" || (oldLang != m.Lang && m.Author == JoinNames(m.Authors, oldLang)) {
		m.Author = JoinNames(m.Authors, m.Lang)
	}
	return nil
}

// setAuthors reads a list (one author each; Author is then joined once
// the language is known) or a written byline, kept as Author and split
// into Authors at 、，,;； "and" and, for Chinese names, at spaces.
func (m *Meta) setAuthors(v interface{}) error {
	m.Authors, m.Author = nil, ""
	if list, ok := v.([]interface{}); ok {
		for _, x := range list {
			if s := scalar(x); s != "" {
				m.Authors = append(m.Authors, s)
			}
		}
		return nil
	}
	m.Author = scalar(v)
	m.Authors = splitNames(m.Author)
	return nil
}

var nameSeparators = regexp.MustCompile(`\s*[、，,;；]\s*|\s+(?:and|&)\s+`)

// splitNames splits a byline into names. Spaces separate names only when
// every part is Han: "董艳竹 王红" is two people, "Ann Lee" one.
func splitNames(s string) []string {
	var out []string
	for _, part := range nameSeparators.Split(s, -1) {
		fields := strings.Fields(part)
		if len(fields) > 1 && allHan(fields) {
			out = append(out, fields...)
		} else if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func allHan(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Han, r) && r != '·' && r != '•' {
				return false
			}
		}
	}
	return true
}

// JoinNames joins names the way lang does: Chinese and Japanese with an
// ideographic comma, other languages with commas and "and".
func JoinNames(names []string, lang string) string {
	switch {
	case len(names) == 0:
		return ""
	case isCJKLang(lang):
		return strings.Join(names, "、")
	case len(names) == 1:
		return names[0]
	case len(names) == 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func isCJKLang(lang string) bool {
	l := strings.ToLower(lang)
	return strings.HasPrefix(l, "zh") || strings.HasPrefix(l, "ja")
}

func (m *Meta) addKeywords(v interface{}) error {
	for _, k := range list(v, ",，、;；") {
		if k = strings.TrimSpace(k); k != "" && !contains(m.Keywords, k) {
			m.Keywords = append(m.Keywords, k)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (m *Meta) setLang(v interface{}) error {
	tag, warning, err := CheckLang(scalar(v))
	if err != nil {
		return err
	}
	m.Lang, m.LangGuessed = tag, false
	if warning != "" {
		m.Warnings = append(m.Warnings, warning)
	}
	return nil
}

// CheckLang validates a BCP 47 language tag and returns it in canonical
// form. The POSIX locale form ("zh_CN") is corrected, with a warning; a
// tag that is not well-formed or names no known language is an error.
func CheckLang(s string) (tag, warning string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", "", fmt.Errorf("empty language tag (use a BCP 47 tag such as zh-CN, zh-Hant-TW or en)")
	}
	fixed := strings.ReplaceAll(s, "_", "-")
	if i := strings.IndexByte(fixed, '.'); i > 0 {
		fixed = fixed[:i] // "zh_CN.UTF-8", as LANG holds it
	}
	t, err := language.Parse(fixed)
	if err != nil {
		return "", "", fmt.Errorf("%q is not a BCP 47 language tag (such as zh-CN, zh-Hant-TW or en)", s)
	}
	tag = t.String()
	if fixed != s {
		warning = fmt.Sprintf("language %q corrected to %q (BCP 47 joins subtags with \"-\")", s, tag)
	}
	return tag, warning, nil
}

// finishMeta completes the metadata once the body is read: a document
// that names no language gets the one its text is written in.
func (d *Document) finishMeta() {
	if d.Meta.Lang == "" {
		d.Meta.Lang, d.Meta.LangGuessed = DetectLang(d.Text()), true
	}
	if d.Meta.Author == "" {
		d.Meta.Author = JoinNames(d.Meta.Authors, d.Meta.Lang)
	}
}

// DetectLang names the language a text is mostly written in, by script:
// "ja" when kana are common among the CJK characters, "ko" for Hangul,
// "zh-CN" for Han, else "en" for Latin letters. Text with no letters is
// taken as Chinese, the tool's main language. The first 16 KB decide.
func DetectLang(text string) string {
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	var han, kana, hangul, latin int
	for _, r := range text {
		switch {
		case r < 0x80:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.IsLetter(r):
			latin++ // accented Latin and other alphabets count as not CJK
		}
	}
	cjk := han + kana + hangul
	switch {
	case cjk == 0 && latin > 0:
		return "en"
	case cjk == 0:
		return "zh-CN"
	case 4*cjk < latin:
		// A few CJK words in a Latin text, counted per character: a
		// Chinese character carries about a word, an English word about
		// five letters.
		return "en"
	case hangul > han+kana:
		return "ko"
	case 10*kana >= cjk:
		return "ja"
	}
	return "zh-CN"
}

// IdentifierURN is the identifier as a URN or URI for dc:identifier: an
// ISBN becomes urn:isbn:, a UUID urn:uuid:, a URI or URN stays as it is.
// ok is false when the value looks like an ISBN whose check digit is
// wrong.
func IdentifierURN(id string) (urn string, ok bool) {
	id = strings.TrimSpace(id)
	lower := strings.ToLower(id)
	bare := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(lower, "urn:isbn:"), "isbn"))
	bare = strings.TrimLeft(bare, ": ")
	if digits := strings.NewReplacer("-", "", " ", "").Replace(bare); isbnShape.MatchString(digits) {
		return "urn:isbn:" + strings.ToUpper(digits), isbnValid(digits)
	}
	if uuidShape.MatchString(strings.TrimPrefix(lower, "urn:uuid:")) {
		return "urn:uuid:" + strings.TrimPrefix(lower, "urn:uuid:"), true
	}
	return id, true
}

var (
	isbnShape = regexp.MustCompile(`^(?:\d{9}[\dxX]|97[89]\d{10})$`)
	uuidShape = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
)

func isbnValid(d string) bool {
	sum := 0
	if len(d) == 10 {
		for i := 0; i < 10; i++ {
			v := int(d[i] - '0')
			if d[i] == 'x' || d[i] == 'X' {
				v = 10
			}
			sum += (10 - i) * v
		}
		return sum%11 == 0
	}
	for i := 0; i < 13; i++ {
		w := 1
		if i%2 == 1 {
			w = 3
		}
		sum += w * int(d[i]-'0')
	}
	return sum%10 == 0
}

// scalar renders a YAML value as text; lists join with a space.
func scalar(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case []interface{}:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, scalar(e))
		}
		return strings.Join(parts, " ")
	default:
		return strings.TrimSpace(fmt.Sprint(x))
	}
}
