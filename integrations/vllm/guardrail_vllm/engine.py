"""``GuardedLLM``: the guard inside vLLM's own forward passes.

The probe pack, the policy, the steering vectors and every decision rule are guardrail's (one
:class:`guardrail.Guard` holds them, with the vLLM model object in place of a transformers one); this module only
connects them to the engine:

- **taps**: a forward hook on each probe layer reads the residual stream (vLLM's decoder layers return
  ``(hidden, residual)``; the stream is their sum), scores every token of the flattened batch with one matmul per
  layer and hands each request its slice (:mod:`guardrail_vllm.batch` says which tokens are whose);
- **decisions**: after each engine step, each request's scores go through guardrail's per-request rules
  (``after_prompt`` once its prompt has been read, in one pass or in chunks; ``after_decode`` after each decode
  pass): the same code as the transformers backend, so the same rows are flagged;
- **steering**: a hook on the steering layer adds the capped vector to the tokens of the requests steered, decided
  in the same pass for a flagged prompt (the first answer token is already steered), from the next pass otherwise;
- **the steered reply's prefix**: a hook on the model's logits forces it for requests steered from their first
  answer token;
- **abstain / block**: the request is aborted through the engine (``abort_request``) after the step that flagged
  it, and answered with the policy's message.

Requirements (checked when built, with a clear error): the engine in this process, eager mode (CUDA graphs and
``torch.compile`` replay kernels without calling Python hooks), no prefix caching (a cached prefix is never run,
so its tokens would never be scored), one tensor-parallel rank. See ``integrations/vllm/README.md`` for what scaling
out would take.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Sequence

import torch

from guardrail import Guard, Policy
from guardrail.adapters import LayerAdapter
from guardrail.audit import warn
from guardrail.errors import InputError, PolicyError
from guardrail.guard import Decision, _Request
from guardrail.models import LoadedModel, Message, fingerprint_of, model_directory
from guardrail.scorer import probe_weights
from guardrail.steering import cap_delta

from .batch import EngineLayoutError, PassView, model_runner, read_pass


class _RowSteer:
    """The steering state of one request (the shape :class:`guardrail.guard._Request` expects: ``rows`` and
    ``enable``); the vector itself is added by :class:`GuardedLLM`'s hook."""

    def __init__(self, vec: torch.Tensor, layer: int, max_ratio: float):
        self.vec, self.layer, self.max_ratio = vec, layer, max_ratio
        self.rows = torch.zeros(1, dtype=torch.bool)

    def enable(self, rows) -> None:
        self.rows[0] = True


@dataclass
class _State:
    """One request inside the engine: guardrail's per-request state (batch of one) plus where it is in vLLM."""

    rid: str
    req: _Request
    prompt_ids: list[int]
    prefix: list[int] = field(default_factory=list)
    prefix_only: bool = False
    prefix_rows: bool | None = None  # steered from the first answer token (decided when it is sampled)
    engine_id: str = ""
    read: int = 0  # tokens scored so far (prompt chunks and fed-back answer tokens)
    passes: int = 0
    pass_tokens: int = 0  # tokens of this request in the pass now running (0: not in it)
    tokens: list[int] = field(default_factory=list)
    finished: bool = False
    aborted: bool = False
    unguarded: bool = False  # fail-open after a failure: the engine goes on, the hooks leave it alone
    failure: str | None = None
    score_only: bool = False  # Guard.check: the prompt is scored, nothing decided or steered here
    new: list[int] = field(default_factory=list)  # tokens that arrived in the last step
    cols: list[int] | None = None  # this request's columns of the pass's logits, when its policy turned signals off

    @property
    def prompt_len(self) -> int:
        return len(self.prompt_ids)

    @property
    def steer(self) -> "_RowSteer | None":
        return self.req.steer if self.req is not None else None


class _EngineGuard(Guard):
    """guardrail's Guard with the engine's forward pass in place of a transformers one (:meth:`Guard.check`)."""

    _engine: "GuardedLLM"

    def _score_prompt(self, req: _Request, enc) -> None:
        self._engine._score_only(req, enc)


