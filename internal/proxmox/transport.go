package proxmox

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
)

// failure classifies an error that left no HTTP answer.
type failure int

const (
	failOther      failure = iota
	failConnection         // refused, reset, closed: worth retrying a read
	failTimeout
	failCanceled
	failTLS
)

// transportError turns an http.Client error into an APIError whose hint
// names the variable to fix. callerCtx tells the caller's cancellation
// apart from our per-request timeout.
func (h hinter) transportError(callerCtx context.Context, err error) (*APIError, failure) {
	if cerr := callerCtx.Err(); cerr != nil {
		return &APIError{Message: "canceled: " + cerr.Error(), cause: cerr}, failCanceled
	}
	if e, ok := h.tlsFailure(err); ok {
		return e, failTLS
	}
	var nerr net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &nerr) && nerr.Timeout()) {
		return &APIError{
			Message: fmt.Sprintf("no answer within %s", h.cfg.Timeout),
			Hint:    fmt.Sprintf("Check that the node is up and not overloaded, or raise %s (example: %s=2m)", h.env("TIMEOUT"), h.env("TIMEOUT")),
			cause:   context.DeadlineExceeded,
		}, failTimeout
	}
	return h.connectionFailure(err)
}

func (h hinter) connectionFailure(err error) (*APIError, failure) {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return &APIError{
			Message: "connection refused by " + h.baseURL,
			Hint:    fmt.Sprintf("Nothing listens there: check %s (%s listens on port %s)", h.env("BASE_URL"), h.cfg.Product.Title(), defaultPort(h.cfg.Product)),
		}, failConnection
	case errors.As(err, &dns):
		return &APIError{
			Message: fmt.Sprintf("cannot resolve host %q", dns.Name),
			Hint:    fmt.Sprintf("Check the host name in %s", h.env("BASE_URL")),
		}, failOther
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), isNetOp(err):
		return &APIError{
			Message: "connection failed: " + innermost(err),
			Hint:    fmt.Sprintf("Check %s and the network path to the node", h.env("BASE_URL")),
		}, failConnection
	}
	return &APIError{
		Message: "request failed: " + innermost(err),
		Hint:    fmt.Sprintf("Check %s", h.env("BASE_URL")),
	}, failOther
}

func isNetOp(err error) bool {
	var op *net.OpError
	return errors.As(err, &op)
}

// innermost is the message of the deepest wrapped error: the url.Error
// around it repeats the method and URL, which the APIError already has.
func innermost(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// tlsFailure recognises certificate problems and says how to trust the
// node, showing the fingerprint it presented so it can be pinned.
func (h hinter) tlsFailure(err error) (*APIError, bool) {
	var fp *fingerprintError
	if errors.As(err, &fp) {
		return &APIError{
			Message: fp.Error(),
			Hint:    fmt.Sprintf("If the node's certificate was renewed, set %s to the new fingerprint (shown by `pvenode cert info` / `proxmox-backup-manager cert info`)", h.env("TLS_FINGERPRINT")),
		}, true
	}
	var cve *tls.CertificateVerificationError
	if errors.As(err, &cve) {
		return &APIError{Message: "TLS certificate not trusted: " + innermost(cve.Err), Hint: h.trustHint(cve.UnverifiedCertificates)}, true
	}
	var unknown x509.UnknownAuthorityError
	var host x509.HostnameError
	var invalid x509.CertificateInvalidError
	if errors.As(err, &unknown) || errors.As(err, &host) || errors.As(err, &invalid) {
		return &APIError{Message: "TLS certificate not trusted: " + innermost(err), Hint: h.trustHint(nil)}, true
	}
	var rec tls.RecordHeaderError
	if errors.As(err, &rec) {
		return &APIError{
			Message: "TLS handshake failed: " + rec.Msg,
			Hint:    fmt.Sprintf("The server does not speak HTTPS there: check the scheme and port in %s", h.env("BASE_URL")),
		}, true
	}
	return nil, false
}

func (h hinter) trustHint(chain []*x509.Certificate) string {
	pin := fmt.Sprintf("pin the node's certificate with %s", h.env("TLS_FINGERPRINT"))
	if len(chain) > 0 {
		pin = fmt.Sprintf("pin it with %s=%s (check it against `pvenode cert info` on the node first)", h.env("TLS_FINGERPRINT"), Fingerprint(chain[0].Raw))
	}
	return fmt.Sprintf("To trust it, %s, or add its CA with %s, or (insecure) set %s=false", pin, h.env("CA_FILE"), h.env("VERIFY_SSL"))
}
