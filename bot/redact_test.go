package bot

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// The log keeps no credential, whoever writes it and however: message,
// string, error, group or a value's own text.
func TestRedactLogs(t *testing.T) {
	const token = "MTIzNDU2Nzg5.secret.token"
	url := "https://discord.com/api/v9/interactions/123456/aW50ZXJhY3Rpb246MTIz/callback"
	hook := "https://discord.com/api/v9/webhooks/900000000000000001/aW50ZXJhY3Rpb246MTIz/messages/@original"
	var buf syncBuffer
	log := redactLogs(slog.New(slog.NewTextHandler(&buf, nil)), token)
	log = log.With("session", "Bot "+token)
	log.Info("sending with "+token, "url", url, "err", fmt.Errorf("Post %q: EOF", hook),
		slog.Group("req", "auth", "Bot "+token), "any", errors.New(token), "bytes", []byte(url))
	redactLogs(log, "").Warn("again " + url) // wrapping twice keeps the secrets
	got := buf.String()
	for _, secret := range []string{token, "aW50ZXJhY3Rpb246MTIz"} {
		if strings.Contains(got, secret) {
			t.Errorf("log holds %q:\n%s", secret, got)
		}
	}
	for _, want := range []string{"/interactions/123456/[token]/callback", "/webhooks/900000000000000001/[token]/messages", "[redacted]"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
}

func TestRouteLabel(t *testing.T) {
	tests := []struct{ method, path, label, key string }{
		{"POST", "/api/v9/interactions/123/tok.en-1/callback", "POST /interactions/:id/:token/callback", ""},
		{"POST", "/api/v9/channels/610000000000000001/messages", "POST /channels/:id/messages", "POST /channels/610000000000000001/messages"},
		{"PUT", "/api/v9/applications/900/guilds/500/commands", "PUT /applications/:id/guilds/:id/commands", "PUT /applications/:id/guilds/500/commands"},
		{"PATCH", "/proxy/api/v10/webhooks/900/tok/messages/@original", "PATCH /webhooks/:id/:token/messages/@original", ""},
		{"GET", "/api/v9/gateway", "GET /gateway", "GET /gateway"},
	}
	for _, tt := range tests {
		if got := routeLabel(tt.method, tt.path); got != tt.label {
			t.Errorf("routeLabel(%s %s) = %q, want %q", tt.method, tt.path, got, tt.label)
		}
		if got := routeKey(tt.method, tt.path); got != tt.key {
			t.Errorf("routeKey(%s %s) = %q, want %q", tt.method, tt.path, got, tt.key)
		}
	}
}
