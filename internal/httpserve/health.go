package httpserve

import "net/http"

// healthBody says only that the process serves: no version, no upstream
// state (a probe needs nothing more, and an anonymous caller gets nothing).
var healthBody = []byte(`{"status":"ok"}` + "\n")

// health answers /healthz without authentication, for load balancers and
// Kubernetes probes (which send the pod IP as Host, so the Host allowlist
// does not apply here either).
func health(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		refuse(w, http.StatusMethodNotAllowed, "use GET /healthz")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(healthBody)
}
