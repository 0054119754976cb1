// The remediation module (issue 13).
