"""Who may see the statistics: coordinators, administrators and superusers, with a verified OTP."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from signaalwijzer.web.apps.accounts.roles import ROLE_ADMINISTRATOR, ROLE_COORDINATOR

View = Callable[[HttpRequest], HttpResponse]


def can_see_stats(request: HttpRequest) -> bool:
    user = request.user
    if not (user.is_authenticated and user.is_active):
        return False
    # The admin demands a second factor (django-otp); so does this page.
    is_verified = getattr(user, "is_verified", None)
    if is_verified is None or not is_verified():
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=(ROLE_COORDINATOR, ROLE_ADMINISTRATOR)).exists()


def stats_access_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not can_see_stats(request):
            raise PermissionDenied
        return view(request)

    return wrapper
