"""The contract every signal meets, and the registry the Guard, scoring, policy, CLI and pack builder loop over.

A signal is one class (one module under :mod:`guardrail.signals` for the built-ins, anywhere for a plug-in)
registered with :func:`register_signal`. It says:

- ``name``, and which tokens it reads: ``reads = "request"`` (the prompt's content, scored after the prompt
  pass) or ``"reply"`` (the reply, scored at every decode step or over a given response);
- how a probe's per-token logits become a :class:`SignalResult` (:meth:`Signal.read_request`,
  :meth:`Signal.read_reply`) and which reason the decision gives (:meth:`Signal.reason`);
- its policy section's defaults (``default_action``, ``default_message``);
- its typed parameters with one default each (``params``), stored in the pack manifest and validated on load;
- how the pack builder gets its data and calibrates it (:meth:`Signal.training_examples`,
  :meth:`Signal.calibrate`, ``calibrate_on``, ``layer_range``).

Nothing else in guardrail names a signal: adding one is a class and a ``register_signal`` call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Sequence

import torch

from ..errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from ..models import LoadedModel
    from ..probes import Example, LinearProbe, ProbePack


@dataclass
class SignalResult:
    signal: str
    score: float
    threshold: float
    flagged: bool
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "score": _r(self.score), "threshold": _r(self.threshold),
                "flagged": self.flagged, **{k: _json(v) for k, v in self.details.items()}}


def _r(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 4)


def _json(v):
    if isinstance(v, float):
        return _r(v)
    if isinstance(v, torch.Tensor):
        return [round(float(x), 4) for x in v.flatten().tolist()]
    if isinstance(v, (list, tuple)):
        return [_json(x) for x in v]
    return v


def mean_reply_result(name: str, probe: "LinearProbe", logits: torch.Tensor, threshold: float, min_tokens: int,
                      **details: Any) -> SignalResult:
    """A reply read as the probe's mean over its tokens; shorter than ``min_tokens`` it is not judged (never
    flagged, ``too_short``: :func:`with_threshold` keeps it unflagged whatever the policy's threshold)."""
    n = int(logits.numel())
    if n < min_tokens:
        return SignalResult(name, probe.aggregate(logits) if n else 0.0, threshold, False,
                            {"tokens": n, "too_short": True})
    score = probe.aggregate(logits)
    return SignalResult(name, score, threshold, score >= threshold, {"tokens": n, **details})


@dataclass(frozen=True)
class Param:
    """One typed signal parameter: ``kind`` ``"int"`` or ``"float"``, its default and its valid range."""

    kind: Literal["int", "float"]
    default: float | int
    lo: float | None = None
    hi: float | None = None
    doc: str = ""


@dataclass
class RequestView:
    """One row's prompt as a request signal reads it: the probe's per-token ``logits`` over the real prompt
    tokens, ``span`` (the last message's content), ``turns`` (every user turn's content, then the pieces of user
    messages read on their own: a forged turn's pieces, a long message's last piece, the last message's at
    ``tails``), the last message's ``text``, ``pieces``: every piece of each long user message
    (:func:`guardrail.prompts.message_pieces`), cut only when the Guard reads pieces (``Policy.read_pieces``; for
    signals with ``reads_pieces``), and ``goal_tails``."""

    logits: torch.Tensor
    span: torch.Tensor
    turns: Sequence[torch.Tensor]
    text: str
    pieces: Sequence[torch.Tensor] = ()
    #: the index in ``turns`` of the last user message's last-piece read (:func:`guardrail.prompts.tail_piece`), if any
    tails: Sequence[int] = ()
    #: the last pieces of agent-step goals (:func:`guardrail.prompts.goal_tail`), not in ``turns``: read only by the
    #: signals that ask for them
    goal_tails: Sequence[torch.Tensor] = ()

    def whole_turns(self) -> list[torch.Tensor]:
        """``turns`` without the last user message's last-piece read: that message whole, the others as read."""
        tails = set(self.tails)
        return [t for i, t in enumerate(self.turns) if i not in tails]


