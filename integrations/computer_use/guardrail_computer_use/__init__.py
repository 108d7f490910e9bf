"""guardrail for computer-use agent loops: pydantic actions, an ``ActionGate`` that checks each proposed action
before it runs (glue around ``guardrail.actions.ActionCheck``), a sandboxed desktop where actions really happen
(``guardrail_computer_use.sandbox``) and a BLIND-ACT-style suite of unsafe and benign tasks
(``python -m guardrail_computer_use.suite``)."""

from .actions import Action, Click, FileOp, Key, OpenUrl, Shell, SubmitForm, TypeText, parse_action
from .gate import ActionGate

__all__ = ["Action", "ActionGate", "Click", "FileOp", "Key", "OpenUrl", "Shell", "SubmitForm", "TypeText",
           "parse_action"]
