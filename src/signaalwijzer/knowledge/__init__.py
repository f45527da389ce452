"""Knowledge base: versioned data files plus a typed, validating loader. No Django.

Public API::

    kb = load_knowledge_base()            # the shipped data, validated, cached per process
    kb = load_knowledge_base(path)        # another data folder (tests, a region's own copy)
    problems = validate_knowledge_base(path)   # every problem with file, entry and field
"""

from signaalwijzer.knowledge.loader import (
    DEFAULT_DATA_DIR,
    KnowledgeBaseError,
    Problem,
    load_knowledge_base,
    pattern_problems,
    validate_knowledge_base,
)
from signaalwijzer.knowledge.model import (
    CHANNEL_IDS,
    FORM_IDS,
    LANGS,
    ROUTING_CONDITIONS,
    Category,
    Channel,
    Form,
    Indicator,
    KnowledgeBase,
    Patterns,
    RoutingRule,
    Setting,
    Source,
    Text,
)

__all__ = [
    "CHANNEL_IDS",
    "DEFAULT_DATA_DIR",
    "FORM_IDS",
    "LANGS",
    "ROUTING_CONDITIONS",
    "Category",
    "Channel",
    "Form",
    "Indicator",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Patterns",
    "Problem",
    "RoutingRule",
    "Setting",
    "Source",
    "Text",
    "load_knowledge_base",
    "pattern_problems",
    "validate_knowledge_base",
]
