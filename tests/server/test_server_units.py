"""Pure parts of the server: batching by settings, the streaming safe window, the text releaser, transcript
conversion, tool-call parsing, and the serve command's options (no model)."""

from __future__ import annotations

import collections
import json

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail.server.convert import (goal_and_context, to_guard_messages, tool_prefill, tool_results_since_user,
                                      with_tools)
from guardrail.server.scheduler import CallJob, GenJob, GenSettings, take_batch
from guardrail.server.schemas import ChatCompletionRequest
from guardrail.server.streaming import BatchStreamer, GenerationCancelled, RowStream, TextReleaser
from guardrail.tool_calls import parse_tool_calls, to_openai


def _job(n=8, **kw):
    return GenJob([{"role": "user", "content": "x"}], GenSettings(n, **kw), finish=lambda d: d)


def test_take_batch_groups_equal_settings_and_keeps_the_order_of_the_rest():
    a, b, c, d, e = _job(8), _job(16), _job(8), _job(8, temperature=0.7), _job(8)
    q = collections.deque([a, b, c, d, e])
    assert take_batch(q, max_batch=8) == [a, c, e]
    assert list(q) == [b, d]
    q = collections.deque([a, c, e])
    assert take_batch(q, max_batch=2) == [a, c] and list(q) == [e]


def test_seeded_requests_and_checks_run_alone():
    s1, s2 = _job(8, seed=1), _job(8, seed=1)
    check = CallJob(lambda: None)
    q = collections.deque([s1, s2, check])
    assert take_batch(q, 8) == [s1]
    assert take_batch(q, 8) == [s2]
    assert take_batch(q, 8) == [check]


def test_generation_settings_become_generate_arguments():
    assert GenSettings(8).gen_kwargs(None) == {}
    kw = GenSettings(8, temperature=0.5, top_p=0.9, stop=("\n",)).gen_kwargs("tok")
    assert kw == {"do_sample": True, "temperature": 0.5, "top_p": 0.9, "stop_strings": ["\n"], "tokenizer": "tok"}
    assert GenSettings(8, top_p=0.9).batch_key() == GenSettings(8, top_p=0.5).batch_key()  # greedy ignores top_p


def _row(window=0, guarded=True, stops=(), buffered=False):
    out = []
    row = RowStream(lambda ids: "".join(f"w{i} " for i in ids), out.append, eos={0}, guarded=guarded,
                    window=window, stops=stops, buffered=buffered)
    return row, out


def test_a_token_is_released_only_once_the_guard_has_scored_it_and_the_window_passed():
    row, out = _row(window=0)
    for t in (1, 2):
        row.put(t)
    assert out == []  # token 1 is scored in the pass that reads token 2; its check shows when token 3 arrives
    row.put(3)
    assert "".join(out) == "w1"
    row.put(4)
    assert "".join(out) == "w1 w2"
    row2, out2 = _row(window=2)
    for t in (1, 2, 3, 4, 5):
        row2.put(t)
    assert "".join(out2) == "w1"


def test_a_row_stopped_by_the_guard_releases_nothing_more():
    row, out = _row(window=0)
    for t in (1, 2, 3):
        row.put(t)
    row.put(0)  # padding from the step after the guard stopped it
    row.put(7)  # (never happens after padding; ignored if it did)
    assert "".join(out) == "w1" and row.done


def test_unguarded_and_buffered_rows():
    row, out = _row(guarded=False)
    row.put(1)
    assert "".join(out) == "w1"
    row, out = _row(buffered=True)
    for t in (1, 2, 3, 4, 5):
        row.put(t)
    assert out == []


def test_batch_streamer_dispatches_rows_and_aborts_when_every_client_left():
    r1, o1 = _row(guarded=False)
    alive = [True]
    bs = BatchStreamer([r1, None], alive=lambda: alive[0])
    bs.put(torch.zeros(2, 4, dtype=torch.long))  # the prompt
    bs.put(torch.tensor([5, 6]))
    assert "".join(o1) == "w5"
    alive[0] = False
    with pytest.raises(GenerationCancelled):
        bs.put(torch.tensor([7, 8]))
    assert not issubclass(GenerationCancelled, Exception)  # the guard's fail-closed handler must not swallow it


