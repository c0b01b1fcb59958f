package formats

import (
	"math/big"
	"strconv"
	"strings"
)

// An emulation of Net::IP->new (the CPAN module PVE::Firewall uses for
// address lists), for the accept/refuse decision and its error texts: one
// address, a prefix ADDR/LEN, a range ADDR-ADDR or ADDR + COUNT. IPv4 may
// be written short ("10.1" is 10.1.0.0). Net::IP keeps its last error in a
// global; where it fails without setting one, the text here is empty.

type netIPError struct{ msg string }

// netIPNew returns the begin address (expanded) and IP version of data, or
// Net::IP's error.
func netIPNew(data string) (begin string, version int, err *netIPError) {
	begin, end, version, err := netIPNormalize(data)
	if err != nil {
		return "", 0, err
	}
	if end == "" {
		end = begin
	}
	endVersion, err := netIPVersion(end)
	if err != nil {
		return "", 0, err
	}
	if endVersion != version {
		return "", 0, &netIPError{"Begin and End addresses have different IP versions - " + begin + " - " + end}
	}
	b, err := netIPToBin(begin, version)
	if err != nil {
		return "", 0, err
	}
	e, err := netIPToBin(end, endVersion)
	if err != nil {
		return "", 0, err
	}
	if b.Cmp(e) > 0 {
		return "", 0, &netIPError{"Begin address is greater than End address " + begin + " - " + end}
	}
	return begin, version, nil
}

var (
	netIPPrefixForm = goPattern(`^(\S+?)(/\S+)\n?$`)
	netIPRangeForm  = goPattern(`^(.+?)\s*-\s*(.+)\n?$`)
	netIPPlusForm   = goPattern(`^(.+?)\s+\+\s+(.+)\n?$`)
	netIPPrefixLen  = goPattern(`^/([0-9]+)(,|\n?$)`)
)

// netIPNormalize is ip_normalize: the begin and end of what data denotes.
func netIPNormalize(data string) (begin, end string, version int, err *netIPError) {
	if m := netIPPrefixForm.FindStringSubmatch(data); m != nil {
		return netIPPrefix(m[1], m[2])
	}
	if m := netIPRangeForm.FindStringSubmatch(data); m != nil {
		if version, err = netIPVersion(m[1]); err != nil {
			return
		}
		if begin, err = netIPExpand(m[1], version); err != nil {
			return
		}
		end, err = netIPExpand(m[2], version)
		return begin, end, version, err
	}
	if m := netIPPlusForm.FindStringSubmatch(data); m != nil {
		return netIPPlus(m[1], m[2])
	}
	if version, err = netIPVersion(data); err != nil {
		return
	}
	begin, err = netIPExpand(data, version)
	return begin, "", version, err
}

// netIPPrefix handles ADDR/LEN (and Net::IP's ADDR/LEN,/LEN chains): the
// bits after LEN must be zero.
func netIPPrefix(ip, lens string) (begin, end string, version int, err *netIPError) {
	if version, err = netIPVersion(ip); err != nil {
		return
	}
	if begin, err = netIPExpand(ip, version); err != nil {
		return
	}
	bin, err := netIPToBin(begin, version)
	if err != nil {
		return
	}
	size := netIPBits(version)
	for lens != "" {
		m := netIPPrefixLen.FindStringSubmatch(lens)
		if m == nil {
			break
		}
		lens = lens[len(m[0]):]
		n, _ := strconv.Atoi(m[1])
		if n > size {
			return "", "", 0, &netIPError{"Prefix length " + m[1] + " is longer than IP address (" + strconv.Itoa(size) + ")"}
		}
		host := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size-n)), big.NewInt(1))
		if new(big.Int).And(bin, host).Sign() != 0 {
			return "", "", 0, &netIPError{"Invalid prefix " + netIPBinString(bin, size) + "/" + m[1]}
		}
		bin.Or(bin, host)
		if m[2] == "," {
			bin.Add(bin, big.NewInt(1))
			bin.And(bin, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size)), big.NewInt(1)))
		}
	}
	return begin, netIPFromBin(bin, version), version, nil
}

