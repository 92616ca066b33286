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
	reg       *prometheus.Registry
	questions *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	limited   *prometheus.CounterVec
	errors    *prometheus.CounterVec
	sigFails  *prometheus.CounterVec
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
	}
	m.reg.MustRegister(m.questions, m.latency, m.limited, m.errors, m.sigFails,
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

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
