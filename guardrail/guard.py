"""The Guard: a model, its probes, steering vectors and a policy, acting during the model's own passes.

``guard.generate(messages)`` runs ``model.generate`` once with a tap on the probe layers:

- **prefill** (the pass that reads the prompt): familiarity and refusal intent / refusal cliff are scored
  from the prompt's tokens. A refusal that fires with action ``steer`` switches steering on for that row
  *inside the same pass* (the steering hook sits at or after the probe layer), so even the first answer
  token is steered; ``abstain`` / ``block`` stop that row at once through a stopping criterion.
- **each decode step**: manipulation is scored over the tokens generated so far, and the refusal trajectory
  over the answer is checked for a cliff; a flagged row is stopped (abstain / block) or steered from the
  next token, per the policy.

Failures inside the guard fail closed: the request is blocked with the reason and an audit event, unless
the policy says ``fail_mode: open`` (then the unguarded answer is returned and a warning logged every time).
All request state lives in a per-call object; one Guard serves many threads and asyncio tasks.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

import torch
from transformers import LogitsProcessor, LogitsProcessorList, StoppingCriteria, StoppingCriteriaList

from .audit import AuditLog, redact_text, warn
from .errors import ArtifactError, GuardrailError, InputError
from .models import LoadedModel, Message, load_model, normalize_messages
from .policy import Policy
from .normalize import normalize_text
from .probes import Example, ProbePack, encode_examples
from .prompts import EncodedChats, Reading
from .scorer import StepScorer
from .signals import ReplyView, RequestView, SignalResult, get_signal, with_threshold
from .steering import ConditionalSteering, SteeringSet, SteeringVector
from .taps import Tap

_SEVERITY = {"allow": 0, "steer": 1, "escalate": 2, "abstain": 3, "block": 4}


@dataclass
class Decision:
    """What the guard did with one request. JSON-safe through :meth:`to_dict`."""

    request_id: str
    action: str
    text: str
    reasons: list[str] = field(default_factory=list)
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)
    trajectory: list[float] = field(default_factory=list)
    trajectory_tokens: list[str] = field(default_factory=list)
    answer_start: int = 0
    steered: bool = False
    generated_tokens: int = 0
    latency_ms: float = 0.0
    failure: str | None = None

    @property
    def allowed(self) -> bool:
        return self.action in ("allow", "steer")

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    def to_dict(self, *, trajectory: bool = True) -> dict[str, Any]:
        d = {"request_id": self.request_id, "action": self.action, "text": self.text, "reasons": self.reasons,
             "scores": self.scores, "steered": self.steered, "generated_tokens": self.generated_tokens,
             "latency_ms": round(self.latency_ms, 2), "failure": self.failure}
        if trajectory:
            d["trajectory"] = [round(x, 4) for x in self.trajectory]
            d["answer_start"] = self.answer_start
        return d


def _eos_ids(lm: LoadedModel) -> torch.Tensor:
    # an engine's model object (vLLM) has no generation config: the tokenizer's ids then
    ids = getattr(getattr(lm.model, "generation_config", None), "eos_token_id", None)
    ids = [ids] if isinstance(ids, int) else list(ids or [])
    for extra in (lm.tokenizer.eos_token_id, lm.tokenizer.pad_token_id):
        if extra is not None:
            ids.append(extra)
    return torch.tensor(sorted(set(ids)), dtype=torch.long)


class _Stop(StoppingCriteria):
    def __init__(self, req: "_Request"):
        self.req = req

    def __call__(self, input_ids, scores, **kwargs) -> torch.BoolTensor:
        # rows that just produced an end-of-sequence token are finished: generate keeps feeding them padding,
        # which must not be scored as if it were text
        eos = self.req.eos_set
        for r, tok in enumerate(input_ids[:, -1].tolist()):
            if tok in eos:
                self.req.finished[r] = True
        return self.req.stopped.to(input_ids.device).clone()


def _force(scores: torch.FloatTensor, rows: torch.Tensor, tok: int) -> torch.FloatTensor:
    """``scores`` with token ``tok`` the only choice on ``rows`` (a bool per row), other rows untouched."""
    forced = torch.full_like(scores[0], float("-inf"))
    forced[tok] = 0.0
    return torch.where(rows.to(scores.device).view(-1, 1), forced.view(1, -1), scores)


class _SteeredPrefix(LogitsProcessor):
    """Rows steered from their first answer token start the reply with ``prefix`` (forced token by token), then
    either go on steered (``stop=False``) or end there (``stop=True``: the row is stopped as its last prefix token is
    chosen, whatever end-of-sequence token the model has). Rows steered later, mid-reply, are left alone: a refusal
    sentence forced into the middle of an answer would read worse than the steering."""

    def __init__(self, req: "_Request", prompt_len: int, prefix: list[int], stop: bool):
        self.req, self.P, self.prefix, self.stop = req, prompt_len, prefix, stop
        self.rows: torch.Tensor | None = None

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        k = input_ids.shape[1] - self.P
        if self.rows is None:  # the first answer token: the rows the prompt pass switched on
            steer = self.req.steer
            self.rows = steer.rows[: scores.shape[0]].clone() if steer is not None else \
                torch.zeros(scores.shape[0], dtype=torch.bool)
        if not self.rows.any():
            return scores
        if k >= len(self.prefix):
            return scores
        if self.stop and k == len(self.prefix) - 1:
            self.req.stopped[: self.rows.shape[0]] |= self.rows  # generation ends for them after this token
        return _force(scores, self.rows, self.prefix[k])


class _ReplyPrefix(LogitsProcessor):
    """Every row's reply starts with ``prefix`` (forced token by token), except rows steered or stopped from their
    first answer token: those start as :class:`_SteeredPrefix` or the steering decides (a flagged request's reply
    is not forced into a tool call). ``req`` is ``None`` with the guard off."""

    def __init__(self, req: "_Request | None", prompt_len: int, prefix: list[int]):
        self.req, self.P, self.prefix = req, prompt_len, prefix
        self.rows: torch.Tensor | None = None

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        k = input_ids.shape[1] - self.P
        if self.rows is None:  # the first answer token: rows the prompt pass steered or stopped are left alone
            n = scores.shape[0]
            self.rows = torch.ones(n, dtype=torch.bool)
            if self.req is not None:
                if self.req.steer is not None:
                    self.rows &= ~self.req.steer.rows[:n].cpu()
                self.rows &= ~self.req.stopped[:n].cpu()
        if k >= len(self.prefix) or not self.rows.any():
            return scores
        return _force(scores, self.rows, self.prefix[k])


class _Request:
    """Per-call state: scores, per-row actions, stop flags. Never shared between calls. Signals are looked up in
    the registry: nothing here names one."""

    def __init__(self, guard: "Guard", batch: int, span: torch.Tensor, real: torch.Tensor, texts: list[str],
                 turns: list[list[torch.Tensor]] | None = None, action: bool = False, skip: Sequence[str] = (),
                 pieces: list[list[torch.Tensor]] | None = None, tails: list[tuple[int, ...]] | None = None,
                 goal_tails: list[list[torch.Tensor]] | None = None):
        self.g, self.batch, self.texts = guard, batch, texts
        self.span = [span[r][real[r]] for r in range(batch)]  # span over each row's real prompt tokens
        # every user turn of each row, over its real tokens (request signals read each one)
        self.turns = [[t[real[r]] for t in turns[r]] for r in range(batch)] if turns is not None else \
            [[sp] for sp in self.span]
        # which of those turns is the last user message's last piece read on its own (EncodedChats.tail_reads)
        self.tails = tails if tails is not None else [() for _ in range(batch)]
        # the last piece of each agent-step goal (EncodedChats.goal_tails), over the row's real tokens
        self.goal_tails = [[t[real[r]] for t in goal_tails[r]] for r in range(batch)] if goal_tails is not None \
            else [[] for _ in range(batch)]
        # every piece of each row's long user messages (read by the signals with reads_pieces)
        self.pieces = [[t[real[r]] for t in pieces[r]] for r in range(batch)] if pieces is not None else \
            [[] for _ in range(batch)]
        # signals that read only agents' actions are left out unless this request checks one
        self.signals = [s for s in guard.pack.probes if guard.policy.for_signal(s).enabled
                        and (action or not get_signal(s).actions_only) and s not in skip]
        self.sigs = {s: get_signal(s) for s in self.signals}
        self.scorer = StepScorer(guard.pack, self.signals, batch)
        self.stopped = torch.zeros(batch, dtype=torch.bool)
        self.finished = torch.zeros(batch, dtype=torch.bool)
        self.eos_set = set(_eos_ids(guard.lm).tolist())
        self.actions = ["allow"] * batch
        self.reasons: list[list[str]] = [[] for _ in range(batch)]
        self.results: list[dict[str, SignalResult]] = [{} for _ in range(batch)]
        self.prompt_len = [0] * batch
        self.prompt_views: list[RequestView | None] = [None] * batch
        self.prompt_results: list[dict[str, SignalResult]] = [{} for _ in range(batch)]  # reused while decoding
        self.steer: ConditionalSteering | None = None
        self.steer_signal: str | None = None  # the signal whose steering vector is armed

    # -- thresholds from the policy, falling back to the pack's calibration ----------------------------
    def _apply_threshold(self, res: SignalResult) -> SignalResult:
        return with_threshold(res, self.g.policy.for_signal(res.signal).threshold)

    def _act(self, r: int, res: SignalResult, why: str) -> None:
        action = self.g.policy.for_signal(res.signal).action
        if action == "escalate":  # a human decides only on actions (ActionCheck); a reply cannot wait for one
            action = "abstain"
            why += " (escalation applies to agent actions: abstaining)"
        if action == "steer" and (self.steer is None or res.signal != self.steer_signal):
            action = "abstain"
            why += (" (nothing to steer outside generation: abstaining)" if self.steer is None
                    else " (no steering vector for this signal: abstaining)")
        self.reasons[r].append(why)
        if _SEVERITY[action] > _SEVERITY[self.actions[r]]:
            self.actions[r] = action
        if action in ("abstain", "block"):
            self.stopped[r] = True
        elif action == "steer" and self.steer is not None:
            self.steer.enable([r])

    def _reason(self, res: SignalResult, phase: str) -> str:
        sig = self.sigs[res.signal]
        concept = next((self.g.redacted(res.details[k]) for k in sig.user_text_details if k in res.details), None)
        return sig.reason(res, phase=phase, concept=concept)

    def _request_view(self, r: int, logits: torch.Tensor) -> RequestView:
        return RequestView(logits, self.span[r], self.turns[r], self.texts[r], self.pieces[r], self.tails[r],
                           self.goal_tails[r])

    # -- prefill decision inside the steering hook (same pass) ---------------------------------------
    def decide_in_pass(self, h: torch.Tensor, pass_index: int) -> torch.Tensor | None:
        """Rows the steered signal flags in the prompt pass, read from the logits the scorer already computed
        at the probe's layer in this pass (the probe sits at or below the steering layer)."""
        s = self.steer_signal
        if pass_index != 0 or s is None or self.sigs[s].reads != "request":
            return None
        cur = self.scorer.current(s)
        if cur is None:
            return None
        logits, mask = (x.cpu() for x in cur)
        flags = torch.zeros(self.batch, dtype=torch.bool)
        probe = self.g.pack[s]
        for r in range(self.batch):
            # a prompt read in chunks (an engine's chunked prefill): the earlier chunks' logits come first
            row = torch.cat([self.scorer.row(s, r), logits[r][mask[r]]])
            res = self._apply_threshold(self.sigs[s].read_request(probe, self._request_view(r, row)))
            flags[r] = res.flagged
        return flags

    # -- every pass ----------------------------------------------------------------------------------
    def on_step(self, step) -> None:
        self.scorer.on_step(step)
        if step.index == 0:
            self.after_prompt([int(n) for n in step.mask.sum(dim=1)])
        else:
            self.after_decode()

    def after_prompt(self, lengths: list[int]) -> None:
        """Every row's prompt has been read (``lengths[r]`` real tokens, all in the scorer): the request signals
        decide. Called once per request, after the prefill pass (or an engine's last prefill chunk)."""
        for r in range(self.batch):
            self.prompt_len[r] = lengths[r]
            for s, sig in self.sigs.items():
                if sig.reads != "request":
                    continue
                res = sig.read_request(self.g.pack[s], self._request_view(r, self.scorer.row(s, r)))
                if res is not None:
                    self.results[r][s] = self.prompt_results[r][s] = self._apply_threshold(res)
            for res in _to_act(self.prompt_results[r]):
                self._act(r, res, self._reason(res, "prefill"))

    def after_decode(self) -> None:
        """A decode pass has been scored: the reply signals and the refusal trajectory decide per row."""
        for r in range(self.batch):
            if self.stopped[r] or self.finished[r]:
                continue
            if self.steer is not None and bool(self.steer.rows[r]):
                continue  # a steered reply is the guard's own text
            for s, sig in self.sigs.items():
                if self.stopped[r]:
                    break
                full = self.scorer.row(s, r)
                pview = self._request_view(r, full[: self.prompt_len[r]])
                res = sig.read_reply(self.g.pack[s], ReplyView(full[self.prompt_len[r]:], True, pview,
                                                               self.prompt_results[r].get(s)))
                if res is None:
                    continue
                res = self._apply_threshold(res)
                if sig.reads == "reply" or res.flagged:
                    self.results[r][s] = res
                if res.flagged:
                    self._act(r, res, self._reason(res, "decode"))