// netIPPlus handles ADDR + COUNT.
func netIPPlus(ip, count string) (begin, end string, version int, err *netIPError) {
	if version, err = netIPVersion(ip); err != nil {
		return
	}
	if begin, err = netIPExpand(ip, version); err != nil {
		return
	}
	bin, err := netIPToBin(begin, version)
	if err != nil {
		return
	}
	size := netIPBits(version)
	n, ok := new(big.Int).SetString(strings.TrimPrefix(count, "+"), 0)
	if !ok {
		// Math::BigInt makes NaN of it, whose bits "NaN" add up to 0
		n = new(big.Int)
	}
	if n.BitLen() > size {
		return "", "", 0, &netIPError{"IP addresses of different length\n"}
	}
	sum := new(big.Int).Add(bin, n)
	sum.And(sum, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size)), big.NewInt(1)))
	return begin, netIPFromBin(sum, version), version, nil
}

func netIPBits(version int) int {
	if version == 4 {
		return 32
	}
	return 128
}

// netIPVersion is ip_get_version.
func netIPVersion(ip string) (int, *netIPError) {
	var err4 *netIPError
	if !strings.Contains(ip, ":") {
		if err4 = netIPIsV4(ip); err4 == nil {
			return 4, nil
		}
	}
	if err := netIPIsV6(ip); err != nil {
		if err.msg == "" && err4 != nil {
			return 0, err4 // ip_is_ipv6 returned without an error of its own
		}
		return 0, err
	}
	return 6, nil
}

var (
	// Net::IP writes \d, which matches any Unicode digit (numified to 0).
	netIPv4Chars = goPattern(`^[\p{Nd}.]+\n?$`)
	netIPv4Num   = goPattern(`^(\p{Nd}+)\n?$`)
	netIPEndDot  = goPattern(`\.\n?$`)
	netIPv6Group = goPattern(`(?i)^[a-f\p{Nd}]{1,4}\n?$`)
	netIPv6Start = goPattern(`^:[^:]`)
	netIPv6End   = goPattern(`[^:]:\n?$`)
	netIPQuad    = goPattern(`^\p{Nd}{1,3}\n?$`)
)

// netIPIsV4 is ip_is_ipv4.
func netIPIsV4(ip string) *netIPError {
	switch {
	case !netIPv4Chars.MatchString(ip):
		return &netIPError{"Invalid chars in IP " + ip}
	case strings.HasPrefix(ip, "."):
		return &netIPError{"Invalid IP " + ip + " - starts with a dot"}
	case netIPEndDot.MatchString(ip):
		return &netIPError{"Invalid IP " + ip + " - ends with a dot"}
	}
	if m := netIPv4Num.FindStringSubmatch(ip); m != nil && mustNumber(m[1]) < 256 {
		return nil
	}
	if strings.Count(ip, ".") >= 4 {
		return &netIPError{"Invalid IP address " + ip}
	}
	if strings.Contains(ip, "..") {
		return &netIPError{"Empty quad in IP address " + ip}
	}
	for _, q := range perlSplit(ip, ".") {
		if mustNumber(q) >= 256 {
			return &netIPError{"Invalid quad in IP address " + ip + " - " + q}
		}
	}
	return nil
}

// netIPIsV6 is ip_is_ipv6; an error with an empty text is a refusal for
// which Net::IP sets no error.
func netIPIsV6(ip string) *netIPError {
	n := strings.Count(ip, ":")
	if n <= 0 || n >= 8 {
		return &netIPError{}
	}
	for k, group := range perlSplit(ip, ":") {
		switch {
		case group == "" || netIPv6Group.MatchString(group):
		case k+1 == n+1 && netIPIsV4(group) == nil:
			n++ // an embedded IPv4 address counts as two groups
		default:
			return &netIPError{"Invalid IP address " + ip}
		}
	}
	switch {
	case netIPv6Start.MatchString(ip):
		return &netIPError{"Invalid address " + ip + " (starts with :)"}
	case netIPv6End.MatchString(ip):
		return &netIPError{"Invalid address " + ip + " (ends with :)"}
	case doubleColons(ip) > 1:
		return &netIPError{"Invalid address " + ip + " (More than one :: pattern)"}
	case n != 7 && !strings.Contains(ip, "::"):
		return &netIPError{"Invalid number of octets " + ip}
	}
	return nil
}

