// The consoles module (issue 11, Scoring). Filled in by its part.
