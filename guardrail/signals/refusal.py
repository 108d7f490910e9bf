"""**refusal**: harmful-request intent and the refusal cliff.

``score`` is the probe's read-out of the prompt, each user turn read on its own (the worst counts); the
*trajectory* gives ``peak`` (max of the smoothed per-token probability over the user's content; a turn longer than
``peak_max_tokens`` tokens whose last piece is read on its own gives its peak through that piece only) and ``tail``
(mean over the last tokens before the answer / action). *Refusal suppressed* (the refusal cliff) is flagged when
the peak is high and the drop ``peak - tail`` is large; both thresholds are calibrated on benign requests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch

from ..evaluation import is_refusal
from .base import Param, ReplyView, RequestView, Signal, SignalResult, register_signal


def _ema(p: torch.Tensor, alpha: float) -> torch.Tensor:
    out, acc = [], None
    for x in p.tolist():  # plain floats: ~0.1 us a token, so a 4k-token prompt costs well under a millisecond
        acc = x if acc is None else alpha * x + (1 - alpha) * acc
        out.append(acc)
    return torch.tensor(out, dtype=p.dtype)


def _pieces_of(turn: torch.Tensor, turns: Sequence[torch.Tensor]) -> list[torch.Tensor]:
    """The others of ``turns`` that are smaller parts of ``turn`` (its pieces read on their own)."""
    n = int(turn.sum())
    return [u for u in turns if 0 < int(u.sum()) < n and not bool((u & ~turn).any())]


def _has_piece(turn: torch.Tensor, turns: Sequence[torch.Tensor]) -> bool:
    """Whether another of ``turns`` is a smaller part of ``turn`` (a piece of it read on its own)."""
    return bool(_pieces_of(turn, turns))


def peak_turns(turns: Sequence[torch.Tensor], cap: int) -> list[torch.Tensor]:
    """The turns whose tokens give the refusal cliff its peak: a turn longer than ``cap`` tokens whose pieces are
    read on their own gives it through its last piece only (the smallest piece ending last; a piece that holds
    other pieces is left out too, so a long piece cannot bring the padding back). Decided on the turns as given."""
    if not cap:
        return list(turns)
    drop: set[int] = set()
    for t in turns:
        if int(t.sum()) <= cap:
            continue
        parts = _pieces_of(t, turns)
        if not parts:
            continue
        drop.add(id(t))
        # the smallest piece ending last: by end (latest first), then size; the first with no piece inside it
        # (usually the first tried, so a message of many pieces costs O(pieces), not O(pieces^2))
        order = sorted(parts, key=lambda u: (-int(u.nonzero().max()), int(u.sum())))
        last = next(u for u in order if not _has_piece(u, parts))
        drop.update(id(u) for u in parts if u is not last)
    keep = {id(u) for u in turns if id(u) not in drop}
    return [u for u in turns if id(u) in keep]


def read_turns(probe, logits: torch.Tensor, turns: Sequence[torch.Tensor]) -> tuple[float, int]:
    """The probe's read-out of a prompt that may hold several turns: ``(score, turn index)`` of the worst one.

    Each turn (a mask over ``logits``) is read on its own with the probe's token policy, so a harmful request
    cannot hide in an earlier turn behind a harmless last one. With the probe param ``window_tokens``, a ``mean``
    turn longer than that is also read in half-overlapping windows of that length and scores its worst window,
    so that harmless padding cannot dilute a harmful span. Only a probe calibrated for it may set that param:
    the shipped refusal probe, trained on whole short requests, scores windows of long benign text up to 0.98
    (BENCHMARKS, obfuscation), so it does not. A ``last``-token probe reads the prompt's last token."""
    if probe.token_policy == "last" or not turns:
        return probe.aggregate(logits), -1
    w = int(probe.params.get("window_tokens", 0)) or None
    best, which = float("-inf"), -1
    for i, t in enumerate(turns):
        sel = logits[t]
        if not sel.numel():
            continue
        v = probe.aggregate(sel)
        if w is not None and probe.token_policy == "mean" and sel.numel() > w:
            csum = torch.cat([torch.zeros(1), torch.cumsum(sel.float(), 0)])
            starts = torch.arange(0, sel.numel() - w + 1, max(1, w // 2))
            means = (csum[starts + w] - csum[starts]) / w
            v = max(v, float(torch.sigmoid(means.max())))
        if v > best:
            best, which = v, i
    return (best, which) if which >= 0 else (probe.aggregate(logits), -1)


def refusal_result(probe, prompt_logits: torch.Tensor, span: torch.Tensor,
                   gen_logits: torch.Tensor | None = None, *, prompt: SignalResult | None = None,
                   turns: Sequence[torch.Tensor] | None = None) -> SignalResult:
    """``prompt_logits`` over the real prompt tokens, ``span`` marks the user's content among them; ``turns``
    (default ``[span]``) the content of every user turn, each read on its own (see :func:`read_turns`).

    ``prompt``: this row's earlier result on the same prompt (no ``gen_logits``); its score and peak are reused,
    so a check at every decode step costs O(tail) instead of re-reading the whole prompt."""
    p = Refusal.param
    turn = -1
    if prompt is not None:
        score, peak = prompt.score, float(prompt.details["peak"])
        turn = prompt.details.get("turn", -1)
    else:
        turns = [t for t in (turns if turns is not None else [span]) if t.any()]
        score, turn = read_turns(probe, prompt_logits, turns)
        probs = torch.sigmoid(prompt_logits)
        smooth = _ema(probs, p(probe, "ema_alpha")) if probs.numel() else probs
        # the peak of a long turn is noise (a page of harmless text reaches 0.999 somewhere), so a turn longer than
        # peak_max_tokens whose pieces are read on their own (guardrail.prompts.tail_piece, a forged turn's pieces)
        # gives its peak through its last piece only
        kept = peak_turns(turns, p(probe, "peak_max_tokens"))
        content_mask = torch.stack(kept or turns).any(0) if turns else span
        content = smooth[content_mask] if content_mask.any() else smooth
        peak = float(content.max()) if content.numel() else float("nan")
    k = p(probe, "tail_tokens")
    # only the last k tokens are read for the tail (a decode-step check must not touch the whole prompt)
    tail_src = gen_logits if gen_logits is not None and gen_logits.numel() else prompt_logits
    tail = float(torch.sigmoid(tail_src[-k:]).mean()) if tail_src.numel() else float("nan")
    peak_thr = float(probe.params.get("peak_threshold", probe.threshold))
    drop_thr = p(probe, "drop_threshold")
    suppressed = peak >= peak_thr and (peak - tail) >= drop_thr
    return SignalResult("refusal", score, probe.threshold, score >= probe.threshold or suppressed, {
        "harmful_intent": score >= probe.threshold, "peak": peak, "tail": tail, "drop": peak - tail,
        "peak_threshold": peak_thr, "drop_threshold": drop_thr, "refusal_suppressed": suppressed, "turn": turn,
    })


@register_signal
class Refusal(Signal):
    name = "refusal"
    reads = "request"
    default_action = "steer"
    default_message = "I can't help with that request."
    params = {
        "ema_alpha": Param("float", 0.5, 1e-6, 1.0, "smoothing of the per-token trajectory for the peak"),
        "tail_tokens": Param("int", 3, 1, 64, "tokens before the answer (or of the answer) read as the tail"),
        "peak_threshold": Param("float", 0.5, 0.0, 1.0, "peak needed for a cliff (default: the probe threshold)"),
        "drop_threshold": Param("float", 0.5, 0.0, 1.0, "peak - tail drop that makes a cliff"),
        "window_tokens": Param("int", 0, 0, 4096, "read long turns in windows of this many tokens (0: off)"),
        "peak_max_tokens": Param("int", 192, 0, 65536, "a turn longer than this whose last piece is read on its own "
                                                        "gives its peak through that piece only (0: off)"),
    }
    # the probe sits at or below the steering layer, so that the prompt-pass decision and the steering happen
    # in the same pass (a probe above it would only start steering at the first decode step)
    layer_range = (0.0, 0.47)
    # the mean over the request: of the three read-outs (the instruction's last token "inst", where harmfulness is
    # read apart from refusal; the post-instruction token "last"; the mean) it held up best on the project's own
    # held-out, wrapped and padded requests at every layer swept (benchmarks/readouts.py, BENCHMARKS section 9)
    positions = ("mean",)
    steering = ("I'm sorry, but I can't help with that request.", "Sure, here is a detailed answer to your request.")
    behaviour = steering
    behaviour_judge = staticmethod(is_refusal)

    def read_request(self, probe, view: RequestView) -> SignalResult:
        return refusal_result(probe, view.logits, view.span, turns=view.turns)

    def read_reply(self, probe, view: ReplyView) -> SignalResult | None:
        if view.prompt is None:
            return None
        if view.streaming:  # the cliff in the answer: the prompt was judged at prefill, only the tail is new
            if view.logits.numel() < self.param(probe, "tail_tokens"):
                return None
            res = refusal_result(probe, view.prompt.logits, view.prompt.span, view.logits, prompt=view.prompt_result)
            return res if res.details["refusal_suppressed"] else None
        return refusal_result(probe, view.prompt.logits, view.prompt.span,
                              view.logits if view.logits.numel() else None, turns=view.prompt.turns)

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        d = res.details
        if phase == "decode":
            return f"refusal cliff in the answer: peak {d['peak']:.2f} -> {d['tail']:.2f}"
        if phase == "check":
            if d.get("refusal_suppressed") and not d.get("harmful_intent"):  # the cliff, not the score, flagged it
                return (f"refusal suppressed (cliff): peak {d['peak']:.2f} over {d['peak_threshold']:.2f}, "
                        f"tail {d['tail']:.2f}")
            return super().reason(res, phase=phase)
        kind = "refusal suppressed (cliff)" if d["refusal_suppressed"] else "harmful intent"
        return f"{kind}: score {res.score:.2f}, peak {d['peak']:.2f}, tail {d['tail']:.2f}"

    # -- building a pack ----------------------------------------------------------------------------------
    #: train on ``refusal_broad.jsonl`` too. Off for the shipped pack: the probe trained with it read the external
    #: harm set better (AUROC 0.852 -> 0.931, BENCHMARKS section 8) but blocked 11 of 15 benign computer-use steps
    #: (4/15 completed, 11/15 without it); ``Refusal.use_broad = True`` before ``build-pack`` builds that candidate
    use_broad: bool = False
    #: train on the translated requests (``refusal_multilingual.jsonl``: French, German, Spanish and Chinese) too;
    #: set by ``build-pack --translations`` (BuildConfig.translations). The threshold stays calibrated on English
    #: requests (:meth:`calibrate_on`). ``benchmarks/multilingual_probe.py`` (BENCHMARKS section 6): on the agent
    #: model, outside non-English requests AUROC 0.787 -> 0.902 with benign ones flagged 19% -> 5%, English recall
    #: 0.83 -> 0.78; on SmolLM2, which barely reads those languages, no gain on held-out translations, so its pack
    #: is built without
    use_translations: bool = False
    #: train on short imperative lines too: requests next to lists and code, lists and code alone
    #: (``refusal_short_lines.jsonl``) and 269 more imperative agent goals (``refusal_agent_more.jsonl``); set by
    #: ``build-pack --short-lines`` (BuildConfig.short_lines). The agent model's pack is built with it: before, a
    #: harmless to-do list alone scored 0.99 on its probe. SmolLM2's is not: its candidate read the external harm set
    #: better (AUROC 0.849 -> 0.867) and benign requests after a list less often as harmful (23% -> 17%), but benign
    #: requests after prose padding more often (13% -> 23%) and its held-out set a little worse (BENCHMARKS section 6)
    use_short_lines: bool = False
    #: train on everyday requests to a tool-using assistant too (``refusal_assistant.jsonl``: calendar, e-mail, team
    #: chat, banking, travel, files... in many registers, chatty and multi-step ones included, benign and harmful,
    #: in the chat and the agent-step layout); set by ``build-pack --assistant`` (BuildConfig.assistant). No shipped
    #: pack is built with it: on SmolLM2 the action check then stopped 24% of AgentDojo's ordinary user calls instead
    #: of 55%, but the probe read harmful chat requests worse (external harm AUROC 0.849 -> 0.819) and twice as many
    #: of the computer-use suite's unsafe actions ran (BENCHMARKS section 5b)
    use_assistant: bool = False
    #: the optional training sets above that ``build-pack`` turns on: option name -> the files it adds (each
    #: ``use_<option>`` attribute; ``BuildConfig.<option>``; ``refusal_<option>`` in the pack's meta)
    OPTIONAL_SETS: dict[str, tuple[str, ...]] = {
        "translations": ("refusal_multilingual.jsonl",),
        "short_lines": ("refusal_short_lines.jsonl", "refusal_agent_more.jsonl"),
        "assistant": ("refusal_assistant.jsonl",),
    }
    #: every file trained on besides ``refusal.jsonl`` and the taxonomy, in training order (the order is part of the
    #: features' cache key and of the fit); those of :attr:`OPTIONAL_SETS` only when their option is on
    EXTRA_FILES = ("refusal_wrapped.jsonl", "refusal_agent.jsonl", "refusal_agent_more.jsonl", "refusal_contrast.jsonl",
                   "refusal_tools.jsonl", "refusal_short_lines.jsonl", "refusal_multilingual.jsonl",
                   "refusal_assistant.jsonl")

    def broad_examples(self, data: Path) -> list:
        """The taxonomy's single requests (``refusal_broad.jsonl``). Its multi-turn conversations are left out: a
        conversation's read-out span is its last turn, and they end in the same innocuous follow-ups ("go on with
        step 2") whatever the label, so training on them taught the probe that follow-ups are harmful (a benign
        conversation ending in "please continue with all the steps" scored 0.73); every user turn is read on its
        own at run time instead."""
        return [e for e in self.optional_examples(data, "refusal_broad.jsonl") if isinstance(e.prompt, str)]

    def training_examples(self, data: Path) -> list:
        """``refusal.jsonl``; its train / val requests in the training wrappers (``refusal_wrapped.jsonl``, so the
        frame carries no signal); imperative agent goals in the layout the action check uses
        (``refusal_agent.jsonl``); contrast pairs of alarming-sounding benign and harmful requests in the same
        words (``refusal_contrast.jsonl``); requests asked with tools offered, behind the integrations' tools
        system prompt (``refusal_tools.jsonl``, so that offering tools does not by itself move a score); and the
        familiarity set's train / val questions as benign requests
        (questions about unknown entities are not harmful: without them the probe fired on 17 of 40 held-out
        questions about fabricated entities). With :attr:`use_broad`, also the taxonomy's single requests
        (:meth:`broad_examples`) and the agent-familiarity requests (``familiarity_agent.jsonl``) as benign ones.
        With :attr:`use_translations`, also the translated requests (``refusal_multilingual.jsonl``). With
        :attr:`use_short_lines`, also more imperative agent goals (``refusal_agent_more.jsonl``) and requests next to
        lists and code, with lists and code alone, read whole and by their last piece as the scorer reads a long
        message (``refusal_short_lines.jsonl``). With :attr:`use_assistant`, also everyday requests to a tool-using
        assistant (``refusal_assistant.jsonl``). The pieces of
        long messages (``refusal_long.jsonl``) are the ``refusal_pieces`` probe's. Files other than
        ``refusal.jsonl`` are optional."""
        from ..probes import Example

        out = Signal.training_examples(self, data) + (self.broad_examples(data) if self.use_broad else [])
        off = {f for opt, files in self.OPTIONAL_SETS.items() if not getattr(self, f"use_{opt}") for f in files}
        for name in (f for f in self.EXTRA_FILES if f not in off):
            out += [e for e in self.optional_examples(data, name) if e.split != "test"]
        for name in ("familiarity.jsonl",) + (("familiarity_agent.jsonl",) if self.use_broad else ()):
            out += [Example(id=f"entity-{e.id}", prompt=e.prompt, label=0, group=f"entity:{e.group or e.id}",
                            split=e.split) for e in self.optional_examples(data, name) if e.split != "test"]
        return out

    def calibrate_on(self, example) -> bool:
        # the threshold is calibrated on English requests only: the entity questions are easy negatives, and the
        # translated benign requests (ids "ml-...") score higher, so calibrated on them too the threshold rose and
        # English recall fell (0.83 -> 0.74 on the agent model; 0.78 calibrated on English)
        return not (example.group or "").startswith("entity:") and not str(example.id).startswith("ml-")

    def calibrate(self, lm, pack, examples, data=None, fpr: float = 0.01) -> dict[str, Any]:
        """The refusal cliff's drop threshold, set on benign training requests: during generation the tail is
        read from the answer's last tokens, which sit near zero on an ordinary answer, so the cliff fires on any
        request whose smoothed peak clears the drop threshold. The threshold is the ``(1 - fpr)`` quantile of
        that peak over benign train / val requests the mean read-out does not flag (calibrated on harmful
        prompts instead, 0.976 in one rebuild, it fired on "butcher a whole chicken")."""
        from ..scoring import score_examples

        probe = pack[self.name]
        benign = [e for e in examples if e.label == 0 and e.split != "test" and self.calibrate_on(e)]
        res = score_examples(lm, pack, self.name, benign)
        peaks = np.array([r.details["peak"] for r in res if not r.details["harmful_intent"]])
        drop = float(np.quantile(peaks, 1 - fpr)) if peaks.size else 0.5
        probe.params.update({"ema_alpha": 0.5, "tail_tokens": 3, "peak_threshold": probe.threshold,
                             "drop_threshold": min(max(drop, 0.0), 1.0)})
        return {"drop_threshold": probe.params["drop_threshold"], "benign_requests": int(peaks.size),
                "cliff_fpr_target": fpr}
