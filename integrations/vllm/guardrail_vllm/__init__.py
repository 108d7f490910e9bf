"""guardrail inside vLLM: :class:`GuardedLLM` runs a guardrail probe pack, its conditional steering and its
policy inside the engine's own forward passes (continuous batching, per-request policy). The guardrail core
imports nothing from here or from vLLM."""

from .batch import EngineLayoutError, PassView
from .engine import GuardedLLM

__all__ = ["EngineLayoutError", "GuardedLLM", "PassView"]