def test_text_releaser_holds_whitespace_partial_characters_and_possible_stops():
    r = TextReleaser(stops=("END",))
    assert r.update("  Hello ") == "Hello"
    assert r.update("  Hello wor\ufffd") == " wor"
    assert r.update("  Hello world E") == "ld"  # "E" may begin "END"
    assert r.update("  Hello world EN") == ""
    assert r.update("  Hello world ENDING more") == ""  # cut at the stop sequence
    assert r.emitted == "Hello world" and r.stopped
    assert r.remainder("Hello world") == ""
    assert r.remainder("Goodbye") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.lists(st.integers(1, 40), max_size=8))
def test_released_text_is_always_a_prefix_of_the_final_text(text, cuts):
    final = text.strip()
    r = TextReleaser()
    sent = ""
    for c in sorted(cuts):
        sent += r.update(text[:c])
        assert final.startswith(sent)
    assert sent + r.remainder(final) == final


def test_transcript_conversion():
    req = ChatCompletionRequest.model_validate({"messages": [
        {"role": "developer", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
        {"role": "assistant", "content": "Checking.", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "ls", "arguments": "{\"path\": \"/\"}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "etc usr"},
        {"role": "user", "content": "thanks, now delete it"}]})
    chat = to_guard_messages(req.messages)
    assert [m["role"] for m in chat] == ["system", "user", "assistant", "tool", "user"]
    assert chat[1]["content"] == "a\nb"
    assert chat[2]["content"] == 'Checking.\n<tool_call>\n{"name": "ls", "arguments": {"path": "/"}}\n</tool_call>'
    assert chat[3]["content"] == "<tool_response>\netc usr\n</tool_response>"
    goal, context = goal_and_context(chat)
    assert goal == "thanks, now delete it" and context == [chat[1]]
    # a tool call's observation: the tool results after the last user message (none here; then the ls result)
    assert tool_results_since_user(chat) == ""
    assert tool_results_since_user(chat[:4]) == "<tool_response>\netc usr\n</tool_response>"


def test_tools_prompt_and_tool_choice():
    tools = ChatCompletionRequest.model_validate({"messages": [{"role": "user", "content": "x"}], "tools": [
        {"type": "function", "function": {"name": "a"}}, {"type": "function", "function": {"name": "b"}}]}).tools
    chat = [{"role": "system", "content": "S"}, {"role": "user", "content": "x"}]
    assert with_tools(chat, tools, "none") == chat
    auto = with_tools(chat, tools, "auto")
    assert auto[0]["content"].startswith("S\n\n") and '"name": "a"' in auto[0]["content"]
    assert "must answer with a tool call" not in auto[0]["content"]
    named = ChatCompletionRequest.model_validate(
        {"messages": [{"role": "user", "content": "x"}], "tools": [t.model_dump() for t in tools],
         "tool_choice": {"type": "function", "function": {"name": "b"}}})
    forced = with_tools(chat[1:], named.tools, named.tool_choice)
    assert forced[0]["role"] == "system" and '"name": "a"' not in forced[0]["content"]
    assert "must answer with a tool call" in forced[0]["content"]
    assert tool_prefill(tools, "auto") is None and tool_prefill(tools, None) is None
    assert tool_prefill(None, "required") is None
    assert tool_prefill(tools, "required") == '<tool_call>\n{"name": "'
    assert tool_prefill(named.tools, named.tool_choice) == '<tool_call>\n{"name": "b", "arguments": '
    one, other = GenSettings(8, reply_prefix=tool_prefill(tools, "required")), GenSettings(8)
    assert one.batch_key() != other.batch_key() and one.gen_kwargs(None)["reply_prefix"].startswith("<tool_call>")
    assert "reply_prefix" not in other.gen_kwargs(None)


def test_tool_calls_in_openai_format():
    content, calls, invalid = parse_tool_calls('Sure.<tool_call>{"name": "ls", "arguments": {"path": "/"}}'
                                               '</tool_call><tool_call>{"name": "rm", oops}</tool_call>')
    assert content == "Sure." and invalid[0]["name"] == "rm"
    [call] = to_openai(calls)
    assert call["type"] == "function" and call["function"]["name"] == "ls"
    assert json.loads(call["function"]["arguments"]) == {"path": "/"}


def test_serve_command_passes_its_options(monkeypatch, tmp_path):
    import typer
    from typer.testing import CliRunner

    import guardrail.server
    import guardrail.server.cli as server_cli

    seen = {}
    monkeypatch.setattr(server_cli, "_load_guard", lambda *a: seen.setdefault("load", a) and "GUARD")
    monkeypatch.setattr(guardrail.server, "serve", lambda guard, **kw: seen.update(guard=guard, **kw))
    app = typer.Typer()
    app.command("serve")(server_cli.serve_command)
    app.command("other")(lambda: None)  # two commands, so "serve" is a subcommand as in guardrail.cli
    keys = tmp_path / "keys"
    r = CliRunner().invoke(app, ["serve", "--port", "9001", "--max-batch", "4", "--queue-size", "3",
                                 "--timeout", "7.5", "--api-key-file", str(keys), "--no-guard"])
    assert r.exit_code == 0, r.output
    assert seen["load"] == (None, None, None, True, "transformers", None)
    assert seen["guard"] == "GUARD" and seen["host"] == "127.0.0.1" and seen["port"] == 9001
    assert seen["max_batch"] == 4 and seen["queue_size"] == 3 and seen["request_timeout_s"] == 7.5
    assert seen["api_key_file"] == str(keys) and seen["guarded"] is False
    help_text = CliRunner().invoke(app, ["serve", "--help"]).output
    for opt in ("--model", "--pack", "--policy", "--host", "--port", "--max-batch", "--queue-size", "--timeout",
                "--api-key-file", "--backend", "--vllm-args"):
        assert opt in help_text


def test_serve_backend_errors_are_clear(monkeypatch):
    import importlib.util

    import pytest

    from guardrail.errors import GuardrailError
    from guardrail.server.cli import _load_guard

    with pytest.raises(GuardrailError, match="--backend must be"):
        _load_guard(None, None, None, True, "tensorrt")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("vllm", "guardrail_vllm")
                        else real(name, *a))
    with pytest.raises(GuardrailError, match="make vllm-setup"):
        _load_guard(None, None, None, True, "vllm")


def test_the_cli_module_loads_without_the_server_stack_and_the_server_without_langchain():
    import subprocess
    import sys

    code = ("import sys; import guardrail.server.cli; "
            "assert not {'fastapi', 'uvicorn', 'starlette'} & set(sys.modules), 'cli pulled in the server stack'; "
            "import guardrail.server.app; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('langchain', 'langchain_core', 'vllm', "
            "'guardrail_langchain')); assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]


# -- regressions of the review: limits, aborting abandoned batches, keys, withheld tool calls, shutdown -----------
class _FakeLM:
    tokenizer = None


class _TokenGuard:
    """A guard whose generation hands ``n`` tokens to the streamer it gets, one every ``delay_s``, like generate."""

    lm = _FakeLM()

    def __init__(self, n=200, delay_s=0.0):
        self.n, self.delay_s = n, delay_s
        self.calls, self.tokens_put, self.streamers = [], 0, []
        self.started = __import__("threading").Event()

    def generate_batch(self, batch, *, max_new_tokens=None, guard=True, **kw):
        import time

        from guardrail import Decision

        self.calls.append(len(batch))
        streamer = kw.get("streamer")
        self.streamers.append(streamer)
        assert streamer is not None, "every batch must get a streamer, streamed or not"
        streamer.put(torch.zeros(len(batch), 1, dtype=torch.long))
        for _ in range(self.n):
            self.started.set()
            time.sleep(self.delay_s)
            streamer.put(torch.ones(len(batch), dtype=torch.long))
            self.tokens_put += 1
        return [Decision(f"r{i}", "allow", "text", generated_tokens=self.n) for i in range(len(batch))]


def _scheduler(guard, **kw):
    from guardrail.server.metrics import Metrics
    from guardrail.server.scheduler import Scheduler

    return Scheduler(guard, guarded=True, metrics=Metrics(), batch_window_s=0, **kw)


def test_a_non_streamed_batch_whose_clients_all_left_stops_at_the_next_token():
    from guardrail.server.scheduler import Cancelled

    g = _TokenGuard(n=10_000, delay_s=0.001)
    finished = []
    sch = _scheduler(g)
    sch.start()
    try:
        job = GenJob([{"role": "user", "content": "x"}], GenSettings(10_000), finish=finished.append)
        fut = sch.submit(job)
        assert g.started.wait(10)
        job.abandon()  # the client timed out or disconnected (no stream)
        with pytest.raises(Cancelled):
            fut.result(10)
        assert g.tokens_put < 10_000 and finished == []
        assert g.streamers[0].rows == [None]
    finally:
        sch.stop()


def test_a_row_whose_client_left_during_its_batch_gets_no_answer_built():
    from guardrail import Decision
    from guardrail.server.scheduler import Cancelled

    built = []
    sch = _scheduler(_TokenGuard(n=3))
    stay = GenJob([{"role": "user", "content": "a"}], GenSettings(3), finish=lambda d: built.append("stay") or d)
    gone = GenJob([{"role": "user", "content": "b"}], GenSettings(3), finish=lambda d: built.append("gone") or d)

    def decide(jobs):  # the batch: "gone"'s client leaves while it runs; the generation goes on for "stay"
        gone.abandon()
        return [Decision("x", "allow", "t")] * len(jobs)

    sch._decide = decide
    sch._run_generation([stay, gone])
    assert built == ["stay"] and stay.future.result().text == "t"
    with pytest.raises(Cancelled):
        gone.future.result()


def test_the_streamer_aborts_a_generation_when_the_server_stops():
    from guardrail.server.scheduler import Cancelled

    g = _TokenGuard(n=100_000, delay_s=0.001)
    sch = _scheduler(g)
    sch.start()
    fut = sch.submit(GenJob([{"role": "user", "content": "x"}], GenSettings(8), finish=lambda d: d))
    assert g.started.wait(10)
    sch.stop(timeout=10)
    assert not sch.alive  # the running generation stopped at its next token
    with pytest.raises(Cancelled, match="shutting down"):
        fut.result(1)
    with pytest.raises(Cancelled):
        sch.submit(CallJob(lambda: None))
    assert sch.stopping


def test_a_tiny_positive_temperature_is_greedy():
    for t in (1e-9, 5e-6, 0.0):
        s = GenSettings(8, temperature=t, top_p=0.5)
        assert s.gen_kwargs(None) == {} and s.batch_key() == GenSettings(8).batch_key()
    assert GenSettings(8, temperature=1e-5).gen_kwargs(None) == {"do_sample": True, "temperature": 1e-5}


def test_request_limits_in_the_schemas():
    from pydantic import ValidationError

    from guardrail.server.schemas import MAX_MESSAGES, GuardCheckRequest

    msg = {"role": "user", "content": "x"}
    for model in (ChatCompletionRequest, GuardCheckRequest):
        model.model_validate({"messages": [msg] * MAX_MESSAGES})
        with pytest.raises(ValidationError) as e:
            model.model_validate({"messages": [msg] * 50_000})
        assert e.value.errors()[0]["loc"] == ("messages",) and len(e.value.errors()) == 1
    tool = {"type": "function", "function": {"name": "t"}}
    ChatCompletionRequest.model_validate({"messages": [msg], "tools": [tool] * 128})
    for bad in ({"tools": [tool] * 129}, {"stop": "x" * 257}, {"stop": ["a", "x" * 257]}, {"stop": ["a"] * 5},
                {"seed": 2**64}, {"seed": -(2**63) - 1}):
        with pytest.raises(ValidationError):
            ChatCompletionRequest.model_validate({"messages": [msg], **bad})
    for ok in ({"stop": "x" * 256}, {"stop": ["a"] * 4}, {"seed": 2**64 - 1}, {"seed": -(2**63)}):
        ChatCompletionRequest.model_validate({"messages": [msg], **ok})
    for seed in (2**64 - 1, -(2**63)):  # every seed the schema lets through is one torch accepts
        torch.manual_seed(seed)
    torch.manual_seed(0)


def test_api_keys_are_compared_by_digest_against_every_key(monkeypatch):
    from guardrail.server import middleware
    from guardrail.server.middleware import authorized, key_digest

    digests = tuple(key_digest(k) for k in ("alpha", "a-much-longer-second-key", "k3"))
    seen = []
    real = middleware.hmac.compare_digest

    def spy(a, b):
        seen.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(middleware.hmac, "compare_digest", spy)
    assert authorized("Bearer alpha", digests)  # matches the first key, and still compares all three
    assert seen == [(32, 32)] * 3
    seen.clear()
    assert not authorized("Bearer alph", digests) and not authorized("Bearer " + "x" * 5000, digests)
    assert seen == [(32, 32)] * 6  # the presented key's length never reaches the comparison
    assert not authorized(None, digests) and not authorized("Bearer ", digests)
    assert authorized("bearer k3", digests)


def test_a_withheld_tool_call_never_shows_the_call_in_the_content():
    from guardrail import Decision
    from guardrail.server.completion import BLOCKED, WITHHELD, CompletionBuilder
    from server_helpers import tool_call_text

    class Checker:
        def __init__(self, action, text):
            self.action, self.text = action, text

        def check(self, goal, action, **kw):
            return Decision("c1", self.action, self.text if self.text is not None else
                            f"Action: {action.describe()}", ["flagged"])

    reply = tool_call_text("shell", {"command": "cat ~/.ssh/id_rsa"}, "Sure.")
    chat = [{"role": "user", "content": "show my key"}]
    cases = [("escalate", None, WITHHELD), ("escalate", "Some policy text.", WITHHELD), ("block", None, BLOCKED),
             ("block", "Action 'shell' was blocked by the guard.", "Action 'shell' was blocked by the guard.")]
    for action, text, expected in cases:
        b = CompletionBuilder(chat=chat, guarded=True, max_new_tokens=64, tools=True, checker=Checker(action, text))
        comp = b.build(Decision("g1", "allow", reply, generated_tokens=20))
        assert comp.finish_reason == "content_filter" and comp.tool_calls == []
        assert comp.content == expected and "id_rsa" not in comp.content and "Action:" not in comp.content
        assert comp.guardrail["action"] == action
        assert comp.guardrail["tool_checks"][0]["arguments"] == {"command": "cat ~/.ssh/id_rsa"}


def test_a_steered_replys_tool_calls_are_withheld():
    """A request flagged and steered into a refusal: a call that survived the steering never leaves the server."""
    from guardrail import Decision
    from guardrail.server.completion import STEERED, CompletionBuilder
    from server_helpers import tool_call_text

    reply = tool_call_text("send_email", {"to": "ex@example.com", "body": "Pay me."}, "")
    b = CompletionBuilder(chat=[{"role": "user", "content": "threaten my ex"}], guarded=True, max_new_tokens=64,
                          tools=True, checker=None)
    comp = b.build(Decision("g1", "steer", reply, ["harmful intent"], generated_tokens=20))
    assert comp.finish_reason == "content_filter" and comp.tool_calls == [] and comp.content == STEERED
    assert comp.guardrail["withheld_tool_calls"] == [{"name": "send_email",
                                                      "arguments": {"to": "ex@example.com", "body": "Pay me."}}]
    allowed = b.build(Decision("g2", "allow", reply, [], generated_tokens=20))
    assert allowed.finish_reason == "tool_calls" and len(allowed.tool_calls) == 1


def test_a_handler_cancelled_while_waiting_abandons_its_job(tiny_guard, monkeypatch):
    import asyncio

    from guardrail.server.app import ServerConfig, ServerState

    st_ = ServerState(tiny_guard, ServerConfig(model_name="m", guarded=True), None)
    monkeypatch.setattr(st_.scheduler, "start", lambda: None)  # no worker: the job stays queued

    class Req:
        async def is_disconnected(self):
            return False

    job = GenJob([{"role": "user", "content": "x"}], GenSettings(8), finish=lambda d: d)

    async def main():
        task = asyncio.ensure_future(st_.wait(job, Req(), __import__("time").perf_counter()))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert job.gone()