@dataclass
class ReplyView:
    """One row's reply: the probe's ``logits`` over the reply's tokens (generated so far when ``streaming``, or a
    given response), plus the prompt's (``prompt``: the row's :class:`RequestView`) and this signal's own result
    on it (``prompt_result``, when it reads requests too)."""

    logits: torch.Tensor
    streaming: bool
    prompt: RequestView | None = None
    prompt_result: SignalResult | None = None


class Signal:
    """Base class of signals (see the module docstring). Subclasses set the class attributes and override the
    ``read_*`` methods for what they read."""

    name: ClassVar[str]
    reads: ClassVar[Literal["request", "reply"]]
    default_action: ClassVar[str] = "abstain"
    default_message: ClassVar[str] = "I can't continue with that."
    params: ClassVar[dict[str, Param]] = {}
    #: read only when an agent's proposed action is checked (``Guard.check(..., action=True)``, which
    #: :class:`~guardrail.actions.ActionCheck` uses), never on a chat reply or during generation
    actions_only: ClassVar[bool] = False
    #: built by ``guardrail build-pack`` without ``--signals`` (when it has training data); an experimental signal sets
    #: False and is built only when named
    built_by_default: ClassVar[bool] = True
    #: in an action check (:class:`~guardrail.actions.ActionCheck`), the signals this one acts in place of when the
    #: pack holds it: they are still scored and audited, but their flags do not block it (on an irreversible action
    #: whose agent gave reasoning they act and this one is only scored)
    replaces: ClassVar[tuple[str, ...]] = ()
    #: in an action check, acted on for an action that only reads (:attr:`guardrail.actions.ActionAssessment.
    #: read_only`: ``get_channels()``, ``list_files()``); False for a signal about an action's consequences, which a
    #: read has none of (it is still scored and audited)
    acts_on_reads: ClassVar[bool] = True
    #: reads ``RequestView.pieces``: a pack holding this signal makes the Guard cut every long user message into
    #: pieces (``Policy.read_pieces``: the pack's choice, :func:`guardrail.probes.pack_reads_pieces`)
    reads_pieces: ClassVar[bool] = False
    #: detail keys that can hold the user's text (hashed when the policy redacts)
    user_text_details: ClassVar[tuple[str, ...]] = ()
    #: not acted on in a row where one of these signals flagged (say, "unfamiliar" on a harmful request)
    yields_to: ClassVar[tuple[str, ...]] = ()
    #: the pack builder's layer sweep, as fractions of the model's depth (lo, hi)
    layer_range: ClassVar[tuple[float, float]] = (0.0, 1.0)
    #: the false-positive rate the pack builder calibrates this signal's threshold at (``None``: the build's,
    #: ``BuildConfig.target_fpr``)
    target_fpr: ClassVar[float | None] = None
    #: token read-outs the pack builder sweeps
    positions: ClassVar[tuple[str, ...]] = ("last", "mean")
    #: ``(positive, negative)`` continuations for a contrastive steering vector (``None``: this signal does not
    #: steer); the vector moves the model from the negative continuation's state towards the positive one's
    steering: ClassVar[tuple[str, str] | None] = None
    #: ``(positive, negative)`` continuations the causal check (:mod:`guardrail.causal`) measures for a request
    #: signal: what the model says when the signal is right, and what it says otherwise
    behaviour: ClassVar[tuple[str, str] | None] = None
    #: a judge of generated replies (``text -> bool``, wrap it in ``staticmethod``) for the causal check's
    #: generated-reply rates (``None``: the check generates nothing)
    behaviour_judge: ClassVar[Any] = None

    # -- parameters ---------------------------------------------------------------------------------------
    @classmethod
    def param(cls, probe: "LinearProbe", name: str) -> Any:
        spec = cls.params[name]
        v = probe.params.get(name, spec.default)
        return int(v) if spec.kind == "int" else float(v)

    # -- scoring ------------------------------------------------------------------------------------------
    def read_request(self, probe: "LinearProbe", view: RequestView) -> SignalResult | None:
        """After the prompt pass (or in a check): this signal's result on the prompt, or ``None``."""
        return None

    def read_reply(self, probe: "LinearProbe", view: ReplyView) -> SignalResult | None:
        """At a decode step (``view.streaming``) or over a given response: the result, or ``None`` (not judged
        yet). A streaming result with ``flagged`` True makes the guard act on the row."""
        return None

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        """The decision's reason for a flagged result (``phase``: ``prefill``, ``decode`` or ``check``);
        ``concept`` is the redaction-aware rendering of a user-text detail, when the signal has one."""
        return f"{res.signal} flagged (score {res.score:.2f} >= {res.threshold:.2f})"

    # -- building a pack ----------------------------------------------------------------------------------
    def training_examples(self, data: Path) -> list["Example"]:
        """Labelled examples (1 = the signal should fire) from the training-data folder ``data``."""
        from ..data import load_examples

        ex, errors = load_examples(data / f"{self.name}.jsonl")
        if errors:
            raise InputError(f"{data / (self.name + '.jsonl')}: {errors[0]}")
        return ex

    @staticmethod
    def optional_examples(data: Path, name: str) -> list["Example"]:
        """The examples of an optional training file ``data / name`` (none when it is absent; a malformed line is
        an :class:`InputError` naming the file and line)."""
        from ..data import load_examples

        if not (data / name).is_file():
            return []
        ex, errors = load_examples(data / name)
        if errors:
            raise InputError(f"{data / name}: {errors[0]}")
        return ex

    def steering_prompts(self, data: Path) -> tuple[list[str], list[str], list[str]]:
        """``(positive train, negative train, positive val)`` single-message requests for the steering vector:
        every 4th train-split request of each class trains it (the negatives set its reference norm), the
        val-split positives judge the sweep. Read from the signal's own ``{name}.jsonl``."""
        ex = [e for e in Signal.training_examples(self, data) if isinstance(e.prompt, str)]
        pick = lambda label, split: [e.prompt for e in ex if e.label == label and e.split == split]  # noqa: E731
        return pick(1, "train")[::4], pick(0, "train")[::4], pick(1, "val")

    def calibrate_on(self, example: "Example") -> bool:
        """Whether an example's out-of-fold score sets the threshold (easy extra negatives can be left out)."""
        return True

    def calibrate(self, lm: "LoadedModel", pack: "ProbePack", examples: Sequence["Example"],
                  data: Path | None = None) -> dict[str, Any]:
        """Extra calibration after the probe is trained (``examples``: its training examples; ``data``: the
        training-data folder when there is one); sets ``pack[self.name].params`` and returns a report."""
        return {}


