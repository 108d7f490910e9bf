"""The server under concurrency, over real HTTP on loopback (fast tier: a tiny model, generation scripted where the
test needs to control time): the bounded queue, timeouts, disconnects, a worker that survives failures,
batching without cross-talk, and a short load test."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from guardrail.server import create_app
from server_helpers import LiveServer, ScriptedGuard


def _body(text: str, **kw):
    return {"model": "m", "messages": [{"role": "user", "content": text}], "max_tokens": 8, **kw}


def _echo(messages):
    return f"echo: {messages[-1]['content']}"


def _metric(server: LiveServer, line_start: str) -> float:
    for line in httpx.get(server.url + "/metrics").text.splitlines():
        if line.startswith(line_start):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def _wait_until(cond, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.02)


def test_a_full_queue_answers_429_and_the_server_recovers(tiny_guard):
    gate = threading.Event()
    scripted = ScriptedGuard(tiny_guard, _echo, gate=gate)
    with LiveServer(create_app(scripted, max_batch=1, queue_size=1, batch_window_s=0)) as srv, \
            ThreadPoolExecutor(2) as pool:
        running = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("one"), timeout=30)
        _wait_until(lambda: len(scripted.batches) == 1)  # the worker holds "one"
        queued = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("two"), timeout=30)
        _wait_until(lambda: srv.state.scheduler.depth == 1)
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("three"), timeout=30)
        assert r.status_code == 429
        assert r.json()["error"] == {"message": r.json()["error"]["message"], "type": "rate_limit_error",
                                     "param": None, "code": "queue_full"}
        gate.set()
        assert running.result().json()["choices"][0]["message"]["content"] == "echo: one"
        assert queued.result().json()["choices"][0]["message"]["content"] == "echo: two"
        assert httpx.post(srv.url + "/v1/chat/completions", json=_body("four"), timeout=30).status_code == 200


def test_a_request_past_its_timeout_gets_504_and_is_not_run(tiny_guard):
    gate = threading.Event()
    scripted = ScriptedGuard(tiny_guard, _echo, gate=gate)
    with LiveServer(create_app(scripted, max_batch=1, request_timeout_s=0.5, batch_window_s=0)) as srv, \
            ThreadPoolExecutor(1) as pool:
        first = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("slow"), timeout=30)
        _wait_until(lambda: len(scripted.batches) == 1)
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("waiting"), timeout=30)
        assert r.status_code == 504 and r.json()["error"]["code"] == "timeout"
        assert first.result().status_code == 504  # the running one timed out too; its result is dropped
        gate.set()
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="queued"}') == 1)
        assert scripted.prompts == ["slow"]  # the timed-out waiting request never reached the model
        assert httpx.post(srv.url + "/v1/chat/completions", json=_body("after"), timeout=30).status_code == 200


def test_a_client_that_disconnects_while_streaming_frees_the_worker(tiny_guard):
    long_reply = " ".join(["word"] * 300)
    scripted = ScriptedGuard(tiny_guard, lambda m: long_reply, delay_s=0.03)  # ~9 s if nobody aborted it
    with LiveServer(create_app(scripted, batch_window_s=0)) as srv:
        with httpx.Client(timeout=30) as c:
            with c.stream("POST", srv.url + "/v1/chat/completions", json=_body("go", stream=True,
                                                                               max_tokens=400)) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {") and json.loads(line[6:])["choices"][0]["delta"].get("content"):
                        break  # the first text arrived; now leave
        t0 = time.monotonic()
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="generating"}') == 1, 5)
        assert time.monotonic() - t0 < 5
        scripted.delay_s = 0.0
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("next"), timeout=30)
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == long_reply


def test_a_queued_request_whose_client_left_is_skipped(tiny_guard):
    gate = threading.Event()
    scripted = ScriptedGuard(tiny_guard, _echo, gate=gate)
    with LiveServer(create_app(scripted, max_batch=1, batch_window_s=0)) as srv, ThreadPoolExecutor(1) as pool:
        first = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("first"), timeout=30)
        _wait_until(lambda: len(scripted.batches) == 1)
        with pytest.raises(httpx.ReadTimeout):  # the client gives up and closes the connection
            httpx.post(srv.url + "/v1/chat/completions", json=_body("impatient"), timeout=0.5)
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="disconnected"}') == 1)
        gate.set()
        assert first.result().status_code == 200
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="queued"}') == 1)
        assert scripted.prompts == ["first"]


def test_the_worker_survives_a_failing_generation(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, _echo)
    with LiveServer(create_app(scripted)) as srv:
        scripted.fail = RuntimeError("boom")
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("x"), timeout=30)
        assert r.status_code == 500
        assert r.json()["error"]["code"] == "internal_error" and r.json()["error"]["type"] == "server_error"
        scripted.fail = RuntimeError("boom in a stream")
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("x", stream=True), timeout=30)
        assert '"error"' in r.text and r.text.endswith("data: [DONE]\n\n")
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("y"), timeout=30)
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "echo: y"
        assert httpx.get(srv.url + "/healthz").json()["status"] == "ok"


def test_one_bad_row_does_not_fail_its_batch(tiny_guard):
    gate = threading.Event()
    scripted = ScriptedGuard(tiny_guard, None, gate=gate)  # real tiny-model generation
    with LiveServer(create_app(scripted, max_batch=4, batch_window_s=0)) as srv, ThreadPoolExecutor(4) as pool:
        hold = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("hold"), timeout=30)
        _wait_until(lambda: len(scripted.batches) == 1)
        good = [pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body(t), timeout=30)
                for t in ("How do I bake bread?", "Tell me about Paris.")]
        bad = pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body("   "), timeout=30)
        _wait_until(lambda: srv.state.scheduler.depth == 3)
        gate.set()
        assert hold.result().status_code == 200
        assert [f.result().status_code for f in good] == [200, 200]
        assert bad.result().status_code == 400 and bad.result().json()["error"]["code"] == "invalid_input"
        assert scripted.batches[1] == 3  # tried as one batch, then row by row


def test_concurrent_requests_are_batched_without_cross_talk(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, _echo)
    with LiveServer(create_app(scripted, max_batch=4, batch_window_s=0.3)) as srv, ThreadPoolExecutor(8) as pool:
        texts = [f"prompt number {i}" for i in range(8)]
        futs = [pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body(t), timeout=30) for t in texts]
        outs = [f.result().json()["choices"][0]["message"]["content"] for f in futs]
        assert outs == [f"echo: {t}" for t in texts]
        assert max(scripted.batches) == 4 and sum(scripted.batches) == 8
        # different settings never share a batch
        scripted.batches.clear()
        futs = [pool.submit(httpx.post, srv.url + "/v1/chat/completions", json=_body(t, max_tokens=n), timeout=30)
                for t, n in (("a", 4), ("b", 5), ("c", 4), ("d", 5))]
        assert [f.result().status_code for f in futs] == [200] * 4
        assert sorted(scripted.batches) == [2, 2]


def test_short_load_zero_errors_no_cross_talk(tiny_guard):
    """8 clients for ~3 s against real (tiny-model) guarded generation, streaming and not: every answer is the one
    its prompt gets alone."""
    prompts = [f"Question {i}: how do I bake bread?" for i in range(8)]
    expected = {p: tiny_guard.generate(p, max_new_tokens=6).text for p in prompts}
    errors: list[str] = []
    counts = [0] * 8
    with LiveServer(create_app(tiny_guard, max_batch=8)) as srv:
        stop_at = time.monotonic() + 3.0

        def client(i: int) -> None:
            p = prompts[i]
            with httpx.Client(timeout=30) as c:
                while time.monotonic() < stop_at:
                    stream = counts[i] % 2 == 1
                    r = c.post(srv.url + "/v1/chat/completions", json=_body(p, max_tokens=6, stream=stream))
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {r.text[:200]}")
                        continue
                    if stream:
                        from server_helpers import sse_events

                        text = "".join(e["choices"][0]["delta"].get("content") or "" for e in sse_events(r.text)[:-1]
                                       if e["choices"])
                    else:
                        text = r.json()["choices"][0]["message"]["content"]
                    if text != expected[p]:
                        errors.append(f"client {i}: {text!r} != {expected[p]!r}")
                    counts[i] += 1

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(client, range(8)))
        assert errors == []
        assert min(counts) >= 1 and sum(counts) >= 16
        assert _metric(srv, "guardrail_batch_size_count") < sum(counts)  # some requests shared a generation


def test_a_stream_past_its_timeout_ends_with_an_error_event(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, lambda m: " ".join(["word"] * 200), delay_s=0.02)
    with LiveServer(create_app(scripted, request_timeout_s=0.5, batch_window_s=0)) as srv:
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("go", stream=True, max_tokens=300), timeout=30)
        from server_helpers import sse_events

        events = sse_events(r.text)
        assert events[-1] == "[DONE]" and events[-2]["error"]["code"] == "timeout"
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="generating"}') == 1, 5)
        assert _metric(srv, 'guardrail_cancelled_requests_total{stage="disconnected"}') == 0


def test_a_non_streamed_request_that_times_out_or_disconnects_frees_the_worker(tiny_guard):
    long_reply = " ".join(["word"] * 300)
    scripted = ScriptedGuard(tiny_guard, lambda m: long_reply, delay_s=0.03)  # ~9 s if nobody aborted it
    with LiveServer(create_app(scripted, request_timeout_s=0.5, batch_window_s=0)) as srv:
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("go", max_tokens=400), timeout=30)
        assert r.status_code == 504
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="generating"}') == 1, 3)
    with LiveServer(create_app(scripted, batch_window_s=0)) as srv:
        with pytest.raises(httpx.ReadTimeout):  # the client gives up mid-generation and closes the connection
            httpx.post(srv.url + "/v1/chat/completions", json=_body("go", max_tokens=400), timeout=0.5)
        t0 = time.monotonic()
        _wait_until(lambda: _metric(srv, 'guardrail_cancelled_requests_total{stage="generating"}') == 1, 3)
        assert time.monotonic() - t0 < 3
        scripted.delay_s = 0.0
        r = httpx.post(srv.url + "/v1/chat/completions", json=_body("next", max_tokens=400), timeout=30)
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == long_reply
