package epub

import (
	"archive/zip"
	"hash/crc32"
	"io"
	"time"
)

// archive writes a reproducible EPUB container: every entry carries the
// same timestamp, no extra fields (the OCF forbids them on mimetype) and no
// data descriptors, and only "mimetype" is stored uncompressed.
type archive struct {
	zw      *zip.Writer
	dosTime uint16
	dosDate uint16
}

func newArchive(w io.Writer, modified time.Time) *archive {
	a := &archive{zw: zip.NewWriter(w)}
	a.dosDate, a.dosTime = dosDateTime(modified)
	return a
}

// dosDateTime converts t to the MS-DOS date and time zip headers carry,
// clamped to the range they can express (1980-2107).
func dosDateTime(t time.Time) (date, tm uint16) {
	t = t.UTC()
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if t.Year() > 2107 {
		t = time.Date(2107, 12, 31, 23, 59, 58, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	tm = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, tm
}

func (a *archive) header(name string, method uint16, crc uint32, size, csize int) *zip.FileHeader {
	return &zip.FileHeader{
		Name:               name,
		Method:             method,
		CRC32:              crc,
		UncompressedSize64: uint64(size),
		CompressedSize64:   uint64(csize),
		ModifiedDate:       a.dosDate,
		ModifiedTime:       a.dosTime,
		CreatorVersion:     20, // MS-DOS / FAT, as the OCF expects
		ReaderVersion:      20,
	}
}

// store writes data uncompressed (the OCF wants mimetype so).
func (a *archive) store(name string, data []byte) error {
	w, err := a.zw.CreateRaw(a.header(name, zip.Store, crc32.ChecksumIEEE(data), len(data), len(data)))
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// writeDeflated writes an entry compressed beforehand.
func (a *archive) writeDeflated(d deflated) error {
	w, err := a.zw.CreateRaw(a.header(d.name, zip.Deflate, d.crc, d.size, len(d.data)))
	if err != nil {
		return err
	}
	_, err = w.Write(d.data)
	return err
}

// copyRaw copies an entry of another archive without recompressing it.
func (a *archive) copyRaw(f *zip.File) error {
	if f.Name == "mimetype" {
		// Re-store it: go-epub's header may carry a data descriptor.
		r, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return err
		}
		return a.store(f.Name, data)
	}
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	w, err := a.zw.CreateRaw(a.header(f.Name, f.Method, f.CRC32, int(f.UncompressedSize64), int(f.CompressedSize64)))
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

func (a *archive) close() error { return a.zw.Close() }