#: the most messages one conversation may hold (each costs a token mask over the whole prompt)
MAX_MESSAGES = 1024


class Guard:
    """Activation-level guard around a local model.

    ``steer_prefill`` (default True): a row flagged in the prompt pass is steered from that same pass, so
    its first answer token is already steered (measured: far more refusals than starting at the first
    decode step).

    >>> guard = Guard()                                  # embedded default model, shipped pack and vectors
    >>> d = guard.generate("How do I bake bread?")
    >>> d.action, d.text, d.scores["refusal"]["score"]

    ``model``: anything :func:`~guardrail.load_model` takes. ``pack``: ``None`` (default) finds the pack made for
    the model by fingerprint, among the shipped packs and ``$GUARDRAIL_CACHE_DIR/packs`` (a model with none
    raises :class:`~guardrail.errors.PackNotFoundError` naming the ``guardrail build-pack`` command); a path to a
    pack folder (``probes/`` + ``steering/``) or to a probes folder; a :class:`ProbePack`; or ``False`` (no probes:
    only ``generate(..., guard=False)``). ``steering``: ``None`` takes the pack's steering vectors when it has
    them, a path or :class:`SteeringSet` names them, ``False`` turns steering off (``steer`` then abstains).
    """

    steer_prefill: bool = True
    #: the signal whose per-token probability is returned as ``Decision.trajectory``
    trajectory_signal: str = "refusal"

    def __init__(self, model: Any = None, *, pack: ProbePack | str | os.PathLike | None | bool = None,
                 steering: SteeringSet | str | None | bool = None, policy: Policy | str | None = None,
                 audit: Any = "logging") -> None:
        # the policy first: a typo in it is reported before a model takes seconds to load
        self.policy = Policy.from_file(policy) if isinstance(policy, (str, os.PathLike)) else (policy or Policy.load())
        self.lm: LoadedModel = load_model(model)
        self.pack, steering = self._load_pack(pack, steering)
        if isinstance(steering, (str, os.PathLike)):
            steering = SteeringSet.from_pretrained(steering, self.lm, self.policy.max_steering_ratio)
        elif isinstance(steering, SteeringSet):
            steering.fingerprint.check(self.lm.fingerprint, "the steering set")
        self.steering: SteeringSet | None = steering if isinstance(steering, SteeringSet) else None
        self.audit = audit if isinstance(audit, AuditLog) else AuditLog(audit)
        if self.policy.fail_mode == "open":
            warn("guard configured fail-open: failures inside the guard will let requests through")

    def _load_pack(self, pack, steering):
        """``(ProbePack | None, steering source)``. ``pack``: ``None`` finds the pack made for this model (shipped
        or under ``$GUARDRAIL_CACHE_DIR/packs``); a path names a pack folder (``probes/`` + ``steering/``) or a
        probes folder; ``False`` loads none (only ``guard=False`` generation works then). ``steering``: ``None``
        takes the pack folder's steering vectors when it has them, ``False`` none."""
        from .packs import find_pack, resolve_pack

        if pack is False:
            return None, None
        found_steering = None
        if pack is None:
            probes_dir, found_steering = resolve_pack(find_pack(self.lm))
            pack = ProbePack.from_pretrained(probes_dir, self.lm)
        elif isinstance(pack, ProbePack):
            pack.fingerprint.check(self.lm.fingerprint, "the probe pack")
            if steering is None:  # the steering vectors made for this model, if a pack folder has them
                try:
                    found_steering = resolve_pack(find_pack(self.lm))[1]
                except ArtifactError:
                    found_steering = None
        elif isinstance(pack, (str, os.PathLike)):
            probes_dir, found_steering = resolve_pack(pack)
            pack = ProbePack.from_pretrained(probes_dir, self.lm)
        else:
            raise InputError(f"pack must be a path, a ProbePack, None or False, not {type(pack).__name__}")
        if steering is None:
            steering = found_steering
        return pack, (None if steering is False else steering)

    # -- public API -----------------------------------------------------------------------------------
    def with_policy(self, policy: "Policy | dict[str, Any]") -> "Guard":
        """This guard under another policy: a :class:`Policy`, or a mapping of fields merged over this guard's
        (``{"refusal": {"action": "abstain"}}``). A shallow copy: model, pack, steering and audit are shared."""
        import copy

        new = copy.copy(self)
        new.policy = policy if isinstance(policy, Policy) else self.policy.merged(policy)
        return new

    def generate(self, messages: Sequence[Message] | str, *, max_new_tokens: int | None = None,
                 guard: bool = True, skip_signals: Sequence[str] = (), reply_prefix: str | None = None,
                 **gen_kwargs: Any) -> Decision:
        return self.generate_batch([messages], max_new_tokens=max_new_tokens, guard=guard,
                                   skip_signals=skip_signals, reply_prefix=reply_prefix, **gen_kwargs)[0]

    @property
    def read_pieces(self) -> bool:
        """Whether long user messages are cut into pieces (for the signals that read them): the policy's
        ``read_pieces``, else the pack's choice when the policy leaves such a signal enabled
        (:func:`guardrail.probes.pack_reads_pieces`)."""
        from .probes import pack_reads_pieces

        return pack_reads_pieces(self.pack, self.policy.read_pieces, lambda s: self.policy.for_signal(s).enabled)

    @property
    def reading(self) -> Reading:
        """The extra reads of a user message under this guard's policy (``read_tail``, ``read_tail_short``) and
        :attr:`read_pieces`: what :func:`guardrail.scoring.score_examples` takes to score as this guard does."""
        return Reading(tail=self.policy.read_tail, tail_short=self.policy.read_tail_short, pieces=self.read_pieces)

    async def agenerate(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        return await asyncio.to_thread(self.generate, messages, **kwargs)

    def generate_batch(self, batch: Sequence[Sequence[Message] | str], *, max_new_tokens: int | None = None,
                       guard: bool = True, skip_signals: Sequence[str] = (), reply_prefix: str | None = None,
                       **gen_kwargs: Any) -> list[Decision]:
        """Generate a reply for each prompt of ``batch``, guarded. ``skip_signals``: signals not read for these
        requests (e.g. ``("familiarity",)`` for an agent's instruction that names its own files); each must be a
        signal of the pack. ``reply_prefix``: text every reply starts with (forced; it is part of the reply and
        counts towards ``max_new_tokens``), e.g. the opening of a tool call; a reply the guard steers or stops
        from its first token is not forced. The prompt pass, and so every request score, is unchanged by it."""
        if not isinstance(batch, (list, tuple)) or not batch:
            raise InputError("generate_batch takes a non-empty list of prompts or message lists")
        if isinstance(skip_signals, str) or not all(isinstance(x, str) for x in skip_signals):
            raise InputError(f"skip_signals must be a list of signal names, not {skip_signals!r}")
        unknown = sorted(set(skip_signals) - set(self.pack.probes if self.pack is not None else ()))
        if unknown:
            raise InputError(f"skip_signals names signals this pack does not have: {unknown}")
        if max_new_tokens is not None and (isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, int)
                                           or max_new_tokens < 1):
            raise InputError(f"max_new_tokens must be a positive int, not {max_new_tokens!r}")
        if reply_prefix is not None:
            if not isinstance(reply_prefix, str) or not reply_prefix:
                raise InputError(f"reply_prefix must be a non-empty string, not {reply_prefix!r}")
            gen_kwargs["reply_prefix"] = reply_prefix
        t0 = time.perf_counter()
        ids = [uuid.uuid4().hex[:12] for _ in batch]
        msgs, notes = zip(*(self._validate(m) for m in batch))
        n_new = max_new_tokens or self.policy.max_new_tokens
        try:
            decisions = self._run(list(msgs), ids, n_new, guard, gen_kwargs, tuple(skip_signals))
        except InputError:
            raise
        except Exception as e:  # fail closed
            reason = f"{type(e).__name__}: {e}"
            if self.policy.fail_mode == "open":
                warn("guard failure, failing OPEN as configured", reason=reason)
                decisions = self._run(list(msgs), ids, n_new, False, gen_kwargs)
                for d in decisions:
                    d.failure, d.reasons = reason, [f"guard failed open: {reason}"]
            else:
                text = self.policy.failure_message.format(reason=type(e).__name__)
                decisions = [Decision(i, "block", text, [f"guard failure: {reason}"], failure=reason) for i in ids]
        elapsed = (time.perf_counter() - t0) * 1000
        for d, m, note in zip(decisions, msgs, notes):
            d.latency_ms = elapsed
            d.reasons = note + d.reasons
            self.audit_decision(d, m)
        return decisions

    def check(self, messages: Sequence[Message] | str, *, response: str | None = None,
              emit_audit: bool = True, action: bool = False, context: Sequence[int] = (),
              no_pieces: Sequence[int] = ()) -> Decision:
        """Score a conversation (and optionally a proposed response / action text) in one prefill pass, with
        no generation: the monitor mode used to gate tool calls and the actions of other models' agents.
        ``action=True``: ``response`` is an agent's proposed action in the agent-step layout
        (:func:`~guardrail.actions.agent_messages`), so the signals that read only actions (``action_risk``) are
        scored too; :class:`~guardrail.actions.ActionCheck` sets it. ``context``: indices of user messages that
        are third-party content the step shows (an agent's observation, a tool result), not requests: request
        signals do not read them as requests (the later turns still see them, and so do the action signals); the
        last message is always read. ``no_pieces``: indices of messages read as requests whole (and by their last
        piece) but not cut into pieces for the signals that read pieces (an action check's tool results).
        ``emit_audit=False`` leaves the audit event to the caller (:class:`~guardrail.actions.ActionCheck`
        audits its own final decision, once, through :meth:`audit_decision`)."""
        t0 = time.perf_counter()
        rid = uuid.uuid4().hex[:12]
        if response is not None and not isinstance(response, str):
            raise InputError(f"response must be a string or None, not {type(response).__name__}")
        msgs, notes = self._validate(messages)
        for name, idx in (("context", context), ("no_pieces", no_pieces)):
            if not isinstance(idx, (list, tuple, range)) or not all(
                    isinstance(i, int) and not isinstance(i, bool) and -len(msgs) <= i < len(msgs) for i in idx):
                raise InputError(f"{name} must be a list of message indices (0..{len(msgs) - 1}), not {idx!r:.100}")
        try:
            d = self._check(msgs, response, rid, action=action, context=context, no_pieces=no_pieces)
        except InputError:
            raise
        except Exception as e:
            reason = f"{type(e).__name__}: {e}"
            if self.policy.fail_mode == "open":
                warn("guard failure, failing OPEN as configured", reason=reason)
                d = Decision(rid, "allow", response or "", [f"guard failed open: {reason}"], failure=reason)
            else:
                d = Decision(rid, "block", self.policy.failure_message.format(reason=type(e).__name__),
                             [f"guard failure: {reason}"], failure=reason)
        d.latency_ms = (time.perf_counter() - t0) * 1000
        d.reasons = notes + d.reasons
        if emit_audit:
            self.audit_decision(d, msgs, response)
        return d

    async def acheck(self, messages: Sequence[Message] | str, **kwargs: Any) -> Decision:
        return await asyncio.to_thread(self.check, messages, **kwargs)

    # -- internals ------------------------------------------------------------------------------------
    def _validate(self, messages: Sequence[Message] | str) -> tuple[list[Message], list[str]]:
        msgs = normalize_messages(messages)
        if len(msgs) > MAX_MESSAGES:  # before any per-message token mask is built
            raise InputError(f"the conversation has {len(msgs)} messages, over the limit of {MAX_MESSAGES}")
        if self.policy.normalize:
            msgs = [{**m, "content": normalize_text(m["content"])} for m in msgs]
        if not any(m["content"].strip() for m in msgs if m["role"] != "system"):
            raise InputError("the prompt is empty (only whitespace)")
        notes: list[str] = []
        total = sum(len(m["content"]) for m in msgs)
        limit = self.policy.max_prompt_chars
        if total > limit:
            if self.policy.oversized == "reject":
                raise InputError(f"the prompt has {total} characters, over the policy limit of {limit} "
                                 "(set oversized: truncate to keep its end instead)")
            over = total - limit
            out = []
            for m in msgs:  # drop characters from the oldest content first, keep the latest request's end
                cut = min(over, len(m["content"]))
                out.append({**m, "content": m["content"][cut:]})
                over -= cut
            msgs = out
            notes.append(f"prompt truncated from {total} to {limit} characters")
        return msgs, notes

    def _encode(self, msgs_batch: list[list[Message]], responses: list[str | None] | None = None) -> EncodedChats:
        examples = [Example(id=str(i), prompt=m, response=(responses[i] if responses else None))
                    for i, m in enumerate(msgs_batch)]
        enc = encode_examples(self.lm, examples, reading=self.reading)
        n_tok = int(enc.attention_mask.sum(1).max())
        if n_tok > self.policy.max_prompt_tokens:
            if self.policy.oversized == "reject":
                raise InputError(f"the prompt has {n_tok} tokens, over the policy limit of "
                                 f"{self.policy.max_prompt_tokens}")
            keep = self.policy.max_prompt_tokens
            enc = replace(enc, input_ids=enc.input_ids[:, -keep:],
                          attention_mask=enc.attention_mask[:, -keep:], span=enc.span[:, -keep:],
                          turns=[[t[-keep:] for t in row] for row in enc.turns])
        return enc

    @torch.no_grad()
    def _run(self, msgs: list[list[Message]], ids: list[str], n_new: int, guard: bool, gen_kwargs,
             skip: tuple[str, ...] = ()) -> list[Decision]:
        lm = self.lm
        enc = self._encode(msgs)
        inputs, span = enc.inputs(lm.device), enc.span
        B, P = inputs["input_ids"].shape
        kw = {"max_new_tokens": n_new, "do_sample": False, "pad_token_id": lm.tokenizer.pad_token_id, **gen_kwargs}
        reply_prefix = kw.pop("reply_prefix", None)
        # our own text: a control token written in it (a tool call's opening tag) is that token
        forced = lm.tokenizer(reply_prefix, add_special_tokens=False)["input_ids"] if reply_prefix else []
        if guard and self.pack is None:
            raise InputError("this Guard was built with pack=False: it can only generate with guard=False")
        if not guard:
            if forced:
                kw["logits_processor"] = LogitsProcessorList([*(kw.get("logits_processor") or []),
                                                              _ReplyPrefix(None, P, forced)])
            out = lm.model.generate(**inputs, **kw)
            return [Decision(i, "allow", self._decode(out[r, P:]), ["guard off"], generated_tokens=self._count(out[r, P:]))
                    for r, i in enumerate(ids)]
        real = inputs["attention_mask"].bool().cpu()
        req = _Request(self, B, span.cpu(), real, [m[-1]["content"] for m in msgs],
                       [enc.user_turns(r) for r in range(B)], skip=skip,
                       pieces=[enc.piece_turns(r) for r in range(B)], tails=[enc.tail_reads(r) for r in range(B)],
                       goal_tails=[enc.goal_tails(r) for r in range(B)])
        # the steering vector of the first enabled signal that has one and whose policy action is steer
        vec, prefix_ids, only = self._steer_plan(req)
        layers = sorted(set(req.scorer.layers))
        with Tap(lm, layers, on_step=req.on_step, on_layer=req.scorer.on_layer, store=False):
            steer_ctx = ConditionalSteering(lm, vec, B, max_ratio=self.policy.max_steering_ratio,
                                            decide=req.decide_in_pass, prefill=self.steer_prefill) \
                if vec is not None else None
            req.steer = steer_ctx
            with steer_ctx if steer_ctx is not None else contextlib.nullcontext():
                procs = LogitsProcessorList(kw.pop("logits_processor", None) or [])
                if steer_ctx is not None and prefix_ids:
                    procs.append(_SteeredPrefix(req, P, prefix_ids, only))
                if forced:
                    procs.append(_ReplyPrefix(req, P, forced))
                out = lm.model.generate(**inputs, stopping_criteria=StoppingCriteriaList([_Stop(req)]),
                                        logits_processor=procs, **kw)
        return [self._decision(rid, req, r, bool(steer_ctx is not None and steer_ctx.rows[r]), out[r, P:],
                               out[r][torch.cat([real[r], torch.ones(out.shape[1] - P, dtype=torch.bool)])].tolist())
                for r, rid in enumerate(ids)]

    def _steer_plan(self, req: "_Request") -> tuple[SteeringVector | None, list[int], bool]:
        """``(vector, reply prefix token ids, prefix only)`` for a request, and ``req.steer_signal`` set: the vector
        of the first enabled signal that has one and whose policy action is steer (the policy's coefficient, if set),
        and how a reply steered from its first token starts: the policy's prefix, else the pack's choice (literal
        text: control-token strings in it stay text)."""
        pol = self.policy
        req.steer_signal = next((s for s in req.signals if self.steering is not None and s in self.steering
                                 and pol.for_signal(s).action == "steer"), None)
        if req.steer_signal is None:
            return None, [], False
        vec = self.steering[req.steer_signal]
        if pol.steering_coefficient is not None:
            vec = replace(vec, coefficient=pol.steering_coefficient)
        prefix = pol.steer_prefix if pol.steer_prefix is not None else vec.params.get("reply_prefix")
        if not prefix:
            return vec, [], False
        only = pol.steer_prefix_only if pol.steer_prefix_only is not None else bool(vec.params.get("prefix_only", False))
        return vec, self.lm.tokenizer(prefix, add_special_tokens=False, split_special_tokens=True)["input_ids"], only

    def _decision(self, rid: str, req: "_Request", r: int, steered: bool, gen: torch.Tensor,
                  seq: list[int]) -> Decision:
        """Row ``r``'s decision once generation ended: ``gen`` its generated ids, ``seq`` its real prompt ids then
        the generated ones (the trajectory's tokens)."""
        action = req.actions[r]
        if steered and action == "allow":
            action = "steer"
        text = self._message(action, req.results[r]) if action in ("abstain", "block") else self._decode(gen)
        n_gen = self._count(gen)
        ts = self.trajectory_signal
        traj = torch.sigmoid(req.scorer.row(ts, r)).tolist()[: req.prompt_len[r] + max(n_gen - 1, 0)] \
            if ts in req.signals else []
        toks = self.lm.tokenizer.convert_ids_to_tokens(seq[: len(traj)])
        return Decision(rid, action, text, req.reasons[r], self._scores(req.results[r]), traj,
                        [self.lm.tokenizer.convert_tokens_to_string([t]) for t in toks], req.prompt_len[r],
                        steered=steered, generated_tokens=n_gen)

    @torch.no_grad()
    def _check(self, msgs: list[Message], response: str | None, rid: str, action: bool = False,
               context: Sequence[int] = (), no_pieces: Sequence[int] = ()) -> Decision:
        if self.pack is None:
            raise InputError("this Guard was built with pack=False: it has no probes to check with")
        if response is not None and self.policy.normalize:
            response = normalize_text(response)
        enc = self._encode([msgs], [response] if response is not None else None)
        real = enc.attention_mask.bool()
        skip = {i % len(msgs) for i in context} - {len(msgs) - 1}
        whole = skip | {i % len(msgs) for i in no_pieces}
        req = _Request(self, 1, enc.span, real, [msgs[-1]["content"]], [enc.user_turns(0, skip)],
                       action=action and response is not None, pieces=[enc.piece_turns(0, whole)],
                       tails=[enc.tail_reads(0, skip)], goal_tails=[enc.goal_tails(0, skip)])
        self._score_prompt(req, enc)
        logits = {s: req.scorer.row(s, 0) for s in req.signals}
        sp = req.span[0]
        if response is not None:  # request signals read the conversation, reply signals the response
            # the prompt is everything before the response's first token, in this same (possibly truncated) pass
            first = torch.nonzero(sp).flatten()
            n_prompt = int(first[0]) if first.numel() else int(sp.numel())
            ptraj = {s: v[:n_prompt] for s, v in logits.items()}
            pspan = enc.turns[0][len(msgs) - 1][real[0]][:n_prompt]
            pturns = [t[:n_prompt] for t in req.turns[0]]
            ppieces = [t[:n_prompt] for t in req.pieces[0]]
            pgoals = [t[:n_prompt] for t in req.goal_tails[0]]
        else:
            ptraj, pspan, pturns, ppieces, pgoals = logits, sp, req.turns[0], req.pieces[0], req.goal_tails[0]
        results: dict[str, SignalResult] = {}
        for s, sig in req.sigs.items():
            probe = self.pack[s]
            view = RequestView(ptraj[s], pspan, pturns, msgs[-1]["content"], ppieces, req.tails[0], pgoals)
            res = None
            if response is not None:  # reply signals read the response; request signals may read its tokens too
                reply = logits[s][sp] if sig.reads == "reply" else logits[s][len(ptraj[s]):]
                res = sig.read_reply(probe, ReplyView(reply, False, view))
            if res is None and sig.reads == "request":
                res = sig.read_request(probe, view)
            if res is not None:
                results[s] = req._apply_threshold(res)
        req.results[0] = results
        for res in _to_act(results):
            req._act(0, res, req._reason(res, "check"))
        action = req.actions[0]
        text = self._message(action, results) if action in ("abstain", "block") else (response or "")
        ts = self.trajectory_signal
        traj = torch.sigmoid(logits[ts]).tolist() if ts in logits else []
        return Decision(rid, action, text, req.reasons[0], self._scores(results), traj)

    def _score_prompt(self, req: _Request, enc: EncodedChats) -> None:
        """One pass over ``enc`` with the scorer's taps, no generation (:meth:`check`); an engine backend (vLLM)
        overrides this with its own forward pass."""
        with Tap(self.lm, req.scorer.layers, on_step=req.scorer.on_step, on_layer=req.scorer.on_layer, store=False):
            self.lm.model(**enc.inputs(self.lm.device))

    # -- redaction: with ``policy.redact`` no field but the reply itself carries the user's text -------------
    def _scores(self, results: dict[str, SignalResult]) -> dict[str, dict[str, Any]]:
        out = {s: v.to_dict() for s, v in results.items()}
        if self.policy.redact:
            for s, d in out.items():
                for k in get_signal(s).user_text_details:
                    if k in d:
                        d[k] = redact_text(d[k])
        return out

    def redacted(self, text: str) -> str:
        """User text as a decision's reasons may show it: quoted, or a hash when the policy redacts."""
        if self.policy.redact:
            return f"(redacted, sha256 {redact_text(text)['sha256']})"
        return repr(text)

    def _message(self, action: str, results: dict[str, SignalResult]) -> str:
        flagged = [r for r in _to_act(results) if self.policy.for_signal(r.signal).action in
                   ("abstain", "block", "steer", "escalate")]
        if not flagged:
            return self.policy.refusal.message
        top = max(flagged, key=lambda r: _SEVERITY[self.policy.for_signal(r.signal).action])
        return self.policy.for_signal(top.signal).message.format_map(_Fields(top.details))

    def _decode(self, ids: torch.Tensor) -> str:
        return self.lm.tokenizer.decode(ids, skip_special_tokens=True).strip()

    def _count(self, ids: torch.Tensor) -> int:
        pad = self.lm.tokenizer.pad_token_id
        return int((ids != pad).sum()) if pad is not None else int(ids.numel())

    def audit_decision(self, d: Decision, msgs: list[Message], response: str | None = None, **extra: Any) -> None:
        """Emit ``d`` as one ``guard_decision`` event (redacted per the policy); ``extra`` adds fields."""
        prompt = msgs[-1]["content"]
        fields = {"request_id": d.request_id, "action": d.action, "reasons": d.reasons,
                  "scores": {s: {"score": v.get("score"), "threshold": v.get("threshold"), "flagged": v.get("flagged")}
                             for s, v in d.scores.items()},
                  "steered": d.steered, "latency_ms": round(d.latency_ms, 2), "failure": d.failure,
                  "model": self.lm.name, **extra}
        if self.policy.redact:
            fields["prompt"], fields["output"] = redact_text(prompt), redact_text(d.text)
            if response is not None:
                fields["response"] = redact_text(response)
        else:
            fields["prompt"], fields["output"] = prompt, d.text
            if response is not None:
                fields["response"] = response
        try:
            self.audit.emit("guard_decision", **fields)
        except Exception as e:  # an audit sink failure must not hide the decision
            warn("audit sink failed", error=repr(e))


def _to_act(results: dict[str, SignalResult]) -> list[SignalResult]:
    """The flagged results to act on: all of them read first, so that a signal that yields (familiarity to
    refusal: "I don't know X" is the wrong answer to a harmful request) is recorded but not acted on, whatever
    the order of the pack."""
    flagged = {s for s, res in results.items() if res.flagged}
    return [res for s, res in results.items() if res.flagged and not (set(get_signal(s).yields_to) & flagged)]


class _Fields(dict):
    """A policy message's ``{placeholders}`` filled from a result's details; a missing one reads "this"."""

    def __missing__(self, key: str) -> str:
        return "this"


def trajectory_sparkline(values: Sequence[float], width: int = 60) -> str:
    """A one-line terminal drawing of a score trajectory in [0, 1]."""
    if not values:
        return ""
    blocks = " ▁▂▃▄▅▆▇█"
    step = max(1, math.ceil(len(values) / width))
    pts = [max(values[i:i + step]) for i in range(0, len(values), step)]
    return "".join(blocks[min(8, max(0, int(round(v * 8))))] for v in pts)


__all__ = ["Decision", "Guard", "GuardrailError", "trajectory_sparkline"]
