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
// the query's intents has for it (see params.MethodPreference); computed
// once per search.
func (p *plan) methodFactors(prm *params) [numMethods]float64 {
	var out [numMethods]float64
	for m := range numMethods {
		out[m] = methodFactor(prm, p.intents, method(m))
	}
	return out
}

// methodFactor is the strongest preference any intent in `in` has for
// method m.
func methodFactor(prm *params, in intent, m method) float64 {
	if in&^intentList == 0 { // no verb: a plural alone says which, not how
		if m == methodGET {
			return prm.NoIntentGET
		}
		return 1
	}
	f := 0.0
	for bit := range numMethodIntents {
		if in&(1<<bit) != 0 {
			f = max(f, prm.MethodPreference[bit][m])
		}
	}
	return f
}
