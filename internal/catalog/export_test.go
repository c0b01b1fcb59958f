package catalog

// PruneNothing runs a schema through the view's decode and encode with
// nothing to cut: the text must come back byte for byte.
func PruneNothing(text string) string { return (&schemaCuts{}).prune(text) }
