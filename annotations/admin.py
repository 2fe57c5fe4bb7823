from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Count

from claims.models import Attribution, Claim, ClaimStatus
from factcheck.exceptions import DomainError
from factcheck.roles import Role, set_role, user_roles

from . import services
from .models import ClaimEvent, Evidence, Rating, Verdict


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["label", "slug", "value", "position", "is_active"]
    list_editable = ["value", "position", "is_active"]
    prepopulated_fields = {"slug": ["label"]}
    ordering = ["position", "id"]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["url", "title", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    """Read-only: verdicts change through the claim workflow (API, UI, claim actions)."""

    list_display = ["claim", "rating", "reviewer", "approved_by", "updated_at"]
    list_filter = ["rating", "reviewer"]
    readonly_fields = ["claim", "rating", "rationale", "reviewer", "approved_by", "approved_at"]
    inlines = [EvidenceInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SpeakerFilter(admin.SimpleListFilter):
    title = "speaker"
    parameter_name = "speaker"

    def lookups(self, request, model_admin):
        top = (
            Attribution.objects.exclude(speaker="")
            .values("speaker")
            .annotate(n=Count("id"))
            .order_by("-n")[:30]
        )
        return [(row["speaker"], row["speaker"]) for row in top]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(attributions__speaker=self.value()).distinct()
        return queryset


class ClaimEventInline(admin.TabularInline):
    model = ClaimEvent
    extra = 0
    fields = ["created_at", "actor", "from_status", "to_status", "changes", "via"]
    readonly_fields = fields
    can_delete = False
    ordering = ["id"]
    verbose_name_plural = "history"

    def has_add_permission(self, request, obj=None):
        return False


def _move(to_status: str, description: str):
    @admin.action(description=description)
    def action(modeladmin, request, queryset):
        done, refused = 0, []
        for claim in queryset.only("id"):
            try:
                services.claim_review(
                    claim_id=claim.pk, actor=request.user, status=to_status, via="admin"
                )
                done += 1
            except DomainError as error:
                refused.append(f"#{claim.pk}: {error.detail}")
        if done:
            modeladmin.message_user(
                request, f"Moved {done} claim(s) to {to_status}.", messages.SUCCESS
            )
        if refused:
            modeladmin.message_user(
                request, f"Refused {len(refused)}: " + "; ".join(refused[:10]), messages.WARNING
            )

    action.__name__ = f"move_to_{to_status}"
    return action


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["id", "short_text", "article", "kind", "type", "status", "rating", "reviewer"]
    list_filter = [
        "status",
        ("verdict__rating", admin.RelatedOnlyFieldListFilter),
        "type",
        "kind",
        SpeakerFilter,
        ("verdict__reviewer", admin.RelatedOnlyFieldListFilter),
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "article__title", "attributions__speaker"]
    list_select_related = ["article", "verdict", "verdict__rating", "verdict__reviewer"]
    readonly_fields = [
        "article",
        "index",
        "kind",
        "type",
        "text",
        "start",
        "end",
        "paragraph",
        "status",
        "version",
        "updated_at",
    ]
    inlines = [ClaimEventInline]
    actions = [
        _move(ClaimStatus.IN_REVIEW, "Start review (-> in_review)"),
        _move(ClaimStatus.NOT_CHECKABLE, "Mark not checkable"),
        _move(ClaimStatus.NEEDS_EVIDENCE, "Mark as needing evidence"),
        _move(ClaimStatus.APPROVED, "Approve and publish (leads)"),
        _move(ClaimStatus.UNREVIEWED, "Back to unreviewed"),
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="text")
    def short_text(self, claim):
        return claim.text[:90]

    @admin.display(description="rating", ordering="verdict__rating__position")
    def rating(self, claim):
        verdict = getattr(claim, "verdict", None)
        return verdict.rating if verdict and verdict.rating else "-"

    @admin.display(description="reviewer")
    def reviewer(self, claim):
        verdict = getattr(claim, "verdict", None)
        return verdict.reviewer if verdict and verdict.reviewer else "-"


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    """The audit trail, append-only: nobody edits or deletes it here."""

    list_display = ["id", "claim", "actor", "from_status", "to_status", "via", "created_at"]
    list_filter = ["to_status", "via", ("actor", admin.RelatedOnlyFieldListFilter)]
    readonly_fields = ["claim", "actor", "created_at", "from_status", "to_status", "changes", "via"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


User = get_user_model()
admin.site.unregister(User)


def _role_action(role: Role):
    @admin.action(description=f"Make the selected accounts {role}s")
    def action(modeladmin, request, queryset):
        for user in queryset:
            set_role(user, role)
        modeladmin.message_user(
            request, f"{queryset.count()} account(s) are now {role}s.", messages.SUCCESS
        )

    action.__name__ = f"make_{role.replace('-', '_')}"
    return action


@admin.register(User)
class FactcheckUserAdmin(UserAdmin):
    list_display = ["username", "email", "role", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_superuser"]
    actions = [
        *(_role_action(role) for role in Role),
        "deactivate",
        "activate",
    ]

    @admin.display(description="role")
    def role(self, user):
        return ", ".join(sorted(user_roles(user))) or "-"

    @admin.action(description="Deactivate the selected accounts (and revoke their tokens)")
    def deactivate(self, request, queryset):
        from rest_framework.authtoken.models import Token

        queryset = queryset.exclude(pk=request.user.pk)
        Token.objects.filter(user__in=queryset).delete()
        count = queryset.update(is_active=False)
        self.message_user(request, f"Deactivated {count} account(s).", messages.SUCCESS)

    @admin.action(description="Activate the selected accounts")
    def activate(self, request, queryset):
        count = queryset.update(is_active=True)
        self.message_user(request, f"Activated {count} account(s).", messages.SUCCESS)
