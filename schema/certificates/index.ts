// The certificates module (issue 13).
