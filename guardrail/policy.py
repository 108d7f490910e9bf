"""Guard policy: thresholds, the action per signal, messages, fail mode, redaction and input limits.

A pydantic-settings model: build it in code, load it from YAML / TOML with :meth:`Policy.from_file`, or set
fields from the environment (``GUARDRAIL_FAIL_MODE=open``, ``GUARDRAIL_REFUSAL__ACTION=block``).

Precedence, the same in every entry point (library, CLI): **explicit arguments > policy file > environment >
defaults**. A value given in code (``Policy(fail_mode="closed")``, ``Policy.from_file(path, redact=True)``, a
CLI option) beats the file; the file beats ``GUARDRAIL_*`` variables; those only fill what neither set, so an
environment variable can never silently weaken a policy written down in code or in a file. Invalid values raise
:class:`~guardrail.errors.PolicyError` listing every problem.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from .errors import PolicyError

Action = Literal["allow", "steer", "escalate", "abstain", "block"]


class SignalPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    action: Action
    threshold: float | None = Field(None, ge=0.0, le=1.0, description="override the pack's calibrated threshold")
    message: str


class RefusalPolicy(SignalPolicy):
    action: Action = "steer"
    message: str = "I can't help with that request."


class FamiliarityPolicy(SignalPolicy):
    action: Action = "abstain"
    message: str = "I don't know enough about {concept} to answer that reliably."


class ManipulationPolicy(SignalPolicy):
    action: Action = "abstain"
    message: str = ("I stopped this reply because it was pressuring you. Take your time, compare options, and "
                    "talk it over with someone you trust before deciding.")


class ExtraSignalPolicy(BaseModel):
    """The policy of a plug-in signal (``signals: {name: {...}}``); unset fields take the signal's defaults."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    action: Action | None = None
    threshold: float | None = Field(None, ge=0.0, le=1.0)
    message: str | None = None


