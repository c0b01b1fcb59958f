package sim

import (
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// registerAccessHandlers registers the stateful handlers of this file (see handlerTable).
func registerAccessHandlers() {
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		handle(p, "POST /access/ticket", postTicket)
		handle(p, "PUT /access/password", putPassword)
		handle(p, "GET /access/users", getUsers)
		handle(p, "POST /access/users", postUser)
		handle(p, "GET /access/users/{userid}", getUser)
		handle(p, "PUT /access/users/{userid}", putUser)
		handle(p, "DELETE /access/users/{userid}", deleteUser)
		handle(p, "GET /access/users/{userid}/token", getTokens)
	}
	handle(catalog.PVE, "GET /access/users/{userid}/token/{tokenid}", getToken)
	handle(catalog.PVE, "POST /access/users/{userid}/token/{tokenid}", postToken)
	handle(catalog.PVE, "PUT /access/users/{userid}/token/{tokenid}", putToken)
	handle(catalog.PVE, "DELETE /access/users/{userid}/token/{tokenid}", deleteToken)
	handle(catalog.PBS, "GET /access/users/{userid}/token/{token-name}", getToken)
	handle(catalog.PBS, "POST /access/users/{userid}/token/{token-name}", postToken)
	handle(catalog.PBS, "PUT /access/users/{userid}/token/{token-name}", putToken)
	handle(catalog.PBS, "DELETE /access/users/{userid}/token/{token-name}", deleteToken)
}

// postTicket logs in with a password.
func postTicket(c *call) (any, error) {
	user := c.str("username")
	if realm := c.str("realm"); realm != "" && !strings.Contains(user, "@") {
		user += "@" + realm
	}
	out, e := c.s.login(c.product, user, c.raw("password"))
	if e != nil {
		return nil, e
	}
	return out, nil
}

func putPassword(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u := st.users(c.product).users[c.str("userid")]
		if u == nil {
			return nil, internalError("no such user ('%s')", c.str("userid"))
		}
		u.Password = c.raw("password")
		return nil, nil
	})
}

func (c *call) userOr404(st *state) (*simUser, *apiError) {
	id := c.str("userid")
	if u := st.users(c.product).users[id]; u != nil {
		return u, nil
	}
	if c.product == catalog.PBS {
		return nil, errorf(http.StatusNotFound, "no such user '%s'", id)
	}
	return nil, internalError("no such user ('%s')", id)
}

// getUsers lists the accounts the caller may see: PVE those it can
// manage (User.Modify or Sys.Audit on /access/groups, or on a group of
// theirs) and itself; PBS all with Sys.Audit on /access/users, else the
// caller's own user.
func getUsers(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		withTokens := c.flag("full") || c.flag("include_tokens")
		visible := c.visibleUsers(st)
		for _, u := range st.users(c.product).sorted() {
			if !visible(u.ID) || c.has("enabled") && c.flag("enabled") != u.Enable {
				continue
			}
			out = append(out, userEntry(c.product, u, withTokens))
		}
		return out, nil
	})
}

func (c *call) visibleUsers(st *state) func(string) bool {
	if c.product == catalog.PBS {
		all := c.can(st, "/access/users", "Sys.Audit")
		own := strings.SplitN(c.authid(), "!", 2)[0]
		return func(id string) bool { return all || id == own }
	}
	privs := []string{"User.Modify", "Sys.Audit"}
	if c.canAny(st, "/access/groups", privs...) {
		return func(string) bool { return true }
	}
	allowed := map[string]bool{c.authid(): true}
	for g := range st.groups {
		if c.canAny(st, "/access/groups/"+g, privs...) {
			for _, m := range st.groupMembers(g) {
				allowed[m] = true
			}
		}
	}
	return func(id string) bool { return allowed[id] }
}

func userEntry(p catalog.Product, u *simUser, withTokens bool) map[string]any {
	m := map[string]any{"userid": u.ID, "enable": boolInt(u.Enable), "expire": u.Expire}
	for k, v := range map[string]string{"comment": u.Comment, "email": u.Email, "firstname": u.Firstname, "lastname": u.Lastname} {
		if v != "" {
			m[k] = v
		}
	}
	if p == catalog.PVE {
		m["realm-type"] = u.realm()
		m["groups"] = strings.Join(u.Groups, ",")
	}
	if withTokens {
		m["tokens"] = tokenList(p, u)
	}
	return m
}

func tokenList(p catalog.Product, u *simUser) []any {
	out := []any{}
	for _, name := range slices.Sorted(maps.Keys(u.Tokens)) {
		out = append(out, tokenEntry(p, u, u.Tokens[name]))
	}
	return out
}

func tokenEntry(p catalog.Product, u *simUser, t *apiToken) map[string]any {
	m := map[string]any{"expire": t.Expire}
	if t.Comment != "" {
		m["comment"] = t.Comment
	}
	if p == catalog.PBS {
		m["tokenid"], m["token-name"], m["enable"] = u.ID+"!"+t.Name, t.Name, 1
		return m
	}
	m["tokenid"], m["privsep"] = t.Name, boolInt(t.Privsep)
	return m
}