class GuardedLLM:
    """A vLLM ``LLM`` with guardrail's probes, steering and policy acting inside its forward passes.

    >>> gl = GuardedLLM.from_model()                       # the embedded default model in vLLM, its shipped pack
    >>> d = gl.generate("How do I bake bread?")           # a guardrail Decision, as Guard.generate returns
    >>> ds = gl.generate_batch([...], policy={"refusal": {"action": "abstain"}})   # per-request policy overrides

    ``llm``: an in-process vLLM ``LLM`` built with ``enforce_eager=True`` and ``enable_prefix_caching=False`` (use
    :meth:`from_model`). ``pack`` / ``steering`` / ``policy`` / ``audit``: as :class:`guardrail.Guard` takes them; the
    pack is found by the model's fingerprint, computed from vLLM's own copy of the weights.
    """

    def __init__(self, llm: Any, *, pack: Any = None, steering: Any = None, policy: Policy | str | None = None,
                 audit: Any = "logging", source: str | None = None) -> None:
        self.llm = llm
        self.runner = model_runner(llm)
        cfg = llm.llm_engine.vllm_config
        if not cfg.model_config.enforce_eager:
            raise EngineLayoutError("build the LLM with enforce_eager=True: CUDA graphs replay kernels without calling "
                                    "the guard's hooks, so captured passes would go unscored")
        if getattr(cfg.cache_config, "enable_prefix_caching", False):
            raise EngineLayoutError("build the LLM with enable_prefix_caching=False: a cached prefix is never run, so "
                                    "its tokens would never be scored")
        if getattr(cfg, "speculative_config", None) is not None:
            raise EngineLayoutError("speculative decoding is not supported (several sampled tokens per pass)")
        model = self.runner.model
        from transformers import AutoTokenizer

        tok_dir = cfg.model_config.tokenizer
        tokenizer = AutoTokenizer.from_pretrained(tok_dir, local_files_only=True)
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        adapter = LayerAdapter.for_model(model)
        emb = adapter_embedding(model)[: int(model.config.vocab_size)]
        lm = LoadedModel(model, tokenizer, adapter, name=os.path.basename(str(source or tok_dir).rstrip("/")),
                         source=str(source or tok_dir))
        lm._fingerprint = fingerprint_of(emb, tokenizer, adapter)
        self.guard = _EngineGuard(lm, pack=pack, steering=steering, policy=policy, audit=audit)
        self.guard._engine = self
        self.lm = lm
        self._lock = threading.Lock()  # one engine loop at a time
        self._states: dict[str, _State] = {}
        self._pass: PassView | None = None
        self._active: list[tuple[int, _State]] = []  # the guarded requests of the pass now running
        pack_ = self.guard.pack
        self._layer_w = probe_weights(pack_, list(pack_.probes)) if pack_ is not None else {}
        self._names = [s for layer in self._layer_w for s in self._layer_w[layer][0]]  # the pass's logit columns
        self._pass_logits: dict[int, torch.Tensor] = {}  # layer -> (tokens, probes there) of the pass now running

    @classmethod
    def from_model(cls, model: str | os.PathLike | None = None, *, pack: Any = None, steering: Any = None,
                   policy: Policy | str | None = None, audit: Any = "logging", **llm_kwargs: Any) -> "GuardedLLM":
        """Start vLLM on ``model`` (``None``: the embedded default; an embedded model's name; a local model
        directory) in this process, eager, without prefix caching, and guard it. ``llm_kwargs`` go to
        ``vllm.LLM`` (``dtype``, ``max_model_len``, ``gpu_memory_utilization``...)."""
        path = model_directory(model)
        os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] = "0"
        from vllm import LLM

        kw = {"enforce_eager": True, "enable_prefix_caching": False, "max_model_len": 4096, "seed": 0, **llm_kwargs}
        llm = LLM(model=str(path), **kw)
        return cls(llm, pack=pack, steering=steering, policy=policy, audit=audit, source=str(path))

    # -- public API (the shapes of Guard's: generate, generate_batch, check and their async forms) -------------
    @property
    def policy(self) -> Policy:
        return self.guard.policy

    @property
    def pack(self):
        return self.guard.pack

    @property
    def steering(self):
        return self.guard.steering

    def generate(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        return self.generate_batch([messages], **kwargs)[0]

    async def agenerate(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        return await asyncio.to_thread(self.generate, messages, **kwargs)

    def check(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        """:meth:`guardrail.Guard.check` (monitor mode: score a conversation, a response or an agent's action in one
        prompt pass, no generation), the pass run by the engine."""
        return self.guard.check(messages, **kwargs)

    async def acheck(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        return await asyncio.to_thread(self.check, messages, **kwargs)

    def with_policy(self, policy: Policy | dict[str, Any]) -> "GuardedLLM":
        """This guard under another policy (as :meth:`guardrail.Guard.with_policy`), on the same engine."""
        new = copy.copy(self)
        new.guard = self.guard.with_policy(policy)
        return new

    def audit_decision(self, *args: Any, **kwargs: Any) -> None:
        self.guard.audit_decision(*args, **kwargs)

    def generate_batch(self, batch: Sequence[Sequence[Message] | str], *, max_new_tokens: int | None = None,
                       guard: bool = True, policy: Policy | dict | Sequence[Policy | dict | None] | None = None,
                       streamer: Any = None, **gen_kwargs: Any) -> list[Decision]:
        """Run every conversation of ``batch`` through the engine together (continuous batching decides how the
        passes are laid out) and return one :class:`~guardrail.guard.Decision` each. ``policy``: per-request
        overrides, one for all or a list with one per conversation: a :class:`~guardrail.Policy`, or a mapping
        merged over this guard's policy (``{"refusal": {"action": "abstain"}}``). ``gen_kwargs``: the transformers
        names the server passes (``do_sample``, ``temperature``, ``top_p``, ``stop_strings``), mapped onto vLLM's
        ``SamplingParams``; ``streamer``: the server's ``BatchStreamer`` (its ``put_row`` gets each new token)."""
        g = self.guard
        sampling = self._sampling(gen_kwargs)
        if not isinstance(batch, (list, tuple)) or not batch:
            raise InputError("generate_batch takes a non-empty list of prompts or message lists")
        if max_new_tokens is not None and (isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, int)
                                           or max_new_tokens < 1):
            raise InputError(f"max_new_tokens must be a positive int, not {max_new_tokens!r}")
        policies = self._policies(policy, len(batch))
        t0 = time.perf_counter()
        views = [self._view(p) for p in policies]
        checked = [v._validate(m) for v, m in zip(views, batch)]
        states = []
        for view, (msgs, _notes) in zip(views, checked):
            enc = view._encode([msgs])
            states.append(self._state(view, msgs, enc, guard))
        n_new = max_new_tokens or g.policy.max_new_tokens
        try:
            decisions = self._run(states, views, n_new, guard, sampling, streamer)
        except InputError:
            raise
        except Exception as e:  # fail closed (or open, per the guard's policy) for the whole batch
            reason = f"{type(e).__name__}: {e}"
            if g.policy.fail_mode == "open" and guard:
                warn("guard failure, failing OPEN as configured", reason=reason)
                bare = [self._state(view, msgs, view._encode([msgs]), False) for view, (msgs, _) in zip(views, checked)]
                decisions = self._run(bare, views, n_new, False, sampling, streamer)
                for d in decisions:
                    d.failure, d.reasons = reason, [f"guard failed open: {reason}"]
            else:
                text = g.policy.failure_message.format(reason=type(e).__name__)
                decisions = [Decision(st.rid, "block", text, [f"guard failure: {reason}"], failure=reason)
                             for st in states]
        elapsed = (time.perf_counter() - t0) * 1000
        for d, view, (msgs, notes) in zip(decisions, views, checked):
            d.latency_ms = elapsed
            d.reasons = notes + d.reasons
            view.audit_decision(d, msgs, backend="vllm")
        return decisions

    # -- per-request setup --------------------------------------------------------------------------------
    @staticmethod
    def _sampling(kw: dict[str, Any]) -> dict[str, Any]:
        kw = dict(kw)
        kw.pop("tokenizer", None)  # transformers needs it for stop strings; vLLM has its own
        # the forced reply opening (a tool call asked for by tool_choice) is not implemented on this backend: the
        # tools prompt still asks for the call, as before the prefill existed
        kw.pop("reply_prefix", None)
        out: dict[str, Any] = {"temperature": 0.0}
        if kw.pop("do_sample", False):
            out["temperature"] = float(kw.pop("temperature", 1.0))
            if kw.get("top_p") is not None:
                out["top_p"] = float(kw.pop("top_p"))
        else:
            kw.pop("temperature", None)
        kw.pop("top_p", None)
        stops = kw.pop("stop_strings", None)
        if stops:
            out["stop"] = list(stops)
        if kw:
            raise InputError(f"the vLLM backend does not take {', '.join(sorted(kw))}")
        return out

    def _policies(self, policy, n: int) -> list[Policy]:
        base = self.guard.policy
        items = list(policy) if isinstance(policy, (list, tuple)) else [policy] * n
        if len(items) != n:
            raise InputError(f"{len(items)} policies for {n} requests")
        out = []
        for p in items:
            if p is None:
                out.append(base)
            elif isinstance(p, Policy):
                out.append(p)
            elif isinstance(p, dict):
                try:
                    out.append(base.merged(p))
                except PolicyError as e:
                    raise InputError(f"per-request policy: {e}") from e
            else:
                raise InputError(f"a per-request policy is a Policy or a mapping, not {type(p).__name__}")
        return out

    def _view(self, policy: Policy) -> Guard:
        """The guard with this request's policy (a shallow copy: model, pack, steering and audit are shared)."""
        return self.guard if policy is self.guard.policy else self.guard.with_policy(policy)

    def _state(self, view: Guard, msgs: list[Message], enc, guard: bool) -> _State:
        real = enc.attention_mask.bool()
        ids = enc.input_ids[0][real[0]].tolist()
        rid = uuid.uuid4().hex[:12]
        if not guard:
            return _State(rid, None, ids)  # type: ignore[arg-type]
        if view.pack is None:
            raise InputError("this guard has no probe pack: it can only generate with guard=False")
        req = _Request(view, 1, enc.span, real, [msgs[-1]["content"]], [enc.user_turns(0)],
                       pieces=[enc.piece_turns(0)], tails=[enc.tail_reads(0)], goal_tails=[enc.goal_tails(0)])
        st = _State(rid, req, ids)
        vec, st.prefix, st.prefix_only = view._steer_plan(req)
        if vec is not None:
            req.steer = _RowSteer(vec.coefficient * vec.vector.float(), vec.layer, view.policy.max_steering_ratio)
        if req.scorer.names != self._names:  # signals this request's policy turned off
            st.cols = [self._names.index(name) for name in req.scorer.names]
        return st

    # -- the engine loop ------------------------------------------------------------------------------------
    def _score_only(self, req: _Request, enc) -> None:
        """One prompt pass through the engine (in chunks if the engine chunks it), every token scored."""
        real = enc.attention_mask.bool()
        st = _State(uuid.uuid4().hex[:12], req, enc.input_ids[0][real[0]].tolist(), score_only=True)
        if req.scorer.names != self._names:
            st.cols = [self._names.index(name) for name in req.scorer.names]
        self._loop([st], 1, True, {"temperature": 0.0}, None)
        if st.failure is not None:
            raise RuntimeError(st.failure)
        if st.read < st.prompt_len:
            raise RuntimeError(f"the engine read {st.read} of the prompt's {st.prompt_len} tokens")

    def _run(self, states: list[_State], views: list[Guard], n_new: int, guard: bool, sampling: dict[str, Any],
             streamer: Any) -> list[Decision]:
        self._loop(states, n_new, guard, sampling, streamer)
        return [self._decision(st, view, guard) for st, view in zip(states, views)]

    def _loop(self, states: list[_State], n_new: int, guard: bool, sampling: dict[str, Any], streamer: Any) -> None:
        from vllm import SamplingParams

        engine = self.llm.llm_engine
        with self._lock:
            hooks = self._hooks() if guard else contextlib.nullcontext()
            with hooks:
                try:
                    if streamer is not None:
                        streamer.put(torch.zeros(len(states), 1, dtype=torch.long))  # generation starts
                    for st in states:
                        params = SamplingParams(max_tokens=n_new, **sampling)
                        st.engine_id = engine.add_request(st.rid, self._prompt(st.prompt_ids), params)
                        if guard:
                            self._states[st.engine_id] = st
                    pending = {st.engine_id: st for st in states}
                    by_rid = {st.rid: st for st in states}
                    while pending:
                        outs = engine.step()
                        for o in outs:
                            st = by_rid.get(o.request_id)
                            if st is None or st.engine_id not in pending:
                                continue
                            st.new, st.tokens = list(o.outputs[0].token_ids[len(st.tokens):]), \
                                list(o.outputs[0].token_ids)
                            if o.finished:
                                st.finished = True
                        if guard:
                            self._after_step(states)
                        for r, st in enumerate(states):
                            if st.engine_id not in pending:
                                continue
                            stop = guard and not st.unguarded and bool(st.req.stopped[0])
                            if stop and not st.finished:
                                engine.abort_request([st.engine_id], internal=True)
                                st.aborted = True
                            elif streamer is not None:  # only tokens the guard let through so far
                                for t in st.new:
                                    streamer.put_row(r, t)
                            st.new = []
                            if st.finished or st.aborted:
                                pending.pop(st.engine_id)
                        if pending and not engine.has_unfinished_requests():
                            raise RuntimeError("the engine dropped requests it had not finished")
                except BaseException:
                    left = [st.engine_id for st in states if st.engine_id and not (st.finished or st.aborted)]
                    if left:
                        engine.abort_request(left, internal=True)
                    raise
                finally:
                    for st in states:
                        self._states.pop(st.engine_id, None)

    def _prompt(self, ids: list[int]):
        from vllm.inputs import TokensPrompt

        prompt = TokensPrompt(prompt_token_ids=ids)
        render = getattr(self.llm, "_preprocess_cmpl_one", None)  # vLLM's own rendering path, where it has one
        return render(prompt) if render is not None else prompt

    def _host_logits(self) -> tuple[torch.Tensor | None, set[int]]:
        """The pass's probe logits, every layer's, on the host in one copy ``(tokens, signals)``, and the tokens
        that are not finite."""
        parts, self._pass_logits = self._pass_logits, {}
        if not parts or len(parts) != len(self._layer_w):
            return None, set()
        out = torch.cat([parts[layer] for layer in self._layer_w], dim=1).cpu()
        finite = torch.isfinite(out).all(dim=1)
        return out, (set() if bool(finite.all()) else set((~finite).nonzero().flatten().tolist()))

    def _after_step(self, states: list[_State]) -> None:
        """Each request that ran in the pass just finished: its scores enter guardrail's rules."""
        view, self._pass = self._pass, None
        try:
            host, bad = self._host_logits()
        except Exception as e:
            self._fail_pass(e)
            host, bad = None, set()
        where = {eid: i for i, eid in enumerate(view.req_ids)} if view is not None else {}
        for st in states:
            n, st.pass_tokens = st.pass_tokens, 0
            if n == 0 or st.unguarded or st.req is None:
                continue
            try:
                if st.failure is not None:
                    raise RuntimeError(st.failure)
                i = where.get(st.engine_id)
                if host is None or i is None:
                    raise RuntimeError("the pass's probe logits are missing")
                s, e = view.starts[i], view.ends[i]
                if bad and any(t in bad for t in range(s, e)):
                    raise FloatingPointError(f"non-finite probe logits (pass {st.passes})")
                rows = host[s:e] if st.cols is None else host[s:e, st.cols]
                st.req.scorer.add_pass(rows.unsqueeze(0))
                before, st.read, st.passes = st.read, st.read + n, st.passes + 1
                if st.score_only:
                    continue
                if before < st.prompt_len <= st.read:
                    st.req.after_prompt([st.prompt_len])
                elif before >= st.prompt_len:  # also in the pass that sampled the end of the reply, as transformers
                    st.req.after_decode()
            except Exception as e:
                self._fail(st, f"{type(e).__name__}: {e}")

    def _fail(self, st: _State, reason: str) -> None:
        st.failure = reason
        if st.req is not None and st.req.g.policy.fail_mode == "open":
            warn("guard failure, failing OPEN as configured", reason=reason)
            st.unguarded = True
        elif st.req is not None:
            st.req.stopped[0] = True

    def _decision(self, st: _State, view: Guard, guard: bool) -> Decision:
        gen = torch.tensor(st.tokens, dtype=torch.long)
        n_gen = view._count(gen)  # as the transformers backend counts: padding (the end token, often) left out
        if not guard:
            return Decision(st.rid, "allow", view._decode(gen), ["guard off"], generated_tokens=n_gen)
        if st.failure is not None:
            if st.unguarded:
                return Decision(st.rid, "allow", view._decode(gen), [f"guard failed open: {st.failure}"],
                                failure=st.failure, generated_tokens=n_gen)
            return Decision(st.rid, "block", view.policy.failure_message.format(reason=st.failure.split(":")[0]),
                            [f"guard failure: {st.failure}"], failure=st.failure)
        return view._decision(st.rid, st.req, 0, st.steer is not None and bool(st.steer.rows[0]), gen,
                              st.prompt_ids + st.tokens)

    # -- hooks (removable handles, installed for one engine loop) ----------------------------------------------
    @contextlib.contextmanager
    def _hooks(self):
        model = self.runner.model
        layers = self.lm.adapter.layers(model)
        handles = [model.register_forward_pre_hook(self._on_pass, with_kwargs=True)]
        try:
            for layer in self._layer_w:  # prepended: a tap reads a layer before steering on it
                handles.append(layers[layer].register_forward_hook(self._tap(layer), prepend=True))
            for layer in self._steer_layers():
                handles.append(layers[layer].register_forward_hook(self._steer(layer)))
            proc = getattr(model, "logits_processor", None)
            if proc is not None:
                handles.append(proc.register_forward_hook(self._force_prefix))
            yield
        finally:
            for h in handles:
                h.remove()
            self._pass = None

    def _steer_layers(self) -> set[int]:
        steering = self.guard.steering
        return {steering[name].layer for name in steering.vectors} if steering is not None else set()

    def _rows(self):
        """``(index in the pass, state)`` of the guarded requests in the pass now running (looked up once per pass,
        in :meth:`_on_pass`), less any that failed open since."""
        if self._pass is not None:
            yield from ((i, st) for i, st in self._active if not st.unguarded)

    def _fail_pass(self, e: Exception) -> None:
        """A failure that is no single request's: every guarded request in the engine fails (closed, or open)."""
        for st in list(self._states.values()):
            if not st.unguarded and st.req is not None:
                self._fail(st, f"{type(e).__name__}: {e}")
        self._pass = None

    def _on_pass(self, module, args, kwargs):
        positions = kwargs.get("positions", args[1] if len(args) > 1 else None)
        self._pass_logits = {}
        try:
            self._pass = read_pass(self.runner, positions)
        except Exception as e:  # never raise inside the engine's pass: the engine must stay usable
            self._fail_pass(e)
            return None
        self._active = [(i, st) for i, st in ((i, self._states.get(eid)) for i, eid in enumerate(self._pass.req_ids))
                        if st is not None and st.req is not None]
        for i, st in self._rows():
            st.pass_tokens = self._pass.ends[i] - self._pass.starts[i]
            if self._pass.first_pos[i] != st.read:  # the engine recomputed or skipped tokens (preemption)
                self._fail(st, f"the engine ran tokens from position {self._pass.first_pos[i]}, the guard had read "
                               f"{st.read}")
                st.pass_tokens = 0
        return None

    def _tap(self, layer: int):
        names, W, b = self._layer_w[layer]

        def hook(module, args, output):
            view = self._pass
            if view is None or not view.req_ids:
                return None
            hidden, residual = (output[0], output[1]) if isinstance(output, (tuple, list)) else (output, None)
            stream = hidden[: view.n_tokens] if residual is None else hidden[: view.n_tokens] + residual[: view.n_tokens]
            nonlocal W, b
            try:
                if W.device != stream.device:
                    W, b = W.to(stream.device), b.to(stream.device)
                logits = stream.float() @ W + b  # (tokens, probes at this layer): the whole batch in one matmul
            except Exception as e:
                self._fail_pass(e)
                return None
            self._pass_logits[layer] = logits
            for i, st in self._rows():  # the in-pass steering decision reads its prompt's logits before the host copy
                if st.steer is not None and st.pass_tokens and st.read < st.prompt_len <= st.read + st.pass_tokens:
                    try:
                        st.req.scorer.on_logits(layer, logits[view.starts[i]: view.ends[i]].unsqueeze(0), names)
                    except Exception as e:
                        self._fail(st, f"{type(e).__name__}: {e}")
            return None

        return hook

    def _steer(self, layer: int):
        def hook(module, args, output):
            view = self._pass
            if view is None:
                return None
            hidden, residual = (output[0], output[1]) if isinstance(output, (tuple, list)) else (output, None)
            add = None
            for i, st in self._rows():
                if st.steer is None or st.steer.layer != layer or not st.pass_tokens:
                    continue
                try:
                    prompt_ends_here = st.read < st.prompt_len <= st.read + st.pass_tokens
                    if prompt_ends_here and self.guard.steer_prefill and not st.steer.rows[0]:
                        flags = st.req.decide_in_pass(None, 0)
                        if flags is not None and bool(flags[0]):
                            st.steer.enable([0])
                    if not st.steer.rows[0]:
                        continue
                    s, e = view.starts[i], view.ends[i]
                    h = hidden[s:e] if residual is None else hidden[s:e] + residual[s:e]
                    v = st.steer.vec.to(device=h.device, dtype=h.dtype).expand_as(h)
                    if add is None:
                        add = torch.zeros_like(hidden)
                    add[s:e] = cap_delta(h, v, st.steer.max_ratio)
                except Exception as ex:
                    self._fail(st, f"{type(ex).__name__}: {ex}")
            if add is None:
                return None
            out = hidden + add  # untouched rows: + 0.0 exactly
            return (out, *output[1:]) if isinstance(output, (tuple, list)) else out

        return hook

    def _force_prefix(self, module, args, logits):
        """Rows steered from their first answer token start with the policy's / pack's prefix (forced)."""
        view = self._pass
        if view is None or logits is None or logits.shape[0] != len(view.req_ids):
            return None
        changed = None
        for i, st in self._rows():
            if not st.prefix or not st.pass_tokens or st.read + st.pass_tokens < st.prompt_len:
                continue  # no prefix, or a prompt chunk whose sampled token vLLM discards
            k = len(st.tokens)
            if st.prefix_rows is None:
                st.prefix_rows = bool(st.steer is not None and st.steer.rows[0]) and k == 0
            if not st.prefix_rows or k >= len(st.prefix):
                continue
            if changed is None:
                changed = logits.clone()
            changed[i] = float("-inf")
            changed[i, st.prefix[k]] = 0.0
            if st.prefix_only and k == len(st.prefix) - 1:
                st.req.stopped[0] = True  # the reply ends with the prefix
        return changed


def adapter_embedding(model) -> torch.Tensor:
    """The input-embedding matrix of a vLLM model (``model.model.embed_tokens.weight`` in its families)."""
    inner = getattr(model, "model", model)
    for name in ("embed_tokens", "wte", "embed_in"):
        emb = getattr(inner, name, None)
        if emb is not None and hasattr(emb, "weight"):
            return emb.weight
    raise EngineLayoutError(f"cannot find the input embeddings of {type(model).__name__}")
