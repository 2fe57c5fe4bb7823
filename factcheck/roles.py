"""The four roles of CONTRACT §4, kept as auth groups; superusers count as admins."""

from __future__ import annotations

from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission


class Role(StrEnum):
    ADMIN = "admin"
    LEAD = "lead"
    REVIEWER = "reviewer"
    API_CLIENT = "api-client"


def user_roles(user: AbstractBaseUser | AnonymousUser | None) -> frozenset[Role]:
    """The roles a user holds, cached on the user object for the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_factcheck_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        if user.is_superuser:
            names.add(Role.ADMIN)
        cached = frozenset(Role(n) for n in names if n in Role._value2member_map_)
        user._factcheck_roles = cached
    return cached


def has_role(user, *roles: Role) -> bool:
    held = user_roles(user)
    return Role.ADMIN in held or any(role in held for role in roles)


def can_review(user) -> bool:
    return has_role(user, Role.LEAD, Role.REVIEWER)


def can_approve(user) -> bool:
    return has_role(user, Role.LEAD)


def set_role(user, role: Role) -> None:
    """Give `user` exactly one role. Admins are superusers; leads are staff who may edit only
    the rating scale in the admin (CONTRACT §4)."""
    groups = {r: Group.objects.get_or_create(name=r)[0] for r in Role}
    groups[Role.LEAD].permissions.set(
        Permission.objects.filter(
            content_type__app_label="annotations", content_type__model="rating"
        )
    )
    user.groups.set([groups[role]])
    user.is_staff = role in (Role.ADMIN, Role.LEAD)
    user.is_superuser = role == Role.ADMIN
    user.save(update_fields=["is_staff", "is_superuser"])
    if hasattr(user, "_factcheck_roles"):
        del user._factcheck_roles