_REGISTRY: dict[str, Signal] = {}


def register_signal(cls: type[Signal]) -> type[Signal]:
    """Register a signal class (usable as a decorator). Re-registering a name replaces it."""
    if not (isinstance(cls, type) and issubclass(cls, Signal)):
        raise InputError(f"register_signal takes a Signal subclass, not {cls!r}")
    if getattr(cls, "reads", None) not in ("request", "reply") or not isinstance(getattr(cls, "name", None), str):
        raise InputError(f"{cls.__name__} must set name and reads ('request' or 'reply')")
    _REGISTRY[cls.name] = cls()
    return cls


def unregister_signal(name: str) -> None:
    _REGISTRY.pop(name, None)


def get_signal(name: str) -> Signal:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise InputError(f"unknown signal {name!r} (registered: {', '.join(_REGISTRY)})") from None


def signal_names() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def with_threshold(res: SignalResult, threshold: float | None) -> SignalResult:
    """``res`` judged at a policy's ``threshold`` instead of the pack's (``None``: unchanged). For refusal the
    threshold applies to harmful intent; a refusal cliff still flags on its own calibrated thresholds. A result that
    was not judged (``too_short``) stays unflagged, and an in-generation result (``streaming``) is judged at the
    higher of the policy's threshold and its own calibrated one (a partial reply is noisier than a whole one; a
    policy can make it less sensitive, not more)."""
    if threshold is None or res.details.get("too_short"):
        return res
    if res.details.get("streaming"):
        threshold = max(float(threshold), float(res.threshold))
    res.threshold = threshold
    if "harmful_intent" in res.details:
        res.details["harmful_intent"] = res.score >= threshold
        res.flagged = res.details["harmful_intent"] or bool(res.details.get("refusal_suppressed"))
    else:
        res.flagged = res.score >= threshold
    return res
