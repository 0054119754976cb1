// The roster-import module (issue 14).
