// The webhooks module (issue 14).
