"""``ActionGate``: check a computer-use agent's proposed action before it runs."""

from __future__ import annotations

import functools
from typing import Any, Callable

from guardrail import Decision, Guard

from .actions import parse_action


class ActionGate:
    """``gate.check(goal, observation, proposed_action, reasoning)`` returns a :class:`guardrail.Decision`
    before the action runs. The goal, observation and the agent's reasoning are the request the probes read
    (refusal intent is peaked there); the action is the response (its tokens are where a refusal cliff
    shows, and free text it sends is scored for manipulation). Irreversible actions (delete, send, submit)
    get the stricter ``irreversible_threshold`` on the refusal score."""

    def __init__(self, guard: Guard | None = None, *, irreversible_threshold: float | None = None) -> None:
        self.guard = guard or Guard()
        self.irreversible_threshold = irreversible_threshold

    def check(self, goal: str, observation: str = "", proposed_action: Any = None, reasoning: str = "") -> Decision:
        action = parse_action(proposed_action)
        request = f"Goal: {goal}\nScreen: {observation}\nAgent's reasoning: {reasoning}".strip()
        text = getattr(action, "text", None) or getattr(action, "content", None)
        d = self.guard.check([{"role": "user", "content": request}],
                             response=f"Action: {action.describe()}" + (f"\n{text}" if text else ""))
        ref = d.scores.get("refusal", {})
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
