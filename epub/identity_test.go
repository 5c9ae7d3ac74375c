package epub

import "testing"

// TestIdentifierIsStable pins the identifiers of two documents: a book
// republished from the same text must keep its identifier across versions
// of the program, or readers' libraries would hold it twice.
func TestIdentifierIsStable(t *testing.T) {
	tests := []struct {
		name string
		d    func(t *testing.T) string
		want string
	}{
		{"nested", func(t *testing.T) string { return identifier(parse(t, "nested.md", nestedDoc)) }, "urn:uuid:d5a31352-ec69-8757-8a19-0b7029ab7802"},
		{"sample", func(t *testing.T) string { return identifier(loadSample(t)) }, "urn:uuid:3f09e7fc-bd79-88e6-84c1-87e94d3bd397"},
	}
	for _, tc := range tests {
		if got := tc.d(t); got != tc.want {
			t.Errorf("%s: identifier %s, want %s", tc.name, got, tc.want)
		}
	}
}
