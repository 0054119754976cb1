// The exports module (issue 14).
