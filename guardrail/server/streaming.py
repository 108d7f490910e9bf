"""Token streaming with a safe window.

The server hands transformers' ``generate(streamer=...)`` (forwarded by ``Guard.generate_batch``) a
:class:`BatchStreamer`; every decoding step it receives the batch's new tokens, in the worker thread, after the
stopping criteria of that step ran. The guard scores a token in the forward pass that *follows* it, and a row
it stops gets padding from the next step on, so:

    when a row's token k+1 arrives and is a real token (not end-of-sequence / padding), every in-generation
    check over tokens 0..k-1 has passed.

A row therefore releases its first ``n - 2`` tokens once it has received ``n``, minus a further ``window`` tokens
(the safe window: a signal that crosses its threshold up to ``window`` tokens after a phrase began still stops
the reply before that phrase is sent). Everything still held when the guard stops a row is never sent; the
stream ends with the policy message. Unguarded generation releases every token as it comes.

Text is released through :class:`TextReleaser`, which keeps the stream a prefix of the final reply: leading and
trailing whitespace held (the final text is stripped), a trailing partial UTF-8 character held, and text cut at
a stop sequence (and any tail that could still become one held).
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Sequence

import torch


class GenerationCancelled(BaseException):
    """Raised from the streamer to abort a generation whose every client has gone (disconnected or timed out).

    A ``BaseException``, like :class:`asyncio.CancelledError`: the guard's fail-closed handler catches
    ``Exception`` and would otherwise record a cancelled request as a guard failure."""


class TextReleaser:
    """The part of a growing text that may be sent, given the stop sequences; ``emitted`` is what was sent."""

    def __init__(self, stops: Sequence[str] = ()) -> None:
        self.stops = tuple(s for s in stops if s)
        self.emitted = ""
        self.stopped = False  # a stop sequence was reached: nothing more is released

    def safe_prefix(self, text: str) -> str:
        text = text.lstrip()
        cut = min((i for i in (text.find(s) for s in self.stops) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            return text[:cut].rstrip()
        hold = 0
        for s in self.stops:  # the longest tail that is the beginning of a stop sequence
            for k in range(min(len(s) - 1, len(text)), 0, -1):
                if text.endswith(s[:k]):
                    hold = max(hold, k)
                    break
        text = text[: len(text) - hold] if hold else text
        text = text.rstrip("\ufffd")  # a partial multi-byte character decodes as U+FFFD until it completes
        return text.rstrip()

    def update(self, text: str) -> str:
        """The new text to send, given the whole releasable text so far ("" when nothing new)."""
        if self.stopped:
            return ""
        safe = self.safe_prefix(text)
        if len(safe) <= len(self.emitted) or not safe.startswith(self.emitted):
            return ""
        delta, self.emitted = safe[len(self.emitted):], safe
        return delta

    def remainder(self, final: str) -> str | None:
        """What completes the stream into ``final``; ``None`` when ``final`` does not extend what was sent."""
        return final[len(self.emitted):] if final.startswith(self.emitted) else None


class RowStream:
    """One streaming request's view of its row: tokens in (worker thread), text deltas out (``emit``).

    ``emit(delta)`` is called in the worker thread; the app passes a function that hands the delta to the event
    loop. ``buffered``: release nothing while generating (replies that may be tool calls are parsed whole)."""

    def __init__(self, decode: Callable[[list[int]], str], emit: Callable[[str], None], *, eos: set[int],
                 guarded: bool, window: int, stops: Sequence[str] = (), buffered: bool = False) -> None:
        self.decode, self.emit, self.eos = decode, emit, eos
        self.hold = (2 + max(0, window)) if guarded else 0
        self.buffered = buffered
        self.releaser = TextReleaser(stops)
        self.tokens: list[int] = []
        self.done = False  # the row produced end-of-sequence or padding: the final decision does the rest
        self.cancelled = False
        self.restarted = False

    def put(self, token: int) -> None:
        if self.done:
            return
        if token in self.eos:
            self.done = True
            return
        self.tokens.append(token)
        if self.buffered or self.restarted:
            return
        n = len(self.tokens) - self.hold
        if n > 0:
            delta = self.releaser.update(self.decode(self.tokens[:n]))
            if delta:
                self.emit(delta)

    def restart(self) -> None:
        """The same generate call began again (a fail-open rerun): release nothing more from it."""
        self.restarted = True
        self.done = False
        self.tokens = []


class BatchStreamer:
    """The streamer given to ``generate``: dispatches each row's tokens to its :class:`RowStream` (``None`` for
    rows nobody streams) and aborts the generation (:class:`GenerationCancelled`) once every row's client is
    gone (``alive()`` False for all)."""

    def __init__(self, rows: Sequence[RowStream | None], alive: Callable[[], bool]) -> None:
        self.rows = list(rows)
        self.alive = alive
        self.prompt_seen = False

    def put(self, value: Any) -> None:
        if not self.alive():
            raise GenerationCancelled()
        t = value if isinstance(value, torch.Tensor) else torch.as_tensor(value)
        if t.dim() == 2:  # the prompt, sent once when generation starts
            if self.prompt_seen:
                for r in self.rows:
                    if r is not None:
                        r.restart()
            self.prompt_seen = True
            return
        for row, tok in zip(self.rows, t.reshape(-1).tolist()):
            if row is not None:
                row.put(int(tok))

    def put_row(self, row: int, token: int) -> None:
        """One row's next token (an engine backend, whose rows advance independently, calls this instead of
        :meth:`put`)."""
        if not self.alive():
            raise GenerationCancelled()
        if self.rows[row] is not None:
            self.rows[row].put(int(token))

    def end(self) -> None:
        pass


def emitter(loop: asyncio.AbstractEventLoop, queue: "asyncio.Queue[tuple[str, Any]]") -> Callable[[str], None]:
    """A thread-safe ``emit`` that puts ``("delta", text)`` on an asyncio queue of ``loop``."""

    def emit(text: str) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, ("delta", text))
        except RuntimeError:  # the loop is closed (the server is shutting down): nobody is listening
            pass

    return emit
