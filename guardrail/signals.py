"""The three signals, computed from per-token probe logits collected by a tap in the model's own passes.

- **refusal**: harmful-request intent. ``score`` is the probe's read-out of the prompt; the *trajectory*
  gives ``peak`` (max of the smoothed per-token probability over the user's content) and ``tail`` (mean
  over the last tokens before the answer / action). *Refusal suppressed* (the refusal cliff) is flagged when
  the peak is high and the drop ``peak - tail`` is large; both thresholds are calibrated (see ``packs/build``).
- **familiarity**: how *unfamiliar* the model is with what the request is about (higher = less known),
  read before generation.
- **manipulation**: covert manipulation in a response, read over the response's tokens (given, or as it
  is generated).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import torch

from .probes import LinearProbe, ProbePack
from .taps import TapStep


@dataclass
class SignalResult:
    signal: str
    score: float
    threshold: float
    flagged: bool
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "score": _r(self.score), "threshold": _r(self.threshold),
                "flagged": self.flagged, **{k: _json(v) for k, v in self.details.items()}}


def with_threshold(res: SignalResult, threshold: float | None) -> SignalResult:
    """``res`` judged at a policy's ``threshold`` instead of the pack's (``None``: unchanged). For refusal the
    threshold applies to harmful intent; a refusal cliff still flags on its own calibrated thresholds."""
    if threshold is None:
        return res
    res.threshold = threshold
    if res.signal == "refusal":
        res.details["harmful_intent"] = res.score >= threshold
        res.flagged = res.details["harmful_intent"] or bool(res.details.get("refusal_suppressed"))
    else:
        res.flagged = res.score >= threshold
    return res


def _r(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 4)


def _json(v):
    if isinstance(v, float):
        return _r(v)
    if isinstance(v, torch.Tensor):
        return [round(float(x), 4) for x in v.flatten().tolist()]
    if isinstance(v, (list, tuple)):
        return [_json(x) for x in v]
    return v


class StepScorer:
    """Per-request accumulator: turns each :class:`TapStep` into per-token logits of every probe (one small
    matmul per tapped layer), keeping only real (unpadded) tokens per row. Holds no model state."""

    def __init__(self, pack: ProbePack, signals: list[str], batch: int):
        self.probes: dict[str, LinearProbe] = {s: pack[s] for s in signals}
        self.by_layer: dict[int, tuple[list[str], torch.Tensor, torch.Tensor]] = {}
        for layer in sorted({p.layer for p in self.probes.values()}):
            names = [s for s, p in self.probes.items() if p.layer == layer]
            W = torch.stack([self.probes[s].weight.float() for s in names], dim=1)
            b = torch.tensor([self.probes[s].bias for s in names], dtype=torch.float32)
            self.by_layer[layer] = (names, W, b)
        self.batch = batch
        self.logits: dict[str, list[list[torch.Tensor]]] = {s: [[] for _ in range(batch)] for s in signals}
        self.steps = 0
        self.last: dict[str, torch.Tensor] = {}  # signal -> (batch,) logit at the newest real token

    @property
    def layers(self) -> list[int]:
        return list(self.by_layer)

    def _weights(self, layer: int, device: torch.device) -> tuple[list[str], torch.Tensor, torch.Tensor]:
        names, W, b = self.by_layer[layer]
        if W.device != device:  # moved once per request, not once per step
            W, b = W.to(device), b.to(device)
            self.by_layer[layer] = (names, W, b)
        return names, W, b

    def on_step(self, step: TapStep) -> None:
        # every tapped layer's probe logits are computed where the activations live and copied to the host in
        # one transfer (one device sync per step, whatever the number of layers)
        outs, names = [], []
        for layer in self.by_layer:
            h = step.hidden[layer]
            lnames, W, b = self._weights(layer, h.device)
            outs.append(h.float() @ W + b)
            names.extend(lnames)
        out = torch.cat(outs, dim=-1).cpu()  # (B, T, n_signals)
        mask = step.mask.cpu()
        if not torch.isfinite(out[mask]).all():
            bad = sorted({self.probes[names[j]].layer for j in range(out.shape[-1])
                          if not torch.isfinite(out[..., j][mask]).all()})
            raise FloatingPointError(f"non-finite probe logits at layer {bad[0]} (step {step.index})")
        for j, s in enumerate(names):
            for r in range(min(self.batch, out.shape[0])):
                self.logits[s][r].append(out[r, :, j][mask[r]])
            self.last[s] = out[:, -1, j]
        self.steps += 1

    def row(self, signal: str, r: int) -> torch.Tensor:
        parts = self.logits[signal][r]
        return torch.cat(parts) if parts else torch.zeros(0)


def _ema(p: torch.Tensor, alpha: float) -> torch.Tensor:
    out, acc = [], None
    for x in p.tolist():  # plain floats: ~0.1 us a token, so a 4k-token prompt costs well under a millisecond
        acc = x if acc is None else alpha * x + (1 - alpha) * acc
        out.append(acc)
    return torch.tensor(out, dtype=p.dtype)


def read_turns(probe: LinearProbe, logits: torch.Tensor, turns: Sequence[torch.Tensor]) -> tuple[float, int]:
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


def refusal_result(probe: LinearProbe, prompt_logits: torch.Tensor, span: torch.Tensor,
                   gen_logits: torch.Tensor | None = None, *, prompt: SignalResult | None = None,
                   turns: Sequence[torch.Tensor] | None = None) -> SignalResult:
    """``prompt_logits`` over the real prompt tokens, ``span`` marks the user's content among them; ``turns``
    (default ``[span]``) the content of every user turn, each read on its own (see :func:`read_turns`).

    ``prompt``: this row's earlier result on the same prompt (no ``gen_logits``); its score and peak are reused,
    so a check at every decode step costs O(tail) instead of re-reading the whole prompt."""
    prm = probe.params
    turn = -1
    if prompt is not None:
        score, peak = prompt.score, float(prompt.details["peak"])
    else:
        turns = [t for t in (turns if turns is not None else [span]) if t.any()]
        score, turn = read_turns(probe, prompt_logits, turns)
        probs = torch.sigmoid(prompt_logits)
        smooth = _ema(probs, float(prm.get("ema_alpha", 0.5))) if probs.numel() else probs
        content_mask = torch.stack(turns).any(0) if turns else span
        content = smooth[content_mask] if content_mask.any() else smooth
        peak = float(content.max()) if content.numel() else float("nan")
    k = int(prm.get("tail_tokens", 3))
    # only the last k tokens are read for the tail (a decode-step check must not touch the whole prompt)
    tail_src = gen_logits if gen_logits is not None and gen_logits.numel() else prompt_logits
    tail = float(torch.sigmoid(tail_src[-k:]).mean()) if tail_src.numel() else float("nan")
    peak_thr = float(prm.get("peak_threshold", probe.threshold))
    drop_thr = float(prm.get("drop_threshold", 0.5))
    suppressed = peak >= peak_thr and (peak - tail) >= drop_thr
    if prompt is not None:
        turn = prompt.details.get("turn", -1)
    return SignalResult("refusal", score, probe.threshold, score >= probe.threshold or suppressed, {
        "harmful_intent": score >= probe.threshold, "peak": peak, "tail": tail, "drop": peak - tail,
        "peak_threshold": peak_thr, "drop_threshold": drop_thr, "refusal_suppressed": suppressed, "turn": turn,
    })


_ENTITY = re.compile(r"""['"“‘]([^'"”’]{2,80})['"”’]|((?:[A-Z][\w.'-]*\s?(?:of\s|the\s|de\s|van\s)?){1,6})""")


def guess_entity(text: str) -> str:
    """The concept a request is about, for abstention messages: a quoted phrase or the longest run of
    capitalised words after the first word; falls back to the request itself (shortened)."""
    best = ""
    for m in _ENTITY.finditer(text):
        cand = (m.group(1) or m.group(2) or "").strip(" ,.?!")
        if m.start() == 0 and m.group(2) and len(cand.split()) == 1:
            continue  # the sentence's first word
        if len(cand) > len(best):
            best = cand
    return best or (text if len(text) <= 60 else text[:57] + "...")


def familiarity_result(probe: LinearProbe, prompt_logits: torch.Tensor, span: torch.Tensor,
                       request: str) -> SignalResult:
    sel = prompt_logits[span] if (probe.token_policy != "last" and span.any()) else prompt_logits
    score = probe.aggregate(sel)
    return SignalResult("familiarity", score, probe.threshold, score >= probe.threshold,
                        {"unfamiliar": score >= probe.threshold, "concept": guess_entity(request)})


def manipulation_result(probe: LinearProbe, response_logits: torch.Tensor, *, streaming: bool = False) -> SignalResult:
    """``streaming=True`` is the in-generation check on a partial reply: it uses the stream threshold, calibrated
    on the worst running mean of benign replies (a prefix is noisier than a whole reply)."""
    threshold = float(probe.params.get("stream_threshold", probe.threshold)) if streaming else probe.threshold
    min_tokens = int(probe.params.get("min_tokens", 8))
    if response_logits.numel() < min_tokens:
        score = probe.aggregate(response_logits) if response_logits.numel() else 0.0
        return SignalResult("manipulation", score, threshold, False,
                            {"tokens": int(response_logits.numel()), "too_short": True})
    score = probe.aggregate(response_logits)
    return SignalResult("manipulation", score, threshold, score >= threshold,
                        {"tokens": int(response_logits.numel()), "streaming": streaming})
