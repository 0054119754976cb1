// The tutor-evaluation module (issue 11, Scoring). Filled in by its part.
