package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/ulikunitz/xz"
)

// A .deb is an ar archive (deb(5)): the member debian-binary, then
// control.tar.*, then data.tar.* holding the installed files. dpkg-deb
// compresses data.tar with xz by default (dpkg-deb(1), -Z); gzip and no
// compression are also valid, and are accepted too.

const (
	arMagic      = "!<arch>\n"
	arHeaderSize = 60
)

// errNotInPackage: the package has no such file.
type errNotInPackage struct{ member string }

func (e *errNotInPackage) Error() string { return "no " + e.member + " in the package" }

// debFile returns the contents of one installed file (an absolute path
// such as /usr/share/pve-docs/api-viewer/apidoc.js) of a .deb, read at
// most limit bytes.
func debFile(deb []byte, file string, limit int64) ([]byte, error) {
	name, data, err := debDataTar(deb)
	if err != nil {
		return nil, err
	}
	tr, err := decompress(name, data)
	if err != nil {
		return nil, err
	}
	return tarFile(tar.NewReader(tr), file, limit)
}

// debDataTar finds the data.tar member of the ar archive.
func debDataTar(deb []byte) (string, []byte, error) {
	if !bytes.HasPrefix(deb, []byte(arMagic)) {
		return "", nil, errors.New("not a Debian package: no ar archive header")
	}
	rest := deb[len(arMagic):]
	for len(rest) > 0 {
		name, body, next, err := arMember(rest)
		if err != nil {
			return "", nil, err
		}
		if strings.HasPrefix(name, "data.tar") {
			return name, body, nil
		}
		rest = next
	}
	return "", nil, errors.New("not a Debian package: the ar archive has no data.tar member")
}

// arMember splits the first member off an ar archive body: its name, its
// contents and what follows (members are padded to an even length).
func arMember(b []byte) (name string, body, rest []byte, err error) {
	if len(b) < arHeaderSize {
		return "", nil, nil, errors.New("corrupt ar archive: truncated member header")
	}
	h := b[:arHeaderSize]
	if string(h[58:60]) != "`\n" {
		return "", nil, nil, errors.New("corrupt ar archive: bad member header")
	}
	size, err := strconv.ParseInt(strings.TrimSpace(string(h[48:58])), 10, 64)
	if err != nil || size < 0 || size > int64(len(b)-arHeaderSize) {
		return "", nil, nil, fmt.Errorf("corrupt ar archive: member size %q", strings.TrimSpace(string(h[48:58])))
	}
	name = strings.TrimSuffix(strings.TrimSpace(string(h[:16])), "/")
	end := arHeaderSize + int(size)
	body = b[arHeaderSize:end]
	if end%2 == 1 && end < len(b) {
		end++
	}
	return name, body, b[end:], nil
}

// decompress opens data.tar by the compression its name says.
func decompress(name string, data []byte) (io.Reader, error) {
	r := bytes.NewReader(data)
	switch path.Ext(name) {
	case ".xz":
		xr, err := xz.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return xr, nil
	case ".gz":
		gr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return gr, nil
	case ".tar":
		return r, nil
	}
	return nil, fmt.Errorf("%s: compression not supported (xz, gzip or none; extract the file with dpkg-deb -x instead)", name)
}

// tarFile reads one regular file from a tar stream; tar names in a .deb
// start with "./".
func tarFile(tr *tar.Reader, file string, limit int64) ([]byte, error) {
	want := strings.TrimPrefix(path.Clean("/"+file), "/")
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, &errNotInPackage{member: "/" + want}
		}
		if err != nil {
			return nil, fmt.Errorf("corrupt data.tar: %w", err)
		}
		if strings.TrimPrefix(path.Clean("/"+h.Name), "/") != want || h.Typeflag != tar.TypeReg {
			continue
		}
		if h.Size > limit {
			return nil, fmt.Errorf("/%s is %d bytes, over the limit of %d", want, h.Size, limit)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("corrupt data.tar reading /%s: %w", want, err)
		}
		return data, nil
	}
}
