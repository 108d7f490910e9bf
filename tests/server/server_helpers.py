"""Helpers of the server tests: a scripted wrapper around any Guard (generation scripted, every check still the real
guard's), a uvicorn server on a free loopback port in a background thread, and an SSE parser."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from typing import Any, Callable

import torch

from guardrail import Decision, Guard


class ScriptedGuard:
    """A real Guard whose *generation* is scripted; checks (``check``, tool-call checks) stay the real guard's.

    ``reply(messages) -> str`` writes each row's reply (``None``: the real guard generates). ``gate``: generation
    waits for it. ``delay_s``: per token, when streaming (tokens are handed to the ``streamer`` like ``generate``
    does, so a client that leaves can abort). ``fail``: raised by the next generate call. Every call's batch size
    is recorded in ``batches``."""

    def __init__(self, guard: Guard, reply: Callable[[list[dict[str, str]]], str] | None = None, *,
                 gate: threading.Event | None = None, delay_s: float = 0.0) -> None:
        self.guard, self.reply, self.gate, self.delay_s = guard, reply, gate, delay_s
        self.fail: BaseException | None = None
        self.batches: list[int] = []
        self.prompts: list[str] = []
        self.kwargs: list[dict[str, Any]] = []  # every generate call's keyword arguments

    def __getattr__(self, name: str) -> Any:
        return getattr(self.guard, name)

    def generate_batch(self, batch, *, max_new_tokens=None, guard=True, **kw) -> list[Decision]:
        self.batches.append(len(batch))
        self.kwargs.append(dict(kw))
        self.prompts += [m[-1]["content"] for m in batch]
        if self.gate is not None:
            self.gate.wait(30)
        if self.fail is not None:
            e, self.fail = self.fail, None
            raise e
        if self.reply is None:
            return self.guard.generate_batch(batch, max_new_tokens=max_new_tokens, guard=guard, **kw)
        texts = [self.reply(m) for m in batch]
        tok = self.guard.lm.tokenizer
        ids = [tok.encode(t, add_special_tokens=False) for t in texts]
        streamer = kw.get("streamer")
        if streamer is not None:
            streamer.put(torch.zeros(len(batch), 1, dtype=torch.long))
            eos = tok.eos_token_id
            for step in range(max(len(i) for i in ids) + 1):
                time.sleep(self.delay_s)
                streamer.put(torch.tensor([i[step] if step < len(i) else eos for i in ids]))
            streamer.end()
        return [Decision(uuid.uuid4().hex[:12], "allow", t, [], {}, generated_tokens=len(i))
                for t, i in zip(texts, ids)]


def tool_call_text(name: str, args: dict[str, Any], before: str = "") -> str:
    return before + "<tool_call>\n" + json.dumps({"name": name, "arguments": args}) + "\n</tool_call>"


class LiveServer:
    """``create_app(...)`` served by uvicorn on 127.0.0.1:<free port> in a daemon thread (``url``)."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def state(self):
        return self.app.state.server

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()


def sse_events(text: str) -> list[Any]:
    """The ``data:`` payloads of an SSE body, JSON-decoded (``"[DONE]"`` kept as the string)."""
    out = []
    for block in text.split("\n\n"):
        if block.startswith("data: "):
            payload = block[len("data: "):]
            out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out
