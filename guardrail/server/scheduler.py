"""The bounded queue and the single worker thread that runs the model.

Every use of the model (generation, guard checks, tool-call checks) goes through one worker, so the model never
runs two passes at once. Waiting generation jobs whose settings are equal (:meth:`GenSettings.batch_key`) run as
one ``Guard.generate_batch`` call, up to ``max_batch`` rows; the guard keeps each row's scores what that request
would get alone (per-row padding masks, per-row steering and stop flags). A job with a ``seed`` runs alone.

Robustness: the queue is bounded (:class:`~guardrail.server.errors.QueueFull` when full); a job whose client went
away (disconnected or timed out) before it started is skipped; every generation runs with a
:class:`~guardrail.server.streaming.BatchStreamer`, so one whose every client went away, streamed or not, or one
running while the server shuts down, is aborted at its next token, and a row whose client left during its batch
gets no answer built (no tool checks); an exception in one batch is answered to its jobs (a batch that fails is
retried row by row, so one bad request does not fail the others) and the worker goes on.
"""

from __future__ import annotations

import collections
import threading
import json
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import torch

from ..guard import Decision
from .errors import QueueFull
from .metrics import Metrics
from .streaming import BatchStreamer, GenerationCancelled, RowStream

Message = dict[str, str]

MIN_TEMPERATURE = 1e-5  # a positive temperature below this is treated as 0 (greedy)


@dataclass(frozen=True)
class GenSettings:
    """Generation settings of one request. Only requests with equal settings share a batch."""

    max_new_tokens: int
    temperature: float = 0.0
    top_p: float | None = None
    stop: tuple[str, ...] = ()
    seed: int | None = None
    policy: str | None = None  # per-request policy overrides, canonical JSON (requests share a batch only if equal)
    reply_prefix: str | None = None  # a forced opening of the reply (a tool call asked for by tool_choice)

    def __post_init__(self) -> None:
        # below MIN_TEMPERATURE, logits / temperature overflows to inf and sampling meets NaN probabilities:
        # such a temperature is greedy decoding in all but name
        if self.temperature < MIN_TEMPERATURE:
            object.__setattr__(self, "temperature", 0.0)

    @property
    def sampling(self) -> bool:
        return self.temperature > 0

    def batch_key(self) -> tuple | None:
        """``None``: runs alone (a seeded request must get the random stream it would get alone)."""
        if self.seed is not None:
            return None
        return (self.max_new_tokens, self.temperature, self.top_p if self.sampling else None, self.stop, self.policy,
                self.reply_prefix)

    def gen_kwargs(self, tokenizer: Any) -> dict[str, Any]:
        kw: dict[str, Any] = {}
        if self.sampling:
            kw.update(do_sample=True, temperature=self.temperature)
            if self.top_p is not None:
                kw["top_p"] = self.top_p
        if self.stop:
            kw.update(stop_strings=list(self.stop), tokenizer=tokenizer)
        if self.reply_prefix is not None:
            kw["reply_prefix"] = self.reply_prefix
        return kw


class Cancelled(Exception):
    """The job's client went away (disconnected or timed out) before it finished."""


class _Abandonable:
    """A queued job's client side: ``future`` (the answer) and ``abandoned`` (set when the client went away)."""

    future: Future
    abandoned: bool

    def gone(self) -> bool:
        return self.abandoned or self.future.cancelled()

    def abandon(self) -> None:
        """The client went away: skip the job if it has not started, abort its generation if it is streaming alone."""
        if not self.future.cancel():
            self.abandoned = True


@dataclass(eq=False)
class GenJob(_Abandonable):
    """One chat completion. ``finish(decision)`` turns the guard's decision into the answer (tool-call parsing
    and checks run there, in the worker); ``stream`` receives the row's tokens when the client streams."""

    messages: list[Message]
    settings: GenSettings
    finish: Callable[[Decision], Any]
    stream: RowStream | None = None
    future: Future = field(default_factory=Future)
    abandoned: bool = False


@dataclass(eq=False)
class CallJob(_Abandonable):
    """Any other use of the model (a guard check): ``fn()`` in the worker."""

    fn: Callable[[], Any]
    future: Future = field(default_factory=Future)
    abandoned: bool = False


Job = GenJob | CallJob


def take_batch(queue: "collections.deque[Job]", max_batch: int) -> list[Job]:
    """Remove and return the next batch: the oldest job, and (for a generation job with a batch key) the oldest
    waiting jobs with the same key, up to ``max_batch``; the rest keep their order."""
    first = queue.popleft()
    batch: list[Job] = [first]
    if not isinstance(first, GenJob) or first.settings.batch_key() is None:
        return batch
    key = first.settings.batch_key()
    keep: list[Job] = []
    while queue:
        j = queue.popleft()
        if len(batch) < max_batch and isinstance(j, GenJob) and j.settings.batch_key() == key:
            batch.append(j)
        else:
            keep.append(j)
    queue.extend(keep)
    return batch


