"""Tamper-evident artifacts: a folder with ``<kind>.safetensors`` and ``manifest.json``.

The manifest records the SHA-256 of the tensor file, the tensor names and shapes, the fingerprint of the model
the artifact was made for, and a ``digest``: the SHA-256 of the whole manifest (every decision field:
thresholds, layers, token policies, cliff parameters, steering coefficients...) in canonical JSON, which covers
the tensor file through its recorded hash. Loading re-hashes both, refuses pickle (only safetensors is read),
validates every field, and refuses a model whose fingerprint differs, each with an :class:`ArtifactError`
naming the file and the field.

The digest detects edits and corruption, not a forger who recomputes it. Against that:

- the packs shipped inside guardrail are also pinned by digest in code (:data:`guardrail.packs.SHIPPED_DIGESTS`);
- any pack can carry an HMAC-SHA256 over the same bytes with a key of yours: ``save_pretrained(dir, key=...)``
  writes it, and loading with ``key=...`` (or ``$GUARDRAIL_PACK_KEY`` set) requires it to match.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
from pathlib import Path
from typing import Any

import torch
try:
    from safetensors import SafetensorError as _STError
except ImportError:  # pragma: no cover - older safetensors
    _STError = Exception
from safetensors.torch import load_file, save_file

from .errors import ArtifactError, InputError
from .models import ModelFingerprint

FORMAT_VERSION = 2
KEY_ENV = "GUARDRAIL_PACK_KEY"
_UNSIGNED = ("digest", "hmac")


def canonical_bytes(manifest: dict[str, Any]) -> bytes:
    """The bytes the digest and HMAC cover: the manifest without them, as sorted compact JSON (NaN refused)."""
    body = {k: v for k, v in manifest.items() if k not in _UNSIGNED}
    try:
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except ValueError as e:
        raise ArtifactError(f"manifest holds a non-finite number ({e})") from e


def _key(key: str | bytes | None) -> bytes | None:
    if key is None:
        key = os.environ.get(KEY_ENV) or None
    if key is None:
        return None
    return key.encode("utf-8") if isinstance(key, str) else bytes(key)


def _hex(v: Any) -> bool:
    return isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v)


def manifest_digest(manifest: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(manifest)).hexdigest()


def manifest_hmac(manifest: dict[str, Any], key: bytes) -> str:
    return hmac.new(key, canonical_bytes(manifest), hashlib.sha256).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_artifact(directory: str | os.PathLike, kind: str, tensors: dict[str, torch.Tensor],
                   manifest: dict[str, Any], fingerprint: ModelFingerprint, *, key: str | bytes | None = None) -> Path:
    """Write tensors + manifest with its digest (and an HMAC when ``key`` is given or ``$GUARDRAIL_PACK_KEY``
    is set)."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    tensor_file = d / f"{kind}.safetensors"
    save_file({k: v.detach().float().contiguous().cpu() for k, v in tensors.items()}, str(tensor_file))
    full = {
        "format": FORMAT_VERSION,
        "kind": kind,
        "tensor_file": tensor_file.name,
        "sha256": sha256_file(tensor_file),
        "tensors": {k: list(v.shape) for k, v in tensors.items()},
        "model_fingerprint": fingerprint.to_dict(),
        **manifest,
    }
    full["digest"] = manifest_digest(full)
    k = _key(key)
    if k is not None:
        full["hmac"] = manifest_hmac(full, k)
    (d / "manifest.json").write_text(json.dumps(full, indent=2, sort_keys=True, allow_nan=False))
    return d


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number guardrail accepts")


