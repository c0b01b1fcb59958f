package search

import (
	"cmp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Browse returns the operations of one category that allow accepts (nil:
// all), in a fixed order: by path, then GET, POST, PUT, DELETE. product
// "" means both products. It is how a client that cannot find an
// operation by words looks through a category instead; an unknown
// category gives nothing.
func (ix *Index) Browse(product catalog.Product, category string, allow func(*catalog.Operation) bool) []*catalog.Operation {
	var out []*catalog.Operation
	for _, d := range ix.browseOrder {
		op := ix.ops[d]
		if ix.category[d] != category || product != "" && op.Product != product {
			continue
		}
		if allow == nil || allow(op) {
			out = append(out, op)
		}
	}
	return out
}

// browseOrder sorts the operations for Browse: PVE before PBS, then by
// path, method (in the order GET, POST, PUT, DELETE) and name.
func browseOrder(ops []*catalog.Operation) []int32 {
	order := make([]int32, len(ops))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		x, y := ops[a], ops[b]
		return cmp.Or(
			cmp.Compare(productRank(x.Product), productRank(y.Product)),
			strings.Compare(x.Path, y.Path),
			cmp.Compare(methodOf(x.Method), methodOf(y.Method)),
			strings.Compare(x.Name, y.Name),
		)
	})
	return order
}

func productRank(p catalog.Product) int {
	if p == catalog.PVE {
		return 0
	}
	return 1
}

// browse answers a query that has a category and no words: the
// category's operations in Browse order, up to the limit (0: all).
func (ix *Index) browse(q Query) (results []Result, betterBlocked *Result) {
	for _, op := range ix.Browse(q.Product, q.Category, q.Allow) {
		if q.Limit > 0 && len(results) == q.Limit {
			break
		}
		results = append(results, Result{Op: op})
	}
	return results, nil
}
