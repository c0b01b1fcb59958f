package formats

// guestCommonFormats are registered by proxmox/pve-guest-common.
var guestCommonFormats = []*Format{
	{
		Name: "backup-fleecing", Source: "proxmox/pve-guest-common src/PVE/VZDump/Common.pm (backup-fleecing, verify_backup_fleecing)",
		checkParsed: func(keys map[string]string) string {
			if !perlTrue(keys["storage"]) && perlTrue(keys["enabled"]) {
				return "'storage' parameter is required when 'enabled' is set\n"
			}
			return ""
		},
		Accept: []string{"enabled=1,storage=local-lvm", "0"},
		Refuse: []string{"enabled=1", "storage=1bad"},
	},
	{
		Name: "backup-performance", Source: "proxmox/pve-guest-common src/PVE/VZDump/Common.pm (backup-performance)",
		Accept: []string{"max-workers=8", "pbs-entries-max=100000"},
		Refuse: []string{"max-workers=0", "workers=8"},
	},
	{
		Name: "pve-storage-path-in-property-string", Source: "proxmox/pve-guest-common src/PVE/Mapping/Dir.pm pve_verify_path",
		// m|^/[^;,=\(\)]+| is anchored at the start only.
		check: matchCheck(goPattern(`^/[^;,=()]`),
			"Value does not look like a valid absolute path. These symbols are currently not allowed in path: ;,=()\n"),
		Accept: []string{"/mnt/share", "/srv/a b"},
		Refuse: []string{"relative", "/=x", "/,x", ""},
	},
	{
		Name: "pve-replication-job-id", Source: "proxmox/pve-guest-common src/PVE/ReplicationConfig.pm parse_replication_job_id",
		check:  replicationJobIDCheck,
		Accept: []string{"100-0", "4711-12"},
		Refuse: []string{"99-0", "100", "100-a", "vm100-0"},
	},
}

var replicationJobID = perlFull(`(\d+)-(\d+)`)

func replicationJobIDCheck(v string) string {
	msg := "invalid replication job id '" + v + "'"
	m := replicationJobID.FindStringSubmatch(v)
	if m == nil {
		return msg + "\n"
	}
	if mustNumber(m[1]) < 100 {
		return msg + " (guest IDs < 100 are reserved)\n"
	}
	return ""
}
