"""The one action check every agent integration uses: an agent's proposed action, judged before it runs.

``ActionCheck(guard).check(goal, action, observation=..., reasoning=...)`` builds the one prompt layout the
probes were trained on for agent steps (:func:`agent_messages`: the observation as context in its own turn,
then goal + reasoning; the action is the *response*, ``Action: name({...})`` plus any free text it sends),
scores it in one prefill pass, applies per-tool rules, maps ``steer`` / ``abstain`` to ``block`` (an action runs
or it does not), and audits the final decision exactly once. The LangChain middleware and the computer-use
``ActionGate`` keep only their framework glue around it. No framework import here.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .errors import InputError
from .models import Message

if TYPE_CHECKING:  # pragma: no cover
    from .guard import Decision, Guard

ToolRule = Literal["check", "skip", "block"]
TOOL_RULES = ("check", "skip", "block")
FREE_TEXT_MIN_CHARS = 20  # string arguments at least this long are free text the action sends (scored)


def agent_messages(goal: str, observation: str = "", reasoning: str = "") -> list[Message]:
    """How an agent step is shown to the probes (training data for agent goals uses the same layout): the
    observation as context in its own message, then goal + reasoning as the scored request."""
    for name, v in (("goal", goal), ("observation", observation), ("reasoning", reasoning)):
        if not isinstance(v, str):
            raise InputError(f"the agent's {name} must be a string, not {type(v).__name__}")
    if not goal.strip():
        raise InputError("the agent's goal is empty")
    return ([{"role": "user", "content": f"Screen: {observation}"}] if observation else []) + [
        {"role": "user", "content": f"Goal: {goal}\nAgent's reasoning: {reasoning}".strip()}]


@dataclass
class ProposedAction:
    """A tool call or computer action: ``name`` (tool name or action kind) and JSON-safe ``args``."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    text: str | None = None  # free text the action sends, when the caller knows it (else taken from args)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InputError(f"an action needs a non-empty string name, not {self.name!r}")
        if not isinstance(self.args, Mapping):
            raise InputError(f"an action's args must be a mapping, not {type(self.args).__name__}")

    def describe(self) -> str:
        return f"{self.name}({json.dumps(dict(self.args), ensure_ascii=False, default=str)})"

    def free_text(self) -> str | None:
        if self.text:
            return self.text
        texts = [v for v in self.args.values() if isinstance(v, str) and len(v) >= FREE_TEXT_MIN_CHARS]
        return "\n".join(texts) or None

    def response(self) -> str:
        """The action as the probes read it (the response side of the agent-step layout)."""
        text = self.free_text()
        return f"Action: {self.describe()}" + (f"\n{text}" if text else "")


class ActionCheck:
    """Judge proposed actions with a :class:`~guardrail.Guard` (see the module docstring).

    Args:
        guard: the Guard whose model reads the step.
        signals: the signals that may block an action (familiarity is off by default: agents legitimately act
            on names the model has never seen, like a file name). A guard failure always blocks (fail-closed)
            unless the policy says ``fail_mode: open``.
        tool_rules: per action name, ``"check"`` (default), ``"skip"`` (allowed unchecked) or ``"block"`` (never
            runs). Every rule's decision is audited like a checked one.
        irreversible_threshold: a stricter refusal threshold for actions the caller marks irreversible.
    """

    def __init__(self, guard: "Guard", *, signals: tuple[str, ...] = ("refusal", "manipulation"),
                 tool_rules: Mapping[str, ToolRule] | None = None,
                 irreversible_threshold: float | None = None) -> None:
        bad = {k: v for k, v in (tool_rules or {}).items() if v not in TOOL_RULES}
        if bad:
            raise InputError(f"tool_rules values must be 'check', 'skip' or 'block': {bad}")
        if irreversible_threshold is not None and not 0.0 <= float(irreversible_threshold) <= 1.0:
            raise InputError(f"irreversible_threshold must be in [0, 1], not {irreversible_threshold!r}")
        self.guard = guard
        self.signals = tuple(signals)
        self.tool_rules = dict(tool_rules or {})
        self.irreversible_threshold = irreversible_threshold

    def check(self, goal: str, action: ProposedAction, *, observation: str = "", reasoning: str = "",
              irreversible: bool = False) -> "Decision":
        from .guard import Decision

        if not isinstance(action, ProposedAction):
            raise InputError(f"action must be a ProposedAction, not {type(action).__name__}")
        messages = agent_messages(goal, observation, reasoning)
        response = action.response()
        rule = self.tool_rules.get(action.name, "check")
        if rule != "check":
            t0 = time.perf_counter()
            d = Decision(uuid.uuid4().hex[:12], "allow" if rule == "skip" else "block",
                         response if rule == "skip" else f"Action {action.name!r} is not allowed by policy.",
                         [f"tool_rules: {action.name!r} is {'skipped' if rule == 'skip' else 'blocked'}"])
            d.latency_ms = (time.perf_counter() - t0) * 1000
        else:
            d = self.guard.check(messages, response=response, emit_audit=False)
            if d.failure is None:
                flagged = [s for s, v in d.scores.items() if s in self.signals and v.get("flagged")]
                d.action = "block" if flagged else "allow"
                ref = d.scores.get("refusal", {})
                if (d.action == "allow" and irreversible and self.irreversible_threshold is not None
                        and ref.get("score") is not None and ref["score"] >= self.irreversible_threshold):
                    d.action = "block"
                    d.reasons.append(f"irreversible action with refusal score {ref['score']:.2f} >= "
                                     f"{self.irreversible_threshold:.2f}")
            if d.action in ("steer", "abstain"):
                d.action = "block"  # an action cannot be steered: it runs or it does not
        self.guard.audit_decision(d, messages, response, kind="action", tool=action.name)
        return d


__all__ = ["ActionCheck", "ProposedAction", "ToolRule", "agent_messages"]
