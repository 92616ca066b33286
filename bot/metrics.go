package bot

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"reportbot/commands"
)

// Metrics counts what the bot does, by path (gateway, http, message), for
// Prometheus. Each Metrics has its own registry: two bots in one process
// (as in tests) do not share counters.
type Metrics struct {
	reg        *prometheus.Registry
	questions  *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	limited    *prometheus.CounterVec
	errors     *prometheus.CounterVec
	sigFails   *prometheus.CounterVec
	slow       prometheus.Counter
	busy       prometheus.Counter
	connected  prometheus.Gauge
	reconnect  *prometheus.CounterVec
	limited429 *prometheus.CounterVec
	retries    *prometheus.CounterVec
}

func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_interactions_total",
			Help: "Interactions and messages handled, by path and result (answered, declined, other, rejected).",
		}, []string{"path", "result"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "reportbot_answer_seconds",
			Help:    "Time to build a response, by path (not counting the network).",
			Buckets: prometheus.ExponentialBuckets(0.00001, 4, 8), // 10µs .. 160ms
		}, []string{"path"}),
		limited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_rate_limited_total",
			Help: "Questions refused by the per-user rate limit, by path.",
		}, []string{"path"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_handler_errors_total",
			Help: "Handler panics and failed sends, by path.",
		}, []string{"path"}),
		sigFails: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_signature_failures_total",
			Help: "HTTP interactions refused with 401, by reason (missing, stale, bad).",
		}, []string{"reason"}),
		slow: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_http_slow_requests_total",
			Help: "HTTP interactions whose body did not arrive in time (408), before any signature check.",
		}),
		busy: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_http_busy_total",
			Help: "Signed HTTP interactions refused with 503 because max_concurrent were being handled.",
		}),
		connected: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_gateway_connected",
			Help: "1 while the gateway session is up (after READY or RESUMED), else 0.",
		}),
		reconnect: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_gateway_reconnects_total",
			Help: "Gateway reconnections, by why the connection before ended.",
		}, []string{"reason"}),
		limited429: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_discord_rate_limited_total",
			Help: "429 replies from Discord's REST API, by route and scope (user, global, shared).",
		}, []string{"route", "scope"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_discord_retries_total",
			Help: "REST requests sent again, by route and reason (429, network, http 5xx).",
		}, []string{"route", "reason"}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.limited, m.errors, m.sigFails,
		m.slow, m.busy, m.connected, m.reconnect, m.limited429, m.retries,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) Observe(path Path, result commands.Result, took time.Duration) {
	m.questions.WithLabelValues(string(path), string(result)).Inc()
	m.latency.WithLabelValues(string(path)).Observe(took.Seconds())
}

func (m *Metrics) RateLimited(path Path)       { m.limited.WithLabelValues(string(path)).Inc() }
func (m *Metrics) HandlerError(path Path)      { m.errors.WithLabelValues(string(path)).Inc() }
func (m *Metrics) SignatureFailure(why string) { m.sigFails.WithLabelValues(why).Inc() }

func (m *Metrics) SlowRequest() { m.slow.Inc() }
func (m *Metrics) Busy()        { m.busy.Inc() }

func (m *Metrics) GatewayConnected(up bool) {
	if up {
		m.connected.Set(1)
	} else {
		m.connected.Set(0)
	}
}

func (m *Metrics) GatewayReconnect(reason string) { m.reconnect.WithLabelValues(reason).Inc() }

func (m *Metrics) DiscordRateLimited(route, scope string) {
	m.limited429.WithLabelValues(route, scope).Inc()
}

func (m *Metrics) DiscordRetry(route, reason string) { m.retries.WithLabelValues(route, reason).Inc() }

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
