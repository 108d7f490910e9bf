"""LangChain v1 integration of guardrail (filled by the LangChain issue)."""

__all__: list[str] = []
