"""Request bodies, validated strictly (no ``"5"`` for ``5``): the OpenAI chat-completions subset the server
implements, and the guard-check body. Unknown top-level fields an OpenAI client may send (``user``,
``presence_penalty`` ...) are ignored; fields that would change the answer and are not implemented (``n`` > 1,
``logprobs``, non-text content parts) are rejected with a message naming them."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_STRICT = ConfigDict(strict=True, extra="ignore")
_TOOL_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
Role = Literal["system", "developer", "user", "assistant", "tool"]

#: request-size limits checked before anything is tokenized (the body-size limit alone lets tens of thousands of
#: tiny messages, or a stop string that transformers turns into a vocabulary x length table, through)
MAX_MESSAGES = 512
MAX_TOOLS = 128
MAX_STOPS = 4  # OpenAI's limit
MAX_STOP_CHARS = 256
#: the seeds ``torch.manual_seed`` accepts
MIN_SEED, MAX_SEED = -(2**63), 2**64 - 1


class ContentPart(BaseModel):
    model_config = _STRICT

    type: str
    text: str | None = None

    @model_validator(mode="after")
    def _text_only(self) -> "ContentPart":
        if self.type != "text":
            raise ValueError(f"content parts of type {self.type!r} are not supported: this server reads text parts "
                             "only")
        if self.text is None:
            raise ValueError("a text content part needs a 'text' string")
        return self


class FunctionCall(BaseModel):
    model_config = _STRICT

    name: str
    arguments: str | dict[str, Any] = "{}"

    def args(self) -> dict[str, Any]:
        """The arguments as an object (OpenAI sends them as a JSON string)."""
        if isinstance(self.arguments, dict):
            return self.arguments
        try:
            out = json.loads(self.arguments) if self.arguments.strip() else {}
        except json.JSONDecodeError as e:
            raise ValueError(f"tool call arguments are not valid JSON ({e.msg})") from None
        if not isinstance(out, dict):
            raise ValueError("tool call arguments must be a JSON object")
        return out


class ToolCallIn(BaseModel):
    """A tool call of an earlier assistant message in the conversation."""

    model_config = _STRICT

    id: str | None = None
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(BaseModel):
    model_config = _STRICT

    role: Role
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCallIn] | None = None
    tool_call_id: str | None = None

    @model_validator(mode="after")
    def _content_present(self) -> "ChatMessage":
        if self.content is None and not (self.role == "assistant" and self.tool_calls):
            raise ValueError(f"a {self.role} message needs 'content' (only an assistant message with tool_calls may "
                             "leave it out)")
        return self

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(p.text or "" for p in self.content)


class FunctionSpec(BaseModel):
    model_config = _STRICT

    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _TOOL_NAME.match(v):
            raise ValueError("a tool name is 1-64 letters, digits, '_', '.' or '-'")
        return v


class ToolSpec(BaseModel):
    model_config = _STRICT

    type: Literal["function"]
    function: FunctionSpec


class NamedFunction(BaseModel):
    model_config = _STRICT

    name: str


class NamedToolChoice(BaseModel):
    model_config = _STRICT

    type: Literal["function"]
    function: NamedFunction


class StreamOptions(BaseModel):
    model_config = _STRICT

    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    """``POST /v1/chat/completions``."""

    model_config = _STRICT

    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    # guardrail's own extension (the OpenAI SDK's extra_body): {"policy": {...}}, per-request policy overrides,
    # accepted only by a server started with --allow-policy-overrides
    guardrail: dict[str, Any] | None = None
    tools: list[ToolSpec] | None = Field(None, max_length=MAX_TOOLS)
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int = 1
    seed: int | None = Field(None, ge=MIN_SEED, le=MAX_SEED)
    logprobs: bool | None = None

    @field_validator("n")
    @classmethod
    def _one_choice(cls, v: int) -> int:
        if v != 1:
            raise ValueError("n must be 1: this server returns one choice per request")
        return v

    @field_validator("logprobs")
    @classmethod
    def _no_logprobs(cls, v: bool | None) -> bool | None:
        if v:
            raise ValueError("logprobs are not supported")
        return v

    @field_validator("stop")
    @classmethod
    def _stops(cls, v: str | list[str] | None) -> str | list[str] | None:
        items = [v] if isinstance(v, str) else (v or [])
        if len(items) > MAX_STOPS or any(not s or len(s) > MAX_STOP_CHARS for s in items):
            raise ValueError(f"stop is up to {MAX_STOPS} non-empty strings of at most {MAX_STOP_CHARS} characters")
        return v

    @model_validator(mode="after")
    def _tool_choice_names_a_tool(self) -> "ChatCompletionRequest":
        if isinstance(self.tool_choice, NamedToolChoice):
            names = {t.function.name for t in self.tools or []}
            if self.tool_choice.function.name not in names:
                raise ValueError(f"tool_choice names {self.tool_choice.function.name!r}, which is not among the "
                                 "tools")
        if self.tool_choice == "required" and not self.tools:
            raise ValueError("tool_choice 'required' needs tools")
        return self

    def stop_list(self) -> tuple[str, ...]:
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())

    def token_limit(self) -> int | None:
        return self.max_completion_tokens if self.max_completion_tokens is not None else self.max_tokens


class ProposedToolCall(BaseModel):
    """A tool call to check: ``{"name", "arguments"}``, or the OpenAI shape ``{"type": "function", "function":
    {"name", "arguments"}}``; the arguments are an object or a JSON string of one."""

    model_config = _STRICT

    name: str
    arguments: str | dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _unwrap(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("function"), dict):
            return data["function"]
        return data

    @model_validator(mode="after")
    def _arguments_are_an_object(self) -> "ProposedToolCall":
        if not self.name.strip():
            raise ValueError("a tool call needs a non-empty name")
        self.args()  # raises ValueError (a validation error) for arguments that are not a JSON object
        return self

    def args(self) -> dict[str, Any]:
        return FunctionCall(name=self.name, arguments=self.arguments).args()


class GuardCheckRequest(BaseModel):
    """``POST /v1/guard/check``: the conversation, and optionally the reply or the tool call about to go out."""

    model_config = _STRICT

    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    response: str | None = None
    tool_call: ProposedToolCall | None = None
    reasoning: str = ""  # with tool_call: the text the agent wrote alongside the call
    observation: str = ""  # with tool_call: what the agent sees (a screen, a page), read as context

    @model_validator(mode="after")
    def _one_subject(self) -> "GuardCheckRequest":
        if self.response is not None and self.tool_call is not None:
            raise ValueError("give either 'response' or 'tool_call', not both")
        return self
