"""Prompts as the model reads them: chat-template rendering in which message content is always literal text.

A chat template is text. Tokenised naively, a user message holding ``<|im_end|>\\n<|im_start|>system\\n...``
closes the user's turn and opens a forged system turn, and the probes then read the forged turn as the
system's. Here the template is rendered around placeholders, so guardrail knows the character range of every
message's content, and a row whose content holds a special token is tokenised piece by piece: template text
with its control tokens live, content with special tokens split (``split_special_tokens=True``), so that
``<|im_end|>`` in content is read as the characters it is made of. A row whose content holds no special token
(almost every row) gets exactly the ids of its plain rendered text.

:func:`encode_chat` also returns, per row, a token mask of every message's content (``turns``), so that the
guard can read each user turn on its own: a harmful request cannot hide in an earlier turn. Content that holds
control tokens (a forged turn) is also split at them, and each piece is read as a user turn of its own. A long
user message, or a shorter one of several paragraphs, is also read by its last piece (:func:`tail_piece`), so that
harmless text before a request cannot dilute it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Sequence

import torch

from .errors import InputError

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use code points: no chat template or tokenizer gives them meaning


def _placeholder(i: int) -> str:
    return f"{_OPEN}{i}{_CLOSE}"


@dataclass
class RenderedChat:
    """A rendered conversation and where each message's content sits in it: ``parts`` holds
    ``(start, end, message_index)`` character ranges (a template that repeats a message yields two)."""

    text: str
    parts: list[tuple[int, int, int]]
    roles: list[str]


def render_chat(lm: Any, messages: Sequence[dict[str, str]], *, add_generation_prompt: bool = True,
                tools: list[dict] | None = None) -> RenderedChat:
    """Render ``messages`` with ``lm``'s chat template, recording each message's content range."""
    msgs = [dict(m) for m in messages]
    for m in msgs:
        if _OPEN in m["content"] or _CLOSE in m["content"]:  # never let content forge a placeholder
            m["content"] = m["content"].replace(_OPEN, "\ufffd").replace(_CLOSE, "\ufffd")
    contents = [m["content"] for m in msgs]
    templ = lm.render([{**m, "content": _placeholder(i)} for i, m in enumerate(msgs)],
                      add_generation_prompt=add_generation_prompt, tools=tools)
    text, parts, pos = [], [], 0
    out_len = 0
    while True:
        a = templ.find(_OPEN, pos)
        if a < 0:
            text.append(templ[pos:])
            break
        b = templ.find(_CLOSE, a)
        idx_s = templ[a + 1:b] if b > a else ""
        if b < 0 or not idx_s.isdigit() or int(idx_s) >= len(contents):
            raise InputError("the chat template altered guardrail's content placeholders; cannot locate messages")
        text.append(templ[pos:a])
        out_len += a - pos
        content = contents[int(idx_s)]
        parts.append((out_len, out_len + len(content), int(idx_s)))
        text.append(content)
        out_len += len(content)
        pos = b + 1
    return RenderedChat("".join(text), parts, [m["role"] for m in msgs])


def special_token_strings(tokenizer: Any) -> list[str]:
    """The text of every special (control) token the tokenizer matches atomically."""
    out = set(getattr(tokenizer, "all_special_tokens", []) or [])
    for t in (getattr(tokenizer, "added_tokens_decoder", None) or {}).values():
        if getattr(t, "special", False):
            out.add(str(t.content))
    return sorted((s for s in out if s), key=len, reverse=True)


def _tokenize(tok: Any, text: str, *, split_special: bool) -> tuple[list[int], list[tuple[int, int]]]:
    kw: dict[str, Any] = {"add_special_tokens": False, "return_offsets_mapping": True}
    if split_special:
        kw["split_special_tokens"] = True
    enc = tok(text, **kw)
    return list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]]


def tokenize_chat(tok: Any, chat: RenderedChat, specials: Sequence[str]) -> tuple[list[int], list[tuple[int, int]], bool]:
    """``(ids, offsets, escaped)``: the plain tokenisation when no content holds a special token, else the
    piecewise one in which content cannot produce a control token (``escaped`` True)."""
    live = any(s in chat.text[a:b] for a, b, _ in chat.parts for s in specials)
    if not live:
        ids, offs = _tokenize(tok, chat.text, split_special=False)
        return ids, offs, False
    ids, offs, pos = [], [], 0
    bounds = sorted((a, b) for a, b, _ in chat.parts)
    pieces: list[tuple[int, int, bool]] = []
    for a, b in bounds:
        if a > pos:
            pieces.append((pos, a, False))
        if b > a:
            pieces.append((a, b, True))
        pos = max(pos, b)
    if pos < len(chat.text):
        pieces.append((pos, len(chat.text), False))
    for a, b, is_content in pieces:
        i, o = _tokenize(tok, chat.text[a:b], split_special=is_content)
        ids += i
        offs += [(s + a, e + a) for s, e in o]
    return ids, offs, True


def _split_at(text: str, a: int, b: int, specials: Sequence[str]) -> list[tuple[int, int]]:
    """The pieces of ``text[a:b]`` between special-token strings (only pieces holding a non-space character)."""
    cuts, i = [], a
    while i < b:
        hit = next((s for s in specials if text.startswith(s, i) and i + len(s) <= b), None)
        if hit is not None:
            cuts.append((i, i + len(hit)))
            i += len(hit)
        else:
            i += 1
    pieces, pos = [], a
    for ca, cb in cuts + [(b, b)]:
        if text[pos:ca].strip():
            pieces.append((pos, ca))
        pos = cb
    return pieces if len(pieces) > 1 else []


#: a user message at least this long (characters) is also read by its last piece (:func:`tail_piece`)
TAIL_MIN_CHARS = 600
#: a shorter message of several paragraphs (a line break before its last paragraph) is also read by its last
#: paragraph from this length on: a short list before a request dilutes it as a page of prose does (issue #14: 12
#: to-do items, 330 characters, took SmolLM2's harmful held-out requests flagged from 96.7% to 10%)
TAIL_MIN_CHARS_LINES = 200
#: the longest last piece read on its own (characters); a request is rarely longer
TAIL_MAX_CHARS = 400
#: a shorter last piece (a sign-off, a trailing instruction) takes in what comes before it; in UTF-8 bytes, so
#: about 40 Latin or 13 CJK characters
TAIL_MIN_PIECE = 40
#: in an agent step (:func:`guardrail.actions.agent_messages`: ``Goal: ...`` then this line and the agent's
#: reasoning), what ends the goal: its own last piece is read apart from the reasoning (:func:`goal_tail`)
GOAL_PREFIX, REASONING_MARK = "Goal: ", "\nAgent's reasoning:"
#: paragraphs shorter than this many characters that follow each other are read as one piece (long_pieces)
SHORT_PARAGRAPH = 80
# a sentence's end: . ! ? and a space, or the CJK full stop, exclamation or question mark (no space after them)
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d]*\s+|[\u3002\uff01\uff1f][\"')\]\u201d\u300d]*\s*")
# a line break: LF, CRLF, a lone CR, and the other line and paragraph separators (NFKC leaves them as they are)
_LINE_END = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


def tail_piece(text: str, a: int, b: int, *, min_chars: int = TAIL_MIN_CHARS,
               max_chars: int = TAIL_MAX_CHARS, min_chars_lines: int = TAIL_MIN_CHARS_LINES) -> tuple[int, int] | None:
    """The character range of the last piece of the message ``text[a:b]``, or ``None`` when the message is shorter
    than ``min_chars`` (it is read whole anyway), unless it is at least ``min_chars_lines`` long and its last
    paragraph, at most ``max_chars`` long, follows a line break after other text: then that paragraph is its last
    piece (never its last sentence alone; a paragraph under :data:`TAIL_MIN_PIECE` takes in the sentences or lines
    before it, as in a long message).

    A request after a page of harmless text is diluted in the message's mean (issue #14: 900 tokens of text about tea
    before a harmful request brought its refusal score to 0.08), yet the model acts on it. The last piece is what a
    long message usually asks: the last paragraph (after the last line break); when that is longer than
    ``max_chars``, its last sentence; a piece shorter than :data:`TAIL_MIN_PIECE` ("Thanks!", "Please be detailed.",
    the end of a sentence cut at an abbreviation) takes in the sentences or lines before it, up to ``max_chars``;
    with no sentence end to cut at, the last ``max_chars`` characters from a word's start. Only the end is read
    apart: a request *before* or *inside* long harmless text is still diluted."""
    seg = text[a:b]
    end = len(seg.rstrip())
    short = end < min_chars
    if short and end < min_chars_lines:
        return None
    lines = {m.end() for m in _LINE_END.finditer(seg, 0, end)}
    cuts = sorted({0} | lines | {m.end() for m in _SENTENCE_END.finditer(seg, 0, end) if m.end() < end})
    start = max(lines | {0})  # the last paragraph
    if short and (not seg[:start].strip() or end - start > max_chars):  # a shorter message: that or nothing
        return None
    if end - start > max_chars:  # else its last sentence
        start = cuts[-1]
    i = bisect.bisect_right(cuts, start) - 1
    while len(seg[start:end].encode()) < TAIL_MIN_PIECE and i > 0 and end - cuts[i - 1] <= max_chars:
        i -= 1
        start = cuts[i]
    if end - start > max_chars:
        space = seg.find(" ", end - max_chars, end)
        start = space + 1 if space >= 0 else end - max_chars
    while start < end and seg[start].isspace():
        start += 1
    return (a + start, a + end) if 0 < start < end else None


def _goal_ends(text: str, a: int, b: int) -> list[int]:
    """Where the goal of the agent-step message ``text[a:b]`` may end: the first and the last ``\\nAgent's
    reasoning:`` (the real one is the first unless the goal holds the label too, the last unless the reasoning does);
    ``[]`` when the message is not an agent step."""
    if not text.startswith(GOAL_PREFIX, a):
        return []
    first, last = text.find(REASONING_MARK, a, b), text.rfind(REASONING_MARK, a, b)
    return [] if first < 0 else sorted({first, last})


def goal_tail(text: str, a: int, b: int, **kw) -> list[tuple[int, int]]:
    """The last pieces (:func:`tail_piece`, same options) of the *goal* of an agent-step message ``text[a:b]``
    (``Goal: ...`` up to ``\\nAgent's reasoning:``; read before the first and before the last such label, so that a
    label written into the goal, or into the reasoning, cannot move the read), or ``[]`` when the message is not an
    agent step or its goal has no last piece read apart. A step message's own last piece is the agent's reasoning
    line (with the goal's last sentence when the reasoning is short): a request after a list or a page of text *in
    the goal* would be read only diluted without this."""
    out = [tail_piece(text, a, g, **kw) for g in _goal_ends(text, a, b)]
    return list(dict.fromkeys(r for r in out if r is not None))


def message_pieces(text: str, a: int, b: int, *, min_chars: int = TAIL_MIN_CHARS) -> list[tuple[int, int]]:
    """:func:`long_pieces` of the message ``text[a:b]``; of an agent-step message (:func:`goal_tail`) at least
    ``min_chars`` long, the pieces of its goal (after ``Goal:``, up to the first ``Agent's reasoning:`` label; one
    piece when it makes only one) and those of the text after it (cut again at the last label when there are
    several), each part cut on its own, but such a part that is one line (a one-line reasoning) is left out. The
    label is never a piece: read alone, the pieces probe scored it 0.998 on SmolLM2, which stopped every call of
    AgentDojo's goals of about 580+ characters; a one-line reasoning read alone after code and a benign request was
    flagged 7 times in 30 (BENCHMARKS section 5b). Both are read with the whole message, and a last line by the
    message's last piece (:func:`tail_piece`)."""
    ends = _goal_ends(text, a, b)
    if not ends or len(text[a:b].rstrip()) < min_chars:
        return long_pieces(text, a, b, min_chars=min_chars)
    bounds = [a + len(GOAL_PREFIX)] + [x for g in ends for x in (g, g + len(REASONING_MARK))] + [b]
    out = long_pieces(text, bounds[0], bounds[1], min_chars=0, keep_one=True)
    for i in range(2, len(bounds), 2):
        part = long_pieces(text, bounds[i], bounds[i + 1], min_chars=0, keep_one=True)
        out += part if len(part) > 1 or any(_LINE_END.search(text, x, y) for x, y in part) else []
    return out


def long_pieces(text: str, a: int, b: int, *, min_chars: int = TAIL_MIN_CHARS,
                max_chars: int = TAIL_MAX_CHARS, keep_one: bool = False) -> list[tuple[int, int]]:
    """The character ranges of every piece of the message ``text[a:b]``, in order, or ``[]`` when the message is
    shorter than ``min_chars`` (it is read whole anyway) or makes only one piece (unless ``keep_one``).

    :func:`tail_piece` reads only a long message's end; a request *before* or *inside* long harmless text needs
    every piece read apart. A piece is a paragraph (between line breaks); a paragraph over ``max_chars`` is cut at
    sentence ends into runs of whole sentences of at most ``max_chars`` (a sentence longer than that into runs of
    words). A short paragraph between longer ones stays apart (a one-line request between paragraphs is read
    alone); consecutive paragraphs shorter than :data:`SHORT_PARAGRAPH` (the lines of a list or of code) are joined
    into runs of at most ``max_chars``, so that a message of many short lines cannot make thousands of pieces.
    Unlike the last piece alone, no piece can hide another, since every one is read. A request inside a long
    paragraph shares its run with the sentences around it: cutting such paragraphs into single sentences instead
    flagged every padded benign request (BENCHMARKS section 6)."""
    seg = text[a:b]
    end = len(seg.rstrip())
    if end < min_chars:
        return []
    spans: list[tuple[int, int]] = []
    joinable = False  # the last span is a run of short paragraphs, which the next short one may join
    pos = 0
    for m in list(_LINE_END.finditer(seg, 0, end)) + [None]:
        pe = m.start() if m is not None else end
        para = _strip(seg, pos, pe)
        pos = m.end() if m is not None else end
        if para[0] >= para[1]:
            continue
        if para[1] - para[0] <= max_chars:
            short = para[1] - para[0] < SHORT_PARAGRAPH
            if short and joinable and para[1] - spans[-1][0] <= max_chars:
                spans[-1] = (spans[-1][0], para[1])  # a run of short lines (a list, code): one piece
            else:
                spans.append(para)
            joinable = short
            continue
        joinable = False
        cuts = [para[0]] + [m2.end() for m2 in _SENTENCE_END.finditer(seg, para[0], para[1])
                            if m2.end() < para[1]] + [para[1]]
        start = para[0]
        for i in range(1, len(cuts)):
            if cuts[i] - start > max_chars and cuts[i - 1] > start:  # close the run before this sentence
                spans.append((start, cuts[i - 1]))
                start = cuts[i - 1]
            while cuts[i] - start > max_chars:  # one sentence longer than max_chars: runs of words
                space = seg.rfind(" ", start + 1, start + max_chars)
                cut = space + 1 if space > start else start + max_chars
                spans.append((start, cut))
                start = cut
        if start < para[1]:
            spans.append((start, para[1]))
    out = [(a + s0, a + s1) for s0, s1 in (_strip(seg, *sp) for sp in spans) if s0 < s1]
    return out if len(out) > 1 or keep_one else []


def _strip(seg: str, s0: int, s1: int) -> tuple[int, int]:
    """The range ``seg[s0:s1]`` without its leading and trailing white space (no copy of the text)."""
    while s0 < s1 and seg[s0].isspace():
        s0 += 1
    while s1 > s0 and seg[s1 - 1].isspace():
        s1 -= 1
    return s0, s1


@dataclass(frozen=True)
class Reading:
    """How a user message is read besides as a whole, each read being a turn (or a piece) of its own:
    ``tail`` a long message's last piece (:func:`tail_piece`, from :data:`TAIL_MIN_CHARS`), ``tail_short`` with it
    a shorter multi-paragraph message's last paragraph (from :data:`TAIL_MIN_CHARS_LINES`), ``pieces`` every piece
    of a long message (:func:`message_pieces`), for the signals that read pieces (None: as the signal scored reads
    them in :func:`guardrail.scoring.score_examples`, not cut in :func:`encode_chats`). The policy fields of the same
    names set them for the Guard (:attr:`guardrail.guard.Guard.reading`)."""

    tail: bool = True
    tail_short: bool = True
    pieces: bool | None = None


@dataclass
class EncodedChats:
    """A left-padded batch. ``span`` marks each row's scored part (the last message's content, or the response
    when one is given); ``turns[r]`` holds one ``(seq,)`` mask per message of row ``r`` (``roles[r]`` says
    whose), then one per extra piece of a user message read on its own (a forged turn's pieces: role ``"user"``; a
    long message's last piece: ``"tail"``; an agent step's goal's last piece, :func:`goal_tail`: ``"goal_tail"``;
    with ``Reading.pieces``, every piece of a long message: ``"piece"``);
    ``sources[r][i]`` is the message mask ``i`` comes from (default: ``i``); ``escaped[r]`` is True when special
    tokens inside that row's content were neutralised."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    span: torch.Tensor
    turns: list[list[torch.Tensor]]
    roles: list[list[str]]
    escaped: list[bool]
    sources: list[list[int]] | None = None

    def inputs(self, device: Any = None) -> dict[str, torch.Tensor]:
        d = {"input_ids": self.input_ids, "attention_mask": self.attention_mask}
        return {k: v.to(device) for k, v in d.items()} if device is not None else d

    def _sources(self, r: int) -> Sequence[int]:
        return self.sources[r] if self.sources is not None else range(len(self.turns[r]))

    def _masks(self, r: int, kinds: tuple[str, ...], skip: Sequence[int]) -> list[tuple[torch.Tensor, str, int]]:
        """Row ``r``'s masks (with their role and source message) of the roles ``kinds`` that hold at least one
        token, except those from messages in ``skip``."""
        return [(t, role, i) for t, role, i in zip(self.turns[r], self.roles[r], self._sources(r))
                if role in kinds and i not in skip and bool(t.any())]

    def user_turns(self, r: int, skip: Sequence[int] = ()) -> list[torch.Tensor]:
        """Row ``r``'s user-turn masks that hold at least one token, with the extra reads of a user message (a
        forged turn's pieces, its last piece: role ``"tail"``) (``skip``: message indices left out, with the pieces
        read from them)."""
        return [t for t, _, _ in self._masks(r, ("user", "tail"), skip)]

    def tail_reads(self, r: int, skip: Sequence[int] = ()) -> tuple[int, ...]:
        """The index, in :meth:`user_turns` ``(r, skip)``, of the **last** user message's last-piece read
        (:func:`tail_piece`), if it has one: in an action check, the agent step's (its reasoning line)."""
        last = max((i for i, (role, s) in enumerate(zip(self.roles[r], self._sources(r))) if role == "user" and s == i),
                   default=-1)
        return tuple(i for i, (_, role, s) in enumerate(self._masks(r, ("user", "tail"), skip))
                     if role == "tail" and s == last)

    def goal_tails(self, r: int, skip: Sequence[int] = ()) -> list[torch.Tensor]:
        """Row ``r``'s agent-step goals' last pieces (:func:`goal_tail`; not user turns: only the signals that ask
        read them) that hold at least one token (``skip``: message indices left out)."""
        return [t for t, _, _ in self._masks(r, ("goal_tail",), skip)]

    def piece_turns(self, r: int, skip: Sequence[int] = ()) -> list[torch.Tensor]:
        """Row ``r``'s pieces of long user messages (encoded with ``Reading.pieces``) that hold at least one token
        (``skip``: message indices whose pieces are left out)."""
        return [t for t, _, _ in self._masks(r, ("piece",), skip)]