// doubleColons counts the ':' followed by another ':' (s/:(?=:)/:/g).
func doubleColons(ip string) int {
	c := 0
	for i := 0; i+1 < len(ip); i++ {
		if ip[i] == ':' && ip[i+1] == ':' {
			c++
		}
	}
	return c
}

// netIPExpand is ip_expand_address: four decimal quads, or eight groups of
// four hex digits.
func netIPExpand(ip string, version int) (string, *netIPError) {
	if version == 4 {
		return netIPExpandV4(ip)
	}
	marked := strings.ReplaceAll(ip, "::", ":!:")
	if strings.Count(ip, "::") > 1 {
		return "", &netIPError{"Too many :: in ip"}
	}
	groups := perlSplit(marked, ":")
	num := len(groups)
	for i, g := range groups {
		if strings.Contains(g, ".") {
			v4, err := netIPExpandV4(g)
			if err != nil {
				return "", err
			}
			var a [4]int
			for j, q := range strings.Split(v4, ".") {
				a[j], _ = strconv.Atoi(q)
			}
			groups[i] = strconv.FormatInt(int64(a[0]<<8|a[1]), 16)
			groups[i] = leftPad(groups[i]) + ":" + leftPad(strconv.FormatInt(int64(a[2]<<8|a[3]), 16))
			num++
			continue
		}
		groups[i] = leftPad(g)
	}
	for i, g := range groups {
		if g == "000!" {
			zeros := make([]string, max(9-num, 0))
			for j := range zeros {
				zeros[j] = "0000"
			}
			groups[i] = strings.Join(zeros, ":")
			break
		}
	}
	return strings.ToLower(strings.Join(groups, ":")), nil
}

func leftPad(g string) string {
	if len(g) >= 4 {
		return g
	}
	return strings.Repeat("0", 4-len(g)) + g
}

func netIPExpandV4(ip string) (string, *netIPError) {
	quads := perlSplit(ip, ".")
	if len(quads) > 4 {
		return "", &netIPError{"Not a valid IPv address " + ip}
	}
	clean := []string{"0", "0", "0", "0"}
	for i, q := range quads {
		if !netIPQuad.MatchString(q) {
			return "", &netIPError{"Not a valid IPv4 address " + ip}
		}
		clean[i] = strconv.Itoa(int(mustNumber(q)))
	}
	return strings.Join(clean, "."), nil
}

// netIPToBin is ip_iptobin as a number.
func netIPToBin(ip string, version int) (*big.Int, *netIPError) {
	if version == 4 {
		n := new(big.Int)
		for _, q := range strings.Split(ip, ".") {
			v, _ := strconv.Atoi(q)
			n.Lsh(n, 8).Or(n, big.NewInt(int64(v&255)))
		}
		return n, nil
	}
	hex := strings.ReplaceAll(ip, ":", "")
	n, ok := new(big.Int).SetString(hex, 16)
	if len(hex) != 32 || !ok {
		return nil, &netIPError{"Bad IP address " + hex}
	}
	return n, nil
}

func netIPFromBin(n *big.Int, version int) string {
	if version == 4 {
		b := n.FillBytes(make([]byte, 4))
		return strconv.Itoa(int(b[0])) + "." + strconv.Itoa(int(b[1])) + "." + strconv.Itoa(int(b[2])) + "." + strconv.Itoa(int(b[3]))
	}
	b := n.FillBytes(make([]byte, 16))
	groups := make([]string, 8)
	for i := range groups {
		groups[i] = leftPad(strconv.FormatInt(int64(b[2*i])<<8|int64(b[2*i+1]), 16))
	}
	return strings.Join(groups, ":")
}

func netIPBinString(n *big.Int, size int) string {
	s := n.Text(2)
	return strings.Repeat("0", size-len(s)) + s
}
