package audit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// maxLine bounds the last line read when a log is resumed: records are
// far smaller, as long argument values are shortened.
const maxLine = 16 << 20

// tailChunk is how much of the file's end is read at a time.
const tailChunk = 64 << 10

// lastLine returns the file's last line without its newline, or nil for
// an empty file. A file that does not end in a newline ends in a record
// cut short, which no chain may continue.
func lastLine(f *os.File) ([]byte, error) {
	size, err := f.Seek(0, io.SeekEnd)
	if err != nil || size == 0 {
		return nil, err
	}
	var tail []byte
	for end := size; end > 0 && len(tail) <= maxLine; {
		start := max(end-tailChunk, 0)
		chunk := make([]byte, end-start)
		if _, err := f.ReadAt(chunk, start); err != nil {
			return nil, err
		}
		tail = append(chunk, tail...)
		if len(tail) > 0 && tail[len(tail)-1] != '\n' {
			return nil, errors.New("its last line is incomplete (a write was cut short)")
		}
		if i := bytes.LastIndexByte(tail[:len(tail)-1], '\n'); i >= 0 {
			return tail[i+1 : len(tail)-1], nil
		}
		end = start
	}
	if len(tail) > maxLine {
		return nil, fmt.Errorf("its last line is longer than %d bytes", maxLine)
	}
	return tail[:len(tail)-1], nil
}
