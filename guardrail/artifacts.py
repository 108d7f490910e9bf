"""Tamper-evident artifacts: a folder with ``<kind>.safetensors`` and ``manifest.json``.

The manifest records the SHA-256 of the tensor file, the tensor names and shapes, and the fingerprint of the
model the artifact was made for. Loading re-hashes the file, refuses pickle (only safetensors is read),
and refuses a model whose fingerprint differs, each with an error naming the file.
"""

from __future__ import annotations

import hashlib
import json
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

FORMAT_VERSION = 1


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_artifact(directory: str | os.PathLike, kind: str, tensors: dict[str, torch.Tensor],
                   manifest: dict[str, Any], fingerprint: ModelFingerprint) -> Path:
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
    (d / "manifest.json").write_text(json.dumps(full, indent=2, sort_keys=True))
    return d


def read_artifact(directory: str | os.PathLike, kind: str,
                  fingerprint: ModelFingerprint | None) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Verify and load an artifact. ``fingerprint=None`` skips the model check (inspection only)."""
    if not isinstance(directory, (str, os.PathLike)):
        raise InputError(f"a {kind} artifact is loaded from a directory path, not {type(directory).__name__}")
    d = Path(directory)
    mpath = d / "manifest.json"
    if not mpath.is_file():
        raise ArtifactError(f"{mpath}: missing manifest; not a guardrail {kind} artifact")
    try:
        manifest = json.loads(mpath.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ArtifactError(f"{mpath}: manifest is not valid JSON ({e})") from e
    if not isinstance(manifest, dict) or manifest.get("kind") != kind:
        raise ArtifactError(f"{mpath}: expected a {kind!r} artifact, found kind={manifest.get('kind')!r}")
    if manifest.get("format") != FORMAT_VERSION:
        raise ArtifactError(f"{mpath}: unsupported format {manifest.get('format')!r}")
    name = manifest.get("tensor_file", "")
    if not name.endswith(".safetensors") or "/" in name or "\\" in name:
        raise ArtifactError(f"{mpath}: tensor file must be a .safetensors file in the same folder, got {name!r}")
    tpath = d / name
    if not tpath.is_file():
        raise ArtifactError(f"{tpath}: missing tensor file")
    digest = sha256_file(tpath)
    if digest != manifest.get("sha256"):
        raise ArtifactError(f"{tpath}: SHA-256 {digest[:12]}… does not match the manifest "
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
        try:
            expected = ModelFingerprint.from_dict(manifest["model_fingerprint"])
        except (KeyError, TypeError, ValueError) as e:
            raise ArtifactError(f"{mpath}: malformed model_fingerprint ({e})") from e
        expected.check(fingerprint, f"{d}")
    return tensors, manifest
