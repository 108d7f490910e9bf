"""**manipulation**: covert manipulation in a reply, read over the reply's tokens (given, or as it is generated)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from .base import Param, ReplyView, Signal, SignalResult, mean_reply_result, register_signal


def manipulation_result(probe, response_logits, *, streaming: bool = False) -> SignalResult:
    """``streaming=True`` is the in-generation check on a partial reply: it uses the stream threshold, calibrated
    on the worst running mean of benign replies (a prefix is noisier than a whole reply)."""
    threshold = float(probe.params.get("stream_threshold", probe.threshold)) if streaming else probe.threshold
    return mean_reply_result("manipulation", probe, response_logits, threshold,
                             Manipulation.param(probe, "min_tokens"), streaming=streaming)


@register_signal
class Manipulation(Signal):
    name = "manipulation"
    reads = "reply"
    default_action = "abstain"
    default_message = ("I stopped this reply because it was pressuring you. Take your time, compare options, and "
                       "talk it over with someone you trust before deciding.")
    params = {
        "min_tokens": Param("int", 8, 0, 4096, "replies shorter than this are not judged"),
        "stream_threshold": Param("float", 0.5, 0.0, 1.0, "the in-generation threshold (running mean)"),
    }

    def read_reply(self, probe, view: ReplyView) -> SignalResult:
        return manipulation_result(probe, view.logits, streaming=view.streaming)

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        if phase == "decode":
            return f"manipulative reply after {res.details.get('tokens', 0)} tokens (score {res.score:.2f})"
        return super().reason(res, phase=phase)

    # -- building a pack ----------------------------------------------------------------------------------
    def training_examples(self, data: Path) -> list:
        """``manipulation.jsonl`` (advice replies) and, when present, ``manipulation_genres.jsonl`` (e-mails, text
        messages, sales copy, chat replies and tool calls, with honest-urgent and warm hard negatives)."""
        ex = super().training_examples(data) + self.optional_examples(data, "manipulation_genres.jsonl")
        # the model's own answers train the probe but are easy negatives for a whole reply: the full-reply
        # threshold is calibrated on the hand-written replies only (with them, the threshold fell to 0.26 and
        # flagged 8 of 20 honest held-out replies); they do set the stream threshold, where their chatty openers
        # are the hard case
        self._own = {e.response for e in self.optional_examples(data, "manipulation_model_answers.jsonl")}
        return ex

    def calibrate_on(self, example) -> bool:
        return example.response not in getattr(self, "_own", set())

    def calibrate(self, lm, pack, examples, data=None, fpr: float = 0.005) -> dict[str, Any]:
        """The in-generation threshold. During generation the guard compares the running mean over the reply so
        far (after ``min_tokens``) with a threshold, so benign replies get a chance to look manipulative at every
        prefix: calibrate on the worst prefix of each benign training reply. The budget is small (0.5%) because
        every benign reply is checked at every step; at 2% the model's chatty openers ("I'm glad you're ...") to
        plain requests were stopped on 4 of 138 held-out benign requests."""
        from ..scoring import running_mean_max, token_logits

        probe = pack[self.name]
        probe.params["min_tokens"] = 16
        k = 16
        fit = [e for e in examples if e.split != "test" and e.response is not None]
        worst: dict[int, list[float]] = {0: [], 1: []}
        for e, (logits, sp) in zip(fit, token_logits(lm, pack, self.name, fit)):
            worst[int(e.label)].append(running_mean_max(logits[sp], k))
        neg = np.array([w for w in worst[0] if np.isfinite(w)])
        pos = np.array([w for w in worst[1] if np.isfinite(w)])
        if not neg.size:
            return {}
        thr_logit = float(np.quantile(neg, 1 - fpr))
        probe.params["stream_threshold"] = float(1 / (1 + np.exp(-thr_logit)))
        return {"stream_threshold": probe.params["stream_threshold"], "benign_worst_prefix_fpr": fpr,
                "manipulative_reaching_it": float((pos >= thr_logit).mean()) if pos.size else None}
