"""The JSON API for partner sites: ``/api/v1/``.

Thin on purpose: each endpoint validates (schemas), asks the engine or knowledge base, and maps
the answer (mapping.py). Nothing a caller sends is stored or logged.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.decorators import decorate_view
from ninja.params.functions import Query

import signaalwijzer
from signaalwijzer.engine import InputError, assess
from signaalwijzer.knowledge import KnowledgeBase, load_knowledge_base
from signaalwijzer.web.apps.api import mapping
from signaalwijzer.web.apps.api.guards import GuardedJsonParser, json_post, no_store
from signaalwijzer.web.apps.api.problems import (
    ApiProblem,
    install_problem_handlers,
    mark_problem_media_types,
)
from signaalwijzer.web.apps.api.schemas import (
    AssessIn,
    AssessmentOut,
    ChannelOut,
    FormId,
    FormOut,
    HealthOut,
    IndicatorOut,
    Lang,
    ProblemOut,
    VersionOut,
)
from signaalwijzer.web.apps.stats.batching import batcher

API_VERSION = "1.0.0"

DESCRIPTION = """\
Recognise signals of human trafficking in a description or a checklist, and find where to report
them in the Netherlands. Built for partner sites (municipalities, care organisations, campaigns).

* Nothing sent to `POST /assess` is stored or logged; answers are never cached (`no-store`).
* Errors are problem details (RFC 9457, `application/problem+json`) with a readable `detail`.
* POST requests are limited per client; a `429` answer says in `Retry-After` when to try again.
* Texts come in Dutch (`nl`, B1 level) or English (`en`).
"""


class SignaalwijzerApi(NinjaAPI):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        mark_problem_media_types(schema)
        return schema


api = SignaalwijzerApi(
    title="Signaalwijzer Mensenhandel API",
    version=API_VERSION,
    description=DESCRIPTION,
    urls_namespace="api",
    parser=GuardedJsonParser(),
    docs=Swagger(settings={"validatorUrl": None}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
install_problem_handlers(api)

PROBLEMS_POST: dict[int, Any] = {
    400: ProblemOut,
    413: ProblemOut,
    415: ProblemOut,
    422: ProblemOut,
    429: ProblemOut,
}
PROBLEMS_GET: dict[int, Any] = {422: ProblemOut}
LIST_CACHE = "public, max-age=300"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"


def _kb() -> KnowledgeBase:
    return load_knowledge_base()


@api.post(
    "/assess",
    response={200: AssessmentOut, **PROBLEMS_POST},
    summary="Assess a description and/or ticked signals",
    tags=["assessment"],
)
@decorate_view(json_post(scope="assess"))
def assess_view(request: HttpRequest, payload: AssessIn) -> Any:
    """Which forms of exploitation the signals point to, where in the text each signal was found,
    whether there is acute danger, and the reporting routes in order with the reason for each."""
    kb = _kb()
    try:
        result = assess(
            kb=kb,
            text=payload.text,
            checklist=tuple(payload.signals),
            lang=payload.lang,
            urgent=payload.urgent,
            anonymous=payload.anonymous,
        )
    except InputError as error:
        raise ApiProblem(422, str(error)) from None
    batcher.record(kind="api", assessment=result)
    lang = payload.lang or (result.language if result.language in ("nl", "en") else "nl")
    answer = mapping.assessment_out(result, kb=kb, lang=lang)
    # Already validated while it was built: serialise once, skip ninja's second validation pass.
    response = HttpResponse(answer.model_dump_json(), content_type=JSON_CONTENT_TYPE)
    no_store(response)
    return response


@api.get(
    "/forms",
    response={200: list[FormOut], **PROBLEMS_GET},
    summary="The forms of exploitation",
    tags=["knowledge"],
)
def forms_view(request: HttpRequest, response: HttpResponse, lang: Lang = "nl") -> Any:
    response["Cache-Control"] = LIST_CACHE
    return [mapping.form_out(f, lang=lang) for f in _kb().forms]


@api.get(
    "/indicators",
    response={200: list[IndicatorOut], **PROBLEMS_GET},
    summary="The signals, optionally for one form and/or category",
    tags=["knowledge"],
)
def indicators_view(
    request: HttpRequest,
    response: HttpResponse,
    form: Annotated[FormId | None, Query(None, description="Only signals of this form.")] = None,
    category: Annotated[
        str | None, Query(None, max_length=80, description="Only signals of this category id.")
    ] = None,
    lang: Lang = "nl",
) -> Any:
    kb = _kb()
    if category is not None and category not in {c.id for c in kb.categories}:
        raise ApiProblem(422, "Unknown category id.")
    response["Cache-Control"] = LIST_CACHE
    return [
        mapping.indicator_out(i, kb=kb, lang=lang)
        for i in kb.indicators
        if (form is None or form in i.forms) and (category is None or i.category == category)
    ]


@api.get(
    "/channels",
    response={200: list[ChannelOut], **PROBLEMS_GET},
    summary="The reporting routes (phone numbers, websites)",
    tags=["knowledge"],
)
def channels_view(request: HttpRequest, response: HttpResponse, lang: Lang = "nl") -> Any:
    response["Cache-Control"] = LIST_CACHE
    return [mapping.channel_out(c, lang=lang) for c in _kb().channels]


@api.get("/version", response=VersionOut, summary="Versions", tags=["service"])
def version_view(request: HttpRequest) -> Any:
    return VersionOut(
        api_version=API_VERSION,
        app_version=signaalwijzer.__version__,
        kb_version=_kb().version,
    )


@api.get(
    "/health",
    response={200: HealthOut, 503: HealthOut},
    summary="Whether this app server can reach its database and cache",
    tags=["service"],
)
def health_view(request: HttpRequest, response: HttpResponse) -> Any:
    response["Cache-Control"] = "no-store"
    database: Literal["ok", "error"] = "ok"
    cache_state: Literal["ok", "error"] = "ok"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        database = "error"
    try:
        cache.set("health:probe", 1, timeout=10)
        if cache.get("health:probe") != 1:
            cache_state = "error"
    except Exception:  # noqa: BLE001 - any cache backend failure means "not healthy"
        cache_state = "error"
    healthy = database == "ok" and cache_state == "ok"
    body = HealthOut(status="ok" if healthy else "error", database=database, cache=cache_state)
    return (200 if healthy else 503), body
