"""The ASGI app: an OpenAI-compatible chat-completions endpoint guarded by a :class:`~guardrail.Guard`, a rails-only
check endpoint, models, health and Prometheus metrics.

>>> from guardrail import Guard
>>> from guardrail.server import create_app
>>> app = create_app(Guard(), api_keys=["s3cret"], max_batch=8)   # serve with uvicorn, or guardrail.server.serve

Every answer that is not a 2xx carries ``{"error": {"message", "type", "param", "code"}}``.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator, Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..actions import ActionCheck, ProposedAction
from ..errors import InputError
from .completion import Completion, CompletionBuilder, guardrail_field
from .convert import Message, goal_and_context, to_guard_messages, tool_prefill, tools_active, with_tools
from .errors import APIError, RequestTimeout, loc_to_param
from .metrics import Metrics
from .middleware import GatewayMiddleware, load_api_keys
from .scheduler import CallJob, Cancelled, GenJob, GenSettings, Job, Scheduler
from .schemas import ChatCompletionRequest, GuardCheckRequest
from .streaming import RowStream, emitter

_POLL_S = 0.25  # how often a waiting request looks for its client's disconnect


@dataclass
class ServerConfig:
    """Settings of one server (see :func:`create_app`)."""

    model_name: str
    guarded: bool
    max_batch: int = 8
    queue_size: int = 64
    request_timeout_s: float = 120.0
    max_body_bytes: int = 1_000_000
    default_max_tokens: int = 128
    max_tokens_limit: int = 2048
    stream_window: int = 4
    batch_window_s: float = 0.005
    allow_policy_overrides: bool = False


class ServerState:
    def __init__(self, guard: Any, config: ServerConfig, checker: ActionCheck | None) -> None:
        self.guard, self.config, self.checker = guard, config, checker
        self.metrics = Metrics()
        self.scheduler = Scheduler(guard, guarded=config.guarded, metrics=self.metrics, max_batch=config.max_batch,
                                   queue_size=config.queue_size, batch_window_s=config.batch_window_s)
        self.created = int(time.time())
        self.has_keys = False
        from ..guard import _eos_ids

        self.eos = set(_eos_ids(guard.lm).tolist())  # the generation config's, the tokenizer's end and padding

    def submit(self, job: Job) -> "asyncio.Future[Any]":
        try:
            if not self.scheduler.stopping:  # after stop (the server shutting down) submit answers Cancelled
                self.scheduler.start()  # idempotent: also brings back a worker that is not running
            return asyncio.wrap_future(self.scheduler.submit(job))
        except Cancelled as e:  # the server is shutting down: a 503, not a server error
            raise _cancelled(e) from None

    async def wait(self, job: Job, request: Request, t0: float) -> Any:
        """The job's result; 504 past the request timeout, the job abandoned when the client disconnects, the
        request times out, or this handler is cancelled while it waits."""
        fut = self.submit(job)
        deadline = t0 + self.config.request_timeout_s
        try:
            while True:
                left = deadline - time.perf_counter()
                if left <= 0:
                    self.metrics.cancelled.labels("timeout").inc()
                    raise RequestTimeout(self.config.request_timeout_s)
                done, _ = await asyncio.wait({fut}, timeout=min(left, _POLL_S))
                if done:
                    return _result(fut)
                if await request.is_disconnected():
                    self.metrics.cancelled.labels("disconnected").inc()
                    raise APIError(499, "the client closed the request", code="client_closed")
        finally:
            if not fut.done():  # timed out, disconnected, or cancelled (asyncio.CancelledError) while waiting
                job.abandon()

    def count_prompt(self, chat: list[Message]) -> int:
        try:
            ids = self.guard.lm.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=True)
        except Exception:  # noqa: BLE001 - usage is informative; a template that cannot count gives 0
            return 0
        ids = ids["input_ids"] if hasattr(ids, "keys") else ids
        return len(ids)


def _result(fut: "asyncio.Future[Any]") -> Any:
    try:
        return fut.result()
    except APIError:
        raise
    except InputError as e:
        raise APIError(400, str(e), code="invalid_input") from None
    except (Cancelled, asyncio.CancelledError) as e:
        raise _cancelled(e) from None
    except Exception as e:  # noqa: BLE001 - a server bug must still answer with a body
        raise APIError(500, f"internal error ({type(e).__name__})", code="internal_error") from None


def _cancelled(e: BaseException) -> APIError:
    return APIError(503, f"the request was cancelled: {e or 'the server is shutting down'}", code="cancelled")


def create_app(guard: Any, *, api_keys: Iterable[str] | None = None, api_key_file: str | None = None,
               max_batch: int = 8, queue_size: int = 64, request_timeout_s: float = 120.0,
               guarded: bool | None = None, model_name: str | None = None, max_body_bytes: int = 1_000_000,
               max_tokens_limit: int = 2048, stream_window: int = 4, batch_window_s: float = 0.005,
               tool_rules: dict[str, str] | None = None, allow_policy_overrides: bool = False) -> FastAPI:
    """The app serving ``guard`` (a :class:`~guardrail.Guard`).

    Args:
        api_keys: keys clients must send (``Authorization: Bearer <key>``); ``$GUARDRAIL_API_KEYS`` and the lines
            of ``api_key_file`` are added. None configured: no authentication.
        max_batch: most requests batched into one generation. queue_size: most requests waiting (then 429).
        request_timeout_s: queueing + generation time after which a request is answered 504 (and abandoned).
        guarded: generate with the guard (default: whenever the guard has a pack); ``False`` serves the bare
            model (the check endpoint then answers 400).
        max_body_bytes: larger bodies get 413. max_tokens_limit: the largest ``max_tokens`` accepted.
        stream_window: tokens held back, beyond the ones the guard has not scored yet, before streaming them.
        batch_window_s: how long the worker waits for more requests to join a batch once one arrives.
        tool_rules: per-tool rules for checking proposed tool calls (:class:`~guardrail.actions.ActionCheck`).
        allow_policy_overrides: accept ``{"guardrail": {"policy": {...}}}`` in a chat request (``extra_body``): that
            request's generation runs under the server's policy with those fields replaced. Off by default (403): a
            client that may set the policy may switch the guard off. Tool-call checks keep the server's policy.
    """
    guarded = (getattr(guard, "pack", None) is not None) if guarded is None else guarded
    if guarded and getattr(guard, "pack", None) is None:
        raise InputError("guarded=True needs a Guard with a pack (this one was built with pack=False)")
    if max_body_bytes < 1 or max_tokens_limit < 1 or stream_window < 0 or request_timeout_s <= 0:
        raise ValueError("max_body_bytes, max_tokens_limit, request_timeout_s must be positive, stream_window >= 0")
    config = ServerConfig(model_name=model_name or guard.lm.name, guarded=guarded, max_batch=max_batch,
                          queue_size=queue_size, request_timeout_s=request_timeout_s, max_body_bytes=max_body_bytes,
                          default_max_tokens=min(guard.policy.max_new_tokens, max_tokens_limit),
                          max_tokens_limit=max_tokens_limit, stream_window=stream_window,
                          batch_window_s=batch_window_s, allow_policy_overrides=allow_policy_overrides)
    checker = ActionCheck(guard, tool_rules=tool_rules) if guarded else None  # type: ignore[arg-type]
    st = ServerState(guard, config, checker)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        st.scheduler.start()
        yield
        await asyncio.to_thread(st.scheduler.stop)

    app = FastAPI(title="guardrail", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    keys = load_api_keys(api_keys, key_file=api_key_file)
    st.has_keys = bool(keys)
    app.state.server = st
    app.add_middleware(GatewayMiddleware, api_keys=keys,
                       max_body_bytes=max_body_bytes, on_error=lambda s: st.metrics.errors.labels(str(s)).inc())
    _install_error_handlers(app, st)

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        ok = st.scheduler.alive or st.scheduler.depth == 0
        return JSONResponse({"status": "ok" if ok else "worker stopped", "model": config.model_name,
                             "guarded": config.guarded, "queue_depth": st.scheduler.depth},
                            status_code=200 if ok else 503)

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(st.metrics.render(), media_type=st.metrics.content_type)

    def model_card() -> dict[str, Any]:
        return {"id": config.model_name, "object": "model", "created": st.created, "owned_by": "guardrail"}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [model_card()]}

    @app.get("/v1/models/{model_id:path}")
    async def model(model_id: str) -> dict[str, Any]:
        if model_id != config.model_name:
            raise APIError(404, f"the model {model_id!r} does not exist (this server serves {config.model_name!r})",
                           param="model", code="model_not_found")
        return model_card()

    @app.post("/v1/chat/completions")
    async def chat_completions(body: ChatCompletionRequest, request: Request) -> Response:
        t0 = time.perf_counter()
        n = body.token_limit() or config.default_max_tokens
        if n > config.max_tokens_limit:
            raise APIError(400, f"max_tokens is at most {config.max_tokens_limit} on this server", param="max_tokens",
                           code="max_tokens_too_large")
        chat = to_guard_messages(body.messages)
        tools = tools_active(body.tools, body.tool_choice)
        builder = CompletionBuilder(chat=chat, guarded=config.guarded, max_new_tokens=n, stops=body.stop_list(),
                                    tools=tools, checker=st.checker, count_prompt=st.count_prompt)
        settings = GenSettings(n, float(body.temperature or 0.0), body.top_p, body.stop_list(), body.seed,
                               _policy_overrides(body.guardrail, config, guard),
                               tool_prefill(body.tools, body.tool_choice))
        prompt = with_tools(chat, body.tools, body.tool_choice)
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return _stream(st, prompt, settings, builder, tools, cid, created, include_usage, t0)
        comp: Completion = await st.wait(GenJob(prompt, settings, builder.build), request, t0)
        st.metrics.decision("chat", comp.guardrail["action"], comp.guardrail.get("scores", {}))
        st.metrics.request_seconds.labels("chat").observe(time.perf_counter() - t0)
        return JSONResponse({"id": cid, "object": "chat.completion", "created": created, "model": config.model_name,
                             "choices": [{"index": 0, "message": comp.message(), "finish_reason": comp.finish_reason,
                                          "logprobs": None}],
                             "usage": comp.usage(), "system_fingerprint": None, "guardrail": comp.guardrail})

    @app.post("/v1/guard/check")
    async def guard_check(body: GuardCheckRequest, request: Request) -> JSONResponse:
        t0 = time.perf_counter()
        if not config.guarded or st.checker is None:
            raise APIError(400, "this server runs the model without a guard pack: there is nothing to check with",
                           code="guard_unavailable")
        chat = to_guard_messages(body.messages)
        if body.tool_call is not None:
            goal, context = goal_and_context(chat)
            action = ProposedAction(body.tool_call.name, body.tool_call.args())
            checker = st.checker

            def fn() -> Any:
                return checker.check(goal, action, observation=body.observation, reasoning=body.reasoning,
                                     context=context)
        else:
            def fn() -> Any:
                return guard.check(chat, response=body.response)
        d = await st.wait(CallJob(fn), request, t0)
        gr = guardrail_field(d, guarded=True)
        st.metrics.decision("check", d.action, d.scores)
        st.metrics.request_seconds.labels("check").observe(time.perf_counter() - t0)
        return JSONResponse({"id": f"guardchk-{d.request_id}", "object": "guardrail.check", "created": int(time.time()),
                             "model": config.model_name, "action": d.action, "allowed": d.action == "allow",
                             "message": None if d.action == "allow" else d.text, "guardrail": gr})

    return app


def _policy_overrides(ext: dict[str, Any] | None, config: ServerConfig, guard: Any) -> str | None:
    """The request's policy overrides as canonical JSON, validated against the server's policy (400), or None."""
    if not ext:
        return None
    unknown = set(ext) - {"policy"}
    if unknown:
        raise APIError(400, f"unknown guardrail fields: {', '.join(sorted(unknown))} (known: policy)", param="guardrail")
    pol = ext.get("policy")
    if not pol:
        return None
    if not config.allow_policy_overrides:
        raise APIError(403, "per-request policy overrides are off on this server (guardrail serve "
                            "--allow-policy-overrides)", param="guardrail.policy", code="policy_overrides_disabled")
    if not isinstance(pol, dict):
        raise APIError(400, "guardrail.policy must be an object of policy fields", param="guardrail.policy")
    from ..errors import PolicyError

    try:
        guard.policy.merged(pol)
    except PolicyError as e:
        raise APIError(400, str(e), param="guardrail.policy") from None
    return json.dumps(pol, sort_keys=True)


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def _stream(st: ServerState, prompt: list[Message], settings: GenSettings, builder: CompletionBuilder, tools: bool,
            cid: str, created: int, include_usage: bool, t0: float) -> StreamingResponse:
    """Queue the job now (a full queue is a 429 before any byte is sent), then stream its released text."""
    cfg = st.config
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    tok = st.guard.lm.tokenizer
    row = RowStream(lambda ids: tok.decode(ids, skip_special_tokens=True), emitter(loop, queue), eos=st.eos,
                    guarded=cfg.guarded, window=cfg.stream_window, stops=settings.stop, buffered=tools)
    job = GenJob(prompt, settings, builder.build, stream=row)
    fut = st.submit(job)
    fut.add_done_callback(lambda f: queue.put_nowait(("done", None)))

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        return _sse({"id": cid, "object": "chat.completion.chunk", "created": created, "model": cfg.model_name,
                     "system_fingerprint": None,
                     "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra})

    async def events() -> AsyncIterator[str]:
        first, timed_out = True, False
        try:
            yield chunk({"role": "assistant", "content": ""})
            while True:
                left = t0 + cfg.request_timeout_s - time.perf_counter()
                if left <= 0:
                    job.abandon()
                    timed_out = True
                    st.metrics.cancelled.labels("timeout").inc()
                    yield _sse(RequestTimeout(cfg.request_timeout_s).body())
                    yield "data: [DONE]\n\n"
                    return
                try:
                    kind, payload = await asyncio.wait_for(queue.get(), left)
                except asyncio.TimeoutError:
                    continue
                if kind == "done":
                    break
                if first:
                    st.metrics.ttft_seconds.observe(time.perf_counter() - t0)
                    first = False
                yield chunk({"content": payload})
            try:
                comp: Completion = _result(fut)
            except APIError as e:
                st.metrics.errors.labels(str(e.status)).inc()
                yield _sse(e.body())
                yield "data: [DONE]\n\n"
                return
            for piece in _final_pieces(comp, row):
                if first and piece.get("content"):
                    st.metrics.ttft_seconds.observe(time.perf_counter() - t0)
                    first = False
                yield chunk(piece)
            st.metrics.decision("chat", comp.guardrail["action"], comp.guardrail.get("scores", {}))
            st.metrics.request_seconds.labels("chat").observe(time.perf_counter() - t0)
            yield chunk({}, comp.finish_reason, guardrail=comp.guardrail)
            if include_usage:
                yield _sse({"id": cid, "object": "chat.completion.chunk", "created": created, "model": cfg.model_name,
                            "choices": [], "usage": comp.usage()})
            yield "data: [DONE]\n\n"
        finally:
            if not fut.done() and not timed_out:  # the client went away: the generator was closed early
                job.abandon()
                st.metrics.cancelled.labels("disconnected").inc()

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


def _final_pieces(comp: Completion, row: RowStream) -> list[dict[str, Any]]:
    """The deltas that end a stream: the rest of an allowed reply, the policy message after a stop (after what was
    already sent), or a reply's tool calls."""
    sent = row.releaser.emitted
    if comp.filtered:
        return [{"content": ("\n\n" if sent else "") + comp.content}]
    out: list[dict[str, Any]] = []
    rest = row.releaser.remainder(comp.content)
    if rest:
        out.append({"content": rest})
    if comp.tool_calls:
        out.append({"tool_calls": [{"index": i, **tc} for i, tc in enumerate(comp.tool_calls)]})
    return out


