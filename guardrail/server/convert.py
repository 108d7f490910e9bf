"""OpenAI chat messages -> the guard's ``{"role", "content"}`` messages, and the tools prompt.

The transcript is written the way :mod:`guardrail_langchain` writes it, so the probes read the same layout
whichever way a conversation arrives: an assistant message's tool calls as Hermes ``<tool_call>`` blocks after
its text, a tool result as a ``<tool_response>`` block in a ``tool`` turn, text content parts joined by newlines,
``developer`` read as ``system``.
"""

from __future__ import annotations

from typing import Any, Sequence

from .schemas import ChatMessage, NamedToolChoice, ToolSpec
from ..actions import tool_results_since_user  # noqa: F401  (re-exported: the tool-call check's observation)
from ..tool_calls import call_opening, hermes_call, tools_system_prompt

Message = dict[str, str]


def to_guard_messages(messages: Sequence[ChatMessage]) -> list[Message]:
    out: list[Message] = []
    for m in messages:
        content = m.text()
        role = "system" if m.role == "developer" else m.role
        if m.role == "assistant" and m.tool_calls:
            for tc in m.tool_calls:
                try:
                    args: Any = tc.function.args()
                except ValueError:
                    args = tc.function.arguments  # kept as written: the transcript shows what was sent
                content += ("\n" if content else "") + hermes_call(tc.function.name, args)
        elif m.role == "tool":
            content = f"<tool_response>\n{content}\n</tool_response>"
        out.append({"role": role, "content": content})
    return out


def tools_active(tools: Sequence[ToolSpec] | None, tool_choice: Any) -> bool:
    return bool(tools) and tool_choice != "none"


def with_tools(chat: list[Message], tools: Sequence[ToolSpec] | None, tool_choice: Any) -> list[Message]:
    """The chat with the tools system prompt (merged into a leading system message). ``tool_choice``: ``None`` /
    ``"auto"`` (the model decides), ``"none"`` (tools not offered), ``"required"`` (a call is asked for), a named
    function (only that tool is offered, and a call asked for)."""
    if not tools_active(tools, tool_choice):
        return chat
    specs = [t.function.model_dump(exclude_none=True) for t in tools or []]
    forced = tool_choice.function.name if isinstance(tool_choice, NamedToolChoice) else None
    if forced is not None:
        specs = [s for s in specs if s["name"] == forced]
    sys = tools_system_prompt(specs)
    if forced is not None or tool_choice == "required":
        sys += "\nYou must answer with a tool call."
    chat = list(chat)
    if chat and chat[0]["role"] == "system":
        chat[0] = {"role": "system", "content": chat[0]["content"] + "\n\n" + sys}
    else:
        chat.insert(0, {"role": "system", "content": sys})
    return chat


def tool_prefill(tools: Sequence[ToolSpec] | None, tool_choice: Any) -> str | None:
    """The forced opening of the reply when ``tool_choice`` asks for a call (``"required"`` or a named function,
    whose name is written in): the start of a Hermes tool call, so that a small model answers with one (as
    ``GuardedChatModel``'s ``tool_prefill="forced"``). ``None`` otherwise."""
    if not tools_active(tools, tool_choice):
        return None
    if isinstance(tool_choice, NamedToolChoice):
        return call_opening(tool_choice.function.name)
    return call_opening() if tool_choice == "required" else None


def goal_and_context(chat: Sequence[Message]) -> tuple[str, list[Message]]:
    """For checking a tool call: the goal is the last user message; earlier user messages go along as context
    (each is scored, so "go ahead" cannot hide an earlier request), as the LangChain middleware does."""
    users = [m for m in chat if m["role"] == "user"]
    if not users:
        return "(no user request)", []
    return users[-1]["content"] or "(no user request)", users[:-1]
