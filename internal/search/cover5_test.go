package search

import "testing"

// cover5Cases are the fifth coverage set: requests written for the
// operations that the examples covered fewest times (none, one or two
// requests each), here the Proxmox Backup Server's ACME, certificate,
// metric server, S3, remote, sync, prune and verify job, traffic control,
// network, disk, service, subscription, apt, node and directory-index
// operations. Each operation gets three requests (two when it already had
// one or two), in three styles: the everyday words of someone who does
// not know the API's terms, an operator's terse phrasing with a command
// line, a GUI path or concrete values, and a question, symptom or goal
// with context.
// Written to extend the example vocabulary, it is not indexed: indexed, the
// coverage sets cost the sets of everyday requests up to a point of top-3
// and gained these operations' own unseen requests little (see
// exampleSets), so the set measures how search finds rarely asked
// operations.
// A want list starts with the operation the request was written for and
// adds the clear alternatives (the other product's twin only when the
// request names no product).
var cover5Cases = []qualityCase{
	// ACME accounts, challenge plugins and CA directories.
	{"we stopped using let's encrypt on the backup box, get rid of that account", []string{"pbs_delete_config_acme_account_name"}},
	{"proxmox-backup-manager acme account deactivate default", []string{"pbs_delete_config_acme_account_name"}},
	{"how do I retire the old acme account that was registered with my previous email on pbs01?", []string{"pbs_delete_config_acme_account_name"}},
	{"remove the cloudflare dns thing from the certificate settings on the backup server", []string{"pbs_delete_config_acme_plugins_id"}},
	{"proxmox-backup-manager acme plugin remove cf-dns", []string{"pbs_delete_config_acme_plugins_id"}},
	{"we moved our domains away from ovh, can I delete the ovh challenge plugin pbs still has?", []string{"pbs_delete_config_acme_plugins_id"}},
	{"browse the acme part of the backup server config api", []string{"pbs_get_config_acme"}},
	{"GET /config/acme on pbs", []string{"pbs_get_config_acme"}},
	{"which acme sub-paths (account, plugins, directories, tos) does proxmox backup server expose?", []string{"pbs_get_config_acme"}},
	{"proxmox-backup-manager acme account list", []string{"pbs_get_config_acme_account"}},
	{"is there any let's encrypt account set up on the backup server yet?", []string{"pbs_get_config_acme_account"}},
	{"which email address is the backup server's lets encrypt account using", []string{"pbs_get_config_acme_account_name"}},
	{"proxmox-backup-manager acme account info default", []string{"pbs_get_config_acme_account_name"}},
	{"cert renewal mails go to someone who left the company, what contact is on acme account prod on pbs?", []string{"pbs_get_config_acme_account_name"}},
	{"which dns providers can pbs use to prove we own the domain for a certificate", []string{"pbs_get_config_acme_challenge_schema"}},
	{"acme dns api plugin types supported by proxmox-backup", []string{"pbs_get_config_acme_challenge_schema"}},
	{"does the backup server support hetzner dns for the dns-01 challenge?", []string{"pbs_get_config_acme_challenge_schema"}},
	{"can I pick let's encrypt staging instead of production on the backup server", []string{"pbs_get_config_acme_directories"}},
	{"known acme directory urls on pbs02", []string{"pbs_get_config_acme_directories"}},
	{"which certificate authorities can I choose from when registering an acme account on pbs?", []string{"pbs_get_config_acme_directories"}},
	{"show the dns challenge plugins configured on pbs02", []string{"pbs_get_config_acme_plugins"}},
	{"proxmox-backup-manager acme plugin list", []string{"pbs_get_config_acme_plugins"}},
	{"what's in the cloudflare plugin on the backup server, which api token does it use", []string{"pbs_get_config_acme_plugins_id"}},
	{"proxmox-backup-manager acme plugin config cf", []string{"pbs_get_config_acme_plugins_id"}},
	{"cert order fails at dns validation, what validation delay is set on the desec plugin of pbs?", []string{"pbs_get_config_acme_plugins_id"}},
	{"where can I read let's encrypt's terms before I register the backup server", []string{"pbs_get_config_acme_tos"}},
	{"terms of service url for acme directory https://acme-v02.api.letsencrypt.org/directory", []string{"pbs_get_config_acme_tos", "pve_get_cluster_acme_tos"}},
	{"sign the backup server up with let's encrypt using admin@example.com", []string{"pbs_post_config_acme_account"}},
	{"proxmox-backup-manager acme account register default ops@corp.example --directory https://acme-v02.api.letsencrypt.org/directory", []string{"pbs_post_config_acme_account"}},
	{"pbs sits behind NAT so http validation can't work, set up dns validation with our powerdns", []string{"pbs_post_config_acme_plugins"}},
	{"proxmox-backup-manager acme plugin add dns cf --api cf --data /root/cf-token.env", []string{"pbs_post_config_acme_plugins"}},
	{"change the email on the backup server's let's encrypt account to noc@example.org", []string{"pbs_put_config_acme_account_name"}},
	{"proxmox-backup-manager acme account update default --contact noc@example.org", []string{"pbs_put_config_acme_account_name"}},
	{"expiry warnings from the CA land in my personal inbox, can I point the pbs acme account at the team list?", []string{"pbs_put_config_acme_account_name"}},
	{"our cloudflare token got rotated, put the new one into the dns plugin on pbs", []string{"pbs_put_config_acme_plugins_id"}},
	{"proxmox-backup-manager acme plugin set cf --validation-delay 120", []string{"pbs_put_config_acme_plugins_id"}},
	{"dns-01 keeps failing because the TXT record isn't visible yet, how do I make pbs wait longer before it validates?", []string{"pbs_put_config_acme_plugins_id"}},

	// Certificates of the backup server node.
	{"throw away the certificate we uploaded to the backup server and go back to a self-signed one", []string{"pbs_delete_nodes_certificates_custom"}},
	{"our wildcard certifcate expired on pbs01, remove the custom cert so it makes a fresh self signed", []string{"pbs_delete_nodes_certificates_custom"}},
	{"what certificate things can I do on the backup server node through the api", []string{"pbs_get_nodes_certificates"}},
	{"GET /nodes/localhost/certificates", []string{"pbs_get_nodes_certificates"}},
	{"which certificate calls exist under the node on proxmox backup server, info, custom, acme?", []string{"pbs_get_nodes_certificates"}},
	{"the let's encrypt certificate part of the backup server node api", []string{"pbs_get_nodes_certificates_acme"}},
	{"/nodes/localhost/certificates/acme index on pbs", []string{"pbs_get_nodes_certificates_acme"}},
	{"what can I call under the node's acme certificates path on proxmox backup server?", []string{"pbs_get_nodes_certificates_acme"}},

	// Datastores: removal, files of a snapshot, notes, protection, GC jobs.
	{"we're done with the old-nas datastore, take it out of pbs but leave the files on disk", []string{"pbs_delete_config_datastore_name"}},
	{"proxmox-backup-manager datastore remove archive2023 --destroy-data true --keep-job-configs false", []string{"pbs_delete_config_datastore_name"}},
	{"fetch the encrypted index.json.blob of the last backup of vm 120 exactly as stored", []string{"pbs_get_admin_datastore_download"}},
	{"download the unprocessed file from snapshot host/fileserver/2025-03-02T01:00:00Z, I want the didx as it sits on disk", []string{"pbs_get_admin_datastore_download"}},
	{"show me the vm config that was saved with last night's backup of 104, the qemu-server.conf", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"read client.log.blob from snapshot ct/210/2025-06-01T02:00:00Z as plain text", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"what did I write on the backup from before the upgrade of vm 300", []string{"pbs_get_admin_datastore_notes"}},
	{"proxmox-backup-client snapshot notes show vm/300/2025-04-11T22:00:00Z", []string{"pbs_get_admin_datastore_notes"}},
	{"someone left a comment on one of the mail server's snapshots, where can I read it?", []string{"pbs_get_admin_datastore_notes"}},
	{"is the pre-migration backup of ct 115 locked against pruning", []string{"pbs_get_admin_datastore_protected"}},
	{"proxmox-backup-client snapshot protected show ct/115/2025-02-20T03:00:00Z", []string{"pbs_get_admin_datastore_protected"}},
	{"everything the api lets me do with datastore store1", []string{"pbs_get_admin_datastore_store"}},
	{"GET /admin/datastore/store1 subdirs", []string{"pbs_get_admin_datastore_store"}},
	{"which calls does the backup server offer for a single datastore, like gc, verify, snapshots?", []string{"pbs_get_admin_datastore_store"}},
	{"when is garbage colection scheduled for datastore tank and when did it last run", []string{"pbs_get_admin_gc_store", "pbs_get_admin_datastore_gc"}},
	{"proxmox-backup-manager garbage-collection list, just the job of store backup01", []string{"pbs_get_admin_gc_store"}},
	{"attach my backup script's output to the host backup I just made", []string{"pbs_post_admin_datastore_upload_backup_log"}},
	{"proxmox-backup-client upload-log host/db01/2025-05-10T02:00:00Z /var/log/pbs-job.log", []string{"pbs_post_admin_datastore_upload_backup_log"}},
	{"label the whole backup group of vm 450 as 'legacy ERP, keep until audit'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"put a comment on backup group ct/118 in datastore main", []string{"pbs_put_admin_datastore_group_notes"}},
	{"jot on yesterday's snapshot of vm 230 that it was taken before the kernel 6.8 upgrade", []string{"pbs_put_admin_datastore_notes"}},
	{"proxmox-backup-client snapshot notes update vm/230/2025-07-01T21:00:00Z 'pre-upgrade'", []string{"pbs_put_admin_datastore_notes"}},

	// Disks: directories for datastores, GPT, zpools.
	{"unmount and remove the directory I made on the usb disk for backups", []string{"pbs_delete_nodes_disks_directory_name"}},
	{"DELETE /nodes/localhost/disks/directory/usbstore, the mount unit has to go", []string{"pbs_delete_nodes_disks_directory_name"}},
	{"I removed the datastore but mnt-datastore-old.mount is still there on the backup server, how do I get rid of it?", []string{"pbs_delete_nodes_disks_directory_name"}},
	{"what disk management can I do on the backup server through the api", []string{"pbs_get_nodes_disks"}},
	{"GET /nodes/localhost/disks", []string{"pbs_get_nodes_disks"}},
	{"which disk subpaths does the pbs node have, zfs, smart, directory, wipe?", []string{"pbs_get_nodes_disks"}},
	{"proxmox-backup-manager disk fs list", []string{"pbs_get_nodes_disks_directory"}},
	{"which disks are mounted as datastore folders under /mnt/datastore on pbs?", []string{"pbs_get_nodes_disks_directory"}},
	{"zpool status backup on pbs, any degraded vdevs?", []string{"pbs_get_nodes_disks_zfs_name"}},
	{"one of the mirror disks in the backup server is clicking, how healthy is the pool", []string{"pbs_get_nodes_disks_zfs_name"}},
	{"format the new 8TB drive as xfs and make it a datastore", []string{"pbs_post_nodes_disks_directory"}},
	{"proxmox-backup-manager disk fs create store2 --disk sdc --filesystem ext4 --add-datastore true", []string{"pbs_post_nodes_disks_directory"}},
	{"the new disk isn't offered anywhere on the backup server, give it a partition table", []string{"pbs_post_nodes_disks_initgpt"}},
	{"proxmox-backup-manager disk initialize sdd", []string{"pbs_post_nodes_disks_initgpt"}},
	{"brand new ssd is completely blank, what do I do before I can build a zpool on it?", []string{"pbs_post_nodes_disks_initgpt", "pve_post_nodes_disks_initgpt"}},

	// Metric servers (InfluxDB over HTTP and UDP).
	{"stop sending backup server stats to the old influx, delete it", []string{"pbs_delete_config_metrics_influxdb_http_name"}},
	{"remove influxdb http metric server influx2 on pbs", []string{"pbs_delete_config_metrics_influxdb_http_name"}},
	{"we shut down our influxdb 2 cloud account, how do I drop that metrics target from proxmox backup server?", []string{"pbs_delete_config_metrics_influxdb_http_name"}},
	{"get rid of the old udp influx target that pbs still pushes to", []string{"pbs_delete_config_metrics_influxdb_udp_name"}},
	{"delete influxdb-udp metric server legacy-udp on the backup server", []string{"pbs_delete_config_metrics_influxdb_udp_name"}},
	{"pbs keeps spraying udp packets at 10.0.0.50:8089 where nothing listens anymore, how do I stop that?", []string{"pbs_delete_config_metrics_influxdb_udp_name", "pbs_put_config_metrics_influxdb_udp_name"}},
	{"what kinds of metric servers can pbs export to", []string{"pbs_get_config_metrics"}},
	{"GET /config/metrics on the backup server", []string{"pbs_get_config_metrics"}},
	{"what url and bucket is the influx http exporter on pbs using", []string{"pbs_get_config_metrics_influxdb_http_name"}},
	{"show metric server influx-prod (http) config on pbs01", []string{"pbs_get_config_metrics_influxdb_http_name"}},
	{"which host and mtu does the udp influx target on the backup server have", []string{"pbs_get_config_metrics_influxdb_udp_name"}},
	{"read influxdb udp server config udp1 of pbs", []string{"pbs_get_config_metrics_influxdb_udp_name"}},
	{"send pbs metrics to our influxdb 1.8 over udp port 8089", []string{"pbs_post_config_metrics_influxdb_udp"}},
	{"add influxdb udp metric server grafana-udp host 10.1.1.20:8089 mtu 1450 on the backup server", []string{"pbs_post_config_metrics_influxdb_udp"}},
	{"the influx token expired, put a new one into the backup server's metrics export", []string{"pbs_put_config_metrics_influxdb_http_name"}},
	{"update influxdb-http metric server influx2 on pbs: bucket pbs, organization infra, verify-tls off", []string{"pbs_put_config_metrics_influxdb_http_name"}},
	{"grafana shows no pbs data since influx moved to a new url, how do I change where the backup server sends it?", []string{"pbs_put_config_metrics_influxdb_http_name"}},
	{"point the udp stats of the backup server at the new influx box", []string{"pbs_put_config_metrics_influxdb_udp_name"}},
	{"set mtu 1400 on influxdb-udp target udp1 of pbs", []string{"pbs_put_config_metrics_influxdb_udp_name"}},
	{"can I pause the udp metrics export on pbs for a while without deleting it?", []string{"pbs_put_config_metrics_influxdb_udp_name"}},

	// Network: traffic control rules, interfaces, DNS, pending changes.
	{"drop the bandwidth cap for the office, backups run at night now anyway", []string{"pbs_delete_config_traffic_control_name"}},
	{"proxmox-backup-manager traffic-control remove office-limit", []string{"pbs_delete_config_traffic_control_name"}},
	{"syncs to the remote site crawl since last year's throttling rule, can I just remove it on pbs?", []string{"pbs_delete_config_traffic_control_name"}},
	{"discard the network changes I haven't applied yet on the backup server", []string{"pbs_delete_nodes_network"}},
	{"rm /etc/network/interfaces.new on pbs", []string{"pbs_delete_nodes_network"}},
	{"the pending interface changes look wrong and I don't want to apply them, how do I undo them?", []string{"pbs_delete_nodes_network", "pve_delete_nodes_network"}},
	{"delete the unused bond1 on the backup server", []string{"pbs_delete_nodes_network_iface"}},
	{"proxmox-backup-manager network remove ens19.30", []string{"pbs_delete_nodes_network_iface"}},
	{"there's a leftover vlan interface from the old storage network on pbs, how do I get rid of it?", []string{"pbs_delete_nodes_network_iface"}},
	{"how much bandwith is the office rule allowing on the backup server", []string{"pbs_get_config_traffic_control_name"}},
	{"proxmox-backup-manager traffic-control show office-limit", []string{"pbs_get_config_traffic_control_name"}},
	{"what rate and timeframe does the traffic control rule wan have on pbs?", []string{"pbs_get_config_traffic_control_name"}},
	{"which nameservers is the backup server using", []string{"pbs_get_nodes_dns"}},
	{"pbs01 dns search domain and resolvers", []string{"pbs_get_nodes_dns"}},
	{"what ip does eno1 have on the backup server", []string{"pbs_get_nodes_network_iface"}},
	{"proxmox-backup-manager network show bond0", []string{"pbs_get_nodes_network_iface"}},
	{"is the 10G link on pbs configured with mtu 9000?", []string{"pbs_get_nodes_network_iface"}},
	{"loosen the office throttle to 200 MiB/s outside business hours", []string{"pbs_put_config_traffic_control_name"}},
	{"proxmox-backup-manager traffic-control update wan --rate-in 50MiB --rate-out 50MiB", []string{"pbs_put_config_traffic_control_name"}},
	{"change the gateway on eth0 of the backup server to 192.168.10.1", []string{"pbs_put_nodes_network_iface"}},
	{"proxmox-backup-manager network update bond0 --bond_mode 802.3ad --mtu 9000", []string{"pbs_put_nodes_network_iface"}},

	// The node itself: names, settings, identity, report, time.
	{"which node names does the backup server answer to", []string{"pbs_get_nodes"}},
	{"GET /nodes on pbs", []string{"pbs_get_nodes"}},
	{"do I have to use localhost as the node name in backup server api calls?", []string{"pbs_get_nodes"}},
	{"what http proxy and sender email is the backup server set up with", []string{"pbs_get_nodes_config"}},
	{"proxmox-backup-manager node show", []string{"pbs_get_nodes_config"}},
	{"machine id of the backup server for our inventory", []string{"pbs_get_nodes_identity"}},
	{"need a stable unique id for each pbs box in the CMDB, where do I get it?", []string{"pbs_get_nodes_identity"}},
	{"what can I manage on the pbs node, list the sections", []string{"pbs_get_nodes_node"}},
	{"GET /nodes/localhost", []string{"pbs_get_nodes_node"}},
	{"which per-node endpoints (apt, disks, network, services...) does the backup server have?", []string{"pbs_get_nodes_node"}},
	{"support wants a system report from our backup server", []string{"pbs_get_nodes_report"}},
	{"proxmox-backup-manager report > pbs-report.txt", []string{"pbs_get_nodes_report"}},
	{"the backup server's clock looks off, what time does it think it is", []string{"pbs_get_nodes_time"}},
	{"timedatectl on pbs01: which time zone is set", []string{"pbs_get_nodes_time"}},
	{"make the backup server fetch updates through proxy.corp:3128", []string{"pbs_put_nodes_config"}},
	{"proxmox-backup-manager node update --email-from pbs@example.com --task-log-max-days 60", []string{"pbs_put_nodes_config"}},
	{"backup server shows UTC but we're in Berlin, fix the timezone", []string{"pbs_put_nodes_time"}},
	{"set time zone America/Chicago on pbs02", []string{"pbs_put_nodes_time"}},

	// API root, top-level indexes and reachability.
	{"what's at the top of the backup server api", []string{"pbs_get"}},
	{"GET /api2/json/ on pbs", []string{"pbs_get"}},
	{"which top-level paths does the proxmox backup api have?", []string{"pbs_get"}},
	{"what admin functions are in the pbs api", []string{"pbs_get_admin"}},
	{"GET /admin pbs", []string{"pbs_get_admin"}},
	{"where do garbage collection, prune, sync and verify live under the backup server's admin api?", []string{"pbs_get_admin"}},
	{"what settings areas does the backup server configuration api cover", []string{"pbs_get_config"}},
	{"GET /config on proxmox backup server", []string{"pbs_get_config"}},
	{"which config sections (datastore, remote, tape, acme ...) are there in the pbs api?", []string{"pbs_get_config"}},
	{"health check url for the pbs api behind our load balancer", []string{"pbs_get_ping", "pbs_get_version"}},
	{"is the backup server alive? just ping its api", []string{"pbs_get_ping", "pbs_get_version"}},
	{"what status info can I read from the backup server api", []string{"pbs_get_status"}},
	{"GET /status pbs", []string{"pbs_get_status"}},
	{"where do I find datastore usage and metrics in the backup server's status api?", []string{"pbs_get_status"}},

	// Package updates and repositories.
	{"what package management calls does the backup server api offer", []string{"pbs_get_nodes_apt"}},
	{"GET /nodes/localhost/apt", []string{"pbs_get_nodes_apt"}},
	{"which apt endpoints does pbs have, updates, versions, repos?", []string{"pbs_get_nodes_apt"}},
	{"what changed in the new proxmox-backup-server package before I upgrade", []string{"pbs_get_nodes_apt_changelog"}},
	{"apt changelog proxmox-backup-client on pbs", []string{"pbs_get_nodes_apt_changelog"}},
	{"is the backup server still pointing at the enterprise repo", []string{"pbs_get_nodes_apt_repositories"}},
	{"Administration > Repositories on pbs01", []string{"pbs_get_nodes_apt_repositories"}},
	{"turn off the enterprise reposotory on pbs, we have no subscription", []string{"pbs_post_nodes_apt_repositories"}},
	{"disable repo index 0 in /etc/apt/sources.list.d/pbs-enterprise.sources on the backup server", []string{"pbs_post_nodes_apt_repositories"}},
	{"add the no-subscription repo to the backup server", []string{"pbs_put_nodes_apt_repositories"}},
	{"enable the pbstest repository on pbs02", []string{"pbs_put_nodes_apt_repositories"}},

	// Console and shell.
	{"connect the browser terminal to the backup server with the ticket I just got", []string{"pbs_get_nodes_vncwebsocket"}},
	{"open vncwebsocket on pbs node localhost port 5900 with vncticket", []string{"pbs_get_nodes_vncwebsocket"}},
	{"termproxy gave me a port and a ticket, how do I attach to the pbs shell over a websocket?", []string{"pbs_get_nodes_vncwebsocket"}},
	{"get me a root shell on the backup server from the web", []string{"pbs_post_nodes_termproxy"}},
	{"start termproxy on pbs to run the upgrade", []string{"pbs_post_nodes_termproxy"}},

	// Remotes.
	{"the offsite pbs is gone for good, take it off the remotes", []string{"pbs_delete_config_remote_name"}},
	{"proxmox-backup-manager remote remove dc2", []string{"pbs_delete_config_remote_name"}},
	{"what host and user does the offsite remote use", []string{"pbs_get_config_remote_name"}},
	{"proxmox-backup-manager remote show offsite", []string{"pbs_get_config_remote_name"}},
	{"sync fails with a fingerprint mismatch, what fingerprint is stored for remote dc2?", []string{"pbs_get_config_remote_name"}},
	{"which backup groups exist on the remote's datastore before I set up a pull", []string{"pbs_get_config_remote_scan_groups"}},
	{"list groups on remote offsite datastore store1 namespace prod", []string{"pbs_get_config_remote_scan_groups"}},
	{"what can I look up on remote dc2's datastore main", []string{"pbs_get_config_remote_scan_store"}},
	{"GET /config/remote/dc2/scan/main", []string{"pbs_get_config_remote_scan_store"}},
	{"for remote offsite store1, can I browse both namespaces and groups from one place?", []string{"pbs_get_config_remote_scan_store", "pbs_get_config_remote_scan_namespaces", "pbs_get_config_remote_scan_groups"}},
	{"the remote pbs got a new certificate, update its fingerprint here", []string{"pbs_put_config_remote_name"}},
	{"proxmox-backup-manager remote update dc2 --auth-id sync@pbs!pull --password 'newtoken'", []string{"pbs_put_config_remote_name"}},

	// S3 endpoints.
	{"remove the s3 endpoint for wasabi from the backup server", []string{"pbs_delete_config_s3_id"}},
	{"proxmox-backup-manager s3 endpoint remove minio-old", []string{"pbs_delete_config_s3_id"}},
	{"what actions are there for s3 endpoint minio1 on pbs", []string{"pbs_get_admin_s3_s3_endpoint_id"}},
	{"GET /admin/s3/minio1", []string{"pbs_get_admin_s3_s3_endpoint_id"}},
	{"which admin calls exist for one s3 endpoint on the backup server, check and counters?", []string{"pbs_get_admin_s3_s3_endpoint_id"}},
	{"what region and endpoint is the s3 config b2 using on pbs", []string{"pbs_get_config_s3_id"}},
	{"read s3 endpoint config wasabi-eu on the backup server", []string{"pbs_get_config_s3_id"}},
	{"uploads to our object storage fail with signature errors, is path-style on for the minio endpoint?", []string{"pbs_get_config_s3_id"}},
	{"test whether pbs can actually reach and write to the bucket on minio", []string{"pbs_put_admin_s3_check"}},
	{"proxmox-backup-manager s3 check minio1 pbs-bucket", []string{"pbs_put_admin_s3_check"}},
	{"zero the s3 request statistics for bucket pbs-offsite, new billing month", []string{"pbs_put_admin_s3_reset_counters"}},
	{"reset s3 request counters endpoint wasabi bucket backups prefix store1", []string{"pbs_put_admin_s3_reset_counters"}},
	{"rotate the access key and secret for the s3 endpoint on the backup server", []string{"pbs_put_config_s3_id"}},
	{"proxmox-backup-manager s3 endpoint update minio1 --put-rate-limit 50", []string{"pbs_put_config_s3_id"}},

	// Prune jobs.
	{"that old cleanup schedule on the archive store isn't needed anymore, delete it", []string{"pbs_delete_config_prune_id"}},
	{"proxmox-backup-manager prune-job remove weekly-archive", []string{"pbs_delete_config_prune_id"}},
	{"what can I do with prune job daily-main through the admin api", []string{"pbs_get_admin_prune_id"}},
	{"GET /admin/prune/daily-main", []string{"pbs_get_admin_prune_id"}},
	{"proxmox-backup-manager prune-job show nightly", []string{"pbs_get_config_prune_id"}},
	{"how many daily and weekly backups does the prune job nightly keep?", []string{"pbs_get_config_prune_id"}},
	{"keep 14 daily instead of 7 in the nightly prune job", []string{"pbs_put_config_prune_id"}},
	{"proxmox-backup-manager prune-job update nightly --schedule 'sun 03:00' --keep-monthly 12", []string{"pbs_put_config_prune_id"}},

	// Services of the backup server.
	{"what can I do with the proxmox-backup-proxy service through the api", []string{"pbs_get_nodes_services_service"}},
	{"GET /nodes/localhost/services/sshd", []string{"pbs_get_nodes_services_service"}},
	{"which actions are available for a single service on the backup server?", []string{"pbs_get_nodes_services_service"}},
	{"is the backup proxy service running on pbs", []string{"pbs_get_nodes_services_state", "pbs_get_nodes_services"}},
	{"systemctl status chronyd on the backup server", []string{"pbs_get_nodes_services_state"}},
	{"make the backup proxy reread its config without kicking running backups", []string{"pbs_post_nodes_services_reload"}},
	{"systemctl reload proxmox-backup-proxy", []string{"pbs_post_nodes_services_reload"}},
	{"I replaced the certificate files by hand, how do I get the pbs proxy to pick them up without a restart?", []string{"pbs_post_nodes_services_reload"}},
	{"kick the proxmox-backup-proxy service on pbs02, the web ui hangs", []string{"pbs_post_nodes_services_restart"}},
	{"systemctl restart postfix on pbs", []string{"pbs_post_nodes_services_restart"}},
	{"the ssh daemon on the backup server is stopped, bring it back", []string{"pbs_post_nodes_services_start"}},
	{"systemctl start proxmox-backup-proxy on pbs01", []string{"pbs_post_nodes_services_start"}},
	{"after a crash the syslog service on the backup server is dead, can I start it from the api?", []string{"pbs_post_nodes_services_start"}},
	{"shut down postfix on the backup server, we don't want it sending mail", []string{"pbs_post_nodes_services_stop"}},
	{"systemctl stop sshd on pbs for the audit window", []string{"pbs_post_nodes_services_stop"}},

	// Subscription.
	{"we're moving the backup server license to new hardware, take the key off this one", []string{"pbs_delete_nodes_subscription"}},
	{"proxmox-backup-manager subscription remove", []string{"pbs_delete_nodes_subscription"}},
	{"I renewed the backup server subscritpion but it still says expired, refresh it", []string{"pbs_post_nodes_subscription"}},
	{"proxmox-backup-manager subscription update --force", []string{"pbs_post_nodes_subscription"}},

	// Sync jobs and the encryption keys they use.
	{"delete the encryption key offsite-key from pbs, nothing uses it anymore", []string{"pbs_delete_config_enc_keys_id"}},
	{"remove server-side encryption key push-2023 on the backup server", []string{"pbs_delete_config_enc_keys_id"}},
	{"stop syncing from the old site for good, remove that pull job", []string{"pbs_delete_config_sync_id"}},
	{"proxmox-backup-manager sync-job remove s-dc2-pull", []string{"pbs_delete_config_sync_id"}},
	{"GET /admin/sync/s-3f2a1b", []string{"pbs_get_admin_sync_id"}},
	{"what can I trigger for sync job offsite-pull through the admin path", []string{"pbs_get_admin_sync_id"}},
	{"proxmox-backup-manager sync-job show offsite-pull", []string{"pbs_get_config_sync_id"}},
	{"which remote and namespace does sync job nightly-pull pull from, and on what schedule?", []string{"pbs_get_config_sync_id"}},
	{"retire the old encryption key so new pushes stop using it but old data stays readable", []string{"pbs_post_config_enc_keys_id"}},
	{"toggle archived state of encryption key push-2024 on pbs", []string{"pbs_post_config_enc_keys_id"}},

	// Verification jobs.
	{"drop the weekly verification on the archive store, it eats the whole weekend", []string{"pbs_delete_config_verify_id"}},
	{"proxmox-backup-manager verify-job remove v-weekly", []string{"pbs_delete_config_verify_id"}},
	{"what can I do with verify job weekly-check via the api", []string{"pbs_get_admin_verify_id"}},
	{"GET /admin/verify/v-weekly", []string{"pbs_get_admin_verify_id"}},
	{"is there a run endpoint under the admin path for verification job monthly?", []string{"pbs_get_admin_verify_id", "pbs_post_admin_verify_run"}},
	{"proxmox-backup-manager verify-job show v-weekly", []string{"pbs_get_config_verify_id"}},
	{"does the verify job on store1 skip recently checked snapshots, and how often does it run?", []string{"pbs_get_config_verify_id"}},
	{"make the verification job only recheck backups older than 30 days", []string{"pbs_put_config_verify_id"}},
	{"proxmox-backup-manager verify-job update v-weekly --schedule 'sat 22:00' --ignore-verified true --outdated-after 30", []string{"pbs_put_config_verify_id"}},

	// Tasks.
	{"what can I look at for this one backup task on pbs", []string{"pbs_get_nodes_tasks_upid", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}},
	{"GET /nodes/localhost/tasks/UPID:pbs01:0000A1B2:0012F3C4:00000001:6650A1B2:garbage_collection:store1:root@pam:", []string{"pbs_get_nodes_tasks_upid"}},
	{"for a given task id on the backup server, which subpaths are there besides log and status?", []string{"pbs_get_nodes_tasks_upid"}},
}

// TestCover5 checks and scores the set (see scoreDevSet). It has no floor.
func TestCover5(t *testing.T) {
	scoreDevSet(t, "coverage set 5", cover5Cases, 221, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, habitCases, symptomCases)
}
