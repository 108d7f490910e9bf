"""guardrail: activation-level guardrails for AI agents on locally hosted transformers models."""

from .adapters import LayerAdapter
from .errors import (
    AdapterError,
    ArtifactError,
    FingerprintMismatchError,
    GuardrailError,
    InputError,
    ModelNotFoundError,
    PolicyError,
)
from .models import LoadedModel, ModelFingerprint, load_model
from .taps import Tap, TapStep

__version__ = "0.1.0"

__all__ = [
    "AdapterError",
    "ArtifactError",
    "FingerprintMismatchError",
    "GuardrailError",
    "InputError",
    "LayerAdapter",
    "LoadedModel",
    "ModelFingerprint",
    "ModelNotFoundError",
    "PolicyError",
    "Tap",
    "TapStep",
    "load_model",
]
