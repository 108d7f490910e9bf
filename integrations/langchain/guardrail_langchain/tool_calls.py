"""Tool calls from small local models (rendering tool schemas into the prompt, parsing what comes back): the core's
:mod:`guardrail.tool_calls`, shared with the OpenAI-compatible server, re-exported here."""

from guardrail.tool_calls import parse_tool_calls, tools_system_prompt

__all__ = ["parse_tool_calls", "tools_system_prompt"]
