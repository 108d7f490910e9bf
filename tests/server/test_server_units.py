"""Pure parts of the server: batching by settings, the streaming safe window, the text releaser, transcript
conversion, tool-call parsing, and the serve command's options (no model)."""

from __future__ import annotations

import collections
import json

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail.server.convert import goal_and_context, to_guard_messages, with_tools
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
    assert seen["load"] == (None, None, None, True)
    assert seen["guard"] == "GUARD" and seen["host"] == "127.0.0.1" and seen["port"] == 9001
    assert seen["max_batch"] == 4 and seen["queue_size"] == 3 and seen["request_timeout_s"] == 7.5
    assert seen["api_key_file"] == str(keys) and seen["guarded"] is False
    help_text = CliRunner().invoke(app, ["serve", "--help"]).output
    for opt in ("--model", "--pack", "--policy", "--host", "--port", "--max-batch", "--queue-size", "--timeout",
                "--api-key-file"):
        assert opt in help_text


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
