module github.com/proxmox-mcp/proxmox-mcp

go 1.26.8
