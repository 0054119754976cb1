// The live module (issue 11, Scoring). Filled in by its part.
