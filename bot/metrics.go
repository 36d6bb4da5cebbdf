package bot

import (
	"net/http"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the bot's Prometheus metrics, in a registry of its own.
type metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec   // by source: slash, mention, thread, dm, summary
	latency     *prometheus.HistogramVec // by kind: ask, summary
	abstentions prometheus.Counter
	modelErrors prometheus.Counter
	limited     *prometheus.CounterVec // by reason: user, queue, wait, shutdown
	feedback    *prometheus.CounterVec // by vote: up, down
	failures    *prometheus.CounterVec // by stage
	ignored     *prometheus.CounterVec // by reason
	reloads     *prometheus.CounterVec // by result
}

func newMetrics(adm *admission, connected *atomic.Bool, registered func() bool) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_questions_total", Help: "Questions received, by where they were asked.",
		}, []string{"source"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "casebot_answer_seconds",
			Help:    "Time to prepare an answer or summary, from acknowledgement to the backend's reply.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2, 5, 10, 20, 40, 80},
		}, []string{"kind"}),
		abstentions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "casebot_abstentions_total", Help: "Answers that abstained because the corpus does not answer the question.",
		}),
		modelErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "casebot_model_fallbacks_total", Help: "Answers that carry a notice: the model failed or its citations did not check out, so the answer fell back.",
		}),
		limited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_rate_limited_total", Help: "Questions turned away with a notice, by reason (user, queue, wait, shutdown).",
		}, []string{"reason"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_feedback_total", Help: "Feedback button presses on answers.",
		}, []string{"vote"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_errors_total", Help: "Errors, by stage (backend, discord, panic...).",
		}, []string{"stage"}),
		ignored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_ignored_events_total", Help: "Gateway events ignored as malformed, unknown or not allowed.",
		}, []string{"reason"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "casebot_reloads_total", Help: "Corpus reloads through /reindex, by result.",
		}, []string{"result"}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.abstentions, m.modelErrors, m.limited,
		m.feedback, m.failures, m.ignored, m.reloads,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "casebot_answers_in_flight", Help: "Answers being prepared now.",
		}, func() float64 { return float64(adm.inFlight()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "casebot_questions_waiting", Help: "Questions waiting for a free slot.",
		}, func() float64 { return float64(adm.waiting()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "casebot_gateway_connected", Help: "1 while the gateway connection is up.",
		}, func() float64 { return boolGauge(connected.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "casebot_commands_registered", Help: "1 once the slash commands are registered; 0 while registration is failing and being retried.",
		}, func() float64 { return boolGauge(registered()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	// Make the labelled series visible at 0 from the start.
	for _, s := range []string{sourceSlash, sourceMention, sourceThread, sourceDM, sourceSummary} {
		m.questions.WithLabelValues(s)
	}
	for _, r := range []string{limitUser, limitQueue, limitWait, limitShutdown} {
		m.limited.WithLabelValues(r)
	}
	m.feedback.WithLabelValues("up")
	m.feedback.WithLabelValues("down")
	m.latency.WithLabelValues("ask")
	m.latency.WithLabelValues("summary")
	return m
}

// Question sources and limit reasons, as metric labels.
const (
	sourceSlash   = "slash"
	sourceMention = "mention"
	sourceThread  = "thread"
	sourceDM      = "dm"
	sourceSummary = "summary"

	limitUser     = "user"
	limitQueue    = "queue"
	limitWait     = "wait" // waited QueueWait for a slot
	limitShutdown = "shutdown"
)

// handler serves the registry in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func boolGauge(v bool) float64 {
	if v {
		return 1
	}
	return 0
}
