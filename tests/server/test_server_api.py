"""The server's HTTP surface on a tiny random model (fast tier): response shapes, the guardrail field, streaming,
tool calls and their check, the check endpoint, bad input, auth and size limits."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from guardrail.server import create_app
from server_helpers import ScriptedGuard, sse_events, tool_call_text

USER = [{"role": "user", "content": "How do I bake bread?"}]
WEATHER = [{"type": "function", "function": {"name": "get_weather", "description": "Weather in a city",
                                             "parameters": {"type": "object",
                                                            "properties": {"city": {"type": "string"}}}}}]
SHELL = [{"type": "function", "function": {"name": "shell", "description": "Run a shell command",
                                           "parameters": {"type": "object",
                                                          "properties": {"command": {"type": "string"}}}}}]


@pytest.fixture(scope="module")
def client(tiny_guard):
    with TestClient(create_app(tiny_guard, max_tokens_limit=64)) as c:
        yield c


def _chat(client, **body):
    return client.post("/v1/chat/completions", json={"model": "any", "messages": USER, **body})


def test_completion_has_the_openai_shape_and_the_guard_decision(client, tiny_guard):
    r = _chat(client, max_tokens=5)
    assert r.status_code == 200
    out = r.json()
    assert out["object"] == "chat.completion" and out["model"] == tiny_guard.lm.name
    choice = out["choices"][0]
    assert choice["message"]["role"] == "assistant" and isinstance(choice["message"]["content"], str)
    assert choice["finish_reason"] in ("length", "stop")
    assert out["usage"]["completion_tokens"] <= 5 and out["usage"]["prompt_tokens"] > 0
    g = out["guardrail"]
    assert g["action"] == "allow" and g["guarded"] is True
    assert {"refusal", "familiarity"} <= set(g["scores"]) and "request_id" in g
    # the same request in-process gets the same decision (greedy, same scores)
    d = tiny_guard.generate(USER, max_new_tokens=5)
    assert choice["message"]["content"] == d.text
    assert g["scores"]["refusal"]["score"] == pytest.approx(d.scores["refusal"]["score"], abs=1e-4)


def test_a_stopped_request_is_a_content_filter_with_the_policy_message(abstaining_guard):
    with TestClient(create_app(abstaining_guard)) as c:
        r = c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 5})
        out = r.json()
        assert r.status_code == 200
        assert out["choices"][0]["finish_reason"] == "content_filter"
        assert out["guardrail"]["action"] == "abstain" and out["guardrail"]["scores"]["familiarity"]["flagged"]
        assert out["choices"][0]["message"]["content"].startswith("I don't know enough about")
        # streamed: nothing generated is released, the stream is the policy message and ends content_filter
        s = c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 5, "stream": True})
        events = sse_events(s.text)
        text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events[:-1] if e["choices"])
        assert text == out["choices"][0]["message"]["content"]
        assert events[-2]["choices"][0]["finish_reason"] == "content_filter"
        assert events[-2]["guardrail"]["action"] == "abstain"
        metrics = c.get("/metrics").text
        assert 'guardrail_decisions_total{action="abstain",endpoint="chat"} 2.0' in metrics
        assert 'guardrail_flags_total{action="abstain",endpoint="chat",signal="familiarity"} 2.0' in metrics


def test_the_stream_is_the_non_streamed_reply_in_pieces(client):
    full = _chat(client, max_tokens=12).json()
    r = _chat(client, max_tokens=12, stream=True, stream_options={"include_usage": True})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    assert r.text.endswith("data: [DONE]\n\n")
    events = sse_events(r.text)
    assert events[-1] == "[DONE]"
    assert events[0]["choices"][0]["delta"]["role"] == "assistant"
    deltas = [e["choices"][0]["delta"].get("content") or "" for e in events[:-1] if e["choices"]]
    assert "".join(deltas) == full["choices"][0]["message"]["content"]
    final, usage = events[-3], events[-2]
    assert final["choices"][0]["finish_reason"] == full["choices"][0]["finish_reason"]
    assert final["guardrail"]["scores"]["refusal"]["score"] == full["guardrail"]["scores"]["refusal"]["score"]
    assert usage["choices"] == [] and usage["usage"] == full["usage"]
    assert len({e["id"] for e in events[:-1]}) == 1


def test_stop_sequences_cut_the_reply(client):
    full = _chat(client, max_tokens=12).json()["choices"][0]["message"]["content"]
    stop = full.strip()[3:5]
    cut = _chat(client, max_tokens=12, stop=[stop]).json()
    assert stop not in cut["choices"][0]["message"]["content"]
    assert full.startswith(cut["choices"][0]["message"]["content"])
    assert cut["choices"][0]["finish_reason"] == "stop"


def test_a_tool_choice_that_asks_for_a_call_opens_the_reply_with_one(tiny_guard):
    """``tool_choice`` "required" or a named function: the reply is forced to open a Hermes tool call (with the
    named function written in), so a small model answers with a call; "auto" leaves the reply to the model."""
    scripted = ScriptedGuard(tiny_guard)
    ask = [{"role": "user", "content": "Weather in Paris?"}]
    with TestClient(create_app(scripted)) as c:
        for choice, prefix in (("auto", None), ("required", '<tool_call>\n{"name": "'),
                               ({"type": "function", "function": {"name": "get_weather"}},
                                '<tool_call>\n{"name": "get_weather", "arguments": ')):
            r = c.post("/v1/chat/completions", json={"messages": ask, "tools": WEATHER, "tool_choice": choice,
                                                     "max_tokens": 4})
            assert r.status_code == 200 and scripted.kwargs[-1].get("reply_prefix") == prefix


def test_tool_calls_come_back_in_the_openai_format(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, lambda m: tool_call_text("get_weather", {"city": "Paris"}, "Let me look."))
    with TestClient(create_app(scripted)) as c:
        r = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Weather in Paris?"}],
                                                 "tools": WEATHER, "tool_choice": "auto"})
        out = r.json()
        choice = out["choices"][0]
        assert choice["finish_reason"] == "tool_calls"
        call = choice["message"]["tool_calls"][0]
        assert call["type"] == "function" and call["function"]["name"] == "get_weather"
        assert json.loads(call["function"]["arguments"]) == {"city": "Paris"} and call["id"].startswith("call_")
        assert choice["message"]["content"] == "Let me look."
        assert out["guardrail"]["tool_checks"][0]["action"] == "allow"
        # the tools prompt reached the model
        s = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Weather in Paris?"}],
                                                 "tools": WEATHER, "stream": True})
        events = sse_events(s.text)
        calls = [tc for e in events[:-1] if e["choices"] for tc in e["choices"][0]["delta"].get("tool_calls") or []]
        assert calls[0]["index"] == 0 and calls[0]["function"]["name"] == "get_weather"
        assert events[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_without_tools_a_tool_call_shaped_reply_is_plain_text(tiny_guard):
    text = tool_call_text("get_weather", {"city": "Paris"})
    with TestClient(create_app(ScriptedGuard(tiny_guard, lambda m: text))) as c:
        out = c.post("/v1/chat/completions", json={"messages": USER}).json()
        assert out["choices"][0]["message"]["content"] == text and "tool_calls" not in out["choices"][0]["message"]


def test_a_catastrophic_tool_call_is_withheld(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, lambda m: tool_call_text("shell", {"command": "rm -rf ~"}))
    with TestClient(create_app(scripted)) as c:
        out = c.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Clean up my disk"}],
                                                   "tools": SHELL}).json()
        choice = out["choices"][0]
        assert choice["finish_reason"] == "content_filter" and "tool_calls" not in choice["message"]
        assert choice["message"]["content"] == "Action 'shell' was blocked by the guard."
        assert out["guardrail"]["action"] == "block"
        assert out["guardrail"]["tool_checks"][0]["tool"] == "shell"
        assert any("catastrophic" in r for r in out["guardrail"]["reasons"])


def test_a_conversation_with_tool_turns_is_read(tiny_guard):
    scripted = ScriptedGuard(tiny_guard, lambda m: "It is sunny.")
    msgs = [{"role": "system", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "Weather in Paris?"}]},
            {"role": "assistant", "content": None,
             "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "sunny, 21 C"}]
    with TestClient(create_app(scripted)) as c:
        r = c.post("/v1/chat/completions", json={"messages": msgs, "tools": WEATHER})
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "It is sunny."
        assert r.json()["choices"][0]["finish_reason"] == "stop"


def test_check_endpoint(client):
    r = client.post("/v1/guard/check", json={"messages": USER, "response": "Mix flour, water and salt."})
    out = r.json()
    assert r.status_code == 200 and out["object"] == "guardrail.check"
    assert out["action"] == "allow" and out["allowed"] is True and out["message"] is None
    assert "manipulation" in out["guardrail"]["scores"]  # a reply signal read the proposed response
    r = client.post("/v1/guard/check", json={"messages": USER, "tool_call": {
        "type": "function", "function": {"name": "shell", "arguments": "{\"command\": \"rm -rf /\"}"}}})
    assert r.json()["action"] == "block" and r.json()["allowed"] is False
    assert r.json()["guardrail"]["scores"]["action"]["catastrophic"] is True
    r = client.post("/v1/guard/check", json={"messages": USER, "response": "x", "tool_call": {"name": "ls"}})
    assert r.status_code == 400 and "not both" in r.json()["error"]["message"]


def test_an_unguarded_server_generates_and_has_no_check(tiny_guard):
    with TestClient(create_app(tiny_guard, guarded=False)) as c:
        out = c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 4}).json()
        assert out["guardrail"]["guarded"] is False and out["guardrail"]["reasons"] == ["guard off"]
        assert out["usage"]["prompt_tokens"] > 0
        r = c.post("/v1/guard/check", json={"messages": USER})
        assert r.status_code == 400 and r.json()["error"]["code"] == "guard_unavailable"


BAD = [
    ("{not json", None, "invalid_json"),
    ('{"messages": []}', "messages", None),
    ('{"messages": [{"role": "robot", "content": "x"}]}', "messages[0].role", None),
    ('{"messages": [{"role": "user", "content": 5}]}', "messages[0].content", None),
    ('{"messages": [{"role": "user"}]}', "messages[0]", None),
    ('{"messages": [{"role": "user", "content": "x"}], "n": 2}', "n", None),
    ('{"messages": [{"role": "user", "content": "x"}], "max_tokens": "5"}', "max_tokens", None),
    ('{"messages": [{"role": "user", "content": "x"}], "max_tokens": 0}', "max_tokens", None),
    ('{"messages": [{"role": "user", "content": "x"}], "max_tokens": 65}', "max_tokens", "max_tokens_too_large"),
    ('{"messages": [{"role": "user", "content": "x"}], "temperature": 3}', "temperature", None),
    ('{"messages": [{"role": "user", "content": "x"}], "stream": "yes"}', "stream", None),
    ('{"messages": [{"role": "user", "content": "x"}], "logprobs": true}', "logprobs", None),
    ('{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}',
     "messages[0].content[0]", None),
    ('{"messages": [{"role": "user", "content": "x"}], "tool_choice": {"type": "function", "function": '
     '{"name": "nope"}}}', None, None),
    ('{"messages": [{"role": "user", "content": "   "}]}', None, "invalid_input"),
    ('[1, 2]', None, None),
    # limits (a long stop string becomes a vocabulary x length table in transformers; many tiny messages
    # allocate per-message masks before the token limit is reached; an out-of-range seed used to be a 500)
    ('{"messages": [{"role": "user", "content": "x"}], "stop": "' + "x" * 257 + '"}', "stop", None),
    ('{"messages": [{"role": "user", "content": "x"}], "stop": ["a", "b", "c", "d", "e"]}', "stop", None),
    ('{"messages": [' + ", ".join(['{"role": "user", "content": "x"}'] * 513) + ']}', "messages", None),
    ('{"messages": [{"role": "user", "content": "x"}], "tools": ['
     + ", ".join(['{"type": "function", "function": {"name": "t"}}'] * 129) + ']}', "tools", None),
    ('{"messages": [{"role": "user", "content": "x"}], "seed": 18446744073709551616}', "seed", None),
    ('{"messages": [{"role": "user", "content": "x"}], "seed": -9223372036854775809}', "seed", None),
]


@pytest.mark.parametrize("body,param,code", BAD)
def test_bad_requests_get_an_openai_error(client, body, param, code):
    r = client.post("/v1/chat/completions", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["type"] == "invalid_request_error"
    assert err["message"]
    if param is not None:
        assert err["param"] == param
    if code is not None:
        assert err["code"] == code


def test_unknown_routes_and_methods_get_an_openai_error(client):
    r = client.get("/v1/nothing")
    assert r.status_code == 404 and r.json()["error"]["type"] == "not_found_error"
    r = client.get("/v1/chat/completions")
    assert r.status_code == 405 and "error" in r.json()
    assert client.get("/v1/models/not-this-one").json()["error"]["code"] == "model_not_found"


def test_models_and_health(client, tiny_guard):
    assert client.get("/v1/models").json()["data"][0]["id"] == tiny_guard.lm.name
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["guarded"] is True


def test_an_oversized_body_is_413(tiny_guard):
    with TestClient(create_app(tiny_guard, max_body_bytes=2000)) as c:
        big = {"messages": [{"role": "user", "content": "x" * 3000}]}
        r = c.post("/v1/chat/completions", json=big)
        assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"

        def chunks():  # no Content-Length: the limit is counted while reading
            for _ in range(5):
                yield b"x" * 1000

        r = c.post("/v1/chat/completions", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 2}).status_code == 200


def test_api_keys(tiny_guard, tmp_path, monkeypatch):
    keyfile = tmp_path / "keys"
    keyfile.write_text("# one key per line\nfile-key\n\n")
    monkeypatch.setenv("GUARDRAIL_API_KEYS", "env-key-1, env-key-2")
    with TestClient(create_app(tiny_guard, api_keys=["code-key"], api_key_file=str(keyfile))) as c:
        body = {"messages": USER, "max_tokens": 2}
        r = c.post("/v1/chat/completions", json=body)
        assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
        assert r.headers["www-authenticate"] == "Bearer"
        for bad in ("Bearer wrong", "Bearer ", "file-key", "Basic file-key", "Bearer code-key2"):
            assert c.post("/v1/chat/completions", json=body, headers={"Authorization": bad}).status_code == 401
        for good in ("code-key", "file-key", "env-key-1", "env-key-2"):
            r = c.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {good}"})
            assert r.status_code == 200, good
        assert c.get("/healthz").status_code == 200  # open, for load balancers
        assert c.get("/metrics").status_code == 401
        assert c.get("/v1/models").status_code == 401
        assert 'guardrail_http_errors_total{status="401"}' in c.get(
            "/metrics", headers={"Authorization": "Bearer code-key"}).text


def test_an_unreadable_key_file_is_an_error(tiny_guard, tmp_path):
    from guardrail.errors import GuardrailError

    with pytest.raises(GuardrailError, match="API key file"):
        create_app(tiny_guard, api_key_file=str(tmp_path / "missing"))


def test_the_check_endpoint_caps_the_number_of_messages(client):
    r = client.post("/v1/guard/check", json={"messages": [{"role": "user", "content": "x"}] * 513, "response": "y"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "messages"
    r = client.post("/v1/guard/check", json={"messages": [{"role": "user", "content": "x"}] * 512, "response": "y"})
    assert r.status_code == 200 or r.json()["error"]["code"] == "invalid_input", r.text  # past the schema


def test_extreme_seeds_and_tiny_temperatures_are_answered(client):
    for seed in (2**64 - 1, -(2**63)):
        r = _chat(client, max_tokens=2, temperature=0.7, seed=seed)
        assert r.status_code == 200, r.text
    greedy = _chat(client, max_tokens=4).json()["choices"][0]["message"]["content"]
    r = _chat(client, max_tokens=4, temperature=1e-7)  # would divide the logits into inf / NaN probabilities
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == greedy


def test_a_request_during_shutdown_is_503_not_500(tiny_guard):
    c = TestClient(create_app(tiny_guard))
    with c:
        assert c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 2}).status_code == 200
    # the lifespan ended: the scheduler is stopped and refuses new jobs
    for body in ({"messages": USER, "max_tokens": 2}, {"messages": USER, "max_tokens": 2, "stream": True}):
        r = c.post("/v1/chat/completions", json=body)
        assert r.status_code == 503, r.text
        assert r.json()["error"]["code"] == "cancelled" and r.json()["error"]["type"] == "server_error"
    r = c.post("/v1/guard/check", json={"messages": USER, "response": "y"})
    assert r.status_code == 503


def test_per_request_policy_overrides_are_opt_in(client, tiny_guard):
    override = {"guardrail": {"policy": {"familiarity": {"threshold": 0.0}}}}
    r = _chat(client, max_tokens=3, **override)
    assert r.status_code == 403 and r.json()["error"]["code"] == "policy_overrides_disabled"
    with TestClient(create_app(tiny_guard, allow_policy_overrides=True)) as c:
        r = c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 3, **override})
        assert r.status_code == 200, r.text
        assert r.json()["guardrail"]["action"] == "abstain"  # the override took effect for this request only
        r = c.post("/v1/chat/completions", json={"messages": USER, "max_tokens": 3})
        assert r.json()["guardrail"]["action"] == "allow"
        r = c.post("/v1/chat/completions", json={"messages": USER, "guardrail": {"policy": {"refusal": {"acton": 1}}}})
        assert r.status_code == 400 and "did you mean 'action'" in r.json()["error"]["message"]
        r = c.post("/v1/chat/completions", json={"messages": USER, "guardrail": {"polcy": {}}})
        assert r.status_code == 400
    assert tiny_guard.policy.familiarity.threshold == 1.0  # the server's guard is untouched
