package sim

import (
	"math"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// registerNodeHandlers registers the stateful handlers of this file (see handlerTable).
func registerNodeHandlers() {
	for _, base := range []string{"/nodes/{node}", "/nodes/{node}/qemu/{vmid}", "/nodes/{node}/lxc/{vmid}", "/nodes/{node}/storage/{storage}"} {
		handle(catalog.PVE, "GET "+base+"/rrddata", rrdData)
	}
	handle(catalog.PVE, "GET /nodes/{node}/network", nodeNetwork)
}

// rrdSteps is the resolution of each RRD timeframe, as pvestatd keeps
// them; answers hold 70 points, like the real RRD.
var rrdSteps = map[string]time.Duration{"hour": time.Minute, "day": 20 * time.Minute, "week": 3 * time.Hour, "month": 12 * time.Hour, "year": 7 * 24 * time.Hour, "decade": 70 * 24 * time.Hour}

// rrdData answers a metrics history: a gentle, deterministic curve around
// the current figures, so charts drawn from it look alive.
func rrdData(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		base, e := c.rrdBase(st, now)
		if e != nil {
			return nil, e
		}
		step := rrdSteps[c.str("timeframe")]
		if step == 0 {
			step = time.Minute
		}
		end := now.Truncate(step)
		out := make([]any, 0, 70)
		for i := 69; i >= 0; i-- {
			at := end.Add(-time.Duration(i) * step)
			out = append(out, rrdPoint(base, at, float64(i)))
		}
		return out, nil
	})
}

// rrdBase is the current sample of what the path names.
func (c *call) rrdBase(st *state, now time.Time) (map[string]float64, *apiError) {
	switch {
	case c.has("vmid"):
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		m := g.metrics(now)
		return map[string]float64{"cpu": m.cpu, "maxcpu": float64(g.cpus()), "mem": float64(m.mem), "maxmem": float64(g.memoryBytes()),
			"netin": float64(m.netin%1e6 + 2000), "netout": float64(m.netout%1e6 + 1500), "diskread": 40960, "diskwrite": 20480, "maxdisk": float64(g.maxDisk())}, nil
	case c.has("storage"):
		s, e := st.storageOn(c.nodeName(), c.str("storage"))
		if e != nil {
			return nil, e
		}
		return map[string]float64{"used": float64(st.storageUsage(s, c.nodeName())), "total": float64(s.Total)}, nil
	}
	n := st.nodes[c.nodeName()]
	mem, cpu := st.nodeLoad(n, now)
	return map[string]float64{"cpu": cpu, "maxcpu": float64(n.cpus), "memused": float64(mem), "memtotal": float64(n.memory),
		"loadavg": cpu * float64(n.cpus), "netin": 120000, "netout": 90000, "rootused": 9 << 30, "roottotal": 100 << 30, "iowait": 0.002}, nil
}

func rrdPoint(base map[string]float64, at time.Time, i float64) map[string]any {
	wave := 1 + 0.25*math.Sin(i/7)
	p := map[string]any{"time": at.Unix()}
	for k, v := range base {
		switch k {
		case "maxcpu", "maxmem", "memtotal", "roottotal", "total", "maxdisk":
			p[k] = v
		default:
			p[k] = math.Round(v*wave*1000) / 1000
		}
	}
	return p
}

// nodeNetwork lists a node's interfaces: the uplink and the guest bridge.
func nodeNetwork(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		n := st.nodes[c.nodeName()]
		ifaces := []map[string]any{
			{"iface": "eno1", "type": "eth", "method": "manual", "method6": "manual", "active": 1, "exists": 1, "families": []any{"inet"}, "priority": 3},
			{"iface": "vmbr0", "type": "bridge", "method": "static", "method6": "manual", "active": 1, "autostart": 1, "families": []any{"inet"},
				"address": n.ip, "netmask": "24", "cidr": n.ip + "/24", "gateway": "192.168.10.1", "bridge_ports": "eno1", "bridge_stp": "off", "bridge_fd": "0", "priority": 4},
		}
		out := []any{}
		for _, i := range ifaces {
			if t := c.str("type"); t == "" || t == i["type"] || (t == "any_bridge" && i["type"] == "bridge") {
				out = append(out, i)
			}
		}
		return out, nil
	})
}
