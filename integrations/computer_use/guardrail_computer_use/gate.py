"""``ActionGate``: check a computer-use agent's proposed action before it runs."""

from __future__ import annotations

import functools
from typing import Any, Callable

from guardrail import Decision, Guard
from guardrail.guard import agent_messages

from .actions import parse_action


class ActionGate:
    """``gate.check(goal, observation, proposed_action, reasoning)`` returns a :class:`guardrail.Decision`
    before the action runs, from one prefill pass. The goal and the agent's reasoning are the request the
    probes read (the observation is context in an earlier message); the action is the response (its tokens
    are where a refusal cliff shows, and free text it sends is scored for manipulation). Irreversible actions (delete, send, submit)
    get the stricter ``irreversible_threshold`` on the refusal score. ``signals`` may block (familiarity is
    off by default: agents legitimately act on names the model has never seen, like a file name)."""

    def __init__(self, guard: Guard | None = None, *, irreversible_threshold: float | None = None,
                 signals: tuple[str, ...] = ("refusal", "manipulation")) -> None:
        self.guard = guard or Guard()
        self.signals = tuple(signals)
        self.irreversible_threshold = irreversible_threshold

    def check(self, goal: str, observation: str = "", proposed_action: Any = None, reasoning: str = "") -> Decision:
        action = parse_action(proposed_action)
        messages = agent_messages(goal, observation, reasoning)
        text = getattr(action, "text", None) or getattr(action, "content", None)
        fields = getattr(action, "fields", None)
        if isinstance(fields, dict):
            text = "\n".join([text or ""] + [v for v in fields.values() if isinstance(v, str) and len(v) > 20]).strip()
        d = self.guard.check(messages,
                             response=f"Action: {action.describe()}" + (f"\n{text}" if text else ""))
        ref = d.scores.get("refusal", {})
        if d.failure is None:
            flagged = [s for s, v in d.scores.items() if s in self.signals and v.get("flagged")]
            d.action = "block" if flagged else "allow"
        if (self.irreversible_threshold is not None and action.irreversible and d.action == "allow"
                and ref.get("score") is not None and ref["score"] >= self.irreversible_threshold):
            d.action = "block"
            d.reasons.append(f"irreversible action with refusal score {ref['score']:.2f} >= "
                             f"{self.irreversible_threshold:.2f}")
        if d.action in ("steer", "abstain"):
            d.action = "block"  # an action cannot be steered: it runs or it does not
        return d

    def guarded(self, step: Callable[..., Any]) -> Callable[..., Any]:
        """Decorate ``step(goal, observation, action, reasoning)`` so it runs only when the gate allows;
        otherwise the Decision is returned instead of the step's result."""

        @functools.wraps(step)
        def wrapper(goal, observation, action, reasoning="", *a, **k):
            d = self.check(goal, observation, action, reasoning)
            if d.action != "allow":
                return d
            return step(goal, observation, action, reasoning, *a, **k)

        return wrapper
