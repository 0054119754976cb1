// The sync-feed module (issue 14).
