package sim

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// loadUserCfg builds a simulator whose PVE access configuration is a
// user.cfg, read as PVE::AccessControl::parse_user_config reads it: the
// format pve-access-control's permission tests are written in. Pool
// members that are not guests yet become stopped VMs.
func loadUserCfg(t *testing.T, file string) *Simulator {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := New(Options{Empty: true})
	st := s.st
	st.pveUsers, st.groups, st.pools = newUserDB(catalog.PVE), map[string]*group{}, map[string]*pool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			st.userCfgLine(t, strings.Split(line, ":"))
		}
	}
	return s
}

func (st *state) userCfgLine(t *testing.T, f []string) {
	for len(f) < 6 {
		f = append(f, "")
	}
	db := st.pveUsers
	switch f[0] {
	case "user":
		db.ensure(f[1]).Enable = f[2] == "1"
	case "token":
		user, name, _ := strings.Cut(f[1], "!")
		if u := db.users[user]; u != nil {
			u.Tokens[name] = &apiToken{Name: name, Privsep: f[3] == "1"}
		}
	case "group":
		st.groups[f[1]] = &group{ID: f[1]}
		for _, m := range splitCfgList(f[2]) {
			if u := db.users[m]; u != nil {
				u.Groups = append(u.Groups, f[1])
			}
		}
	case "role":
		r := &role{privs: map[string]bool{}}
		for _, p := range splitCfgList(f[2]) {
			r.privs[p] = true
		}
		db.roles[f[1]] = r
	case "acl":
		st.userCfgACL(f[1] == "1", normalACLPath(f[2]), splitCfgList(f[3]), splitCfgList(f[4]))
	case "pool":
		st.userCfgPool(f[1], splitCfgList(f[3]), splitCfgList(f[4]))
	default:
		t.Fatalf("user.cfg: unknown line %q", strings.Join(f, ":"))
	}
}

func (st *state) userCfgACL(propagate bool, path string, subjects, roles []string) {
	db := st.pveUsers
	for _, r := range roles {
		if db.roles[r] == nil {
			continue // "ignore invalid acl role"
		}
		for _, ug := range subjects {
			a := &aclEntry{Path: path, Role: r, Propagate: propagate, Type: "user", UGID: ug}
			switch {
			case strings.HasPrefix(ug, "@"):
				a.Type, a.UGID = "group", ug[1:]
			case strings.Contains(ug, "!"):
				if db.token(ug) == nil {
					continue // "ignore invalid acl token"
				}
				a.Type = "token"
			}
			db.setPVE(a)
		}
	}
}

func (st *state) userCfgPool(id string, vms, storages []string) {
	st.pools[id] = &pool{ID: id, Storage: storages}
	for _, v := range vms {
		n, _ := strconv.Atoi(v)
		if st.guests[n] == nil {
			st.guests[n] = &guest{vmid: n, kind: "qemu", node: st.localNode(), config: map[string]string{}}
		}
		st.guests[n].pool = id
	}
}

// splitCfgList is PVE::Tools::split_list.
func splitCfgList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
}
