"""The API's public data shapes (plain Pydantic models, which ninja documents and validates).

They are a contract with partner sites, so they are declared here on their own and filled from the
engine's and knowledge base's dataclasses by the explicit functions in ``mapping.py``: a change
inside the engine never changes the API by accident. Plain ``BaseModel`` rather than ninja's
``Schema``: these never wrap ORM objects, and ``Schema``'s attribute resolution costs about a
millisecond per assessment answer.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from signaalwijzer.engine import MAX_TEXT_CHARS

Lang = Literal["nl", "en"]
FormId = Literal["sexual_exploitation", "labour_exploitation", "criminal_exploitation"]
"""The three forms the law knows; fixed in code (knowledge.FORM_IDS), so safe to enumerate."""
MAX_SIGNALS = 100
"""More checklist ids than the knowledge base could ever hold is not a real request."""

NOT_BLANK = r"[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
"""A character that is not white space, spelled out so Python and JSON Schema (ECMA) agree."""
_NOT_BLANK = re.compile(NOT_BLANK)

IndicatorId = Annotated[
    str, StringConstraints(min_length=1, max_length=80, pattern=r"^[a-z0-9_]+$")
]


# --- Requests ----------------------------------------------------------------------------------


class AssessIn(BaseModel):
    """What a partner sends: a description, ticked signals, or both (or only urgent=true)."""

    model_config = ConfigDict(
        extra="forbid",
        # The "something to assess" rule, also in the schema (checked by _something_to_assess).
        json_schema_extra={
            "anyOf": [
                {"required": ["text"], "properties": {"text": {"pattern": NOT_BLANK}}},
                {"required": ["signals"], "properties": {"signals": {"minItems": 1}}},
                {"required": ["urgent"], "properties": {"urgent": {"const": True}}},
            ]
        },
    )

    text: str = Field(
        "",
        max_length=MAX_TEXT_CHARS,
        description="What the person saw or experienced, in their own words (Dutch or English). "
        "Analysed in memory only: never stored or logged.",
    )
    signals: list[IndicatorId] = Field(
        default_factory=list,
        max_length=MAX_SIGNALS,
        description="Ids of checklist signals that were ticked (see GET /indicators).",
    )
    lang: Lang | None = Field(
        None,
        description="Language of the texts in the answer; when left out, the language of the text.",
    )
    urgent: bool = Field(False, description="The person says there is acute danger right now.")
    anonymous: bool = Field(False, description="The reporter prefers to stay anonymous.")

    @field_validator("text")
    @classmethod
    def _text_is_unicode(cls, value: str) -> str:
        # JSON can carry lone surrogates ("\ud800"); they are not text and break encoders later.
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text contains characters that are not valid Unicode") from None
        return value

    @model_validator(mode="after")
    def _something_to_assess(self) -> AssessIn:
        if not _NOT_BLANK.search(self.text) and not self.signals and not self.urgent:
            raise ValueError("send a text, at least one signal, or urgent=true")
        return self


# --- Assessment result -------------------------------------------------------------------------


class SpanOut(BaseModel):
    start: int = Field(..., ge=0, description="Offset of the first character in `text` sent.")
    end: int = Field(..., ge=0, description="Offset just after the last character.")
    text: str = Field(..., description="The words found: text[start:end].")


class FormResultOut(BaseModel):
    id: str
    name: str
    level: Literal["possible", "strong"]
    score: float
    signals: list[str] = Field(..., description="Ids of the signals that point to this form.")
    evidence: list[SpanOut] = Field(
        default_factory=list,
        description=(
            "Only when no signal points to this form and the words of the description do: "
            "where the words that weighed most stand in `text`."
        ),
    )


class SignalOut(BaseModel):
    id: str
    title: str
    category: str
    origin: Literal["text", "checklist"]
    weight: float
    evidence: list[SpanOut] = Field(..., description="Where in the text the signal was found.")


class ChannelAdviceOut(BaseModel):
    id: str
    name: str
    phone: str | None
    tel: str | None = Field(..., description="The number in a form for a tel: link.")
    url: str | None
    reason: str = Field(..., description="Why this route fits this situation.")


class AssessmentOut(BaseModel):
    forms: list[FormResultOut]
    signals: list[SignalOut]
    acute: bool = Field(..., description="Acute danger: call 112 first.")
    acute_reason: str | None
    acute_evidence: list[SpanOut]
    channels: list[ChannelAdviceOut] = Field(..., description="Reporting routes, first = best.")
    language: str = Field(..., description="Language of the text as the engine read it.")
    perspective: str
    anonymous: bool
    minor: bool
    kb_version: str
    notes: list[str]


# --- Knowledge base ----------------------------------------------------------------------------


class FormOut(BaseModel):
    id: str
    name: str
    summary: str
    description: str


class SourceOut(BaseModel):
    key: str
    title: str
    url: str


class IndicatorOut(BaseModel):
    id: str
    forms: list[str]
    category: str
    title: str
    explanation: str
    question: str
    weight: float
    coercion: bool
    checklist: bool = Field(..., description="Shown as a question in the step-by-step check.")
    sources: list[SourceOut]


class ChannelOut(BaseModel):
    id: str
    name: str
    phone: str | None
    tel: str | None
    url: str | None
    when: str
    what_happens: str
    anonymous_possible: bool


class VersionOut(BaseModel):
    api_version: str
    app_version: str
    kb_version: str


class HealthOut(BaseModel):
    status: Literal["ok", "error"]
    database: Literal["ok", "error"]
    cache: Literal["ok", "error"]


# --- Errors ------------------------------------------------------------------------------------


class FieldErrorOut(BaseModel):
    loc: list[str | int] = Field(..., description="Where: e.g. ['body', 'text'].")
    msg: str
    type: str


class ProblemOut(BaseModel):
    """RFC 9457 problem details, sent as ``application/problem+json``."""

    type: str = Field(..., description="URI of the problem type; 'about:blank' for plain HTTP.")
    title: str
    status: int
    detail: str
    errors: list[FieldErrorOut] | None = Field(None, description="Only for 422: every field.")
