package redact

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

func TestKnownSecretsAreMasked(t *testing.T) {
	r := New("s3cr3t-uuid", "p@ss word", "")
	r.Add("PVE:root@pam:65A0B1C2::c2lnbmF0dXJl")
	cases := map[string]string{
		"plain":           "token s3cr3t-uuid was rejected",
		"form-encoded":    "username=root%40pam&x=p%40ss+word",
		"path-encoded":    "/x/p@ss%20word",
		"ticket":          "bad ticket PVE:root@pam:65A0B1C2::c2lnbmF0dXJl here",
		"ticket in query": "ticket=PVE%3Aroot%40pam%3A65A0B1C2%3A%3Ac2lnbmF0dXJl",
	}
	for name, in := range cases {
		got := r.String(in)
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

func TestLongestSecretFirst(t *testing.T) {
	r := New("abc", "abcdef")
	if got := r.String("xabcdefx"); got != "x***x" {
		t.Errorf("got %q: the longer secret must be masked whole", got)
	}
}

func TestWithDoesNotChangeTheParent(t *testing.T) {
	r := New("one")
	c := r.With("two")
	if got := c.String("one two"); got != "*** ***" {
		t.Errorf("child: %q", got)
	}
	if got := r.String("one two"); got != "*** two" {
		t.Errorf("parent learnt the per-request secret: %q", got)
	}
}

func TestErrorDoesNotUnwrapToTheOriginal(t *testing.T) {
	orig := errors.New("login failed for password hunter2")
	err := New("hunter2").Error(orig)
	if strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("leak: %v", err)
	}
	if errors.Unwrap(err) != nil {
		t.Error("redacted error unwraps to the unredacted one")
	}
	if New().Error(nil) != nil {
		t.Error("nil error became non-nil")
	}
}

func TestConcurrentUse(t *testing.T) {
	r := New("base")
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); r.Add("ticket-secret") }()
		go func() { defer wg.Done(); _ = r.String("base ticket-secret") }()
	}
	wg.Wait()
	if got := r.String("base ticket-secret"); got != "*** ***" {
		t.Errorf("got %q", got)
	}
}

func TestNilRedactorStillAppliesPatterns(t *testing.T) {
	var r *Redactor
	if got := r.String("password=x"); got != "password=***" {
		t.Errorf("got %q", got)
	}
}
