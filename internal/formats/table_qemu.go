package formats

import (
	"fmt"
	"strings"
)

const (
	srcQemuServer = "proxmox/qemu-server src/PVE/QemuServer.pm"
	srcCPUConfig  = "proxmox/qemu-server src/PVE/QemuServer/CPUConfig.pm"
	srcDrive      = "proxmox/qemu-server src/PVE/QemuServer/Drive.pm"
)

var qemuFormats = []*Format{
	{
		Name: "pve-qm-watchdog", Source: srcQemuServer + " $watchdog_fmt",
		Accept: []string{"i6300esb,action=reset", "model=ib700"},
		Refuse: []string{"model=foo"},
	},
	{
		Name: "pve-qm-cicustom", Source: srcQemuServer + " $cicustom_fmt",
		Accept: []string{"user=local:snippets/user.yaml"},
		Refuse: []string{"user=user.yaml"},
	},
	{
		Name: "pve-qm-boot", Source: srcQemuServer + " $boot_fmt",
		Accept: []string{"order=scsi0;net0", "cdn"},
		Refuse: []string{"order=efidisk0", "legacy=x"},
	},
	{
		Name: "pve-qm-smbios1", Source: srcQemuServer + " $smbios1_fmt",
		Accept: []string{"uuid=3d2ef1a0-6a4e-4d9b-9d5e-3a1c1b2d4e5f,manufacturer=Proxmox"},
		Refuse: []string{"color=red"},
	},
	{
		Name: "pve-qm-ipconfig", Source: "proxmox/qemu-server src/PVE/QemuServer/Network.pm $ipconfig_fmt",
		Accept: []string{"ip=dhcp", "ip=10.0.0.5/24,gw=10.0.0.1", "ip6=auto"},
		Refuse: []string{"ip=10.0.0.5"},
	},
	{
		Name: "pve-qm-hostpci", Source: "proxmox/qemu-server src/PVE/QemuServer/PCI.pm $hostpci_fmt",
		Accept: []string{"0000:01:00.0,pcie=1", "mapping=gpu1"},
		Refuse: []string{"driver=nvidia"},
	},
	{
		Name: "pve-qm-rng", Source: "proxmox/qemu-server src/PVE/QemuServer/RNG.pm $rng_fmt",
		Accept: []string{"/dev/urandom", "source=/dev/hwrng,max_bytes=1024,period=1000"},
		Refuse: []string{"/dev/zero"},
	},
	{
		Name: "pve-qm-ide", Source: srcDrive + " $ide_fmt",
		Accept: []string{"local-lvm:vm-100-disk-0,size=32G", "none,media=cdrom"},
		Refuse: []string{"local-lvm:vm-100-disk-0,cache=fast", "size=32G"},
	},
	{
		Name: "pve-qemu-sev-fmt", Source: srcCPUConfig + " $sev_fmt",
		Accept: []string{"type=snp", "std,no-debug=1"},
		Refuse: []string{"type=tdx"},
	},
	{
		Name: "pve-qemu-tdx-fmt", Source: srcCPUConfig + " $tdx_fmt (PVE 9.1)",
		Accept: []string{"type=tdx,attestation=1"},
		Refuse: []string{"tdx", "type=sev"},
	},
	{
		Name: "pve-vm-cpu-conf", Source: srcCPUConfig + " $cpu_fmt, validate_vm_cpu_conf",
		checkParsed: vmCPUConfCheck,
		Approximation: "CheckParsed accepts any custom-NAME cputype: PVE also requires NAME in the cluster's " +
			"virtual-guest/cpu-models.conf. Built-in models and VM-specific flags are those of PVE 9.1 and 8.4 " +
			"together (8.4 lacks nested-virt and the newest models).",
		Accept: []string{"host", "x86-64-v2-AES,flags=+aes"},
		Refuse: []string{"cputype=Pentium5", "host,reported-model=qemu64", "flags=+aes"},
	},
	{
		Name: "pve-cpuset", Source: srcQemuServer + " pve_verify_cpuset, proxmox/pve-common src/PVE/CpuSet.pm parse_cpuset",
		check:  cpusetCheck,
		Accept: []string{"0-3", "0,2,4-7", "5", " 1 , 2 ", ""},
		Refuse: []string{"3-1", "a", "0,,1", "-1"},
	},
	{
		Name: "pve-volume-id-or-qm-path", Source: srcQemuServer + " verify_volume_id_or_qm_path",
		check: func(v string) string {
			if v == "none" || v == "cdrom" {
				return ""
			}
			return volumeIDOrAbsolutePathCheck(v)
		},
		Accept: []string{"none", "cdrom", "local:iso/debian.iso", "/dev/sdb", "local-lvm:0"},
		Refuse: []string{"debian.iso", "None", ""},
	},
	{
		Name: "pve-volume-id-or-absolute-path", Source: srcQemuServer + " verify_volume_id_or_absolute_path",
		check:  volumeIDOrAbsolutePathCheck,
		Accept: []string{"/var/lib/vz/template/iso/a.iso", "local:vztmpl/debian.tar.zst"},
		Refuse: []string{"relative.iso", "none", ""},
	},
	{
		Name: "pve-qm-bootdev", Source: srcQemuServer + " verify_bootdev",
		check: func(v string) string {
			if bootDevices[v] {
				return ""
			}
			return "invalid boot device '" + v + "'\n"
		},
		Accept: []string{"scsi0", "ide2", "net0", "hostpci15", "usb13", "virtio15"},
		Refuse: []string{"efidisk0", "tpmstate0", "unused0", "net32", "scsi31", "net00"},
	},
	{
		Name: "pve-hotplug-features", Source: srcQemuServer + " pve_verify_hotplug_features, parse_hotplug_features",
		check:  hotplugCheck,
		Accept: []string{"0", "1", "network,disk,usb", "cpu;memory", "cloudinit", ""},
		Refuse: []string{"2", "network,gpu", "Disk"},
	},
	{
		Name: "pve-qm-bootdisk", Source: srcDrive + " verify_bootdisk",
		check: func(v string) string {
			if driveNames[v] {
				return ""
			}
			return "invalid boot disk '" + v + "'\n"
		},
		Accept: []string{"scsi0", "virtio15", "sata5", "efidisk0", "tpmstate0"},
		Refuse: []string{"net0", "unused0", "ide4", "scsi"},
	},
	{
		Name: "pve-phys-bits", Source: srcCPUConfig + " parse_phys_bits",
		check:  physBitsCheck,
		Accept: []string{"host", "8", "46", "64"},
		Refuse: []string{"7", "65", "100", "Host"},
	},
}

