package policy

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Stats counts operations per product × category × tier (tools --stats).
type Stats struct {
	Rows []StatsRow `json:"rows"` // sorted by product (PVE first), then category
}

// StatsRow is one product's category.
type StatsRow struct {
	Product     catalog.Product `json:"product"`
	Category    string          `json:"category"`
	Tiers       [3]int          `json:"tiers"` // indexed by Tier
	Core        int             `json:"core"`
	Destructive int             `json:"destructive"`
	// DestructiveWith counts operations destructive only with some
	// arguments (destructive_with).
	DestructiveWith int `json:"destructive_with"`
	// Confirm counts operations whose every call needs confirmation;
	// ConfirmWith those that need it only with some arguments
	// (confirm_with or destructive_with).
	Confirm     int `json:"confirm"`
	ConfirmWith int `json:"confirm_with"`
	GuestExec   int `json:"guest_exec"`
}

// Total is the row's operation count.
func (r StatsRow) Total() int { return r.Tiers[ReadOnly] + r.Tiers[ReadExecute] + r.Tiers[Full] }

// Stats counts the decisions for ops.
func (p *Policy) Stats(ops []*catalog.Operation) Stats {
	type key struct {
		product  catalog.Product
		category string
	}
	rows := map[key]*StatsRow{}
	for _, op := range ops {
		d := p.Decide(op)
		k := key{op.Product, d.Category}
		if rows[k] == nil {
			rows[k] = &StatsRow{Product: op.Product, Category: d.Category}
		}
		r := rows[k]
		r.Tiers[d.Tier]++
		r.count(d)
	}
	var s Stats
	for _, r := range rows {
		s.Rows = append(s.Rows, *r)
	}
	sort.Slice(s.Rows, func(i, j int) bool {
		a, b := s.Rows[i], s.Rows[j]
		if a.Product != b.Product {
			return productRank(a.Product) < productRank(b.Product)
		}
		return a.Category < b.Category
	})
	return s
}

func productRank(p catalog.Product) string {
	if p == catalog.PVE {
		return "0"
	}
	return "1" + string(p)
}

func (r *StatsRow) count(d Decision) {
	add := func(n *int, yes bool) {
		if yes {
			*n++
		}
	}
	add(&r.Core, d.Core)
	add(&r.Destructive, d.Destructive)
	add(&r.DestructiveWith, len(d.DestructiveWith) > 0)
	add(&r.Confirm, d.Confirm)
	add(&r.ConfirmWith, !d.Confirm && d.MayConfirm())
	add(&r.GuestExec, d.GuestExec)
}

// Product sums one product's rows.
func (s Stats) Product(product catalog.Product) StatsRow {
	sum := StatsRow{Product: product, Category: "total"}
	for _, r := range s.Rows {
		if r.Product != product {
			continue
		}
		for t := range sum.Tiers {
			sum.Tiers[t] += r.Tiers[t]
		}
		sum.Core += r.Core
		sum.Destructive += r.Destructive
		sum.DestructiveWith += r.DestructiveWith
		sum.Confirm += r.Confirm
		sum.ConfirmWith += r.ConfirmWith
		sum.GuestExec += r.GuestExec
	}
	return sum
}

// String renders the stats as an aligned table with a total per product.
func (s Stats) String() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "product\tcategory\tread-only\tread-execute\tfull\ttotal\tcore\tdestructive\t+with args\tconfirm\t+with args\tguest-exec\t")
	for i, r := range s.Rows {
		writeRow(w, r)
		if i == len(s.Rows)-1 || s.Rows[i+1].Product != r.Product {
			writeRow(w, s.Product(r.Product))
		}
	}
	w.Flush()
	return b.String()
}

func writeRow(w *tabwriter.Writer, r StatsRow) {
	fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", r.Product, r.Category,
		r.Tiers[ReadOnly], r.Tiers[ReadExecute], r.Tiers[Full], r.Total(), r.Core,
		r.Destructive, r.DestructiveWith, r.Confirm, r.ConfirmWith, r.GuestExec)
}