def _install_error_handlers(app: FastAPI, st: ServerState) -> None:
    def answer(err: APIError) -> JSONResponse:
        st.metrics.errors.labels(str(err.status)).inc()
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(APIError)
    async def api_error(request: Request, exc: APIError) -> JSONResponse:
        return answer(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            e = next(e for e in errors if e.get("type") == "json_invalid")
            why = (e.get("ctx") or {}).get("error", "")
            return answer(APIError(400, f"the body is not valid JSON{f' ({why})' if why else ''}", code="invalid_json"))
        msgs = _validation_messages(errors)
        shown = "; ".join(f"{p}: {m}" if p else m for p, m in msgs[:3])
        more = f" (and {len(msgs) - 3} more)" if len(msgs) > 3 else ""
        return answer(APIError(400, shown + more, param=msgs[0][0] if msgs else None, code="invalid_request"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = {404: f"no route {request.method} {request.url.path}",
               405: f"method {request.method} is not allowed on {request.url.path}"}.get(exc.status_code,
                                                                                        str(exc.detail))
        return answer(APIError(exc.status_code, msg))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        return answer(APIError(500, f"internal error ({type(exc).__name__})", code="internal_error"))


def _validation_messages(errors: list[dict[str, Any]]) -> list[tuple[str | None, str]]:
    """pydantic errors as ``(param, message)``: a union's alternatives under one param joined with "or", and an
    error on a field dropped when a deeper one (inside that field) says more."""
    by_param: dict[str | None, list[str]] = {}
    for e in errors:
        msg = str(e.get("msg", "invalid value")).removeprefix("Value error, ")
        by_param.setdefault(loc_to_param(e.get("loc", ())), []).append(msg)
    params = list(by_param)
    deeper = {p for p in params if p and any(q != p and q and (q.startswith(p + ".") or q.startswith(p + "["))
                                            for q in params)}
    return [(p, " or ".join(dict.fromkeys(m))) for p, m in by_param.items() if p not in deeper]