class Policy(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GUARDRAIL_", env_nested_delimiter="__", extra="forbid",
                                      validate_default=True)

    refusal: RefusalPolicy = RefusalPolicy()
    familiarity: FamiliarityPolicy = FamiliarityPolicy()
    manipulation: ManipulationPolicy = ManipulationPolicy()
    signals: dict[str, ExtraSignalPolicy] = Field(default_factory=dict,
                                                  description="policies of plug-in signals, by name")
    fail_mode: Literal["closed", "open"] = "closed"
    failure_message: str = "The request was blocked because the guard could not check it ({reason})."
    redact: bool = True
    max_prompt_chars: int = Field(32_000, gt=0)
    max_prompt_tokens: int = Field(4_096, gt=0)
    oversized: Literal["reject", "truncate"] = "reject"
    max_steering_ratio: float = Field(0.6, gt=0.0, le=1.0)
    steering_coefficient: float | None = Field(None, gt=0.0, description="override the shipped coefficient")
    steer_prefix: str | None = Field(None, max_length=400,
                                     description="text a reply steered from its first token starts with (forced), "
                                                 "then the steered model goes on unless steer_prefix_only; None: "
                                                 "the pack's choice (its steering vector's reply_prefix), '': none")
    steer_prefix_only: bool | None = Field(None, description="end a steered reply right after its prefix; None: "
                                                             "the pack's choice")
    max_new_tokens: int = Field(128, gt=0, le=8192)
    escalate_band: float = Field(0.0, ge=0.0, le=1.0,
                                 description="actions (ActionCheck) whose score lies within this band below a "
                                             "signal's threshold are escalated to a human instead of allowed")
    normalize: bool = Field(True, description="NFKC, invisible / bidi characters removed, homoglyphs folded "
                                              "(guardrail.normalize) before the model reads a message")
    read_tail: bool = Field(True, description="also read a long user message's last piece on its own, so that "
                                              "harmless text before a request cannot dilute it "
                                              "(guardrail.prompts.tail_piece)")
    read_tail_short: bool = Field(True, description="with read_tail, also read the last paragraph of a shorter "
                                                    "message of several paragraphs (200 to 600 characters), so that "
                                                    "a short list before a request cannot dilute it; off: only "
                                                    "messages of 600+ characters are read by their last piece")
    read_pieces: bool | None = Field(None, description="cut every long user message into pieces (guardrail.prompts."
                                                        "long_pieces) for the signals that read each piece on its own "
                                                        "(refusal_pieces), so that harmless text around a request "
                                                        "cannot dilute it; None: the pack's choice (on when it holds "
                                                        "such a signal's probe)")

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource, dotenv_settings, file_secret_settings):
        # values given in code or read from a file (both arrive as init values) beat the environment
        return init_settings, env_settings

    @classmethod
    def load(cls, **values: Any) -> "Policy":
        try:
            return cls(**values)
        except ValidationError as e:
            raise PolicyError(_explain(e)) from e

    @classmethod
    def from_file(cls, path: str | os.PathLike, **overrides: Any) -> "Policy":
        """Load a YAML / TOML policy; ``overrides`` (explicit values, say from CLI options) beat the file's."""
        p = Path(path)
        if not p.is_file():
            raise PolicyError(f"{p}: no such policy file")
        try:
            text = p.read_text()
            if p.suffix in (".yaml", ".yml"):
                data = yaml.safe_load(text) or {}
            elif p.suffix == ".toml":
                data = tomllib.loads(text)
            else:
                raise PolicyError(f"{p}: policy files are .yaml, .yml or .toml")
        except (yaml.YAMLError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise PolicyError(f"{p}: cannot parse ({e})") from e
        if not isinstance(data, dict):
            raise PolicyError(f"{p}: the top level must be a mapping of policy fields")
        try:
            return cls(**_merge(data, overrides))
        except ValidationError as e:
            raise PolicyError(f"{p}: {_explain(e)}") from e

    def merged(self, overrides: dict[str, Any]) -> "Policy":
        """A new policy: this one with ``overrides`` (nested mappings merged field by field) replacing its values;
        :class:`PolicyError` on a bad field or value."""
        try:
            return type(self)(**_merge(self.model_dump(), overrides))
        except ValidationError as e:
            raise PolicyError(_explain(e)) from e

    def for_signal(self, signal: str) -> SignalPolicy:
        """The policy of ``signal``: a built-in section, a ``signals:`` entry, or the signal's own defaults."""
        if signal in ("refusal", "familiarity", "manipulation"):
            return getattr(self, signal)
        from .signals import get_signal

        sig = get_signal(signal)
        extra = self.signals.get(signal) or ExtraSignalPolicy()
        return SignalPolicy(enabled=extra.enabled, action=extra.action or sig.default_action,
                            threshold=extra.threshold, message=extra.message or sig.default_message)

    def steered_message(self, scores: dict[str, Any]) -> str:
        """What a reply steered into a refusal says when its tool calls are withheld: the message of the flagged
        signal whose action is steer (``scores`` as in ``Decision.scores``), else the refusal message."""
        for s, v in scores.items():
            if isinstance(v, dict) and v.get("flagged") and self.for_signal(s).action == "steer":
                return self.for_signal(s).message
        return self.refusal.message


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _explain(e: ValidationError) -> str:
    """Every problem, with where the bad value came from (an environment variable is named) and, for an
    unknown key, the closest known one."""
    import difflib

    parts = []
    for err in e.errors():
        loc = [str(x) for x in err["loc"]]
        where = ".".join(loc) or "(policy)"
        var = "GUARDRAIL_" + "__".join(loc).upper()
        src = f" (from ${var})" if loc and var in os.environ else ""
        hint = ""
        if err["type"] == "extra_forbidden" and loc:
            model = Policy
            for part in loc[:-1]:
                field = getattr(model, "model_fields", {}).get(part)
                model = getattr(field, "annotation", None) if field is not None else None
            known = list(getattr(model, "model_fields", {}) or [])
            close = difflib.get_close_matches(loc[-1], known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else (f"; known: {', '.join(known)}" if known else "")
        parts.append(f"{where}{src}: {err['msg']}{hint}")
    return "invalid policy: " + "; ".join(parts)
