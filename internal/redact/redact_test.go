package redact

import (
	"strings"
	"sync"
	"testing"
)

func TestKnownSecretsAreMaskedInUpstreamText(t *testing.T) {
	r := New("s3cr3t-uuid", "p@ss word!", "")
	r.Add("PVE:root@pam:65A0B1C2::c2lnbmF0dXJl")
	cases := map[string]string{
		"plain":           "token s3cr3t-uuid was rejected",
		"form-encoded":    "username=root%40pam&x=p%40ss+word%21",
		"path-encoded":    "/x/p@ss%20word%21",
		"ticket":          "bad ticket PVE:root@pam:65A0B1C2::c2lnbmF0dXJl here",
		"ticket in query": "ticket=PVE%3Aroot%40pam%3A65A0B1C2%3A%3Ac2lnbmF0dXJl",
	}
	for name, in := range cases {
		got := r.Upstream(in, "/nodes/pve1/status?")
		for _, leak := range []string{"s3cr3t", "ss word", "ss+word", "ss%20word", "c2lnbmF0dXJl"} {
			if strings.Contains(got, leak) {
				t.Errorf("%s: %q leaks %q", name, got, leak)
			}
		}
		if !strings.Contains(got, Mask) {
			t.Errorf("%s: %q has no mask", name, got)
		}
	}
}

// The password-oracle defect: a caller who sends guesses and gets them
// echoed back must see exactly what they sent, never a mask marking the
// right guess.
func TestAnEchoOfTheCallersOwnTextIsNotMasked(t *testing.T) {
	r := New("hunter2-long-password")
	sent := "/nodes/guess1,hunter2-long-password,guess3/status?"
	echo := "Configuration file 'nodes/guess1,hunter2-long-password,guess3/x' does not exist"
	if got := r.Upstream(echo, sent); got != echo {
		t.Errorf("the caller's own guess was masked: %q", got)
	}
	if got := r.Upstream(echo, "/nodes/pve1/status?"); strings.Contains(got, "hunter2") {
		t.Errorf("a secret the caller did not send leaked: %q", got)
	}
}

// A short secret is left to the patterns: masking it by value would
// mangle every message.
func TestShortSecretsDoNotMangleMessages(t *testing.T) {
	r := New("x", "pass")
	msg := "unexpected exit: max exceeded, password=pass"
	if got := r.Upstream(msg, ""); got != "unexpected exit: max exceeded, password=***" {
		t.Errorf("got %q", got)
	}
}

func TestPatternsWithoutKnownSecrets(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Authorization: PVEAPIToken=root@pam!mcp=0b4c-uuid", "Authorization: PVEAPIToken=root@pam!mcp=***"},
		{"Authorization: PBSAPIToken=root@pam!mcp:0b4c-uuid", "Authorization: PBSAPIToken=root@pam!mcp:***"},
		{"map[Authorization:[PVEAPIToken=garbage]]", "map[Authorization:[PVEAPIToken=***]]"},
		{"Cookie: PVEAuthCookie=PVE:root@pam:AB::sig+/=; other=1", "Cookie: PVEAuthCookie=***; other=1"},
		{"Cookie: PBSAuthCookie=PBS%3Aroot%40pam%3AAB", "Cookie: PBSAuthCookie=***"},
		{"CSRFPreventionToken: 65A0B1C2:abc+/def", "CSRFPreventionToken: ***"},
		{`{"CSRFPreventionToken":"65A0:x","ticket":"PVE:root@pam:1::s","username":"root@pam"}`, `{"CSRFPreventionToken":"***","ticket":"***","username":"root@pam"}`},
		{"username=root%40pam&password=hunter2&realm=pam", "username=root%40pam&password=***&realm=pam"},
		{"new-password=hunter2", "new-password=***"},
		{`{"password":"hunter2"}`, `{"password":"***"}`},
		{"nothing secret here: vmid=100", "nothing secret here: vmid=100"},
	}
	for _, tc := range cases {
		if got := Patterns(tc.in); got != tc.want {
			t.Errorf("Patterns(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestUpstreamJSON(t *testing.T) {
	r := New("0b4c-uuid-secret")
	clean := []byte(`{"vmid":100,"name":"web"}`)
	if out, ok := r.UpstreamJSON(clean, ""); !ok || &out[0] != &clean[0] {
		t.Error("an answer without credentials was copied or changed")
	}
	echo := []byte(`{"headers":{"Authorization":"PVEAPIToken=root@pam!mcp=0b4c-uuid-secret"}}`)
	out, ok := r.UpstreamJSON(echo, "")
	if !ok || strings.Contains(string(out), "0b4c") {
		t.Errorf("echoed token not masked: %s", out)
	}
	broken := []byte(`{"password":"a\"b"}`)
	if _, ok := r.UpstreamJSON(broken, ""); ok {
		t.Error("masking that broke the JSON was reported as fine")
	}
}

func TestLongestSecretFirst(t *testing.T) {
	r := New("abcdefgh", "abcdefghijkl")
	if got := r.Local("xabcdefghijklx"); got != "x***x" {
		t.Errorf("got %q: the longer secret must be masked whole", got)
	}
}

func TestWithDoesNotChangeTheParent(t *testing.T) {
	r := New("one-secret")
	c := r.With("two-secret")
	if got := c.Local("one-secret two-secret"); got != "*** ***" {
		t.Errorf("child: %q", got)
	}
	if got := r.Local("one-secret two-secret"); got != "*** two-secret" {
		t.Errorf("parent learnt the per-request secret: %q", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	r := New("base-secret")
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); r.Add("ticket-secret") }()
		go func() { defer wg.Done(); _ = r.Local("base-secret ticket-secret") }()
	}
	wg.Wait()
	if got := r.Local("base-secret ticket-secret"); got != "*** ***" {
		t.Errorf("got %q", got)
	}
}

func TestNilRedactorStillAppliesPatterns(t *testing.T) {
	var r *Redactor
	if got := r.Local("password=x"); got != "password=***" {
		t.Errorf("got %q", got)
	}
}