// driveNames are the keys of Drive.pm's $drivedesc_hash without unusedN:
// ide0-3, sata0-5, scsi0-30, virtio0-15, efidisk0, tpmstate0 (the same in
// PVE 9.1 and 8.4).
var driveNames = func() map[string]bool {
	m := setOf("efidisk0", "tpmstate0")
	addIndexed(m, "ide", 4)
	addIndexed(m, "sata", 6)
	addIndexed(m, "scsi", 31)
	addIndexed(m, "virtio", 16)
	return m
}()

// bootDevices are verify_bootdev's: drives other than efidisk/tpmstate, and
// the configured netN (32), usbN (14) and hostpciN (16) keys.
var bootDevices = func() map[string]bool {
	m := map[string]bool{}
	for d := range driveNames {
		if !strings.HasPrefix(d, "efidisk") && !strings.HasPrefix(d, "tpmstate") {
			m[d] = true
		}
	}
	addIndexed(m, "net", 32)
	addIndexed(m, "usb", 14)
	addIndexed(m, "hostpci", 16)
	return m
}()

func addIndexed(m map[string]bool, base string, count int) {
	for i := range count {
		m[fmt.Sprintf("%s%d", base, i)] = true
	}
}

var absolutePath = goPattern(`^/`)

func volumeIDOrAbsolutePathCheck(v string) string {
	if absolutePath.MatchString(v) {
		return ""
	}
	return volumeIDCheck(v)
}

var cpusetPart = perlFull(`\s*(\d+)(?:-(\d+))?\s*`)

// cpusetCheck is parse_cpuset: comma-separated N or N-M with N <= M.
func cpusetCheck(v string) string {
	for _, part := range perlSplit(v, ",") {
		m := cpusetPart.FindStringSubmatch(part)
		if m == nil || (m[2] != "" && mustNumber(m[2]) < mustNumber(m[1])) {
			return "unable to parse cpuset option\n"
		}
	}
	return ""
}

var hotplugFeature = perlFull(`(network|disk|cpu|memory|usb|cloudinit)`)

// hotplugCheck is parse_hotplug_features: "0", or a list of features ("1"
// is the default list).
func hotplugCheck(v string) string {
	if v == "0" || v == "1" {
		return ""
	}
	for _, feature := range SplitList(v) {
		if !hotplugFeature.MatchString(feature) {
			// parse_hotplug_features dies before pve_verify_hotplug_features
			// can word its own message
			return "invalid hotplug feature '" + feature + "'\n"
		}
	}
	return ""
}

