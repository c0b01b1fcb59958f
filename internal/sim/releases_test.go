package sim

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// olderEnv is a simulator presenting the oldest pinned releases; the tests
// skip when the catalog was generated without them.
func olderEnv(t *testing.T) (*env, string, string) {
	t.Helper()
	pve, pbs := Releases(catalog.PVE), Releases(catalog.PBS)
	if len(pve) < 2 || len(pbs) < 2 {
		t.Skip("the catalog was generated without the older pinned dumps")
	}
	return newEnv(t, Options{PVERelease: pve[0], PBSRelease: pbs[0]}), pve[0], pbs[0]
}

func versionOf(t *testing.T, e *env, p catalog.Product) map[string]any {
	t.Helper()
	r := e.get(t, p, "/version")
	if r.status != http.StatusOK {
		t.Fatalf("%s /version: %d %s", p, r.status, r.body)
	}
	m, _ := r.data(t).(map[string]any)
	return m
}

var (
	pveRepoID = regexp.MustCompile(`^[0-9a-f]{16}$`)
	pbsRepoID = regexp.MustCompile(`^[0-9a-f]{40}$`)
)

// PVE's version_info is version, release and repoid (proxmox/pve-manager
// PVE/pvecfg.pm.in); PBS's get_version answers MAJOR.MINOR as version and
// the patch level as release (proxmox/proxmox-backup pbs-buildcfg).
func TestVersionAnswersTheRelease(t *testing.T) {
	for _, tc := range []struct {
		opts                      Options
		pveVersion, pveRelease    string
		pbsVersion, pbsPatchLevel string
	}{
		{Options{}, PVEVersion, "9.1", "4.2", "0"},
		{Options{PVERelease: "8.4", PBSRelease: "3.4"}, "8.4.0", "8.4", "3.4", "1"},
	} {
		if tc.opts.PVERelease != "" && len(Releases(catalog.PVE)) < 2 {
			t.Skip("the catalog was generated without the older pinned dumps")
		}
		e := newEnv(t, tc.opts)
		v := versionOf(t, e, catalog.PVE)
		if v["version"] != tc.pveVersion || v["release"] != tc.pveRelease || !pveRepoID.MatchString(v["repoid"].(string)) {
			t.Errorf("PVE /version %v, want version %s release %s", v, tc.pveVersion, tc.pveRelease)
		}
		v = versionOf(t, e, catalog.PBS)
		if v["version"] != tc.pbsVersion || v["release"] != tc.pbsPatchLevel || !pbsRepoID.MatchString(v["repoid"].(string)) {
			t.Errorf("PBS /version %v, want version %s release %s", v, tc.pbsVersion, tc.pbsPatchLevel)
		}
		if got := e.sim.Release(catalog.PVE); got != tc.pveRelease {
			t.Errorf("Release(PVE) = %s", got)
		}
	}
}

func TestNodeStatusNamesTheRelease(t *testing.T) {
	e, pve, _ := olderEnv(t)
	r := e.get(t, catalog.PVE, "/nodes/pve1/status")
	m, _ := r.data(t).(map[string]any)
	if v, _ := m["pveversion"].(string); !strings.HasPrefix(v, "pve-manager/"+pve+".") {
		t.Errorf("pveversion %q at %s", v, pve)
	}
}

// An operation the release lacks is an unknown method to PVE (501
// "Method '… …' not implemented") and an unknown path to PBS (404).
func TestOlderReleaseRefusesNewerOperations(t *testing.T) {
	e, pve, pbs := olderEnv(t)
	r := e.get(t, catalog.PVE, "/cluster/ha/rules")
	if r.status != http.StatusNotImplemented || r.reason != "Method 'GET /cluster/ha/rules' not implemented" {
		t.Errorf("PVE %s GET /cluster/ha/rules: %d %q", pve, r.status, r.reason)
	}
	r = e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/cluster/bulk-action/guest/start", form: url.Values{}})
	if r.status != http.StatusNotImplemented || r.reason != "Method 'POST /cluster/bulk-action/guest/start' not implemented" {
		t.Errorf("PVE %s POST bulk start: %d %q", pve, r.status, r.reason)
	}
	r = e.get(t, catalog.PBS, "/config/s3")
	if r.status != http.StatusNotFound || string(r.body) != "Path '/api2/json/config/s3' not found." {
		t.Errorf("PBS %s GET /config/s3: %d %s", pbs, r.status, r.body)
	}
	// The directory index lists only what the release has.
	idx := e.get(t, catalog.PVE, "/nodes/pve1/capabilities/qemu")
	if want := `{"data":[{"subdir":"cpu"},{"subdir":"machines"}]}`; string(idx.body) != want {
		t.Errorf("PVE %s capabilities/qemu index: %s, want %s", pve, idx.body, want)
	}
	// The newest release has them.
	cur := newEnv(t, Options{})
	if r := cur.get(t, catalog.PVE, "/cluster/ha/rules"); r.status != http.StatusOK {
		t.Errorf("PVE at the default release, GET /cluster/ha/rules: %d %s", r.status, r.body)
	}
	if r := cur.get(t, catalog.PBS, "/config/s3"); r.status != http.StatusOK {
		t.Errorf("PBS at the default release, GET /config/s3: %d %s", r.status, r.body)
	}
}

