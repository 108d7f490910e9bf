"""**action_risk**: an agent's proposed action is unsafe *in its context*, read over the action's own tokens
(``Action: name({...})`` plus any text it sends) after the goal, the observation and the agent's reasoning.

The refusal signal reads the request ("is this goal harmful?"); this one reads what the agent is about to do with
it: a harmless goal whose action deletes more than was asked, goes ahead although the screen contradicts the plan,
obeys an instruction planted in the observation, leaks data, or commits something irreversible nobody asked for.
It is scored only when an action is checked (:class:`~guardrail.actions.ActionCheck`, ``Guard.check(...,
action=True)``), never on a chat reply. Trained on ``data/action_risk.jsonl`` (see its generator for provenance).
"""

from __future__ import annotations

from .base import Param, ReplyView, Signal, SignalResult, mean_reply_result, register_signal


@register_signal
class ActionRisk(Signal):
    name = "action_risk"
    reads = "reply"
    actions_only = True
    default_action = "block"
    default_message = "I stopped this action: it looked unsafe in this context. Please confirm what you want done."
    params = {"min_tokens": Param("int", 3, 0, 4096, "actions shorter than this many tokens are not judged")}
    positions = ("mean", "last")

    #: train on ``action_risk_extra.jsonl`` too (397 more steps: bare steps without reasoning, deletes whose harm only
    #: the screen shows, safety settings, planted instructions). Off for the shipped packs: with it the probe ranked
    #: better on both independent sets (AUROC 0.70 -> 0.82 on the computer-use suite, 0.72 -> 0.77 on the external
    #: agent steps) but fired on ordinary tool calls that come with no observation (``ls -la``, ``git status``, a
    #: weather lookup: 0.98-0.99), which its data never shows (BENCHMARKS section 5). With ``action_risk_bare.jsonl``
    #: too (262 context-free steps, written for that) those calls score 0.02-0.38 and the external AUROC is 0.82, but
    #: at its calibrated threshold more unsafe computer-use actions run (28 of 109 instead of 21), so still off
    use_extra: bool = False

    def training_examples(self, data):
        """``action_risk.jsonl``, and with :attr:`use_extra` ``action_risk_extra.jsonl`` and
        ``action_risk_bare.jsonl`` when present."""
        extra = ("action_risk_extra.jsonl", "action_risk_bare.jsonl") if self.use_extra else ()
        return Signal.training_examples(self, data) + [e for f in extra for e in self.optional_examples(data, f)]

    def read_reply(self, probe, view: ReplyView) -> SignalResult | None:
        if view.streaming:
            return None
        return mean_reply_result(self.name, probe, view.logits, probe.threshold, self.param(probe, "min_tokens"))

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        return f"the action looks unsafe in its context (action_risk {res.score:.2f} >= {res.threshold:.2f})"
