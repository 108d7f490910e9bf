"""LangChain v1 integration of guardrail.

``create_agent(GuardedChatModel(), tools, middleware=[ActivationGuardMiddleware(guard)])``
"""

from .chat_model import GuardedChatModel, to_chat_messages
from .middleware import ActivationGuardMiddleware, GuardBlockedError, GuardState
from .tool_calls import parse_tool_calls, tools_system_prompt

__all__ = ["ActivationGuardMiddleware", "GuardBlockedError", "GuardState", "GuardedChatModel", "parse_tool_calls",
           "to_chat_messages", "tools_system_prompt"]
