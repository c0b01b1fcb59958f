package search

var guiLabelsPBS = []guiLabel{
	{op: "GET /admin/datastore/{store}/active-operations", labels: "Active operations"},
}