// A parameter or key the release lacks is an unknown one, in each
// product's words.
func TestOlderReleaseRefusesNewerParameters(t *testing.T) {
	e, pve, pbs := olderEnv(t)
	put := func(e *env, form url.Values) reply {
		return e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/nodes/pve1/qemu/100/config", form: form})
	}
	t.Run("PVE parameter", func(t *testing.T) {
		wantParamError(t, put(e, url.Values{"allow-ksm": {"0"}}), "allow-ksm",
			"property is not defined in schema and the schema does not allow additional properties")
	})
	t.Run("PVE property-string key", func(t *testing.T) {
		wantParamError(t, put(e, url.Values{"cpu": {"host,guest-phys-bits=40"}}), "cpu",
			"invalid format - format error\ncpu.guest-phys-bits: property is not defined in schema and the schema does not allow additional properties")
	})
	t.Run("PVE at "+pve+" takes what it has", func(t *testing.T) {
		if r := put(e, url.Values{"cpu": {"host,phys-bits=40"}, "memory": {"2048"}}); r.status != http.StatusOK {
			t.Errorf("%d %q %s", r.status, r.reason, r.body)
		}
	})
	t.Run("PVE at the default release takes both", func(t *testing.T) {
		cur := newEnv(t, Options{})
		if r := put(cur, url.Values{"allow-ksm": {"0"}, "cpu": {"host,guest-phys-bits=40"}}); r.status != http.StatusOK {
			t.Errorf("%d %q %s", r.status, r.reason, r.body)
		}
	})
	t.Run("PBS parameter", func(t *testing.T) {
		r := e.send(t, request{product: catalog.PBS, method: http.MethodPut, path: "/config/datastore/store1", form: url.Values{"gc-on-unmount": {"true"}}})
		want := "parameter verification failed - 'gc-on-unmount': schema does not allow additional properties."
		if r.status != http.StatusBadRequest || string(r.body) != want {
			t.Errorf("PBS %s: %d %s, want 400 %q", pbs, r.status, r.body, want)
		}
	})
}

func TestCheckRelease(t *testing.T) {
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		for _, r := range append([]string{""}, Releases(p)...) {
			if err := CheckRelease(p, r); err != nil {
				t.Errorf("%s %q: %v", p, r, err)
			}
		}
		err := CheckRelease(p, "7.4")
		if err == nil || !strings.Contains(err.Error(), apiCatalogRelease(p)) {
			t.Errorf("%s 7.4: %v", p, err)
		}
	}
	if len(Releases(catalog.PVE)) > 1 {
		err := CheckRelease(catalog.PVE, "9.0")
		if err == nil || err.Error() != "Proxmox VE 9.0 is not a pinned release; choose one of "+strings.Join(Releases(catalog.PVE), ", ") {
			t.Errorf("PVE 9.0: %v", err)
		}
	}
	if rs := Releases(catalog.PBS); !slices.Contains(rs, "4.2") {
		t.Errorf("PBS releases %v lack the current one", rs)
	}
}

func apiCatalogRelease(p catalog.Product) string { return Releases(p)[len(Releases(p))-1] }

// The simulator at an older release answers every operation it presents
// as the GET sweep does at the newest, and refuses every newer one.
func TestOlderReleaseSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-catalog sweep")
	}
	e, _, _ := olderEnv(t)
	sw := newSweeper(t, e)
	var checked, refused, undeclared, downloads int
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		view := e.sim.Catalog(p)
		for i := range view.Operations {
			op := &view.Operations[i]
			if op.Method != http.MethodGet || strings.Contains(op.Path, "/agent") {
				continue
			}
			checked++
			if msg := sw.checkGET(op, e.sim.ExampleArgs(op), &undeclared, &downloads); msg != "" {
				t.Error(msg)
			}
		}
		refused += sweepRefused(t, sw, p)
	}
	if refused != 42+19 {
		t.Errorf("%d newer operations refused, want 61 (42 PVE, 19 PBS)", refused)
	}
	t.Logf("older-release sweep: %d GETs answered, %d newer operations refused", checked, refused)
}

// sweepRefused sends every operation newer than the presented release and
// wants the product's unknown-path answer.
func sweepRefused(t *testing.T, sw *sweeper, p catalog.Product) int {
	want := http.StatusNotImplemented
	if p == catalog.PBS {
		want = http.StatusNotFound
	}
	n := 0
	for _, op := range apiOperations(p) {
		if op.AvailableIn(sw.e.sim.Release(p)) {
			continue
		}
		n++
		r, err := sw.call(op, sw.e.sim.ExampleArgs(op))
		if err != nil || r.status != want {
			t.Errorf("%s %s at %s: %d %q (%v), want %d", op.Method, op.Path, sw.e.sim.Release(p), r.status, r.reason, err, want)
		}
	}
	return n
}

func apiOperations(p catalog.Product) []*catalog.Operation {
	c := apis.Catalog(p)
	out := make([]*catalog.Operation, len(c.Operations))
	for i := range c.Operations {
		out[i] = &c.Operations[i]
	}
	return out
}
