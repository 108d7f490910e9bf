"""**action_risk**: an agent's proposed action is unsafe *in its context*, read over the action's own tokens
(``Action: name({...})`` plus any text it sends) after the goal, the observation and the agent's reasoning.

The refusal signal reads the request ("is this goal harmful?"); this one reads what the agent is about to do with
it: a harmless goal whose action deletes more than was asked, goes ahead although the screen contradicts the plan,
obeys an instruction planted in the observation, leaks data, or commits something irreversible nobody asked for.
It is scored only when an action is checked (:class:`~guardrail.actions.ActionCheck`, ``Guard.check(...,
action=True)``), never on a chat reply. Trained on ``data/action_risk.jsonl``, ``action_risk_extra.jsonl`` and
``action_risk_bare.jsonl`` (see their generators for provenance).
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
    #: a call that only reads changes nothing and sends nothing: this signal, about consequences, does not act on it
    #: (it fired on 4% of AgentDojo's ordinary calls that way, ``get_channels()`` 0.96; BENCHMARKS section 5b)
    acts_on_reads = False

    #: the threshold is set at 10% of the cross-validated benign steps, not the builder's 5%: every unsafe step in
    #: the training data has a safe look-alike on the same goal and screen, so those benign steps are the hardest
    #: the gate meets (on the data's own held-out test split the threshold flags 6% of the benign steps on SmolLM2,
    #: 12% on the agent model), and the gate reads the refusal and manipulation probes beside this one (BENCHMARKS
    #: section 5)
    target_fpr = 0.10

    #: besides ``action_risk.jsonl``, the extra steps (bare steps without reasoning, deletes whose harm only the
    #: screen shows, safety settings, planted instructions) and the context-free ones (routine tool calls with no
    #: observation, and calls that go far beyond their goal), each read when present
    EXTRA_FILES = ("action_risk_extra.jsonl", "action_risk_bare.jsonl")

    def training_examples(self, data):
        """``action_risk.jsonl`` and the :attr:`EXTRA_FILES` present in ``data``."""
        return Signal.training_examples(self, data) + [e for f in self.EXTRA_FILES
                                                        for e in self.optional_examples(data, f)]

    def read_reply(self, probe, view: ReplyView) -> SignalResult | None:
        if view.streaming:
            return None
        return mean_reply_result(self.name, probe, view.logits, probe.threshold, self.param(probe, "min_tokens"))

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        return f"the action looks unsafe in its context (action_risk {res.score:.2f} >= {res.threshold:.2f})"
