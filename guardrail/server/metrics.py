"""Prometheus metrics of one server (its own registry, so several apps in one process do not collide)."""

from __future__ import annotations

from typing import Any, Mapping

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    """``guardrail_decisions_total{endpoint, action}``, ``guardrail_flags_total{endpoint, signal, action}`` (one per
    flagged signal of a decision), request / generation / time-to-first-token latency histograms, batch sizes,
    generated tokens (``rate()`` of it is tokens per second), queue depth, HTTP errors by status, and requests
    whose client went away."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.decisions = Counter("guardrail_decisions", "guard decisions by endpoint and action",
                                 ["endpoint", "action"], registry=r)
        self.flags = Counter("guardrail_flags", "flagged signals by endpoint, signal and the decision's action",
                             ["endpoint", "signal", "action"], registry=r)
        self.request_seconds = Histogram("guardrail_request_seconds", "request latency, queueing included",
                                         ["endpoint"], buckets=_LATENCY, registry=r)
        self.generation_seconds = Histogram("guardrail_generation_seconds", "one batched generate call",
                                            buckets=_LATENCY, registry=r)
        self.ttft_seconds = Histogram("guardrail_time_to_first_token_seconds",
                                      "streaming: request start to the first released text", buckets=_LATENCY,
                                      registry=r)
        self.batch_size = Histogram("guardrail_batch_size", "requests per generate call",
                                    buckets=(1, 2, 4, 8, 16, 32, 64), registry=r)
        self.tokens = Counter("guardrail_tokens_generated", "tokens generated", registry=r)
        self.queue_depth = Gauge("guardrail_queue_depth", "requests waiting for the worker", registry=r)
        self.errors = Counter("guardrail_http_errors", "error answers by status", ["status"], registry=r)
        self.cancelled = Counter("guardrail_cancelled_requests",
                                 "requests whose client disconnected or timed out", ["stage"], registry=r)

    def decision(self, endpoint: str, action: str, scores: Mapping[str, Mapping[str, Any]]) -> None:
        self.decisions.labels(endpoint, action).inc()
        for signal, v in scores.items():
            if isinstance(v, Mapping) and v.get("flagged"):
                self.flags.labels(endpoint, signal, action).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
