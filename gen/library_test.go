package main

import (
	"encoding/json"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The generated packages are a library for other modules: their exported
// API must name no type of an internal package, and another module must
// be able to build against them.

const modulePrefix = modulePath + "/"

// exportImporter imports packages from the compiler's export data, which
// `go list -export` builds: the exported API exactly as another package
// sees it.
func exportImporter(t *testing.T, fset *token.FileSet, pkgs ...string) types.Importer {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-export", "-deps", "-json=ImportPath,Export"}, pkgs...)...)
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct{ ImportPath, Export string }
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		exports[p.ImportPath] = p.Export
	}
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(exports[path])
	})
}

func TestGeneratedAPINamesNoInternalType(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	fset := token.NewFileSet()
	paths := []string{modulePrefix + "generated/pve", modulePrefix + "generated/pbs"}
	imp := exportImporter(t, fset, paths...)
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		if uses := internalUses(pkg); len(uses) > 0 {
			t.Errorf("%s exports %d identifiers that name internal types, e.g.:\n%s", path, len(uses), strings.Join(uses[:min(len(uses), 10)], "\n"))
		}
		if n := len(pkg.Scope().Names()); n < 300 {
			t.Errorf("%s exports only %d names: is it the generated package?", path, n)
		}
	}
}

// The check itself must catch what it looks for: a field, a signature, an
// alias and a method result of internal types, but not unexported fields.
func TestInternalUsesFindsInternalTypes(t *testing.T) {
	src := `package neg
import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
type Field struct{ C catalog.Int; ok catalog.Int }
func Func() *catalog.Catalog { return nil }
type Alias = catalog.Bool
type Fine struct{ c *catalog.Catalog }
func (Fine) Method() map[string][]catalog.Operation { return nil }
func (Fine) hidden() catalog.Int { return 0 }
var Value = catalog.PVE
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "neg.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: exportImporter(t, fset, modulePrefix+"internal/catalog")}
	pkg, err := conf.Check(modulePrefix+"generated/neg", fset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := internalUses(pkg)
	want := []string{"Alias", "Field.C", "Fine.Method", "Func", "Value"}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w+":") }) {
			t.Errorf("%s was not reported (got %q)", w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("reported %q, want exactly %q", got, want)
	}
}

// internalUses lists the exported identifiers of pkg, with the exported
// fields and methods of its types, whose types name a type declared in
// an internal package.
func internalUses(pkg *types.Package) []string {
	var out []string
	report := func(name string, t types.Type) {
		if where := internalIn(t, map[types.Type]bool{}); where != "" {
			out = append(out, name+": "+where)
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		tn, isType := obj.(*types.TypeName)
		if !isType || tn.IsAlias() {
			report(name, obj.Type())
			continue
		}
		named := tn.Type().(*types.Named)
		if st, ok := named.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); f.Exported() {
					report(name+"."+f.Name(), f.Type())
				}
			}
		} else {
			report(name, named.Underlying())
		}
		for m := range types.NewMethodSet(types.NewPointer(named)).Methods() {
			if m.Obj().Exported() {
				report(name+"."+m.Obj().Name(), m.Type())
			}
		}
	}
	slices.Sort(out)
	return out
}

// internalIn names the first internal type t is built from; named types of
// other packages are not looked into (their own exports are theirs).
func internalIn(t types.Type, seen map[types.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	switch x := t.(type) {
	case *types.Alias:
		return internalIn(types.Unalias(x), seen)
	case *types.Named:
		if p := x.Obj().Pkg(); p != nil && isInternal(p.Path()) {
			return p.Path() + "." + x.Obj().Name()
		}
		if x.TypeArgs() != nil {
			for i := range x.TypeArgs().Len() {
				if w := internalIn(x.TypeArgs().At(i), seen); w != "" {
					return w
				}
			}
		}
	case *types.Pointer:
		return internalIn(x.Elem(), seen)
	case *types.Slice:
		return internalIn(x.Elem(), seen)
	case *types.Array:
		return internalIn(x.Elem(), seen)
	case *types.Chan:
		return internalIn(x.Elem(), seen)
	case *types.Map:
		if w := internalIn(x.Key(), seen); w != "" {
			return w
		}
		return internalIn(x.Elem(), seen)
	case *types.Signature:
		for _, tuple := range []*types.Tuple{x.Params(), x.Results()} {
			for v := range tuple.Variables() {
				if w := internalIn(v.Type(), seen); w != "" {
					return w
				}
			}
		}
	case *types.Struct:
		for i := range x.NumFields() {
			if w := internalIn(x.Field(i).Type(), seen); w != "" {
				return w
			}
		}
	case *types.Interface:
		for m := range x.Methods() {
			if w := internalIn(m.Type(), seen); w != "" {
				return w
			}
		}
	}
	return ""
}

func isInternal(path string) bool {
	return strings.HasSuffix(path, "/internal") || strings.Contains(path, "/internal/")
}

// A module of its own, pointed at this checkout with a replace directive,
// builds and vets a program that uses both packages as the package docs
// show, and cannot import the internal packages behind them.
func TestAnotherModuleBuildsAgainstTheLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	goSum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "go.sum", string(goSum))
	write(t, dir, "go.mod", "module example.com/libuser\n\ngo 1.25.5\n\nrequire "+modulePath+" v0.0.0\n\nreplace "+modulePath+" => "+repo+"\n")
	write(t, dir, "main.go", outsideProgram)
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	for _, args := range [][]string{{"vet", "."}, {"build", "-o", os.DevNull, "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s in a module of its own: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	write(t, filepath.Join(dir, "reach"), "reach.go", "package reach\n\nimport _ \""+modulePath+"/internal/catalog\"\n")
	cmd := exec.Command("go", "build", "./reach")
	cmd.Dir, cmd.Env = dir, env
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "internal package") {
		t.Errorf("another module imported internal/catalog: %v\n%s", err, out)
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// outsideProgram uses every kind of exported name: New and its options,
// params and results, the lenient values, tasks and the error types.
const outsideProgram = `package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/generated/pbs"
	"github.com/proxmox-mcp/proxmox-mcp/generated/pve"
)

