// The sync-clients module (issue 14).
