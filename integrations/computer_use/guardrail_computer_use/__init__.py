"""guardrail for computer-use agent loops (filled by the computer-use issue)."""

__all__: list[str] = []