func main() {
	ctx := context.Background()
	c, err := pve.New("https://pve.example.com:8006",
		pve.WithAPIToken("root@pam!ci=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
		pve.WithTimeout(10*time.Second), pve.WithCAFile("/etc/pve/pve-root-ca.pem"))
	if err != nil {
		panic(err)
	}
	vms, err := c.GetNodesQemu(ctx, pve.GetNodesQemuParams{Node: "pve1"})
	var argErr *pve.ArgumentError
	var apiErr *pve.APIError
	switch {
	case errors.As(err, &argErr):
		for _, p := range argErr.Problems {
			fmt.Println(p.Param, p.Message)
		}
	case errors.As(err, &apiErr):
		fmt.Println(apiErr.Status, apiErr.Message, apiErr.Errors["vmid"])
	}
	var total pve.Int
	for _, vm := range vms {
		total += vm.Maxmem
		var name pve.String = vm.Name
		fmt.Println(string(name), int64(vm.VMID))
	}
	task, err := c.PostNodesQemuStatusStart(ctx, pve.PostNodesQemuStatusStartParams{Node: "pve1", VMID: 100})
	if err == nil && task != nil {
		var st pve.TaskStatus
		st, err = task.Wait(ctx)
		var te *pve.TaskError
		fmt.Println(st.OK(), errors.As(err, &te), task.StartTime.Unix())
	}
	b, err := pbs.New("pbs.example.com", pbs.WithToken("root@pam!ci", "secret"), pbs.WithHTTPClient(http.DefaultClient))
	if err == nil {
		stores, _ := b.GetAdminDatastore(ctx)
		var enabled pbs.Bool
		fmt.Println(len(stores), bool(enabled), pve.Release, pbs.Release, b.BaseURL())
	}
	fmt.Println(total)
}
`
