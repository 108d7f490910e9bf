"""Hermes-style tool calls: rendering tool schemas into the prompt and parsing ``<tool_call>`` JSON."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

_BLOCK = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)


def tools_system_prompt(tools: list[dict[str, Any]]) -> str:
    """Describe tools in the Hermes format many small instruct models were tuned on."""
    specs = "\n".join(json.dumps(t, ensure_ascii=False) for t in tools)
    return (
        "You can call functions. Their signatures are in <tools></tools>:\n<tools>\n" + specs + "\n</tools>\n"
        "To call one, reply with exactly:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n"
        "</tool_call>"
    )


def parse_tool_calls(text: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Split a completion into (content, tool_calls, invalid_tool_calls) in LangChain's dict shapes.
    Malformed calls are kept (never dropped) as ``invalid_tool_calls`` with the error."""
    calls, invalid = [], []
    for m in _BLOCK.finditer(text):
        raw = m.group(1).strip()
        cid = f"call_{uuid.uuid4().hex[:12]}"
        try:
            obj = json.loads(raw)
            if not isinstance(obj, dict) or not isinstance(obj.get("name"), str):
                raise ValueError("a tool call must be an object with a string 'name'")
            args = obj.get("arguments", obj.get("parameters", {}))
            if isinstance(args, str):
                args = json.loads(args)
            if not isinstance(args, dict):
                raise ValueError("'arguments' must be an object")
            calls.append({"name": obj["name"], "args": args, "id": cid, "type": "tool_call"})
        except (ValueError, json.JSONDecodeError) as e:
            name = None
            nm = re.search(r'"name"\s*:\s*"([^"]+)"', raw)
            if nm:
                name = nm.group(1)
            invalid.append({"name": name, "args": raw, "id": cid, "error": str(e), "type": "invalid_tool_call"})
    content = _BLOCK.sub("", text).strip()
    return content, calls, invalid
