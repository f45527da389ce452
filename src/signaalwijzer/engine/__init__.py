"""Assessment engine: plain Python, no Django, no settings, no I/O at import.

Public API::

    from signaalwijzer.knowledge import load_knowledge_base
    from signaalwijzer.engine import assess

    kb = load_knowledge_base()
    result = assess(kb=kb, text="...", checklist=("id", ...))
"""

from signaalwijzer.engine.assess import MAX_TEXT_CHARS, InputError, assess
from signaalwijzer.engine.result import (
    Assessment,
    ChannelAdvice,
    FormResult,
    SignalFound,
    Span,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "Assessment",
    "ChannelAdvice",
    "FormResult",
    "InputError",
    "SignalFound",
    "Span",
    "assess",
]
