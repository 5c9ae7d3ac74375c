package epub

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"
)

func TestDeflateAll(t *testing.T) {
	var entries []entry
	for i := range 50 {
		text := strings.Repeat(fmt.Sprintf("第%d章 正文。", i), 10*i+1)
		level := []int{flate.HuffmanOnly, flate.BestSpeed, flate.DefaultCompression}[i%3]
		e := entry{name: fmt.Sprintf("f%02d", i), level: level}
		if i%2 == 0 {
			e.data = []byte(text)
		} else {
			e.make = func() ([]byte, error) { return []byte(text), nil }
		}
		entries = append(entries, e)
	}
	first, err := deflateAll(entries)
	if err != nil {
		t.Fatal(err)
	}
	again, err := deflateAll(entries)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range first {
		want := entries[i].data
		if want == nil {
			want, _ = entries[i].make()
		}
		if d.name != entries[i].name {
			t.Fatalf("entry %d is %s, want %s: order lost", i, d.name, entries[i].name)
		}
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(d.data)))
		if err != nil || !bytes.Equal(got, want) || d.size != len(want) || d.crc != crc32.ChecksumIEEE(want) {
			t.Errorf("%s: round trip failed (err %v, size %d, crc %x)", d.name, err, d.size, d.crc)
		}
		if !bytes.Equal(d.data, again[i].data) {
			t.Errorf("%s: two runs compress differently", d.name)
		}
	}
}

func TestDeflateAllReportsErrors(t *testing.T) {
	boom := errors.New("boom")
	entries := []entry{
		{name: "ok", data: []byte("a"), level: flate.DefaultCompression},
		{name: "bad", make: func() ([]byte, error) { return nil, boom }, level: flate.DefaultCompression},
		{name: "level", data: []byte("a"), level: 42},
	}
	_, err := deflateAll(entries)
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "bad: ") {
		t.Errorf("err = %v, want the first failing entry named", err)
	}
	if _, err := deflateAll(entries[2:]); err == nil || !strings.HasPrefix(err.Error(), "level: ") {
		t.Errorf("bad level: err = %v", err)
	}
}
