package httpserve

import (
	"context"
	"net/http"
	"net/netip"
	"strings"
)

// ipv6ClientBits is how much of an IPv6 address names one client: a host
// is normally given a whole /64 and can pick any address in it, so
// counting single addresses would hand it 2^64 allowances.
const ipv6ClientBits = 64

// clients tells who a request comes from, for the per-client limits. The
// answer must be something a caller cannot mint freely: the connection's
// remote address, or, when that address is a configured trusted proxy,
// the address the proxy says it forwarded for. Never a credential header:
// per-user tokens are verified by Proxmox only when a call is made, so
// every made-up token would be another client.
type clients struct {
	trusted []netip.Prefix
}

type clientKey struct{}

// identify records the request's client once, for every limit after it.
func (c clients) identify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), clientKey{}, c.of(r))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// clientOf is the client identify recorded.
func clientOf(r *http.Request) string {
	key, _ := r.Context().Value(clientKey{}).(string)
	return key
}

// of names r's client: its address, an IPv6 address by its /64.
func (c clients) of(r *http.Request) string {
	peer, ok := remoteAddr(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	return addrKey(c.forwardedFor(peer, r.Header.Values("X-Forwarded-For")))
}

// forwardedFor walks X-Forwarded-For from the right, the end the nearest
// proxy appended, past every trusted proxy: the first address that is
// not one is the client. Whatever lies further left was written by the
// client itself and is never read. A peer that is not a trusted proxy is
// the client, whatever it sends.
func (c clients) forwardedFor(peer netip.Addr, headers []string) netip.Addr {
	if !c.isTrusted(peer) {
		return peer
	}
	hops := strings.Split(strings.Join(headers, ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := hopAddr(hops[i])
		if !ok {
			return peer // garbled by a trusted proxy: count the proxy
		}
		if !c.isTrusted(hop) {
			return hop
		}
		peer = hop
	}
	return peer
}

func (c clients) isTrusted(a netip.Addr) bool {
	for _, p := range c.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// remoteAddr parses http.Request.RemoteAddr ("ip:port").
func remoteAddr(s string) (netip.Addr, bool) {
	ap, err := netip.ParseAddrPort(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return ap.Addr().Unmap(), true
}

// hopAddr parses one X-Forwarded-For entry: an address, or one with a
// port as some proxies write it ("192.0.2.1:4711", "[2001:db8::1]:4711").
func hopAddr(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap(), true
	}
	return remoteAddr(s)
}

func addrKey(a netip.Addr) string {
	if a.Is6() {
		p, _ := a.WithZone("").Prefix(ipv6ClientBits)
		return p.String()
	}
	return a.String()
}
