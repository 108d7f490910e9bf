"""JSONL input: every line is parsed on its own; a malformed line is reported with its line number and the
rest are still processed (nothing is dropped silently)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .probes import Example


@dataclass
class LineError:
    line: int
    message: str
    id: Any = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"line": self.line, "error": self.message}
        if self.id is not None:
            d["id"] = self.id
        return d


@dataclass
class JsonlResult:
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (line number, object)
    errors: list[LineError] = field(default_factory=list)


def read_jsonl(path: str | os.PathLike, *, required: tuple[str, ...] = ()) -> JsonlResult:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    out = JsonlResult()
    with open(p, "rb") as f:
        for n, raw in enumerate(f, start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")  # a byte-order mark is not an error
            except UnicodeDecodeError as e:
                out.errors.append(LineError(n, f"not valid UTF-8 ({e.reason} at byte {e.start})"))
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                out.errors.append(LineError(n, f"invalid JSON ({e.msg}, column {e.colno})"))
                continue
            if not isinstance(obj, dict):
                out.errors.append(LineError(n, f"expected a JSON object, got {type(obj).__name__}"))
                continue
            missing = [k for k in required if k not in obj]
            if missing:
                out.errors.append(LineError(n, f"missing field(s) {', '.join(missing)}"))
                continue
            out.rows.append((n, obj))
    return out


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` one JSON object per line (UTF-8, non-ASCII kept); returns how many were written."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def to_example(obj: dict[str, Any], line: int) -> Example:
    """Validate one data line into an :class:`Example` (raises :class:`InputError` naming the problem)."""
    prompt = obj.get("prompt")
    if isinstance(prompt, list):
        from .models import normalize_messages

        if not all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in prompt):
            raise InputError("'prompt' as a list must hold {role, content} messages")
        prompt = normalize_messages(prompt)  # unknown roles are this line's error, not the file's
    elif not isinstance(prompt, str) or not prompt.strip():
        raise InputError("'prompt' must be a non-empty string or a list of messages")
    response = obj.get("response")
    if response is not None and not isinstance(response, str):
        raise InputError("'response' must be a string")
    label = obj.get("label")
    if label is not None and label not in (0, 1, True, False):
        raise InputError(f"'label' must be 0 or 1, got {label!r}")
    piece = obj.get("piece")
    if piece is not None:
        content = prompt if isinstance(prompt, str) else prompt[-1]["content"]
        if not (isinstance(piece, list) and len(piece) == 2 and all(type(v) is int for v in piece)
                and 0 <= piece[0] < piece[1] <= len(content)) or response is not None:
            raise InputError("'piece' must be [start, end], a character range of the last message's content "
                             "(and a row with a piece has no response)")
        piece = (piece[0], piece[1])
    rid = obj.get("id", f"line-{line}")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        rid = str(rid)  # ids are kept as given (a string or an integer); anything else becomes its string
    return Example(id=rid, prompt=prompt, label=None if label is None else int(label),
                   response=response, group=obj.get("group"), split=obj.get("split"), line=line, piece=piece)


def load_examples(path: str | os.PathLike) -> tuple[list[Example], list[LineError]]:
    res = read_jsonl(path, required=("prompt",))
    examples, errors = [], list(res.errors)
    for n, obj in res.rows:
        try:
            examples.append(to_example(obj, n))
        except InputError as e:
            errors.append(LineError(n, str(e), obj.get("id")))
    errors.sort(key=lambda e: e.line)
    return examples, errors


def data_dir(path: str | os.PathLike | None = None) -> Path:
    """The training-data folder: ``path``, else ``$GUARDRAIL_DATA_DIR``, else the ``data/`` folder of the source
    checkout guardrail runs from. The data is not in the wheel (it is only needed to build packs)."""
    cand = path or os.environ.get("GUARDRAIL_DATA_DIR") or Path(__file__).resolve().parent.parent / "data"
    p = Path(cand)
    if not (p / "refusal.jsonl").is_file():
        raise InputError(f"{p}: not a guardrail training-data folder (no refusal.jsonl). The project's data lives "
                         "in the repository's data/ folder, not in the installed package: pass --data DIR or set "
                         "GUARDRAIL_DATA_DIR")
    return p
