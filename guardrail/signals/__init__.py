"""Signals: one module per signal, each a :class:`Signal` registered by name (see :mod:`.base` for the contract).

Built in: :mod:`.refusal` (harmful intent and the refusal cliff), :mod:`.refusal_pieces` (a harmful request
hidden before or between paragraphs of a long message), :mod:`.familiarity` (unknown entities),
:mod:`.manipulation` (covert pressure in a reply), :mod:`.action_risk` (an agent's action unsafe in its context)
and :mod:`.agent_harm` (harmful intent in an agent step, in place of refusal except on irreversible calls with the
agent's reasoning), both read only when an action is checked. A new signal is a subclass of :class:`Signal` passed to
:func:`register_signal`; the Guard, scoring, policy, CLI and ``guardrail build-pack`` pick it up by name.
"""

from .base import (
    Param,
    ReplyView,
    RequestView,
    Signal,
    SignalResult,
    get_signal,
    register_signal,
    signal_names,
    unregister_signal,
    with_threshold,
)
from .action_risk import ActionRisk
from .agent_harm import AgentHarm
from .familiarity import Familiarity, familiarity_result, guess_entity
from .manipulation import Manipulation, manipulation_result
from .refusal import Refusal, read_turns, refusal_result
from .refusal_pieces import RefusalPieces

__all__ = [
    "ActionRisk", "AgentHarm", "Familiarity", "Manipulation", "Param", "Refusal", "RefusalPieces", "ReplyView",
    "RequestView", "Signal", "SignalResult",
    "familiarity_result", "get_signal", "guess_entity", "manipulation_result", "read_turns", "refusal_result",
    "register_signal", "signal_names", "unregister_signal", "with_threshold",
]