def encode_chats(lm: Any, conversations: Sequence[Sequence[dict[str, str]]],
                 responses: Sequence[str | None] | None = None, *, max_length: int | None = None,
                 reading: Reading = Reading(),
                 span_pieces: Sequence[tuple[int, int] | None] | None = None) -> EncodedChats:
    """Render and tokenise conversations (optionally each followed by an assistant ``response``) with content
    always literal. ``max_length`` keeps each row's *last* tokens (the request's end and the answer header).
    ``reading`` (:class:`Reading`): a long user message's last piece (and a shorter one's last paragraph) is also a
    turn of its own, and every piece of it a mask of role ``"piece"``, for the signals that read pieces
    (:meth:`EncodedChats.piece_turns`). ``span_pieces[i]``: a
    ``(start, end)`` character range of row ``i``'s last message's content; that row's ``span`` is then that piece
    only (training rows for the piece read-out)."""
    tok = lm.tokenizer
    specials = special_token_strings(tok)
    rows, piece_masks = [], []
    for i, msgs in enumerate(conversations):
        resp = responses[i] if responses is not None else None
        if resp is not None:
            chat = render_chat(lm, list(msgs) + [{"role": "assistant", "content": resp}], add_generation_prompt=False)
            scored = len(msgs)
        else:
            chat = render_chat(lm, msgs)
            scored = len(msgs) - 1
        ids, offs, escaped = tokenize_chat(tok, chat, specials)
        if max_length is not None and len(ids) > max_length:
            ids, offs = ids[-max_length:], offs[-max_length:]
        starts = torch.tensor([o[0] for o in offs], dtype=torch.long)
        ends = torch.tensor([o[1] for o in offs], dtype=torch.long)

        def mask_of(ranges):
            m = torch.zeros(len(ids), dtype=torch.bool)
            for a, b in ranges:
                if b > a:
                    m |= (ends > a) & (starts < b)
            return m

        masks = [mask_of([(a, b) for a, b, k in chat.parts if k == j]) for j in range(len(chat.roles))]
        roles, sources = list(chat.roles), list(range(len(chat.roles)))
        for a, b, k in chat.parts:
            if chat.roles[k] != "user":
                continue
            # content that tried to open turns of its own: each piece is also read as a turn
            pieces = _split_at(chat.text, a, b, specials) if escaped else []
            # and a long (or, with reading.tail_short, a shorter multi-paragraph) message's last piece
            lines = TAIL_MIN_CHARS_LINES if reading.tail_short else TAIL_MIN_CHARS
            tail = tail_piece(chat.text, a, b, min_chars_lines=lines) if reading.tail else None
            # an agent step's goal's own last piece (its message's is the agent's reasoning line)
            goals = goal_tail(chat.text, a, b, min_chars_lines=lines) if reading.tail else []
            for (pa, pb), role in [(q, "user") for q in pieces] + ([(tail, "tail")] if tail is not None else []) \
                    + [(q, "goal_tail") for q in goals]:
                masks.append(mask_of([(pa, pb)]))
                roles.append(role)
                sources.append(k)
            # every piece of a long message, for the signals that read pieces (role "piece": not a user turn)
            for pa, pb in message_pieces(chat.text, a, b) if reading.pieces else []:
                masks.append(mask_of([(pa, pb)]))
                roles.append("piece")
                sources.append(k)
        piece = span_pieces[i] if span_pieces is not None else None
        if piece is not None:
            last = len(msgs) - 1
            pa, pb = piece
            if resp is not None or not 0 <= pa < pb <= len(msgs[last]["content"]):
                raise InputError(f"row {i}: a piece must be a range of the last message's content, not {piece!r}")
            piece_masks.append(mask_of([(a + pa, a + pb) for a, b, k in chat.parts if k == last]))
        else:
            piece_masks.append(None)
        rows.append((ids, masks, roles, escaped, scored, sources))
    if not rows:
        raise InputError("no prompts given")
    T = max(len(r[0]) for r in rows)
    pad = tok.pad_token_id if tok.pad_token_id is not None else (tok.eos_token_id or 0)
    B = len(rows)
    input_ids = torch.full((B, T), int(pad), dtype=torch.long)
    attn = torch.zeros((B, T), dtype=torch.long)
    span = torch.zeros((B, T), dtype=torch.bool)
    turns, roles, escaped, sources = [], [], [], []
    for r, (ids, masks, rl, esc, scored, src) in enumerate(rows):
        n = len(ids)
        if n:
            input_ids[r, T - n:] = torch.tensor(ids, dtype=torch.long)
            attn[r, T - n:] = 1
        padded = []
        for m in masks:
            full = torch.zeros(T, dtype=torch.bool)
            full[T - n:] = m
            padded.append(full)
        if piece_masks[r] is not None:
            span[r, T - n:] = piece_masks[r]
        elif 0 <= scored < len(padded):
            span[r] = padded[scored]
        turns.append(padded)
        roles.append(list(rl))
        escaped.append(esc)
        sources.append(list(src))
    return EncodedChats(input_ids, attn, span, turns, roles, escaped, sources)