def read_artifact(directory: str | os.PathLike, kind: str, fingerprint: ModelFingerprint | None, *,
                  key: str | bytes | None = None,
                  expected_digest: str | None = None) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Verify and load an artifact. ``fingerprint=None`` skips the model check (inspection only); ``key`` (or
    ``$GUARDRAIL_PACK_KEY``) requires a matching HMAC; ``expected_digest`` pins the manifest's digest."""
    if not isinstance(directory, (str, os.PathLike)):
        raise InputError(f"a {kind} artifact is loaded from a directory path, not {type(directory).__name__}")
    d = Path(directory)
    mpath = d / "manifest.json"
    if not mpath.is_file():
        raise ArtifactError(f"{mpath}: missing manifest; not a guardrail {kind} artifact")
    try:
        manifest = json.loads(mpath.read_text(), parse_constant=_reject_constant)
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError) as e:
        raise ArtifactError(f"{mpath}: manifest is not valid JSON ({e})") from e
    if not isinstance(manifest, dict):
        raise ArtifactError(f"{mpath}: the manifest must be a JSON object")
    if manifest.get("kind") != kind:
        raise ArtifactError(f"{mpath}: expected a {kind!r} artifact, found kind={manifest.get('kind')!r}")
    if manifest.get("format") != FORMAT_VERSION:
        raise ArtifactError(f"{mpath}: unsupported format {manifest.get('format')!r} (this guardrail reads format "
                            f"{FORMAT_VERSION}; rebuild the pack with `guardrail build-pack`)")
    digest = manifest.get("digest")
    if not _hex(digest) or not hmac.compare_digest(digest, manifest_digest(manifest)):
        raise ArtifactError(f"{mpath}: field 'digest' does not match the manifest: a decision field was edited "
                            "(or the digest is missing)")
    if expected_digest is not None and not hmac.compare_digest(digest, expected_digest):
        raise ArtifactError(f"{mpath}: digest {digest[:12]}… is not the one guardrail shipped "
                            f"({expected_digest[:12]}…): the shipped pack was modified")
    k = _key(key)
    if k is not None and expected_digest is None:  # a pinned (shipped) pack is verified by its digest instead
        mac = manifest.get("hmac")
        if not _hex(mac) or not hmac.compare_digest(mac, manifest_hmac(manifest, k)):
            raise ArtifactError(f"{mpath}: field 'hmac' is missing or does not match the key "
                                f"({'given' if key is not None else '$' + KEY_ENV}): not signed with it")
    name = manifest.get("tensor_file")
    if not isinstance(name, str) or not name.endswith(".safetensors") or "/" in name or "\\" in name:
        raise ArtifactError(f"{mpath}: field 'tensor_file' must name a .safetensors file in the same folder, got {name!r}")
    tpath = d / name
    if not tpath.is_file():
        raise ArtifactError(f"{tpath}: missing tensor file")
    file_digest = sha256_file(tpath)
    if file_digest != manifest.get("sha256"):
        raise ArtifactError(f"{tpath}: SHA-256 {file_digest[:12]}… does not match the manifest "
                            f"({str(manifest.get('sha256'))[:12]}…): the file was modified or swapped")
    try:
        tensors = load_file(str(tpath))
    except (_STError, OSError, ValueError) as e:
        raise ArtifactError(f"{tpath}: unreadable safetensors file ({e})") from e
    shapes = {k: list(v.shape) for k, v in tensors.items()}
    if shapes != manifest.get("tensors"):
        raise ArtifactError(f"{tpath}: tensors {shapes} differ from the manifest {manifest.get('tensors')}")
    for k, v in tensors.items():
        if not torch.isfinite(v).all():
            raise ArtifactError(f"{tpath}: tensor {k!r} holds NaN or inf")
    if fingerprint is not None:
        manifest_fingerprint(manifest, str(mpath)).check(fingerprint, f"{d}")
    return tensors, manifest


def manifest_fingerprint(manifest: dict[str, Any], where: str) -> ModelFingerprint:
    """The manifest's ``model_fingerprint``, or an :class:`ArtifactError` naming the field."""
    try:
        return ModelFingerprint.from_dict(mapping(manifest.get("model_fingerprint"), "model_fingerprint", where))
    except (KeyError, TypeError, ValueError) as e:
        raise ArtifactError(f"{where}: field 'model_fingerprint' is malformed ({e!r})") from e


def finite(value: Any, field: str, where: str, *, lo: float | None = None, hi: float | None = None,
           positive: bool = False) -> float:
    """``value`` as a finite float within bounds, else an :class:`ArtifactError` naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ArtifactError(f"{where}: field {field!r} must be a finite number, got {value!r}")
    v = float(value)
    if (lo is not None and v < lo) or (hi is not None and v > hi) or (positive and v <= 0):
        rng = "> 0" if positive else f"in [{lo}, {hi}]"
        raise ArtifactError(f"{where}: field {field!r} must be {rng}, got {v!r}")
    return v


def integer(value: Any, field: str, where: str, *, lo: int = 0, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo or (hi is not None and value > hi):
        rng = f">= {lo}" if hi is None else f"in [{lo}, {hi}]"
        raise ArtifactError(f"{where}: field {field!r} must be an integer {rng}, got {value!r}")
    return int(value)


def mapping(value: Any, field: str, where: str, *, nonempty: bool = False) -> dict[str, Any]:
    if not isinstance(value, dict) or (nonempty and not value):
        raise ArtifactError(f"{where}: field {field!r} must be a{' non-empty' if nonempty else ''} JSON object, "
                            f"got {value!r:.80}")
    return value
