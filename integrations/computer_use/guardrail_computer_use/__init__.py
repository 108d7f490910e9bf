"""guardrail for computer-use agent loops: pydantic actions and an ``ActionGate`` that checks each proposed
action before it runs. (The sandbox and the BLIND-ACT-style suite are not built yet.)"""

from .actions import Action, Click, FileOp, Key, OpenUrl, Shell, SubmitForm, TypeText, parse_action
from .gate import ActionGate

__all__ = ["Action", "ActionGate", "Click", "FileOp", "Key", "OpenUrl", "Shell", "SubmitForm", "TypeText",
           "parse_action"]
