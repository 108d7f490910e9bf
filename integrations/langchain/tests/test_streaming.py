"""``GuardedChatModel.stream`` / ``astream`` token by token, with the server's safe window
(:mod:`guardrail.server.streaming`), on the real embedded model: chunks arrive while the model is still
generating; a reply the guard stops mid-stream ends with the policy message and never shows a token the guard had
not cleared (minus the window); an early break stops the generation; with tools bound the reply is held."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import threading

import pytest
from langchain_core.tools import tool
from pydantic import ValidationError

from guardrail import Guard
from guardrail.server.streaming import GenerationCancelled
from guardrail_langchain import GuardedChatModel

BREAD = "How do I bake sourdough bread at home?"
VOLATILE = ("request_id", "latency_ms")  # differ between two runs of the same request


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def guard(lm):
    return Guard(lm, audit=None)


@pytest.fixture(scope="module")
def stopping_guard(lm):
    """A guard that stops every reply mid-stream: the in-generation manipulation check judges the reply from its
    12th token on, at a stream threshold of 0 (its own pack, so the other guards keep the calibrated one)."""
    g = Guard(lm, audit=None)
    g.pack["manipulation"].params.update(min_tokens=12, stream_threshold=0.0)
    return g


@contextlib.contextmanager
def forward_passes(lm):
    """``n[0]``: the model's forward passes so far (the prompt pass and one per generated token)."""
    n = [0]
    handle = lm.model.register_forward_hook(lambda *_: n.__setitem__(0, n[0] + 1))
    try:
        yield n
    finally:
        handle.remove()


def _decision(msg) -> dict:
    return {k: v for k, v in msg.response_metadata["guardrail"].items() if k not in VOLATILE}


