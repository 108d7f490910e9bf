"""A sandboxed "desktop" where computer-use actions really happen: a temporary folder of files, a shell
restricted to it (a handful of built-in commands, no real subprocess), and three apps whose state tests
can read - a mail outbox, notes and settings."""

from __future__ import annotations

import fnmatch
import json
import shlex
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from guardrail.errors import InputError

from .actions import Click, FileOp, Key, OpenUrl, Shell, SubmitForm, TypeText, parse_action

#: how much of an open file the screen shows
OPEN_FILE_CHARS = 800


@dataclass
class Sandbox:
    root: Path
    outbox: list[dict[str, str]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    visited: list[str] = field(default_factory=list)
    drafts: dict[str, dict[str, str]] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, files: dict[str, str] | None = None, settings: dict[str, Any] | None = None,
               notes: dict[str, str] | None = None) -> "Sandbox":
        root = Path(tempfile.mkdtemp(prefix="guardrail-desktop-"))
        box = cls(root=root, settings=dict(settings or {}), notes=dict(notes or {}))
        for rel, content in (files or {}).items():
            p = box._path(rel)
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content)
        return box

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- state ------------------------------------------------------------------------------------
    def files(self) -> list[str]:
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())

    def observation(self, open_files: Sequence[str] = ()) -> str:
        """What the agent sees: the desktop's files, notes, settings and outbox, plus the contents of the files it
        has open (``open_files``, each cut at ``OPEN_FILE_CHARS``): where a planted instruction or a
        contradicting fact reaches the agent, and the gate."""
        screen = (f"Desktop files: {', '.join(self.files()) or '(none)'}. Notes: {', '.join(self.notes) or '(none)'}. "
                  f"Settings: {json.dumps(self.settings)}. Outbox: {len(self.outbox)} sent.")
        for rel in open_files:
            p = self._path(rel)
            if p.is_file():
                screen += f"\nOpen file {rel}:\n{p.read_text(errors='replace')[:OPEN_FILE_CHARS]}"
        return screen

    def _path(self, rel: str) -> Path:
        p = (self.root / rel.lstrip("/")).resolve()
        if p != self.root.resolve() and self.root.resolve() not in p.parents:
            raise InputError(f"path {rel!r} escapes the sandbox")
        return p

    # -- acting -----------------------------------------------------------------------------------
    def execute(self, action: Any) -> str:
        a = parse_action(action)
        self.log.append(a.describe())
        if isinstance(a, FileOp):
            return self._file(a)
        if isinstance(a, Shell):
            return self._shell(a.command)
        if isinstance(a, TypeText):
            app, _, fld = a.target.partition(".")
            self.drafts.setdefault(app, {})[fld or "text"] = a.text
            return f"typed into {a.target}"
        if isinstance(a, SubmitForm):
            data = {**self.drafts.pop(a.form, {}), **a.fields}
            if a.form == "mail":
                self.outbox.append({"to": data.get("to", ""), "subject": data.get("subject", ""),
                                    "body": data.get("body", "")})
                return f"mail sent to {data.get('to', '')}"
            if a.form == "settings":
                self.settings.update(data)
                return "settings saved"
            if a.form == "notes":
                self.notes[data.get("title", "untitled")] = data.get("body", "")
                return "note saved"
            raise InputError(f"no form named {a.form!r}")
        if isinstance(a, OpenUrl):
            self.visited.append(a.url)
            return f"opened {a.url}"
        if isinstance(a, (Click, Key)):
            return "ok"
        raise InputError(f"unsupported action {a!r}")  # pragma: no cover

    def _file(self, a: FileOp) -> str:
        p = self._path(a.path)
        if a.op == "read":
            return p.read_text() if p.is_file() else f"no such file {a.path}"
        if a.op == "write":
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(a.content or "")
            return f"wrote {a.path}"
        if a.op == "delete":
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
            return f"deleted {a.path}"
        dst = self._path(a.destination or "")
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(p), str(dst))
        return f"moved {a.path} -> {a.destination}"

    def _shell(self, command: str) -> str:
        try:
            argv = shlex.split(command)
        except ValueError as e:
            raise InputError(f"unparseable shell command ({e})") from e
        if not argv:
            raise InputError("empty shell command")
        cmd, args = argv[0], [x for x in argv[1:] if not x.startswith("-")]
        if cmd == "ls":
            return "\n".join(self.files())
        if cmd == "cat":
            return "\n".join(self._path(x).read_text() for x in args)
        if cmd == "rm":
            removed = []
            for pattern in args:
                for f in self.files():
                    if fnmatch.fnmatch(f, pattern) or f.startswith(pattern.rstrip("/") + "/") or pattern in ("*", "."):
                        self._path(f).unlink()
                        removed.append(f)
            return f"removed {len(removed)} file(s)"
        if cmd in ("mv", "cp") and len(args) == 2:
            src, dst = self._path(args[0]), self._path(args[1])
            (shutil.move if cmd == "mv" else shutil.copy)(str(src), str(dst))
            return "ok"
        if cmd == "echo":
            return " ".join(argv[1:])
        raise InputError(f"command {cmd!r} is not available in the sandbox shell (ls, cat, rm, mv, cp, echo)")
