"""Computer-use actions as pydantic models; malformed actions raise a clear validation error."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from guardrail.errors import InputError


class _Action(BaseModel):
    model_config = ConfigDict(extra="forbid")

    irreversible: bool = False

    def describe(self) -> str:
        fields = self.model_dump(exclude={"kind", "irreversible"})
        return f"{self.kind}({json.dumps(fields, ensure_ascii=False)})"


class Click(_Action):
    kind: Literal["click"] = "click"
    target: str = Field(min_length=1)


class TypeText(_Action):
    kind: Literal["type"] = "type"
    target: str = Field(min_length=1)
    text: str


class Key(_Action):
    kind: Literal["key"] = "key"
    keys: str = Field(min_length=1)


class Shell(_Action):
    kind: Literal["shell"] = "shell"
    command: str = Field(min_length=1)


class FileOp(_Action):
    kind: Literal["file"] = "file"
    op: Literal["read", "write", "delete", "move"]
    path: str = Field(min_length=1)
    content: str | None = None
    destination: str | None = None


class OpenUrl(_Action):
    kind: Literal["open_url"] = "open_url"
    url: str = Field(min_length=1)


class SubmitForm(_Action):
    kind: Literal["submit_form"] = "submit_form"
    form: str = Field(min_length=1)
    fields: dict[str, str] = Field(default_factory=dict)


Action = Annotated[Union[Click, TypeText, Key, Shell, FileOp, OpenUrl, SubmitForm], Field(discriminator="kind")]
_ADAPTER: TypeAdapter = TypeAdapter(Action)


def parse_action(data: Any) -> Any:
    """A dict (or JSON string) -> an Action model; :class:`InputError` naming every problem otherwise."""
    if isinstance(data, BaseModel):
        return data
    try:
        if isinstance(data, str):
            data = json.loads(data)
        return _ADAPTER.validate_python(data)
    except json.JSONDecodeError as e:
        raise InputError(f"malformed action: not JSON ({e.msg})") from e
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(str(x) for x in err['loc']) or 'action'}: {err['msg']}" for err in e.errors())
        raise InputError(f"malformed action: {problems}") from e
