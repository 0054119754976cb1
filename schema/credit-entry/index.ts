// The credit-entry module (issue 13).
