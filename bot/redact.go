package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
)

// redactLogs returns a logger that keeps credentials out of every line,
// whatever wrote it: each secret (the bot token) and the token in any
// interaction or webhook URL. The code names routes, not URLs; this is the
// net under it (an error from a library that quotes a whole URL).
func redactLogs(log *slog.Logger, secrets ...string) *slog.Logger {
	var keep []string
	for _, s := range secrets {
		if len(s) >= 8 { // an empty or tiny "secret" would blank out the log
			keep = append(keep, s)
		}
	}
	if h, ok := log.Handler().(*redactHandler); ok {
		keep = append(keep, h.secrets...)
		return slog.New(&redactHandler{next: h.next, secrets: keep})
	}
	return slog.New(&redactHandler{next: log.Handler(), secrets: keep})
}

type redactHandler struct {
	next    slog.Handler
	secrets []string
}

// tokenInURL is an interaction's or a webhook's token in a URL path.
var tokenInURL = regexp.MustCompile(`(/(?:interactions|webhooks)/\d+/)[^/\s"'?]+`)

func (h *redactHandler) redact(s string) string {
	for _, secret := range h.secrets {
		s = strings.ReplaceAll(s, secret, "[redacted]")
	}
	if strings.Contains(s, "/interactions/") || strings.Contains(s, "/webhooks/") {
		s = tokenInURL.ReplaceAllString(s, "${1}[token]")
	}
	return s
}

func (h *redactHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.redact(v.String()))
	case slog.KindGroup:
		as := v.Group()
		out := make([]any, len(as))
		for i, g := range as {
			out[i] = h.attr(g)
		}
		return slog.Group(a.Key, out...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, h.redact(x.Error()))
		case fmt.Stringer:
			return slog.String(a.Key, h.redact(x.String()))
		case []byte:
			return slog.String(a.Key, h.redact(string(x)))
		default:
			return slog.String(a.Key, h.redact(fmt.Sprint(x)))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}

func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *redactHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, h.redact(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h *redactHandler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = h.attr(a)
	}
	return &redactHandler{next: h.next.WithAttrs(clean), secrets: h.secrets}
}

func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{next: h.next.WithGroup(name), secrets: h.secrets}
}
