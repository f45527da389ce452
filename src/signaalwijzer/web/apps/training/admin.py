"""Admin for trainers: edit scenarios and scenes, copy a scenario to adapt it, see sessions.

Edits are checked with the same validator as the data files (indicators and channels must exist
in the knowledge base); a scenario with problems is unpublished and the problems are shown.
Illustrations are read-only here: they are inlined in pages and only checked files may be used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from signaalwijzer.knowledge import load_knowledge_base
from signaalwijzer.scenarios import NO_REPORT, parse_scenario
from signaalwijzer.web.apps.training.models import (
    ActionOption,
    LiveSession,
    Observation,
    RouteOption,
    Scenario,
    Scene,
)
from signaalwijzer.web.apps.training.selectors import scenario_as_domain
from signaalwijzer.web.apps.training.services import scenario_copy


def scenario_problems(scenario: Scenario) -> list[str]:
    """Validate the rows as if they were a data file (illustrations were checked on import)."""
    domain = scenario_as_domain(scenario=scenario)

    def t(text: Any) -> dict[str, str]:
        return {"nl": text.nl, "en": text.en}

    data = {
        "id": domain.id.replace("-", "_")[:60] or "x",
        "version": domain.version,
        "forms": list(domain.forms),
        "title": t(domain.title),
        "summary": t(domain.summary),
        "debrief": t(domain.debrief),
        "scene": [
            {
                "id": s.id.replace("-", "_"),
                "title": t(s.title),
                "situation": t(s.situation),
                "observation": [
                    {
                        "id": o.id.replace("-", "_"),
                        "text": t(o.text),
                        "signal": o.signal,
                        "indicators": list(o.indicators),
                        "feedback": t(o.feedback),
                    }
                    for o in s.observations
                ],
                "action": [
                    {
                        "id": o.id.replace("-", "_"),
                        "text": t(o.text),
                        "correct": o.correct,
                        "feedback": t(o.feedback),
                    }
                    for o in s.actions
                ],
                "route": [
                    {
                        "channel": o.id if o.id else NO_REPORT,
                        "correct": o.correct,
                        "feedback": t(o.feedback),
                    }
                    for o in s.routes
                ],
            }
            for s in domain.scenes
        ],
    }
    _result, problems = parse_scenario(
        data, file="admin", kb=load_knowledge_base(), illustrations=Path("/nonexistent")
    )
    return [p.entry + ": " + p.field + ": " + p.message for p in problems]


def _check(request: HttpRequest, scenario: Scenario) -> None:
    problems = scenario_problems(scenario)
    if problems:
        if scenario.is_published:
            scenario.is_published = False
            scenario.save(update_fields=["is_published"])
        messages.warning(
            request,
            _("Dit scenario is niet gepubliceerd, want er zijn problemen: ") + "; ".join(problems),
        )


def _shipped(obj: Any) -> bool:
    """Shipped scenarios follow their data files; trainers adapt a copy instead."""
    scenario = getattr(obj, "scenario", obj)
    return isinstance(scenario, Scenario) and scenario.origin == Scenario.Origin.SHIPPED


class _FollowsShipped:
    """Inline rows of a shipped scenario are read-only (``obj`` is the parent object)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _shipped(obj) and super().has_add_permission(request, obj)  # type: ignore[misc]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _shipped(obj) and super().has_change_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _shipped(obj) and super().has_delete_permission(request, obj)  # type: ignore[misc]


class SceneInline(_FollowsShipped, admin.TabularInline):  # type: ignore[type-arg]
    model = Scene
    fields = ("position", "key", "title_nl", "title_en")
    extra = 0
    show_change_link = True


@admin.register(Scenario)
class ScenarioAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("title_nl", "slug", "origin", "version", "is_published", "updated_at")
    list_filter = ("origin", "is_published")
    search_fields = ("title_nl", "title_en", "slug")
    readonly_fields = ("origin", "updated_at")
    inlines = [SceneInline]
    actions = ["copy_scenario"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if _shipped(obj):
            # Only publishing can be switched; to change the content, copy the scenario.
            return [f.name for f in Scenario._meta.fields if f.name != "is_published"]
        return self.readonly_fields

    @admin.action(description=_("Kopieer het scenario om het aan te passen"))
    def copy_scenario(self, request: HttpRequest, queryset: QuerySet[Scenario]) -> None:
        for scenario in queryset:
            copy = scenario_copy(scenario=scenario)
            self.message_user(request, _("Kopie gemaakt: ") + copy.slug, messages.SUCCESS)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        _check(request, form.instance)


class _ChoiceInline(_FollowsShipped, admin.StackedInline):  # type: ignore[type-arg]
    extra = 0


class ObservationInline(_ChoiceInline):
    model = Observation
    fields = (
        "position",
        "key",
        "text_nl",
        "text_en",
        "is_signal",
        "indicators",
        "feedback_nl",
        "feedback_en",
    )


class ActionInline(_ChoiceInline):
    model = ActionOption
    fields = ("position", "key", "text_nl", "text_en", "is_correct", "feedback_nl", "feedback_en")


class RouteInline(_ChoiceInline):
    model = RouteOption
    fields = ("position", "key", "text_nl", "text_en", "is_correct", "feedback_nl", "feedback_en")


@admin.register(Scene)
class SceneAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("title_nl", "scenario", "position")
    list_filter = ("scenario",)
    readonly_fields = ("illustration", "illustration_svg")
    inlines = [ObservationInline, ActionInline, RouteInline]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _shipped(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _shipped(obj) and super().has_delete_permission(request, obj)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        _check(request, form.instance.scenario)


@admin.register(LiveSession)
class LiveSessionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "scenario", "trainer", "state", "created_at")
    list_filter = ("state",)
    readonly_fields = (
        "code",
        "scenario",
        "snapshot",
        "trainer",
        "state",
        "scene_index",
        "revision",
        "created_at",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
