"""Staff side of outreach: edit the offer page, handle requests, see the campaign sign-ups.

State changes go only through ``session_request_transition``: the change form offers the
allowed next states, the list page has one action per target state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from signaalwijzer.web.apps.outreach import services
from signaalwijzer.web.apps.outreach.csvexport import csv_response
from signaalwijzer.web.apps.outreach.models import (
    REQUEST_FIELDS,
    CampaignParticipant,
    OfferBlock,
    SessionRequest,
    SessionRequestEvent,
    State,
)

CSV_FIELDS = ("id", "created_at", "state", *REQUEST_FIELDS, "assignee", "closed_at")


@admin.register(OfferBlock)
class OfferBlockAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("title_nl", "order", "published")
    list_editable = ("order", "published")
    fieldsets = (
        (None, {"fields": ("order", "published")}),
        (_("Nederlands"), {"fields": ("title_nl", "body_nl")}),
        (_("Engels"), {"fields": ("title_en", "body_en")}),
    )


class SessionRequestEventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = SessionRequestEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "actor_name", "from_state", "to_state", "change", "note")
    readonly_fields = fields
    ordering = ("created_at", "id")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class SessionRequestAdminForm(forms.ModelForm):  # type: ignore[type-arg]
    transition_to = forms.ChoiceField(label=_("Nieuwe status"), required=False, choices=())
    transition_note = forms.CharField(
        label=_("Toelichting bij de nieuwe status"), required=False, widget=forms.Textarea
    )

    class Meta:
        model = SessionRequest
        fields = ("assignee", "internal_notes")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assignee = self.fields["assignee"]
        assert isinstance(assignee, forms.ModelChoiceField)
        # Only active staff can handle a request.
        assignee.queryset = get_user_model().objects.filter(is_staff=True, is_active=True)
        current = State(self.instance.state) if self.instance.pk else State.NEW
        allowed = sorted(services.ALLOWED_TRANSITIONS[current], key=list(State).index)
        field = self.fields["transition_to"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("(niet wijzigen)"))] + [
            (state.value, state.label) for state in allowed
        ]


def _transition_action(state: State) -> Callable[..., None]:
    def action(
        modeladmin: SessionRequestAdmin, request: HttpRequest, queryset: QuerySet[SessionRequest]
    ) -> None:
        moved, refused = 0, []
        for item in queryset:
            try:
                services.session_request_transition(
                    request=item, to_state=state, actor=request.user, note=""
                )
                moved += 1
            except services.TransitionError as error:
                refused.append(f"#{item.pk}: {error}")
        if moved:
            modeladmin.message_user(
                request,
                gettext("%(count)d aanvraag/aanvragen gewijzigd.") % {"count": moved},
                messages.SUCCESS,
            )
        for line in refused:
            modeladmin.message_user(request, line, messages.ERROR)

    action.__name__ = f"transition_to_{state.value}"
    return admin.action(
        description=format_lazy("{} {}", _("Status wijzigen naar:"), state.label),
        permissions=["change"],
    )(action)


@admin.register(SessionRequest)
class SessionRequestAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    form = SessionRequestAdminForm
    list_display = (
        "id",
        "organisation",
        "session_type",
        "participants",
        "state",
        "assignee",
        "created_at",
    )
    list_filter = ("state", "session_type", "sector", "assignee", "created_at")
    search_fields = ("organisation", "contact_name", "email", "location", "preferred_period")
    date_hierarchy = "created_at"
    list_select_related = ("assignee",)
    readonly_fields = (
        "state",
        *REQUEST_FIELDS,
        "language",
        "created_at",
        "updated_at",
        "closed_at",
        "anonymised_at",
    )
    fieldsets = (
        (
            _("Aanvraag"),
            {"fields": ("state", *REQUEST_FIELDS, "language")},
        ),
        (
            _("Behandeling"),
            {"fields": ("assignee", "internal_notes", "transition_to", "transition_note")},
        ),
        (_("Tijden"), {"fields": ("created_at", "updated_at", "closed_at", "anonymised_at")}),
    )
    inlines = (SessionRequestEventInline,)
    actions = ["export_csv", *[_transition_action(state) for state in State]]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Requests come in through the public form only, so every one has a history from the start.
        return False

    def save_model(
        self,
        request: HttpRequest,
        obj: SessionRequest,
        form: forms.ModelForm[SessionRequest],
        change: bool,
    ) -> None:
        original = SessionRequest.objects.get(pk=obj.pk)
        services.session_request_update(
            request=original,
            actor=request.user,
            assignee=form.cleaned_data.get("assignee"),
            internal_notes=form.cleaned_data.get("internal_notes", ""),
        )
        target = form.cleaned_data.get("transition_to")
        if target:
            try:
                services.session_request_transition(
                    request=original,
                    to_state=target,
                    actor=request.user,
                    note=form.cleaned_data.get("transition_note", ""),
                )
            except services.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
        obj.refresh_from_db()

    @admin.action(description=_("Exporteer als CSV"), permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[SessionRequest]) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = (
            [
                item.pk,
                item.created_at.isoformat(),
                item.state,
                item.organisation,
                item.sector,
                item.contact_name,
                item.email,
                item.phone,
                item.participants,
                item.session_type,
                item.preferred_period,
                item.location,
                item.remarks,
                item.assignee.get_username() if item.assignee else "",
                item.closed_at.isoformat() if item.closed_at else "",
            ]
            for item in queryset.select_related("assignee").order_by("created_at")
        )
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        return csv_response(filename=f"aanvragen-{stamp}.csv", header=CSV_FIELDS, rows=rows)


@admin.register(CampaignParticipant)
class CampaignParticipantAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "is_organisation", "city", "show_publicly", "year", "created_at")
    list_filter = ("year", "is_organisation", "show_publicly")
    search_fields = ("name", "city")
