"""``ActivationGuardMiddleware``: gate every model call and tool call of a LangChain v1 agent with the Guard.

- Tool calls: the core action check (:class:`guardrail.actions.ActionCheck`) reads the user's request, the
  calling message's text and the proposed call (name + arguments) in one prefill pass, in the layout its
  training data uses; a flagged call is answered with an error ``ToolMessage`` and the tool never runs. The
  check finishes before the handler is called, never alongside it; per-tool rules and the audit are the core's.
- Model calls: with :class:`GuardedChatModel` the guard already acted inside generation; the middleware
  records the decision and, on abstain/block, ends the run (``exit_behavior="end"``) or lets the agent go on
  with the policy message. With any other chat model (a hosted API, say) it runs in *monitor mode*: the
  local model reads the conversation before the call, and the reply after it, and its probes decide.
"""

from __future__ import annotations

import asyncio
import operator
from typing import Annotated, Any, Callable, Literal, NotRequired

from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.types import Command

from guardrail import Decision, Guard
from guardrail.actions import DEFAULT_ACTION_SIGNALS, ActionCheck, ProposedAction, ToolRule, tool_results_since_user

from .chat_model import GuardedChatModel, to_chat_messages

#: marks the ``ToolMessage`` that answers a call the guard stopped (in its ``additional_kwargs``)
BLOCKED = "guardrail_blocked"

ExitBehavior = Literal["continue", "end", "error"]


class GuardBlockedError(RuntimeError):
    """Raised with ``exit_behavior="error"`` when the guard stops a model or tool call."""

    def __init__(self, decision: Decision):
        super().__init__(f"guardrail {decision.action}: {'; '.join(decision.reasons)}")
        self.decision = decision


class GuardState(AgentState):
    """Agent state with the guard's events (JSON-safe dicts, appended across steps)."""

    guard_events: NotRequired[Annotated[list[dict[str, Any]], operator.add]]


def _event(kind: str, d: Decision, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "action": d.action, "reasons": list(d.reasons), "request_id": d.request_id,
            "scores": {s: {k: v.get(k) for k in ("score", "threshold", "flagged")} for s, v in d.scores.items()},
            **extra}


def _last_ai_text(messages: list[BaseMessage]) -> str:
    """The text of the last AI message (the agent's reasoning before its calls): its content, or the text blocks of
    a list of content blocks (``[{"type": "text", "text": ...}, {"type": "tool_use", ...}]``)."""
    for m in reversed(messages):
        if isinstance(m, AIMessage):
            if isinstance(m.content, str):
                return m.content
            return "\n".join(b if isinstance(b, str) else str(b.get("text", "")) for b in m.content
                             if isinstance(b, str) or (isinstance(b, dict) and b.get("type") == "text"))
    return ""


def _tool_results_since_user(messages: list[BaseMessage]) -> str:
    """The tool results since the user's last message, each as ``name: text``: what the agent has seen before this
    call (a web page, a file, an e-mail), the action check's observation (see
    :func:`guardrail.actions.tool_results_since_user`). The guard's own answers to blocked calls are not tool
    results and are left out: read back as an observation, "Blocked by guardrail ... refusal flagged" raised the
    next call's refusal score (0.63, then 0.93, 0.95, 0.96 on the agent model retrying a blocked ``read_file``)."""
    chat = []
    for m in messages:
        if isinstance(m, HumanMessage):
            chat.append({"role": "user", "content": ""})
        elif isinstance(m, ToolMessage) and not m.additional_kwargs.get(BLOCKED):
            text = m.content if isinstance(m.content, str) else " ".join(
                p.get("text", "") if isinstance(p, dict) else str(p) for p in m.content)
            chat.append({"role": "tool", "content": f"{m.name or 'tool'}: {text}"})
    return tool_results_since_user(chat)


def _last_user_text(messages: list[BaseMessage]) -> str:
    for m in reversed(messages):
        if isinstance(m, HumanMessage):
            return m.content if isinstance(m.content, str) else str(m.content)
    return ""


