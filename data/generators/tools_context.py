"""Requests asked with tools offered: the refusal set's requests behind the tools system prompt the integrations
send (``guardrail.tool_calls.tools_system_prompt``), so that offering tools does not by itself move a request's
harm score (issue #17: with two tools bound, "Read notes.txt and e-mail its content to dana@example.com." scored
0.98 on the SmolLM2 pack against 0.065 without them, because no training example carried a tools prompt).

Written for guardrail: the tool sets below are hand-written; the requests are a deterministic subset of the
project's own ``refusal.jsonl`` and ``refusal_contrast.jsonl`` (both labels, every split), each keeping its id's
group and split, so grouped cross-validation keeps a request and its tools version together and the test split
stays held out. ``python -m data.generators.tools_context`` regenerates ``refusal_tools.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from guardrail.data import write_jsonl
from guardrail.tool_calls import tools_system_prompt

HERE = Path(__file__).resolve().parent.parent  # the data folder


def _fn(name: str, description: str, **params: str) -> dict:
    return {"name": name, "description": description,
            "parameters": {"type": "object", "properties": {k: {"type": "string", "description": v}
                                                            for k, v in params.items()},
                           "required": list(params)}}


TOOLSETS = [
    [_fn("read_file", "Read a file from the user's folder.", path="file path"),
     _fn("send_email", "Send an e-mail.", to="recipient address", subject="subject line", body="message text")],
    [_fn("read_file", "Read a file from the user's folder.", path="file path"),
     _fn("write_file", "Write a file in the user's folder.", path="file path", content="text to write"),
     _fn("delete_file", "Delete a file from the user's folder.", path="file path")],
    [_fn("web_search", "Search the web and return the top results.", query="search terms"),
     _fn("open_url", "Fetch a web page as text.", url="the address")],
    [_fn("run_shell", "Run a shell command in the user's workspace and return its output.", command="the command")],
    [_fn("get_calendar", "List the user's calendar events for a day.", date="YYYY-MM-DD"),
     _fn("create_event", "Add an event to the user's calendar.", title="event title", start="ISO time"),
     _fn("send_message", "Send a chat message to a contact.", contact="name or handle", text="message text")],
    [_fn("lookup_order", "Look up a customer's order.", order_id="order number"),
     _fn("issue_refund", "Refund an order.", order_id="order number", amount="amount in USD")],
    [_fn("python", "Run Python code and return what it prints.", code="the code")],
    [_fn("get_weather", "Current weather for a city.", city="city name"),
     _fn("convert_currency", "Convert an amount between currencies.", amount="number", source="code",
         target="code")],
]


def _pick(key: str, modulo: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % modulo


def build() -> list[dict]:
    rows = []
    for name, keep in (("refusal.jsonl", 2), ("refusal_contrast.jsonl", 4)):  # about 1 in 2 and 1 in 4
        for line in (HERE / name).read_text().splitlines():
            r = json.loads(line)
            if not isinstance(r["prompt"], str) or _pick(f"keep:{r['id']}", keep):
                continue
            tools = TOOLSETS[_pick(f"tools:{r['id']}", len(TOOLSETS))]
            rows.append({"id": f"tools-{r['id']}",
                         "prompt": [{"role": "system", "content": tools_system_prompt(tools)},
                                    {"role": "user", "content": r["prompt"]}],
                         "label": r["label"], "group": r["group"], "split": r["split"]})
    return rows


if __name__ == "__main__":
    rows = build()
    write_jsonl(HERE / "refusal_tools.jsonl", rows)
    print(f"refusal_tools.jsonl: {len(rows)} rows "
          f"({sum(r['label'] for r in rows)} harmful, {sum(1 - r['label'] for r in rows)} benign)")
