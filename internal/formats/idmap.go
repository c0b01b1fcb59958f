package formats

// ID maps of proxmox/pve-common src/PVE/JSONSchema.pm (parse_idmap): the
// entries of storage-pair-list and bridge-pair-list. An entry is "1" (map
// every ID to itself), SOURCE:TARGET, or a default TARGET; storage-pair and
// bridge-pair check one list element this way.

var idMapEntry = perlFull(`([^:]+):([^:]+)`)

// idPairCheck is $verify_idpair over parse_idmap with the given ID check.
func idPairCheck(id checkFunc) checkFunc {
	return func(v string) string {
		if msg := parseIDMap(v, id); msg != "" {
			// $verify_idpair dies with "$@\n"
			return msg + "\n"
		}
		return ""
	}
}

func parseIDMap(v string, id checkFunc) string {
	if !perlTrue(v) {
		return "" // no map at all
	}
	identity, hasDefault, defaultTarget := false, false, ""
	sources := map[string]bool{}
	for _, entry := range SplitList(v) {
		switch m := idMapEntry.FindStringSubmatch(entry); {
		case entry == "1":
			identity = true
		case m != nil:
			if msg := firstFailure(id, m[1], m[2]); msg != "" {
				return "entry '" + entry + "' contains invalid ID - " + msg + "\n"
			}
			if sources[m[1]] {
				return "duplicate mapping for source '" + m[1] + "'\n"
			}
			sources[m[1]] = true
		default:
			if msg := id(entry); msg != "" {
				return "entry '" + entry + "' contains invalid ID - " + msg + "\n"
			}
			if hasDefault {
				return "default target ID can only be provided once\n"
			}
			hasDefault, defaultTarget = true, entry
		}
	}
	// the default counts by its truth here: "0,1" is accepted
	if identity && (perlTrue(defaultTarget) || len(sources) > 0) {
		return "identity mapping cannot be combined with other mappings\n"
	}
	return ""
}

func firstFailure(check checkFunc, values ...string) string {
	for _, v := range values {
		if msg := check(v); msg != "" {
			return msg
		}
	}
	return ""
}
