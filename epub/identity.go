package epub

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"publish/doc"
)

// identifier derives the book's unique identifier from its content, so that
// the same document always gets the same one: a name-based UUID (RFC 9562
// version 8, SHA-256 of the front matter and every block).
func identifier(d *doc.Document) string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	m := d.Meta
	for _, s := range []string{m.Title, m.Subtitle, m.Author, m.Lang, m.Source, m.Date, m.Description} {
		field(s)
	}
	field(strings.Join(m.Keywords, "\x00"))
	for _, b := range d.Blocks {
		field(fmt.Sprintf("%d/%d/%s", b.Kind, b.Level, b.Marker))
		for _, sp := range b.Spans {
			field(fmt.Sprintf("%d", sp.Style))
			field(sp.Link)
			field(sp.Text)
		}
	}
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
