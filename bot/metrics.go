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
	feedback   *prometheus.CounterVec
	stored     *prometheus.CounterVec
	batch      prometheus.Histogram
	dropped    prometheus.Counter
	storeErrs  prometheus.Counter
	pack       *prometheus.GaugeVec
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
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_feedback_total",
			Help: "Votes on answers, by vote (helpful, not_helpful).",
		}, []string{"vote"}),
		stored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_store_writes_total",
			Help: "Rows written to the store, by kind (questions, votes).",
		}, []string{"kind"}),
		batch: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "reportbot_store_batch_seconds",
			Help:    "Time to write one batch of records and votes.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 4, 8), // 0.5ms .. 8s
		}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_store_dropped_total",
			Help: "Records and votes not stored: the buffer was full (the store slow or down), or unwritten at shutdown.",
		}),
		storeErrs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "reportbot_store_errors_total",
			Help: "Failed attempts to open or write the store (each retried).",
		}),
		pack: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "reportbot_pack_info",
			Help: "The pack in use: 1 for its version (a hash of its files).",
		}, []string{"version"}),
	}
	// Every series shows from the start, at 0, so a rate has a baseline.
	m.feedback.WithLabelValues("helpful")
	m.feedback.WithLabelValues("not_helpful")
	m.stored.WithLabelValues("questions")
	m.stored.WithLabelValues("votes")
	m.reg.MustRegister(m.questions, m.latency, m.limited, m.errors, m.sigFails,
		m.slow, m.busy, m.connected, m.reconnect, m.limited429, m.retries,
		m.feedback, m.stored, m.batch, m.dropped, m.storeErrs, m.pack,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) Observe(path Path, result commands.Result, took time.Duration) {
	m.questions.WithLabelValues(string(path), string(result.Kind)).Inc()
	m.latency.WithLabelValues(string(path)).Observe(took.Seconds())
}

func (m *Metrics) Feedback(helpful bool) {
	if helpful {
		m.feedback.WithLabelValues("helpful").Inc()
	} else {
		m.feedback.WithLabelValues("not_helpful").Inc()
	}
}

// Written, Dropped and WriteFailed are told by the store's writer.
func (m *Metrics) Written(records, votes int, took time.Duration) {
	m.stored.WithLabelValues("questions").Add(float64(records))
	m.stored.WithLabelValues("votes").Add(float64(votes))
	m.batch.Observe(took.Seconds())
}

func (m *Metrics) Dropped(n int) { m.dropped.Add(float64(n)) }
func (m *Metrics) WriteFailed()  { m.storeErrs.Inc() }

// Pack says which pack answers now: its version is 1, any other 0 gone.
func (m *Metrics) Pack(version string) {
	m.pack.Reset()
	m.pack.WithLabelValues(version).Set(1)
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
