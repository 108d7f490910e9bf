"""Tool calls from small local models: rendering tool schemas into the prompt and parsing what comes back.

Pure Python, no framework import: used by the OpenAI-compatible server and the LangChain integration alike, with
the conversion to the OpenAI wire format (:func:`to_openai`). Small instruct models answer a tools prompt in
several shapes; all of these are parsed:

- Hermes ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>`` blocks (an unclosed last block too);
- a ```` ```json ```` (or unlabelled) code block holding such an object, or a list of them;
- a bare JSON object (or list) with a ``name`` and ``arguments`` / ``parameters`` as the whole reply.

A block that looks like a call but is malformed is kept in ``invalid_tool_calls`` with the error, never dropped.
Text that is not a call stays the message's content.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

_HERMES = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)
_FENCE = re.compile(r"```(?:json|JSON|tool_call)?\s*\n?(.*?)```", re.DOTALL)


def tools_system_prompt(tools: list[dict[str, Any]]) -> str:
    """Describe tools in the Hermes format many small instruct models were tuned on."""
    specs = "\n".join(json.dumps(t, ensure_ascii=False) for t in tools)
    return (
        "You can call functions. Their signatures are in <tools></tools>:\n<tools>\n" + specs + "\n</tools>\n"
        "To call one, reply with exactly:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n"
        "</tool_call>"
    )


def _call_id() -> str:
    return f"call_{uuid.uuid4().hex[:12]}"


def _as_call(obj: Any) -> dict[str, Any]:
    """One parsed object -> a LangChain tool call dict; ValueError when it is not a well-formed call."""
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"].strip():
        raise ValueError("a tool call must be an object with a string 'name'")
    args = obj.get("arguments", obj.get("parameters", obj.get("args", {})))
    if isinstance(args, str):
        args = json.loads(args) if args.strip() else {}
    if not isinstance(args, dict):
        raise ValueError("'arguments' must be an object")
    return {"name": obj["name"], "args": args, "id": _call_id(), "type": "tool_call"}


def _looks_like_call(raw: str) -> bool:
    return bool(re.search(r'"name"\s*:', raw))


def _parse_block(raw: str, calls: list, invalid: list) -> bool:
    """Parse one candidate block into ``calls`` / ``invalid``; False when it is not a tool call at all."""
    raw = raw.strip()
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        if not _looks_like_call(raw):
            return False
        nm = re.search(r'"name"\s*:\s*"([^"]+)"', raw)
        invalid.append({"name": nm.group(1) if nm else None, "args": raw, "id": _call_id(), "error": str(e),
                        "type": "invalid_tool_call"})
        return True
    items = obj if isinstance(obj, list) else [obj]
    items = [x["function"] if isinstance(x, dict) and isinstance(x.get("function"), dict) else x for x in items]
    if not items or not all(isinstance(x, dict) and "name" in x for x in items):
        return False
    for item in items:
        try:
            calls.append(_as_call(item))
        except (ValueError, json.JSONDecodeError) as e:
            invalid.append({"name": item.get("name") if isinstance(item.get("name"), str) else None,
                            "args": json.dumps(item, ensure_ascii=False), "id": _call_id(), "error": str(e),
                            "type": "invalid_tool_call"})
    return True


def parse_tool_calls(text: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Split a completion into (content, tool_calls, invalid_tool_calls) in LangChain's dict shapes."""
    calls: list[dict[str, Any]] = []
    invalid: list[dict[str, Any]] = []
    if _HERMES.search(text):
        for m in _HERMES.finditer(text):
            if not _parse_block(m.group(1), calls, invalid):
                invalid.append({"name": None, "args": m.group(1), "id": _call_id(),
                                "error": "a <tool_call> block must hold a JSON object with a 'name'",
                                "type": "invalid_tool_call"})
        return _HERMES.sub("", text).strip(), calls, invalid
    content = text
    for m in list(_FENCE.finditer(text)):
        if _parse_block(m.group(1), calls, invalid):
            content = content.replace(m.group(0), "")
    if not calls and not invalid:
        stripped = text.strip()
        if stripped[:1] in "{[" and _parse_block(stripped, calls, invalid):
            content = ""
    return content.strip(), calls, invalid


def to_openai(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parsed calls (``{"name", "args", "id"}``) in the OpenAI chat-completions shape: ``{"id", "type":
    "function", "function": {"name", "arguments"}}`` with the arguments as a JSON string."""
    return [{"id": c["id"], "type": "function",
             "function": {"name": c["name"], "arguments": json.dumps(c["args"], ensure_ascii=False)}}
            for c in calls]


def call_opening(name: str | None = None) -> str:
    """The first characters of a call in that format, to force as a reply's opening when a call is asked for: up
    to the tool's name, or with ``name`` (a named tool) up to its arguments."""
    if name is None:
        return '<tool_call>\n{"name": "'
    return '<tool_call>\n{"name": ' + json.dumps(name) + ', "arguments": '


def hermes_call(name: str, arguments: Any) -> str:
    """One call written back into a transcript the way the tools prompt asks the model to write it."""
    return "<tool_call>\n" + json.dumps({"name": name, "arguments": arguments}, ensure_ascii=False) + "\n</tool_call>"
