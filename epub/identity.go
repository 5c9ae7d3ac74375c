package epub

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cjk-publish/publish/markdown"
)

// identifier derives the book's unique identifier from its content, so that
// the same document always gets the same one: a name-based UUID (RFC 9562
// version 8, SHA-256 of the front matter and every block).
func identifier(d *markdown.Document) string {
	h := sha256.New()
	var n [8]byte
	field := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		io.WriteString(h, s)
	}
	m := d.Meta
	for _, s := range []string{m.Title, m.Subtitle, m.Author, m.Lang, m.Source, m.Date, m.Description} {
		field(s)
	}
	field(strings.Join(m.Keywords, "\x00"))
	// Each block is hashed as "kind/level/" and each span as its style,
	// link and text (formatted without fmt, which would cost as much as
	// the hashing on a long document); what only newer constructs have
	// (nesting, roles, footnote marks, images) is hashed only where it is
	// present, so that documents without them keep their identifier.
	var num []byte
	d.Walk(func(b *markdown.Block, depth int) bool {
		num = strconv.AppendInt(num[:0], int64(b.Kind), 10)
		num = append(num, '/')
		num = strconv.AppendInt(num, int64(b.Level), 10)
		num = append(num, '/')
		field(string(num))
		if depth > 0 || b.Role != "" {
			field(strconv.Itoa(depth) + "/" + string(b.Role))
		}
		for _, sp := range blockSpans(b) {
			field(strconv.Itoa(int(sp.Style)))
			field(sp.Link)
			if sp.Note > 0 {
				field("note " + strconv.Itoa(sp.Note))
			}
			field(sp.Text)
		}
		if b.Image != nil {
			field(b.Image.Src + "\x00" + b.Image.Alt + "\x00" + b.Image.Caption)
		}
		return true
	})
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0F | 0x80 // version 8: custom (here SHA-256 based)
	u[8] = u[8]&0x3F | 0x80 // RFC 9562 variant
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// publicationDate returns the front matter date in the W3C form OPF wants
// (YYYY, YYYY-MM or YYYY-MM-DD). A date written another common way is
// converted; an empty or unreadable one becomes the modification date, and
// ok is false for an unreadable one.
func publicationDate(date string, modified time.Time) (string, bool) {
	date = strings.TrimSpace(date)
	if date == "" {
		return modified.Format("2006-01-02"), true
	}
	layouts := []struct{ in, out string }{
		{"2006-01-02", "2006-01-02"},
		{"2006-1-2", "2006-01-02"},
		{"2006/1/2", "2006-01-02"},
		{"2006.1.2", "2006-01-02"},
		{"2006年1月2日", "2006-01-02"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02"},
		{"2006-01-02 15:04:05", "2006-01-02"},
		{"2006-01", "2006-01"},
		{"2006年1月", "2006-01"},
		{"2006", "2006"},
		{"2006年", "2006"},
		{"January 2, 2006", "2006-01-02"},
		{"2 January 2006", "2006-01-02"},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.in, date); err == nil {
			return t.Format(l.out), true
		}
	}
	return modified.Format("2006-01-02"), false
}
