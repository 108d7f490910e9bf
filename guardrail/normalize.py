"""Input normalisation before the model reads a prompt: cheap obfuscations must not move the probes.

- Unicode NFKC (full-width letters, ligatures, compatibility forms -> their plain letters);
- invisible characters removed: zero-width spaces / joiners, word joiners, soft hyphens, BOMs and the bidi
  controls used to reorder text on screen (``U+202A-202E``, ``U+2066-2069``, ``U+200E/F``);
- homoglyphs folded, only inside *mixed-script* words: a word that mixes Latin letters with Cyrillic or Greek
  look-alikes ("bоmb" with a Cyrillic ``о``) is folded to Latin, while a word written wholly in Cyrillic or
  Greek is left alone (Russian and Greek text stay readable).

The guard normalises every message's content when ``Policy.normalize`` is on (the default), so the model
generates from, and the probes score, the same normalised text.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
    "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0")), None)

# Cyrillic and Greek letters that render like Latin ones (after NFKC), from Unicode's confusables list.
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Һ": "h",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "υ": "u", "ι": "i", "κ": "k", "τ": "t", "χ": "x", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X",
})
_WORD = re.compile(r"\w+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")


def _fold_word(m: re.Match) -> str:
    w = m.group(0)
    if not _LATIN.search(w):
        return w  # wholly non-Latin: a real word in another script
    return w.translate(_CONFUSABLE)


def normalize_text(text: str) -> str:
    """NFKC, invisible and bidi control characters removed, homoglyphs folded inside mixed-script words."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _WORD.sub(_fold_word, text)


__all__ = ["normalize_text"]
