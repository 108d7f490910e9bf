"""**refusal_pieces**: a harmful request before, between or after paragraphs of harmless text in one long message.

The refusal probe reads each user turn whole (and a long message's last piece): a harmful request followed by, or
set between, a page of harmless prose is diluted in the turn's mean (issue #14). Reading every piece of a long
message with the refusal probe itself does not work: trained on whole requests, it scores pieces of harmless prose
up to 0.92; trained on pieces too, it read whole requests worse (held-out harmful flagged 97% -> 87%, BENCHMARKS
section 6). This signal is a second probe, next to the refusal probe, that reads *only* the pieces of long user
messages (:func:`guardrail.prompts.message_pieces`: paragraphs, long ones in runs of sentences), each piece on its
own, the worst piece counting; whole messages stay the refusal probe's. A message with no pieces (shorter than
:data:`guardrail.prompts.TAIL_MIN_CHARS`) scores 0 and is not judged here (``too_short``: never flagged, whatever
the policy's threshold).

Trained on the refusal probe's own training requests and the pieces of ``refusal_long.jsonl`` (the project's
requests inside its own benign prose, one row per piece: :mod:`data.generators.long_context`), its threshold
calibrated on those pieces only. A pack holding this probe makes the Guard cut long messages into pieces
(``Policy.read_pieces``: the pack's choice).
"""

from __future__ import annotations

from pathlib import Path

from ..evaluation import is_refusal
from .base import RequestView, Signal, SignalResult, get_signal, register_signal, signal_names
from .refusal import Refusal


@register_signal
class RefusalPieces(Signal):
    name = "refusal_pieces"
    reads = "request"
    #: the Guard cuts long user messages into pieces (``RequestView.pieces``) when a pack holds this signal
    reads_pieces = True
    # a flag here stops the request with the refusal's message: steering is the refusal signal's (one vector)
    default_action = "abstain"
    default_message = Refusal.default_message
    layer_range = Refusal.layer_range
    positions = ("mean",)
    # a long message has several pieces and the worst counts, so a piece's false-positive rate adds up over them:
    # calibrated at the build's 5% per piece (threshold 0.466), the shipped data's probe took long harmless threads
    # from 19% flagged to 31%; at 1% per piece (about 5% per message of five pieces) they stay at 19%
    # (BENCHMARKS section 6)
    target_fpr = 0.01
    behaviour = Refusal.behaviour
    behaviour_judge = staticmethod(is_refusal)

    def read_request(self, probe, view: RequestView) -> SignalResult:
        best, which = 0.0, -1
        for i, t in enumerate(view.pieces):
            sel = view.logits[t]
            if sel.numel():
                v = probe.aggregate(sel)
                if which < 0 or v > best:
                    best, which = v, i
        # no piece read (a message too short to cut): not judged, so no policy threshold can flag it
        details = {"pieces": len(view.pieces), "piece": which, **({"too_short": True} if which < 0 else {})}
        return SignalResult(self.name, best, probe.threshold, which >= 0 and best >= probe.threshold, details)

    def reason(self, res: SignalResult, *, phase: str, concept: str | None = None) -> str:
        return (f"harmful intent in piece {res.details.get('piece', -1) + 1} of {res.details.get('pieces', 0)} "
                f"of a long message: score {res.score:.2f}")

    # -- building a pack ----------------------------------------------------------------------------------
    def training_examples(self, data: Path) -> list:
        """The pieces of ``refusal_long.jsonl`` (every split: its test rows are the probe's test metrics) and the
        refusal probe's own train / val requests (:meth:`Refusal.training_examples`, so that the probe learns
        harmfulness from every request the project has, not from 255 pieces). None without ``refusal_long.jsonl``."""
        pieces = self.optional_examples(data, "refusal_long.jsonl")
        if not pieces:
            return []
        whole = get_signal("refusal").training_examples(data) if "refusal" in signal_names() else []
        return pieces + [e for e in whole if e.split != "test"]

    def calibrate_on(self, example) -> bool:
        # the threshold is set on what this probe reads at run time: the pieces of long messages
        return example.piece is not None