var physBits = perlFull(`(host|\d{1,2})`)

func physBitsCheck(v string) string {
	const msg = "value must be an integer between 8 and 64 or 'host'\n"
	m := physBits.FindStringSubmatch(v)
	if m == nil {
		return msg
	}
	if m[1] != "host" {
		if n := mustNumber(m[1]); n < 8 || n > 64 {
			return msg
		}
	}
	return ""
}

// Built-in CPU models ($cpu_vendor_list and $builtin_models) and the flags
// a VM-specific CPU may set (@supported_cpu_flags_names).
var (
	cpuModels = setOf(
		"486", "pentium", "pentium2", "pentium3", "coreduo", "core2duo", "Conroe", "Penryn",
		"Nehalem", "Nehalem-IBRS", "Westmere", "Westmere-IBRS", "SandyBridge", "SandyBridge-IBRS",
		"IvyBridge", "IvyBridge-IBRS", "Haswell", "Haswell-IBRS", "Haswell-noTSX", "Haswell-noTSX-IBRS",
		"Broadwell", "Broadwell-IBRS", "Broadwell-noTSX", "Broadwell-noTSX-IBRS",
		"Skylake-Client", "Skylake-Client-IBRS", "Skylake-Client-noTSX-IBRS", "Skylake-Client-v4",
		"Skylake-Server", "Skylake-Server-IBRS", "Skylake-Server-noTSX-IBRS", "Skylake-Server-v4", "Skylake-Server-v5",
		"Cascadelake-Server", "Cascadelake-Server-v2", "Cascadelake-Server-noTSX", "Cascadelake-Server-v4",
		"Cascadelake-Server-v5", "Cooperlake", "Cooperlake-v2", "KnightsMill",
		"Icelake-Client", "Icelake-Client-noTSX", "Icelake-Server", "Icelake-Server-noTSX",
		"Icelake-Server-v3", "Icelake-Server-v4", "Icelake-Server-v5", "Icelake-Server-v6", "Icelake-Server-v7",
		"SapphireRapids", "SapphireRapids-v2", "SapphireRapids-v3", "SapphireRapids-v4",
		"GraniteRapids", "GraniteRapids-v2", "GraniteRapids-v3",
		"SierraForest", "SierraForest-v2", "SierraForest-v3", "ClearwaterForest",
		"athlon", "phenom", "EPYC", "EPYC-IBPB", "EPYC-v3", "EPYC-v4", "EPYC-v5",
		"EPYC-Rome", "EPYC-Rome-v2", "EPYC-Rome-v3", "EPYC-Rome-v4", "EPYC-Rome-v5",
		"EPYC-Milan", "EPYC-Milan-v2", "EPYC-Milan-v3", "EPYC-Genoa", "EPYC-Genoa-v2", "EPYC-Turin",
		"host", "kvm32", "kvm64", "qemu32", "qemu64", "max",
		// $builtin_models
		"x86-64-v2", "x86-64-v2-AES", "x86-64-v3", "x86-64-v4",
	)
	vmCPUFlagNames = []string{
		"nested-virt", "md-clear", "pcid", "spec-ctrl", "ssbd", "ibpb", "virt-ssbd",
		"amd-ssbd", "amd-no-ssb", "pdpe1gb", "hv-tlbflush", "hv-evmcs", "aes",
	}
	vmCPUFlag  = `([+-])(` + strings.Join(vmCPUFlagNames, "|") + `)`
	vmCPUFlags = perlFull(vmCPUFlag + `(;` + vmCPUFlag + `)*`)
)

// vmCPUConfCheck is validate_vm_cpu_conf (with validate_cpu_conf).
func vmCPUConfCheck(keys map[string]string) string {
	cputype := keys["cputype"]
	switch {
	case !perlTrue(cputype):
		return "CPU is missing cputype\n"
	case strings.HasPrefix(cputype, "custom-"):
	case !cpuModels[cputype]:
		return "Built-in cputype '" + cputype + "' is not defined (missing 'custom-' prefix?)\n"
	}
	if f := keys["flags"]; perlTrue(f) && !vmCPUFlags.MatchString(f) {
		return "VM-specific CPU flags must be a subset of: " + strings.Join(vmCPUFlagNames, ", ") + "\n"
	}
	if _, ok := keys["reported-model"]; ok {
		return "Property 'reported-model' not allowed in VM-specific CPU config.\n"
	}
	return ""
}
