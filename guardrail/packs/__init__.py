"""Packs shipped with guardrail, pinned by the digest of their manifests.

A shipped pack is verified twice on load: its manifest's own digest (every decision field and, through the
recorded SHA-256, the tensors) and the digest recorded here, in code. Editing a shipped manifest and
recomputing its digest is therefore still refused. A rebuilt shipped pack updates this table
(``guardrail build-pack`` prints the new digests into the pack's ``metrics.json``).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

SHIPPED_DIGESTS: dict[str, str] = {
    "smollm2-135m-instruct/probes": "0a5d1dcc01a1ccb4f8c270b62dae6c6f4f9833c932afcd665d0c9923d8fd941a",
    "smollm2-135m-instruct/steering": "1cfa27a0afc778c733ce0e5d6c822757c5328c92141772598dd1c8b134960153",
    "qwen2.5-coder-0.5b-instruct/probes": "1f02d3ba15899f9312e574638b6794abae560842b34cf55d25b8ea8759019e42",
    "qwen2.5-coder-0.5b-instruct/steering": "df7bf43ce4ad121ba9d10f12dd6dddf33a323c670e921cb0a12fcc13a587cd02",
}


def packs_root() -> Path:
    return Path(str(resources.files("guardrail") / "packs"))


def shipped_digest(directory: str | os.PathLike) -> str | None:
    """The pinned digest when ``directory`` is one of the shipped packs, else ``None``."""
    if not isinstance(directory, (str, os.PathLike)):
        return None
    try:
        rel = Path(directory).resolve().relative_to(packs_root().resolve())
    except (ValueError, OSError):
        return None
    return SHIPPED_DIGESTS.get(rel.as_posix()) or None


def user_packs_root() -> Path:
    """Where ``guardrail build-pack`` puts packs by default: ``$GUARDRAIL_CACHE_DIR/packs``."""
    from ..models import default_cache_dir

    return default_cache_dir() / "packs"


def pack_roots() -> list[Path]:
    """Every pack folder guardrail looks in (a folder holding ``probes/``, optionally ``steering/``): the
    shipped ones, then the user's under :func:`user_packs_root`."""
    out = []
    for base in (packs_root(), user_packs_root()):
        if base.is_dir():
            out += sorted(p for p in base.iterdir() if (p / "probes" / "manifest.json").is_file())
    return out


def find_pack(lm) -> Path:
    """The pack folder made for ``lm`` (matched by model fingerprint), or an :class:`ArtifactError` that says
    how to build one. Only manifests are read here; the pack is verified when loaded."""
    import json

    from ..errors import PackNotFoundError
    from ..models import ModelFingerprint

    seen = []
    for root in pack_roots():
        try:
            m = json.loads((root / "probes" / "manifest.json").read_text())
            fp = ModelFingerprint.from_dict(m["model_fingerprint"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a broken pack is reported when someone loads it by path
        seen.append(root.name)
        if fp.mismatch(lm.fingerprint) is None:
            return root
    raise PackNotFoundError(
        f"no probe pack matches the model {lm.name!r} (looked in {packs_root()} and {user_packs_root()}; found "
        f"{', '.join(seen) or 'none'}). Build one for it:\n"
        f"    guardrail build-pack --model {lm.source if lm.source != 'object' else '<model folder or .gguf>'} "
        f"--out {user_packs_root() / _slug(lm.name)}\n"
        "or pass pack=... explicitly.")


def resolve_pack(path: str | os.PathLike) -> tuple[Path, Path | None]:
    """``(probes folder, steering folder or None)`` for a pack folder (holding ``probes/``) or a probes folder."""
    p = Path(path)
    if (p / "probes" / "manifest.json").is_file():
        steering = p / "steering"
        return p / "probes", steering if (steering / "manifest.json").is_file() else None
    return p, None


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9.]+", "-", name.lower()).strip("-") or "model"
