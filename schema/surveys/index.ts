// The surveys module (issue 15): questionnaires and framework self-assessments — authoring, templates, audiences and windows, answering once.