class ActivationGuardMiddleware(AgentMiddleware):
    """Activation-level guard for ``create_agent``.

    Args:
        guard: the :class:`guardrail.Guard` to use (default: a Guard on the embedded model).
        check_tools: gate tool calls before they run.
        check_model: record / enforce model-call decisions (monitor mode for non-local models).
        tool_rules: per-tool override: ``"check"`` (default), ``"skip"`` (never checked) or ``"block"``
            (never allowed).
        tool_signals: which signals may block a tool call (``guardrail.actions.DEFAULT_ACTION_SIGNALS``:
            refusal, agent_harm in refusal's place when the pack holds it except on irreversible calls with
            reasoning, refusal_pieces, manipulation and action_risk (not on a call that only reads); familiarity is
            off by default: agents
            legitimately act on names the model has never seen, like a file name).
        monitor_signals: which signals act in monitor mode (familiarity is off by default: what the local
            model does not know says little about what a hosted model knows).
        exit_behavior: on a flagged model call, ``"continue"`` (the policy message is the reply),
            ``"end"`` (jump to the end of the run) or ``"error"`` (raise :class:`GuardBlockedError`).
        check_injected: escalate a tool call whose values (recipient, account, URL, command, text) come only from
            an instruction addressed to the AI in the tool results since the user's message, not from the user's
            messages (:mod:`guardrail.provenance`; default on).
    """

    state_schema = GuardState

    def __init__(self, guard: Guard | None = None, *, check_tools: bool = True, check_model: bool = True,
                 tool_rules: dict[str, ToolRule] | None = None,
                 tool_signals: tuple[str, ...] = DEFAULT_ACTION_SIGNALS,
                 monitor_signals: tuple[str, ...] = ("refusal", "refusal_pieces", "manipulation"),
                 exit_behavior: ExitBehavior = "continue", check_injected: bool = True) -> None:
        super().__init__()
        if exit_behavior not in ("continue", "end", "error"):
            raise ValueError(f"exit_behavior must be 'continue', 'end' or 'error', not {exit_behavior!r}")
        bad = {k: v for k, v in (tool_rules or {}).items() if v not in ("check", "skip", "block")}
        if bad:  # checked here too, so a typo fails when the middleware is built, not at the first tool call
            raise ValueError(f"tool_rules values must be 'check', 'skip' or 'block': {bad}")
        self._guard = guard
        self._checker: ActionCheck | None = None
        self.check_tools, self.check_model = check_tools, check_model
        self.tool_rules = dict(tool_rules or {})
        self.tool_signals = tuple(tool_signals)
        self.monitor_signals = tuple(monitor_signals)
        self.exit_behavior = exit_behavior
        self.check_injected = check_injected

    @property
    def guard(self) -> Guard:
        if self._guard is None:
            self._guard = Guard()
        return self._guard

    @property
    def checker(self) -> ActionCheck:
        """The core action check (:class:`guardrail.actions.ActionCheck`) this middleware gates tools with."""
        if self._checker is None:
            self._checker = ActionCheck(self.guard, signals=self.tool_signals, tool_rules=self.tool_rules,
                                        check_injected=self.check_injected)
        return self._checker

    # -- tool calls ------------------------------------------------------------------------------------
    def _check_tool(self, request) -> Decision | None:
        """The core action check on this tool call (``None`` when tool checks are off). Goal: the last user
        message (earlier user messages as context, each scored); observation: the tool results since then;
        reasoning: the text of the AI message that made the call; action: name + arguments."""
        if not self.check_tools:
            return None
        call = request.tool_call
        messages = (request.state or {}).get("messages", []) if isinstance(request.state, dict) else []
        goal = _last_user_text(messages) or "(no user request)"
        # the earlier user turns go along as context: each is scored, so "go ahead" cannot hide the request
        earlier = [m for m in messages if isinstance(m, HumanMessage)][:-1]
        return self.checker.check(goal, ProposedAction(call["name"], call.get("args") or {}),
                                  observation=_tool_results_since_user(messages), reasoning=_last_ai_text(messages),
                                  context=to_chat_messages(earlier))

    def _blocked_message(self, request, d: Decision) -> Command:
        call = request.tool_call
        msg = ToolMessage(content=f"Blocked by guardrail before running {call['name']!r}: {'; '.join(d.reasons)}",
                          tool_call_id=call["id"], name=call["name"], status="error",
                          additional_kwargs={BLOCKED: True})
        return Command(update={"messages": [msg], "guard_events": [_event("tool", d, tool=call["name"])]})

    def _escalate(self, request, d: Decision):
        """Ask a human through LangGraph's interrupt (the agent needs a checkpointer), as LangChain's
        ``HumanInTheLoopMiddleware`` does. Resume with ``{"type": "approve"}``, ``{"type": "edit", "args": {...}}``
        or ``{"type": "reject", "message": "..."}``. Returns ``(request to run or None, decision)``."""
        from langgraph.types import interrupt

        call = request.tool_call
        answer = interrupt({"type": "guardrail_escalation", "tool": call["name"], "args": call.get("args", {}),
                            "reasons": list(d.reasons), "request_id": d.request_id,
                            "allowed_decisions": ["approve", "edit", "reject"]})
        kind = answer.get("type") if isinstance(answer, dict) else answer
        if kind == "approve":
            d.action = "allow"
            d.reasons.append("escalated: approved by a human")
            return request, d
        if kind == "edit" and isinstance(answer, dict) and isinstance(answer.get("args"), dict):
            d.action = "allow"
            d.reasons.append("escalated: edited and approved by a human")
            return request.override(tool_call={**call, "args": answer["args"]}), d
        d.action = "block"
        d.reasons.append("escalated: rejected by a human" + (f" ({answer['message']})" if isinstance(answer, dict)
                                                              and answer.get("message") else ""))
        return None, d

    def wrap_tool_call(self, request, handler: Callable):
        d = self._check_tool(request)
        run = request
        if d is not None and d.action == "escalate":
            run, d = self._escalate(request, d)
        if d is not None and d.action != "allow":
            if self.exit_behavior == "error":
                raise GuardBlockedError(d)
            return self._blocked_message(request, d)
        return handler(run)

    async def awrap_tool_call(self, request, handler: Callable):
        d = await asyncio.to_thread(self._check_tool, request)
        run = request
        if d is not None and d.action == "escalate":
            run, d = self._escalate(request, d)
        if d is not None and d.action != "allow":
            if self.exit_behavior == "error":
                raise GuardBlockedError(d)
            return self._blocked_message(request, d)
        return await handler(run)

    # -- model calls -----------------------------------------------------------------------------------
    def _pre(self, request: ModelRequest) -> Decision | None:
        if not self.check_model or isinstance(request.model, GuardedChatModel):
            return None
        d = self.guard.check(to_chat_messages(request.messages) or [{"role": "user", "content": " "}])
        return d if _acts_on(d, self.monitor_signals) else None

    def _post(self, request: ModelRequest, response) -> tuple[Any, Decision | None]:
        msg = _ai_message(response)
        if msg is None or not self.check_model:
            return response, None
        meta = msg.response_metadata.get("guardrail") if isinstance(msg.response_metadata, dict) else None
        if meta is not None:  # GuardedChatModel already decided inside generation
            d = Decision(meta["request_id"], meta["action"], meta["text"], meta["reasons"], meta["scores"])
        else:  # monitor mode: read the other model's reply with the local model
            text = msg.content if isinstance(msg.content, str) else str(msg.content)
            if not text.strip():
                return response, None
            d = self.guard.check(to_chat_messages(request.messages), response=text)
            if not _acts_on(d, self.monitor_signals):
                d.action = "allow"
        return response, d

    def _finish(self, response, d: Decision | None):
        if d is None:
            return response
        event = _event("model", d)
        if d.action not in ("abstain", "block"):
            return _with_events(response, [event])
        if self.exit_behavior == "error":
            raise GuardBlockedError(d)
        reply = AIMessage(content=d.text, response_metadata={"guardrail": d.to_dict(trajectory=False)})
        from langchain.agents.middleware.types import ExtendedModelResponse

        update: dict[str, Any] = {"guard_events": [event]}
        if self.exit_behavior == "end":
            update["jump_to"] = "end"
        return ExtendedModelResponse(model_response=ModelResponse(result=[reply]), command=Command(update=update))

    def wrap_model_call(self, request: ModelRequest, handler: Callable):
        pre = self._pre(request)
        if pre is not None:
            return self._finish(None, pre)
        response, d = self._post(request, handler(request))
        return self._finish(response, d)

    async def awrap_model_call(self, request: ModelRequest, handler: Callable):
        pre = await asyncio.to_thread(self._pre, request)
        if pre is not None:
            return self._finish(None, pre)
        response = await handler(request)
        response, d = await asyncio.to_thread(self._post, request, response)
        return self._finish(response, d)


def _acts_on(d: Decision, signals: tuple[str, ...]) -> bool:
    """Whether ``d`` stops the call on account of one of ``signals`` (a guard failure always does)."""
    if d.failure is not None:
        return d.action in ("abstain", "block")
    return d.action in ("abstain", "block") and any(
        v.get("flagged") for s, v in d.scores.items() if s in signals)


def _ai_message(response) -> AIMessage | None:
    if isinstance(response, AIMessage):
        return response
    result = getattr(response, "result", None)
    if result is None and hasattr(response, "model_response"):
        result = response.model_response.result
    for m in result or []:
        if isinstance(m, AIMessage):
            return m
    return None


def _with_events(response, events: list[dict[str, Any]]):
    from langchain.agents.middleware.types import ExtendedModelResponse

    if isinstance(response, AIMessage):
        response = ModelResponse(result=[response])
    if isinstance(response, ExtendedModelResponse):
        return response
    return ExtendedModelResponse(model_response=response, command=Command(update={"guard_events": events}))
