"""Exceptions raised by guardrail. Every error a user can cause has its own type and a message that says
what to do about it."""

from __future__ import annotations


class GuardrailError(Exception):
    """Base class of every guardrail error."""


class ModelNotFoundError(GuardrailError):
    """The requested model is not on this machine (guardrail never downloads)."""


class AdapterError(GuardrailError):
    """The decoder blocks, hidden size or final norm of a model could not be located."""


class InputError(GuardrailError, ValueError):
    """A prompt, message list or data line is unusable (empty, oversized, wrong type)."""


class ArtifactError(GuardrailError):
    """A probe pack or steering file is missing, tampered with, or malformed."""


class PackNotFoundError(ArtifactError):
    """No probe pack made for the loaded model was found (the message names the ``build-pack`` command)."""


class FingerprintMismatchError(ArtifactError):
    """An artifact was trained for a different model than the one it is being used with."""


class PolicyError(GuardrailError, ValueError):
    """A policy file or environment setting is invalid."""
