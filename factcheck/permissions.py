"""Roles as DRF permission classes, so a view's `permission_classes` reads like its policy."""

from rest_framework.permissions import BasePermission

from .roles import Role, has_role


class _RolePermission(BasePermission):
    roles: tuple[Role, ...] = ()
    message = "Your role does not allow this."

    def has_permission(self, request, view) -> bool:
        return has_role(request.user, *self.roles)


class IsReviewer(_RolePermission):
    """Reviewers and leads (admins pass every role check)."""

    roles = (Role.LEAD, Role.REVIEWER)


class IsApiClient(_RolePermission):
    roles = (Role.API_CLIENT,)
