package search

var guiLabelsPVE = []guiLabel{
	{op: "PUT /nodes/{node}/qemu/{vmid}/resize", labels: "Resize Disk, Size Increment"},
	{op: "POST /nodes/{node}/qemu/{vmid}/agent/fstrim", labels: "Trim filesystems"},
}
