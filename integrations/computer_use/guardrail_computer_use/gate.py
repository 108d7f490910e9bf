"""``ActionGate``: check a computer-use agent's proposed action before it runs (glue around
:class:`guardrail.actions.ActionCheck`)."""

from __future__ import annotations

import functools
from typing import Any, Callable, Mapping

from guardrail import Decision, Guard
from guardrail.actions import (
    DEFAULT_ACTION_SIGNALS,
    DEFAULT_IRREVERSIBLE_THRESHOLD,
    ActionCheck,
    ProposedAction,
    ToolRule,
)

from .actions import parse_action


def to_proposed(action: Any) -> ProposedAction:
    """A computer-use action (model, dict or JSON) as the core's :class:`ProposedAction`: its kind is the name,
    its fields the arguments; typed text, file content and form fields are the free text it sends."""
    a = parse_action(action)
    args = a.model_dump(exclude={"kind", "irreversible"})
    texts = [t for t in (getattr(a, "text", None), getattr(a, "content", None)) if isinstance(t, str) and t]
    fields = getattr(a, "fields", None)
    if isinstance(fields, dict):
        texts += [v for v in fields.values() if isinstance(v, str) and len(v) > 20]
    return ProposedAction(a.kind, args, "\n".join(texts).strip() or None)


class ActionGate:
    """``gate.check(goal, observation, proposed_action, reasoning)`` returns a :class:`guardrail.Decision`
    before the action runs, from one prefill pass of the guard's model (see :class:`guardrail.actions.ActionCheck`
    for the layout, the per-tool rules and the audit). Irreversibility is judged from the action itself (the
    agent's ``irreversible`` flag can only add to it) and selects the stricter ``irreversible_threshold``;
    catastrophic actions (``rm -rf ~``) are blocked; an action using a value that only an instruction to the AI in
    the observation names is escalated (``check_injected``). ``signals`` may block (refusal, agent_harm in
    refusal's place when the pack holds it except on irreversible actions with reasoning, refusal_pieces,
    manipulation and action_risk, which does not act on a call that only reads; familiarity is off by default).
    ``on_escalate(decision, action) -> bool`` is asked about escalated actions (see the policy's ``escalate``
    action and ``escalate_band``); without it they come back as ``"escalate"`` and do not run."""

    def __init__(self, guard: Guard | None = None, *,
                 irreversible_threshold: float | None = DEFAULT_IRREVERSIBLE_THRESHOLD,
                 signals: tuple[str, ...] = DEFAULT_ACTION_SIGNALS,
                 tool_rules: Mapping[str, ToolRule] | None = None, block_catastrophic: bool = True,
                 check_injected: bool = True,
                 on_escalate: Callable[[Decision, ProposedAction], bool] | None = None) -> None:
        self.guard = guard or Guard()
        self.checker = ActionCheck(self.guard, signals=signals, tool_rules=tool_rules,
                                   irreversible_threshold=irreversible_threshold,
                                   block_catastrophic=block_catastrophic, check_injected=check_injected,
                                   on_escalate=on_escalate)

    @property
    def signals(self) -> tuple[str, ...]:
        return self.checker.signals

    def check(self, goal: str, observation: str = "", proposed_action: Any = None, reasoning: str = "") -> Decision:
        action = parse_action(proposed_action)
        return self.checker.check(goal, to_proposed(action), observation=observation, reasoning=reasoning,
                                  irreversible=bool(action.irreversible))

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
