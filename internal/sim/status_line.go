package sim

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Proxmox VE puts its error message in the HTTP reason phrase
// ("HTTP/1.1 400 Parameter verification failed."), and clients read it
// from there. Go's net/http always writes the standard phrase, so an error
// answer is written by hand on the hijacked connection. PVE closes the
// connection after every status >= 400 anyway ("Connection: close"), so
// taking the connection away from net/http loses nothing.

// writeWithReason writes a complete response with a custom reason phrase.
// Where the connection cannot be hijacked (HTTP/2, a ResponseRecorder) it
// falls back to net/http's standard phrase, keeping status and body.
func writeWithReason(w http.ResponseWriter, r *http.Request, status int, reason string, h http.Header, body []byte) {
	drainBody(r)
	hj, ok := w.(http.Hijacker)
	if !ok || r.ProtoMajor != 1 {
		writePlain(w, status, h, body)
		return
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		writePlain(w, status, h, body)
		return
	}
	writeRaw(buf.Writer, r, status, reason, h, body)
	buf.Flush()
	lingeringClose(conn)
}

func writePlain(w http.ResponseWriter, status int, h http.Header, body []byte) {
	for k, v := range h {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// writeRaw writes the status line, headers and body.
func writeRaw(w *bufio.Writer, r *http.Request, status int, reason string, h http.Header, body []byte) {
	proto := "HTTP/1.1"
	if r.ProtoMinor == 0 {
		proto = "HTTP/1.0"
	}
	fmt.Fprintf(w, "%s %03d %s\r\n", proto, status, reasonPhrase(status, reason))
	h = h.Clone()
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Connection", "close")
	h.Set("Date", time.Now().UTC().Format(http.TimeFormat))
	h.Write(w)
	w.WriteString("\r\n")
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// reasonPhrase keeps the first line of the message, as PVE does, and
// removes what would break the status line.
func reasonPhrase(status int, msg string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	msg = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.TrimSpace(msg))
	if msg == "" {
		msg = http.StatusText(status)
	}
	return msg
}

// drainBody reads what is left of the request body, so that closing the
// connection afterwards does not reset it under the client before it read
// the answer.
func drainBody(r *http.Request) {
	if r.Body != nil {
		io.Copy(io.Discard, io.LimitReader(r.Body, 8<<20))
	}
}

// lingeringClose half-closes the connection and waits briefly for the
// client to close its side: a plain Close with unread input would send a
// TCP reset that can destroy the response in flight.
func lingeringClose(conn net.Conn) {
	type closeWriter interface{ CloseWrite() error }
	if cw, ok := conn.(closeWriter); ok {
		cw.CloseWrite()
	}
	go func() {
		conn.SetReadDeadline(time.Now().Add(2 * time.Second))
		io.Copy(io.Discard, conn)
		conn.Close()
	}()
}

// dropConnection closes the client's connection without an answer: the
// "server went away" fault.
func dropConnection(w http.ResponseWriter, r *http.Request) bool {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return false
	}
	drainBody(r)
	conn, _, err := hj.Hijack()
	if err != nil {
		return false
	}
	conn.Close()
	return true
}
