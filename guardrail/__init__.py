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
from .guard import Decision, Guard
from .models import LoadedModel, ModelFingerprint, load_model
from .policy import Policy, SignalPolicy
from .probes import LinearProbe, ProbePack
from .signals import SignalResult
from .steering import ConditionalSteering, SteeringSet, SteeringVector
from .taps import Tap, TapStep

__version__ = "0.1.0"

__all__ = [
    "ConditionalSteering",
    "Decision",
    "Guard",
    "LinearProbe",
    "Policy",
    "ProbePack",
    "SignalPolicy",
    "SignalResult",
    "SteeringSet",
    "SteeringVector",
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
