// The completion module (issue 13).
