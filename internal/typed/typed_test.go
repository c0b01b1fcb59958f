package typed_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/generated/pbs"
	"github.com/proxmox-mcp/proxmox-mcp/generated/pve"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// The runtime is tested through the generated packages, as their users
// call it: against the simulator over plain HTTP (TLS has its own test).

func simulator(t *testing.T, opts sim.Options) (*sim.Simulator, map[catalog.Product]string) {
	t.Helper()
	s := sim.New(opts)
	urls := map[catalog.Product]string{}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		srv := httptest.NewServer(s.Handler(p))
		t.Cleanup(srv.Close)
		urls[p] = srv.URL
	}
	return s, urls
}

func pveClient(t *testing.T, s *sim.Simulator, url string, opts ...pve.Option) *pve.Client {
	t.Helper()
	c, err := pve.New(url, append([]pve.Option{pve.WithToken(s.TokenID(catalog.PVE), s.TokenSecret(catalog.PVE))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReadsDecodeIntoTypedResults(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c, ctx := pveClient(t, s, urls[catalog.PVE]), context.Background()
	nodes, err := c.GetNodes(ctx)
	if err != nil || len(nodes) != 3 || nodes[0].Node == "" {
		t.Fatalf("GetNodes = %+v, %v", nodes, err)
	}
	st, err := c.GetNodesQemuStatusCurrent(ctx, pve.GetNodesQemuStatusCurrentParams{Node: "pve1", VMID: 100})
	if err != nil || st.Status != "running" || st.Name != "web-01" || st.Maxmem == 0 {
		t.Fatalf("GetNodesQemuStatusCurrent = %+v, %v", st, err)
	}
	stores, err := newPBS(t, s, urls[catalog.PBS]).GetAdminDatastore(ctx)
	if err != nil || len(stores) == 0 || stores[0].Store == "" {
		t.Fatalf("GetAdminDatastore = %+v, %v", stores, err)
	}
}

func newPBS(t *testing.T, s *sim.Simulator, url string) *pbs.Client {
	t.Helper()
	c, err := pbs.New(url, pbs.WithAPIToken(s.TokenID(catalog.PBS)+":"+s.TokenSecret(catalog.PBS)))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestOptionalAndIndexedParametersTravel(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c, ctx := pveClient(t, s, urls[catalog.PVE]), context.Background()
	desc := "made by the typed client"
	_, err := c.PostNodesQemuConfig(ctx, pve.PostNodesQemuConfigParams{Node: "pve1", VMID: 101,
		Description: &desc, Net: map[int]string{3: "virtio,bridge=vmbr0"}})
	if err != nil {
		t.Fatal(err)
	}
	req, _ := s.LastRequest()
	if req.Params["net3"][0] != "virtio,bridge=vmbr0" || req.Params["description"][0] != desc || req.Params["cores"] != nil {
		t.Errorf("the request carried %v", req.Params)
	}
}

func TestATaskIsWaitedFor(t *testing.T) {
	s, urls := simulator(t, sim.Options{TaskDuration: 300 * time.Millisecond,
		Faults: sim.Faults{TaskFailures: []sim.TaskFailure{{Type: "qmstart", ID: "102", Message: "start failed: no space left"}}}})
	c, ctx := pveClient(t, s, urls[catalog.PVE]), context.Background()
	task, err := c.PostNodesQemuStatusStop(ctx, pve.PostNodesQemuStatusStopParams{Node: "pve1", VMID: 100})
	if err != nil || task == nil || task.Node != "pve1" || task.Type == "" || task.ID != "100" {
		t.Fatalf("PostNodesQemuStatusStop = %+v, %v", task, err)
	}
	if st, err := task.Status(ctx); err != nil || !st.Running {
		t.Fatalf("Status right after the start = %+v, %v", st, err)
	}
	st, err := task.Wait(ctx)
	if err != nil || !st.OK() || st.ExitStatus != "OK" {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	failing, err := c.PostNodesQemuStatusStart(ctx, pve.PostNodesQemuStatusStartParams{Node: "pve2", VMID: 102})
	if err != nil {
		t.Fatal(err)
	}
	_, err = failing.Wait(ctx)
	var te *pve.TaskError
	if !errors.As(err, &te) || te.ExitStatus != "start failed: no space left" || te.UPID != failing.UPID {
		t.Fatalf("Wait of a failing task = %v", err)
	}
}

func TestWaitEndsWithTheContext(t *testing.T) {
	s, urls := simulator(t, sim.Options{TaskDuration: time.Hour})
	c := pveClient(t, s, urls[catalog.PVE])
	task, err := c.PostNodesQemuStatusStop(context.Background(), pve.PostNodesQemuStatusStopParams{Node: "pve1", VMID: 100})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := task.Wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Wait past the deadline = %v", err)
	}
	same, err := c.Task(task.UPID)
	if err != nil || same.Node != "pve1" || same.StartTime != task.StartTime {
		t.Fatalf("Client.Task(%s) = %+v, %v", task.UPID, same, err)
	}
	if _, err := (&pve.Task{UPID: task.UPID}).Wait(ctx); err == nil || !strings.Contains(err.Error(), "Client.Task") {
		t.Errorf("a Task written by hand: %v", err)
	}
}

func TestRefusedArgumentsAreNotSent(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c := pveClient(t, s, urls[catalog.PVE])
	before := s.RequestCount()
	_, err := c.GetNodesQemuStatusCurrent(context.Background(), pve.GetNodesQemuStatusCurrentParams{Node: "pve1", VMID: 99})
	var ae *pve.ArgumentError
	if !errors.As(err, &ae) {
		t.Fatalf("VMID 99: %v (%T), want *pve.ArgumentError", err, err)
	}
	if ae.Operation != "GET /nodes/{node}/qemu/{vmid}/status/current" || len(ae.Problems) != 1 || ae.Problems[0].Param != "vmid" ||
		!strings.Contains(ae.Problems[0].Message, "at least 100") {
		t.Errorf("ArgumentError = %+v", ae)
	}
	if n := s.RequestCount(); n != before {
		t.Errorf("%d requests were sent for refused arguments", n-before)
	}
	var api *pve.APIError
	if errors.As(err, &api) {
		t.Error("a refusal is also an APIError")
	}
}

func TestProxmoxErrorsAreAPIErrors(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c, ctx := pveClient(t, s, urls[catalog.PVE]), context.Background()
	_, err := c.GetNodesQemuStatusCurrent(ctx, pve.GetNodesQemuStatusCurrentParams{Node: "pve1", VMID: 4242})
	var api *pve.APIError
	if !errors.As(err, &api) || api.Status != 500 || !strings.Contains(api.Message, "4242") ||
		api.Method != "GET" || api.Path != "/nodes/pve1/qemu/4242/status/current" {
		t.Fatalf("a missing VM: %v (%+v)", err, api)
	}
	bad := pveClient(t, s, urls[catalog.PVE], pve.WithToken(s.TokenID(catalog.PVE), "wrong-secret-0000"))
	if _, err := bad.GetNodes(ctx); !errors.As(err, &api) || api.Status != 401 {
		t.Fatalf("a wrong secret: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := c.GetNodes(cancelled); !errors.As(err, &api) || !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled call: %v", err)
	}
}

func TestPasswordLogin(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c, err := pve.New(urls[catalog.PVE], pve.WithPassword(s.Username(), s.Password()))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := c.GetVersion(context.Background()); err != nil || v.Version == "" {
		t.Fatalf("GetVersion with a ticket = %+v, %v", v, err)
	}
}

func TestOptionsAreChecked(t *testing.T) {
	_, urls := simulator(t, sim.Options{})
	const secret = "0123456789abcdef-secret"
	for _, tc := range []struct {
		name string
		opts []pve.Option
		want string
	}{
		{"no credentials", nil, "no credentials"},
		{"combined token without secret", []pve.Option{pve.WithAPIToken("root@pam!ci")}, "user@realm!name=SECRET"},
		{"malformed combined token", []pve.Option{pve.WithAPIToken("root " + secret)}, "user@realm!name=SECRET"},
		{"non-positive timeout", []pve.Option{pve.WithToken("root@pam!ci", secret), pve.WithTimeout(-time.Second)}, "timeout must be positive"},
		{"HTTP client with TLS options", []pve.Option{pve.WithToken("root@pam!ci", secret), pve.WithHTTPClient(httptest.NewServer(nil).Client()),
			pve.WithInsecureSkipVerify()}, "TLS settings"},
		{"fingerprint and skip", []pve.Option{pve.WithToken("root@pam!ci", secret), pve.WithFingerprint(strings.Repeat("AB", 32)),
			pve.WithInsecureSkipVerify()}, "replaces chain verification"},
		{"bad fingerprint", []pve.Option{pve.WithToken("root@pam!ci", secret), pve.WithFingerprint("AB:CD")}, "fingerprint"},
		{"bad URL", []pve.Option{pve.WithToken("root@pam!ci", secret)}, "must use https://"},
	} {
		url := urls[catalog.PVE]
		if tc.name == "bad URL" {
			url = "ftp://pve.example.com"
		}
		_, err := pve.New(url, tc.opts...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "pve.New: ") {
			t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Errorf("%s: the error repeats the secret: %v", tc.name, err)
		}
	}
}

// A file goes up as the body of a PBS upload and comes back from the
// download method as bytes.
func TestFilesTravelBothWays(t *testing.T) {
	s, urls := simulator(t, sim.Options{})
	c, ctx := newPBS(t, s, urls[catalog.PBS]), context.Background()
	snaps, err := c.GetAdminDatastoreSnapshots(ctx, pbs.GetAdminDatastoreSnapshotsParams{Store: "store1"})
	if err != nil || len(snaps) == 0 {
		t.Fatalf("GetAdminDatastoreSnapshots = %v, %v", snaps, err)
	}
	sn := snaps[0]
	log := []byte("backup finished\n")
	err = c.PostAdminDatastoreUploadBackupLog(ctx, pbs.PostAdminDatastoreUploadBackupLogParams{Store: "store1",
		BackupType: string(sn.BackupType), BackupID: string(sn.BackupID), BackupTime: int64(sn.BackupTime)}, log)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.GetAdminDatastoreDownload(ctx, pbs.GetAdminDatastoreDownloadParams{Store: "store1", FileName: "client.log.blob",
		BackupType: string(sn.BackupType), BackupID: string(sn.BackupID), BackupTime: int64(sn.BackupTime)})
	if err != nil || string(got) != string(log) {
		t.Fatalf("GetAdminDatastoreDownload = %q, %v", got, err)
	}
}
