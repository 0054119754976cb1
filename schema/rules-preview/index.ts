// Rule what-if (issue 15): previewRulesChange runs proposed rules against a programme's current data without saving.