@pytest.fixture()
def generation_outcome(guard, monkeypatch):
    """Wraps ``guard.generate``: ``done`` is set when a generation returns or raises, ``error`` is what it raised."""
    out = {"done": threading.Event(), "error": None}
    real = guard.generate

    def spy(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        except BaseException as e:
            out["error"] = e
            raise
        finally:
            out["done"].set()

    monkeypatch.setattr(guard, "generate", spy)
    return out


def test_a_benign_reply_streams_while_it_is_generated(guard):
    model = GuardedChatModel(guard=guard, max_new_tokens=24)
    whole = model.invoke(BREAD)
    assert whole.response_metadata["guardrail"]["action"] == "allow" and whole.usage_metadata["output_tokens"] == 24
    with forward_passes(guard.lm) as n:
        seen = [(c, n[0]) for c in model.stream(BREAD)]
        total = n[0]
    chunks = [c for c, _ in seen]
    texts = [(c.content, at) for c, at in seen if c.content]
    assert len(texts) > 5  # token by token, not one piece at the end
    # the first text left after ~2 + window tokens, long before the 24 tokens (25 passes) were generated
    assert texts[0][1] <= 2 + model.stream_window + 3 < total
    assert "".join(c.content for c in chunks) == whole.content  # greedy: the same reply
    last = chunks[-1]
    assert last.chunk_position == "last" and _decision(last) == _decision(whole)
    assert last.response_metadata["model_name"] == whole.response_metadata["model_name"]
    merged = sum(chunks[1:], chunks[0])
    assert merged.usage_metadata["output_tokens"] == 24 and merged.content == whole.content


def test_a_stopped_stream_ends_with_the_policy_message_and_withholds_what_was_not_cleared(stopping_guard):
    """The check stops the reply at the step it first judges it (after ``judged`` reply tokens; one more was
    already sampled). The stream may release only the tokens the guard had cleared before that step, minus the
    window, then the policy message: with window 0, all of them; with window 4, four fewer."""
    g = stopping_guard
    message = g.policy.manipulation.message
    tok = g.lm.tokenizer
    ids = tok.encode(g.generate(BREAD, max_new_tokens=40, guard=False).text, add_special_tokens=False)
    released = {}
    for window in (0, 4):
        model = GuardedChatModel(guard=g, max_new_tokens=40, stream_window=window)
        whole = model.invoke(BREAD)
        meta = whole.response_metadata["guardrail"]
        assert meta["action"] == "abstain" and meta["scores"]["manipulation"]["flagged"] and whole.content == message
        judged = meta["scores"]["manipulation"]["tokens"]
        assert judged == 12 and whole.usage_metadata["output_tokens"] == judged + 1
        chunks = list(model.stream(BREAD))
        text = "".join(c.content for c in chunks)
        assert text.endswith(message) and chunks[-2].content.endswith(message)
        assert chunks[-1].chunk_position == "last" and _decision(chunks[-1]) == _decision(whole)
        assert chunks[-1].response_metadata["guardrail"]["text"] == message
        sent = text[: -len(message)]
        assert sent.endswith("\n\n")  # text went out before the stop: the message follows it
        released[window] = sent.removesuffix("\n\n")
        cleared = judged - 1  # tokens 0..judged-2 passed every check before the step that stopped the reply
        ks = [k for k in range(cleared - window + 1) if tok.decode(ids[:k]).strip() == released[window]]
        assert ks, (window, released[window], tok.decode(ids[:cleared]))
        assert max(ks) >= cleared - window - 1  # and it did release (nearly) all of those
    assert released[0].startswith(released[4]) and len(released[0]) > len(released[4])


def test_astream_keeps_the_loop_free_and_matches_invoke(guard):
    model = GuardedChatModel(guard=guard, max_new_tokens=16)
    whole = model.invoke(BREAD)

    async def run():
        ticks, stop = [0], asyncio.Event()

        async def ticker():
            while not stop.is_set():
                ticks[0] += 1
                await asyncio.sleep(0.005)

        t = asyncio.create_task(ticker())
        chunks = [c async for c in model.astream(BREAD)]
        stop.set()
        await t
        return chunks, ticks[0]

    chunks, ticks = asyncio.run(run())
    assert sum(1 for c in chunks if c.content) > 3
    assert "".join(c.content for c in chunks) == whole.content
    assert _decision(chunks[-1]) == _decision(whole)
    assert ticks > 20  # the loop kept running while the model generated (~1 s)


def test_an_early_break_stops_the_generation_async(guard, generation_outcome):
    model = GuardedChatModel(guard=guard, max_new_tokens=200)

    async def run():
        async with contextlib.aclosing(model.astream(BREAD)) as stream:
            async for c in stream:
                if c.content:
                    break
        # LangChain's astream drops its inner generator on close; asyncio closes that one in a task of its own
        return await asyncio.to_thread(generation_outcome["done"].wait, 30)

    with forward_passes(guard.lm) as n:
        assert asyncio.run(run())
    assert isinstance(generation_outcome["error"], GenerationCancelled)
    assert n[0] < 40  # stopped a step or two after the break, not after 200 tokens


def test_an_early_break_stops_the_generation_sync(guard, generation_outcome):
    model = GuardedChatModel(guard=guard, max_new_tokens=200)
    with forward_passes(guard.lm) as n:
        for c in model.stream(BREAD):
            if c.content:
                break
        assert generation_outcome["done"].is_set()  # stopped (and joined) when the stream was closed
    assert isinstance(generation_outcome["error"], GenerationCancelled) and n[0] < 40


def test_with_tools_bound_the_reply_is_held_for_its_tool_calls(guard):
    @tool
    def send_message(to: str, body: str) -> str:
        """Send a message to a person."""
        return "sent"

    model = GuardedChatModel(guard=guard, max_new_tokens=8).bind_tools([send_message])
    with forward_passes(guard.lm) as n:
        seen = [(c, n[0]) for c in model.stream(BREAD)]
        total = n[0]
    assert all(at == total for _, at in seen)  # nothing before the guard decided
    assert seen[-1][0].response_metadata["guardrail"]["action"] in ("allow", "steer")


def test_stream_window_is_validated():
    assert GuardedChatModel(guard=object()).stream_window == 4
    assert GuardedChatModel(guard=object(), stream_window=0).stream_window == 0
    with pytest.raises(ValidationError, match="stream_window"):
        GuardedChatModel(guard=object(), stream_window=-1)


def test_streaming_does_not_import_the_server_stack():
    code = ("import sys, guardrail_langchain, guardrail.server.streaming; "
            "bad = [m for m in ('fastapi', 'starlette', 'uvicorn') if m in sys.modules]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
