package main

import (
	"github.com/dave/jennifer/jen"
)

// option is one With… function: its doc, parameters and what it sets on
// typed.Settings (s).
type option struct {
	name, doc string
	params    []jen.Code
	set       []jen.Code
}

func settings(field string) *jen.Statement { return jen.Id("s").Dot(field) }

// optionFuncs are the package's With… functions.
func optionFuncs(m *model) []option {
	title := m.product.Title()
	return []option{
		{"WithToken", "WithToken authenticates with an API token: its ID (user@realm!name) and its secret.",
			[]jen.Code{jen.Id("id"), jen.Id("secret").String()},
			[]jen.Code{jen.List(settings("TokenID"), settings("TokenSecret")).Op("=").List(jen.Id("id"), jen.Id("secret"))}},
		{"WithAPIToken", "WithAPIToken authenticates with an API token written with its secret, user@realm!name=SECRET, " +
			"as " + title + " shows a new token (user@realm!name:SECRET is read too).",
			[]jen.Code{jen.Id("token").String()},
			[]jen.Code{jen.Id("s").Dot("SetCombinedToken").Call(jen.Id("token"))}},
		{"WithPassword", "WithPassword logs in as user (user@realm) for a ticket, renewed as it ages. " +
			"The few operations Proxmox refuses to API tokens (changing a password, TFA) need it; " +
			"with a token as well, the token is used wherever Proxmox allows one. An account that requires a second factor cannot log in so.",
			[]jen.Code{jen.Id("user"), jen.Id("password").String()},
			[]jen.Code{jen.List(settings("Username"), settings("Password")).Op("=").List(jen.Id("user"), jen.Id("password"))}},
		{"WithFingerprint", "WithFingerprint pins the SHA-256 fingerprint of the server's certificate (AA:BB:… or hex): " +
			"the certificate is trusted exactly when it matches, whoever signed it, which is what a node's self-signed certificate needs.",
			[]jen.Code{jen.Id("sha256").String()},
			[]jen.Code{settings("Fingerprint").Op("=").Id("sha256")}},
		{"WithCAFile", "WithCAFile trusts the PEM certificates in path besides the system roots (a node's /etc/pve/pve-root-ca.pem).",
			[]jen.Code{jen.Id("path").String()},
			[]jen.Code{settings("CAFile").Op("=").Id("path")}},
		{"WithInsecureSkipVerify", "WithInsecureSkipVerify accepts any certificate: anyone on the network path can then read and change the traffic, " +
			"credentials included. WithFingerprint trusts a self-signed certificate safely.",
			nil,
			[]jen.Code{settings("InsecureSkipVerify").Op("=").True()}},
		{"WithTimeout", "WithTimeout bounds each request (default 30s); reads are tried up to three times.",
			[]jen.Code{jen.Id("d").Qual("time", "Duration")},
			[]jen.Code{jen.Id("s").Dot("SetTimeout").Call(jen.Id("d"))}},
		{"WithHTTPClient", "WithHTTPClient sends the requests through hc's transport (a test server's client, a proxy, instrumentation), " +
			"whose TLS settings then apply: it cannot be combined with the TLS options. " +
			"Redirects are never followed, whatever hc says; hc.Timeout applies when WithTimeout is not given.",
			[]jen.Code{jen.Id("hc").Op("*").Qual("net/http", "Client")},
			[]jen.Code{settings("HTTPClient").Op("=").Id("hc")}},
	}
}

// optionsFile emits
//
//	type Option struct{ apply func(*typed.Settings) }
//	func WithToken(id, secret string) Option {
//		return Option{apply: func(s *typed.Settings) { s.TokenID, s.TokenSecret = id, secret }}
//	}
//	…
func optionsFile(m *model) *jen.File {
	f := newFile(m)
	f.Comment("Option configures a Client; see New.")
	f.Type().Id("Option").Struct(jen.Id("apply").Func().Params(jen.Op("*").Qual(typedPkg, "Settings")))
	for _, o := range optionFuncs(m) {
		f.Comment(lineComment(o.doc))
		f.Func().Id(o.name).Params(o.params...).Id("Option").Block(jen.Return(jen.Id("Option").Values(jen.Dict{
			jen.Id("apply"): jen.Func().Params(jen.Id("s").Op("*").Qual(typedPkg, "Settings")).Block(o.set...),
		})))
	}
	return f
}