class Scheduler:
    """Owns the queue and the worker thread. ``guarded=False`` generates without the guard (``guard=False``)."""

    def __init__(self, guard: Any, *, guarded: bool, metrics: Metrics, max_batch: int = 8, queue_size: int = 64,
                 batch_window_s: float = 0.005) -> None:
        if max_batch < 1 or queue_size < 1:
            raise ValueError("max_batch and queue_size must be at least 1")
        self.guard, self.guarded, self.metrics = guard, guarded, metrics
        self.max_batch, self.queue_size, self.batch_window_s = max_batch, queue_size, batch_window_s
        self._queue: collections.deque[Job] = collections.deque()
        self._cond = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.batches = 0  # generate calls made (tests and /healthz read it)

    # -- lifecycle ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stopping = False
            self._thread = threading.Thread(target=self._loop, name="guardrail-worker", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopping = True
            pending = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for j in pending:
            if j.future.set_running_or_notify_cancel():
                j.future.set_exception(Cancelled("the server is shutting down"))
        if self._thread is not None:
            self._thread.join(timeout)
        self.metrics.queue_depth.set(0)

    @property
    def stopping(self) -> bool:
        """``stop`` was called (and no ``start`` since): new jobs are refused with :class:`Cancelled`."""
        return self._stopping

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def depth(self) -> int:
        return len(self._queue)

    def submit(self, job: Job) -> Future:
        with self._cond:
            if self._stopping:
                raise Cancelled("the server is shutting down")
            if len(self._queue) >= self.queue_size:
                raise QueueFull(self.queue_size)
            self._queue.append(job)
            self.metrics.queue_depth.set(len(self._queue))
            self._cond.notify()
        return job.future

    # -- the worker ---------------------------------------------------------------------------------------
    def _take(self) -> list[Job] | None:
        with self._cond:
            while not self._queue and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            if self.batch_window_s > 0 and isinstance(self._queue[0], GenJob):
                deadline = time.monotonic() + self.batch_window_s  # let concurrent requests join the batch
                while len(self._queue) < self.max_batch and not self._stopping:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
                if self._stopping:
                    return None
            batch = take_batch(self._queue, self.max_batch)
            self.metrics.queue_depth.set(len(self._queue))
            return batch

    def _loop(self) -> None:
        while True:
            batch = self._take()
            if batch is None:
                return
            try:
                if isinstance(batch[0], CallJob):
                    self._run_call(batch[0])  # type: ignore[arg-type]
                else:
                    self._run_generation(batch)  # type: ignore[arg-type]
            except BaseException as e:  # noqa: BLE001 - nothing may end the worker; answer the jobs instead
                if isinstance(e, (KeyboardInterrupt, SystemExit)):
                    raise
                for j in batch:
                    _fail(j.future, e)

    def _run_call(self, job: CallJob) -> None:
        if not job.future.set_running_or_notify_cancel():
            self.metrics.cancelled.labels("queued").inc()
            return
        try:
            result = job.fn()
        except Exception as e:
            job.future.set_exception(e)
        else:
            job.future.set_result(result)

    def _run_generation(self, jobs: Sequence[GenJob]) -> None:
        live = []
        for j in jobs:
            if j.future.set_running_or_notify_cancel():
                live.append(j)
            else:
                self.metrics.cancelled.labels("queued").inc()
        if not live:
            return
        for j, d in zip(live, self._decide(live)):
            if isinstance(d, GenerationCancelled):
                _fail(j.future, Cancelled("the server is shutting down" if self._stopping else "the client went away"))
                continue
            if isinstance(d, BaseException):
                _fail(j.future, d)
                continue
            self.metrics.tokens.inc(d.generated_tokens)
            if j.gone():  # its client left while the batch ran: no tool checks for an answer nobody reads
                _fail(j.future, Cancelled("the client went away"))
                continue
            try:
                j.future.set_result(j.finish(d))
            except Exception as e:
                _fail(j.future, e)

    def _decide(self, jobs: Sequence[GenJob]) -> list[Decision | BaseException]:
        """The guard's decisions for ``jobs`` (one batch), or each job's exception. A failing batch is retried
        row by row, so a bad row fails alone."""
        s = jobs[0].settings
        kw = s.gen_kwargs(self.guard.lm.tokenizer)
        # every batch gets a streamer (rows nobody streams are None), so a generation whose clients have all gone
        # (disconnected, timed out, streamed or not) or a server shutting down stops at the next token
        kw["streamer"] = BatchStreamer([j.stream for j in jobs],
                                       alive=lambda: not self._stopping and not all(j.gone() for j in jobs))
        if s.seed is not None:
            torch.manual_seed(s.seed)
        t0 = time.perf_counter()
        try:
            guard = self.guard if s.policy is None else self.guard.with_policy(json.loads(s.policy))
            out: list[Decision | BaseException] = list(guard.generate_batch(
                [j.messages for j in jobs], max_new_tokens=s.max_new_tokens, guard=self.guarded, **kw))
        except GenerationCancelled as e:
            self.metrics.cancelled.labels("generating").inc(len(jobs))
            return [e] * len(jobs)
        except Exception as e:  # noqa: BLE001 - InputError of one row, or anything else: retry row by row
            if len(jobs) > 1:
                return [GenerationCancelled() if j.gone() else self._decide([j])[0] for j in jobs]
            return [e]
        finally:
            self.batches += 1
            self.metrics.generation_seconds.observe(time.perf_counter() - t0)
            self.metrics.batch_size.observe(len(jobs))
        if len(out) != len(jobs):
            return [RuntimeError(f"the guard returned {len(out)} decisions for {len(jobs)} requests")] * len(jobs)
        return out


def _fail(fut: Future, e: BaseException) -> None:
    if not fut.done():
        try:
            fut.set_exception(e)
        except Exception:  # noqa: BLE001 - already resolved by a racing path
            pass


__all__ = ["Cancelled", "CallJob", "GenJob", "GenSettings", "Scheduler", "take_batch"]