func postUser(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		db := st.users(c.product)
		id := c.str("userid")
		if db.users[id] != nil {
			return nil, internalError("create user failed: user '%s' already exists", id)
		}
		u := db.ensure(id)
		if e := applyUser(c, st, u); e != nil {
			delete(db.users, id)
			return nil, e
		}
		return nil, nil
	})
}

func applyUser(c *call, st *state, u *simUser) *apiError {
	set := map[string]*string{"comment": &u.Comment, "email": &u.Email, "firstname": &u.Firstname, "lastname": &u.Lastname}
	for k, p := range set {
		if c.has(k) {
			*p = c.str(k)
		}
	}
	if c.has("enable") {
		u.Enable = c.flag("enable")
	}
	if c.has("expire") {
		u.Expire = int64(c.int("expire"))
	}
	if c.has("password") {
		u.Password = c.raw("password")
	}
	if c.product == catalog.PVE && c.has("groups") {
		return c.setGroups(st, u)
	}
	return nil
}

// setGroups replaces the user's groups, or adds to them with append=1;
// every group must exist (PVE::API2::User update_user).
func (c *call) setGroups(st *state, u *simUser) *apiError {
	if !c.flag("append") {
		u.Groups = nil
	}
	for _, g := range splitComma(c.str("groups")) {
		if st.groups[g] == nil {
			return internalError("no such group '%s'", g)
		}
		if !u.inGroup(g) {
			u.Groups = append(u.Groups, g)
		}
	}
	return nil
}

func splitComma(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func getUser(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e := c.userOr404(st)
		if e != nil {
			return nil, e
		}
		m := userEntry(c.product, u, false)
		if c.product == catalog.PVE {
			m["groups"] = append([]string{}, u.Groups...)
			toks := map[string]any{}
			for name, t := range u.Tokens {
				toks[name] = map[string]any{"privsep": boolInt(t.Privsep), "expire": t.Expire}
			}
			m["tokens"] = toks
			delete(m, "userid")
			delete(m, "realm-type")
		}
		return m, nil
	})
}

func putUser(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e := c.userOr404(st)
		if e != nil {
			return nil, e
		}
		if e := applyUser(c, st, u); e != nil {
			return nil, e
		}
		return nil, nil
	})
}

func deleteUser(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e := c.userOr404(st)
		if e != nil {
			return nil, e
		}
		db := st.users(c.product)
		delete(db.users, u.ID)
		db.removeAuthID(u.ID)
		return nil, nil
	})
}

func getTokens(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e := c.userOr404(st)
		if e != nil {
			return nil, e
		}
		return tokenList(c.product, u), nil
	})
}

func (c *call) tokenName() string {
	if c.product == catalog.PBS {
		return c.str("token-name")
	}
	return c.str("tokenid")
}

func (c *call) tokenOr404(st *state) (*simUser, *apiError, *apiToken) {
	u, e := c.userOr404(st)
	if e != nil {
		return nil, e, nil
	}
	t := u.Tokens[c.tokenName()]
	if t == nil {
		if c.product == catalog.PBS {
			return u, errorf(http.StatusNotFound, "no such token '%s' for user '%s'", c.tokenName(), u.ID), nil
		}
		return u, internalError("no such token '%s' for user '%s'", c.tokenName(), u.ID), nil
	}
	return u, nil, t
}

func getToken(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e, t := c.tokenOr404(st)
		if e != nil {
			return nil, e
		}
		m := tokenEntry(c.product, u, t)
		if c.product == catalog.PVE {
			delete(m, "tokenid")
		}
		return m, nil
	})
}

// postToken creates a token; its secret is returned once and works at
// once for authentication.
func postToken(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e := c.userOr404(st)
		if e != nil {
			return nil, e
		}
		name := c.tokenName()
		if u.Tokens[name] != nil {
			return nil, internalError("Token already exists.")
		}
		t := &apiToken{Name: name, Secret: uuidFrom(randomHex(16)), Comment: c.str("comment"), Privsep: true, Expire: int64(c.int("expire"))}
		if c.has("privsep") {
			t.Privsep = c.flag("privsep")
		}
		u.Tokens[name] = t
		full := u.ID + "!" + name
		if c.product == catalog.PBS {
			return map[string]any{"tokenid": full, "value": t.Secret}, nil
		}
		info := map[string]any{"privsep": boolInt(t.Privsep), "expire": t.Expire}
		if t.Comment != "" {
			info["comment"] = t.Comment
		}
		return map[string]any{"full-tokenid": full, "info": info, "value": t.Secret}, nil
	})
}

func putToken(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e, t := c.tokenOr404(st)
		if e != nil {
			return nil, e
		}
		if c.has("comment") {
			t.Comment = c.str("comment")
		}
		if c.has("expire") {
			t.Expire = int64(c.int("expire"))
		}
		if c.has("privsep") {
			t.Privsep = c.flag("privsep")
		}
		if c.product == catalog.PBS {
			return nil, nil
		}
		m := tokenEntry(c.product, u, t)
		delete(m, "tokenid")
		return m, nil
	})
}

func deleteToken(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		u, e, _ := c.tokenOr404(st)
		if e != nil {
			return nil, e
		}
		delete(u.Tokens, c.tokenName())
		st.users(c.product).removeAuthID(u.ID + "!" + c.tokenName())
		return nil, nil
	})
}
