package search

// intent is what a query word says about the kind of call wanted; the
// scorer turns it into a preference for HTTP methods (see methodFactor).
type intent uint8

const (
	intentRead   intent = 1 << iota // list, show, which, how much → GET
	intentCreate                    // create, add, upload → POST (PUT)
	intentUpdate                    // set, change, resize → PUT/POST
	intentDelete                    // delete, remove, destroy → DELETE
	intentAction                    // start, reboot, migrate, run → POST
	intentList                      // list, all → a collection, not one item

	// methodIntents are the intents that choose an HTTP method.
	methodIntents = intentRead | intentCreate | intentUpdate | intentDelete | intentAction
)

// methodPreference is how strongly each intent favours or disfavours each
// HTTP method. Asking to see something and getting an action is the worst
// mismatch (a "show all VMs" must not offer "Suspend all VMs"), so reading
// penalises the other methods hardest.
var methodPreference = map[intent]map[string]float64{
	intentRead:   {"GET": 1.3, "POST": 0.75, "PUT": 0.75, "DELETE": 0.6},
	intentCreate: {"POST": 1.3, "PUT": 1.15, "GET": 0.85, "DELETE": 0.7},
	intentUpdate: {"PUT": 1.3, "POST": 1.25, "GET": 0.85, "DELETE": 0.75},
	intentDelete: {"DELETE": 1.4, "POST": 1.0, "PUT": 1.0, "GET": 0.8},
	intentAction: {"POST": 1.3, "PUT": 1.15, "DELETE": 1.15, "GET": 0.7},
}

// With no intent word at all, a request most often means "show me".
const noIntentGET = 1.1

// method is an HTTP method as an array index.
type method uint8

const (
	methodGET method = iota
	methodPOST
	methodPUT
	methodDELETE
	methodOther
	numMethods
)

var methodNames = [numMethods]string{"GET", "POST", "PUT", "DELETE", ""}

func methodOf(name string) method {
	for m, n := range methodNames[:methodOther] {
		if n == name {
			return method(m)
		}
	}
	return methodOther
}

// methodFactors gives, for each method, the strongest preference any of
// the query's intents has for it; computed once per search.
func (p *plan) methodFactors() [numMethods]float64 {
	var out [numMethods]float64
	for m := range numMethods {
		out[m] = methodFactor(p.intents, methodNames[m])
	}
	return out
}

// methodFactor is the strongest preference any intent in `in` has for the
// method.
func methodFactor(in intent, method string) float64 {
	if in&^intentList == 0 { // no verb: a plural alone says which, not how
		if method == "GET" {
			return noIntentGET
		}
		return 1
	}
	f := 0.0
	for bit, prefs := range methodPreference {
		if in&bit != 0 {
			p, ok := prefs[method]
			if !ok {
				p = 1
			}
			f = max(f, p)
		}
	}
	return f
}
