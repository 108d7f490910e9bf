"""From the guard's decision to the chat-completion answer: stop sequences, tool-call parsing, the tool-call check,
``finish_reason`` and the ``guardrail`` field.

A tool call the model proposes is checked before it leaves the server (the client would run it): the core action
check (:class:`guardrail.actions.ActionCheck`, as the LangChain middleware uses) reads the user's request, the
reply's text and the call. A call it blocks is withheld: the answer is the block message with
``finish_reason: "content_filter"``. A reply the guard steered into a refusal sends no tool calls either: its
calls are withheld (in ``guardrail.withheld_tool_calls``) and the answer is the refusal message. An ``escalate`` verdict (a human should decide) is withheld the same way, with
the fixed message "This tool call was withheld for review." (the call itself never appears in the content); the
proposed calls are in ``guardrail.tool_checks`` for a client that asks a person and runs them itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..actions import ActionCheck, ProposedAction
from ..guard import Decision
from .convert import Message, goal_and_context, tool_results_since_user
from ..tool_calls import parse_tool_calls, to_openai

STOPPED = ("abstain", "block", "escalate")
WITHHELD = "This tool call was withheld for review."
BLOCKED = "This tool call was blocked by the guard."
STEERED = "I can't help with that request."


@dataclass
class Completion:
    """One answer, ready to be written as a response or as the end of a stream."""

    content: str
    finish_reason: str
    guardrail: dict[str, Any]
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    request_id: str = ""

    @property
    def filtered(self) -> bool:
        return self.finish_reason == "content_filter"

    def usage(self) -> dict[str, int]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "total_tokens": self.prompt_tokens + self.completion_tokens}

    def message(self) -> dict[str, Any]:
        msg: dict[str, Any] = {"role": "assistant", "content": self.content, "refusal": None}
        if self.tool_calls:
            msg["tool_calls"] = self.tool_calls
        return msg


def guardrail_field(d: Decision, *, guarded: bool) -> dict[str, Any]:
    """The decision as the ``guardrail`` field: action, reasons, scores, steered, generated tokens, latency,
    failure, request id (the audit event's), and whether the guard ran at all."""
    out = d.to_dict(trajectory=False)
    out.pop("text", None)
    out["guarded"] = guarded
    return out


def cut_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=-1)
    return (text[:cut].rstrip(), True) if cut >= 0 else (text, False)


@dataclass
class CompletionBuilder:
    """Everything :meth:`build` needs besides the decision; runs in the worker (the tool check uses the model)."""

    chat: list[Message]
    guarded: bool
    max_new_tokens: int
    stops: tuple[str, ...] = ()
    tools: bool = False
    checker: ActionCheck | None = None
    count_prompt: Any = None  # callable(chat) -> int, for unguarded decisions (the guard's own count is used else)

    def build(self, d: Decision) -> Completion:
        gr = guardrail_field(d, guarded=self.guarded)
        prompt_tokens = d.answer_start or (self.count_prompt(self.chat) if self.count_prompt else 0)
        base = dict(guardrail=gr, prompt_tokens=prompt_tokens, completion_tokens=d.generated_tokens,
                    request_id=d.request_id)
        if d.action in STOPPED:
            return Completion(d.text, "content_filter", **base)
        text, stopped = cut_at_stop(d.text, self.stops)
        calls: list[dict[str, Any]] = []
        if self.tools:
            content, calls, invalid = parse_tool_calls(text)
            if invalid:
                gr["invalid_tool_calls"] = [{k: v for k, v in c.items() if k != "type"} for c in invalid]
            if calls and d.action == "steer" and self.guarded:
                # the request was flagged and steered into a refusal: a call that survived the steering is not
                # sent (as GuardedChatModel's default); the client sees the refusal, the calls are in the field
                gr["withheld_tool_calls"] = [{"name": c["name"], "arguments": c["args"]} for c in calls]
                text = self.checker.guard.policy.steered_message(d.scores) if self.checker is not None else STEERED
                return Completion(text, "content_filter", **base)
            if calls:
                verdict = self._check_calls(content, calls, gr)
                if verdict is not None:
                    return Completion(verdict, "content_filter", **base)
                return Completion(content, "tool_calls", tool_calls=to_openai(calls), **base)
            if invalid:  # only malformed calls: the client sees what the model wrote
                content = text
            text = content
        length = not stopped and d.generated_tokens >= self.max_new_tokens
        return Completion(text, "length" if length else "stop", **base)

    def _check_calls(self, content: str, calls: list[dict[str, Any]], gr: dict[str, Any]) -> str | None:
        """Check each proposed call; ``None`` when all are allowed, else the message that replaces the reply."""
        if not self.guarded or self.checker is None:
            return None
        goal, context = goal_and_context(self.chat)
        observation = tool_results_since_user(self.chat)
        checks = []
        worst = None
        for c in calls:
            d = self.checker.check(goal, ProposedAction(c["name"], c["args"]), observation=observation,
                                   reasoning=content, context=context)
            checks.append({"tool": c["name"], "arguments": c["args"], "id": c["id"], "action": d.action,
                           "reasons": d.reasons, "scores": d.scores, "request_id": d.request_id})
            if d.action != "allow" and worst is None:
                worst = d
        gr["tool_checks"] = checks
        if worst is None:
            return None
        gr["action"] = worst.action
        gr["reasons"] = list(gr.get("reasons", [])) + [f"tool call {c['tool']!r}: {r}" for c in checks
                                                        if c["action"] != "allow" for r in c["reasons"]]
        return withheld_message(worst)


def withheld_message(d: Decision) -> str:
    """The reply that replaces a withheld tool call: a fixed message, never the call itself. The check's text is
    the proposed call (``Action: name({...})``) whenever no policy message replaced it (an escalation, a flag by a
    signal without a message); the guard's own block messages (``Action 'x' was blocked by the guard.``) and
    policy messages are kept."""
    if d.action == "escalate":
        return WITHHELD
    text = (d.text or "").strip()
    if not text or text.startswith("Action:"):
        return BLOCKED
    return d.text
