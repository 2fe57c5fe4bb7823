from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from claims.models import Attribution, Claim, ClaimStatus
from factcheck.exceptions import DomainError
from factcheck.roles import Role, can_approve, set_role, user_roles

from . import services
from .models import ClaimEvent, Evidence, Rating, Verdict
from .workflow import allowed_moves


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
    fields = ["created_at", "actor", "from_status", "to_status", "what_changed", "via"]
    readonly_fields = fields
    can_delete = False
    ordering = ["id"]
    verbose_name_plural = "history"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="what changed")
    def what_changed(self, event):
        return describe_changes(event.changes)


def describe_changes(changes: dict) -> str:
    """One line a person can read: "rating: none -> false; rationale edited; evidence: 0 -> 2"."""
    parts = []
    if "rating" in changes:
        parts.append(
            f"rating: {changes['rating']['from'] or 'none'} -> {changes['rating']['to'] or 'none'}"
        )
    if "rationale" in changes:
        parts.append("rationale edited")
    if "evidence" in changes:
        parts.append(
            f"evidence: {len(changes['evidence']['from'])} -> {len(changes['evidence']['to'])} sources"
        )
    return "; ".join(parts) or "status only"


def _move(to_status: str, description: str):
    @admin.action(description=description)
    def action(modeladmin, request, queryset):
        done, refused = 0, []
        # Only ids: the changelist's queryset carries select_related, which .only() would break.
        for claim_id in queryset.select_related(None).values_list("pk", flat=True):
            try:
                services.claim_review(
                    claim_id=claim_id, actor=request.user, status=to_status, via="admin"
                )
                done += 1
            except DomainError as error:
                refused.append(f"#{claim_id}: {error.detail}")
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


class ClaimReviewForm(forms.ModelForm):
    """The claim page's review form: every change goes through `claim_review`, like the API's."""

    move_to = forms.ChoiceField(
        required=False, label="Move to", help_text="Only the moves the workflow allows you."
    )
    rating = forms.ModelChoiceField(
        queryset=Rating.objects.none(), required=False, to_field_name="slug"
    )
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="One source per line: a URL, then optionally a space and a title.",
    )

    class Meta:
        model = Claim
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        claim = self.instance
        self.fields["rating"].queryset = Rating.objects.filter(is_active=True).order_by("position")
        moves = allowed_moves(claim.status, is_lead=can_approve(request.user))
        self.fields["move_to"].choices = [("", f"Keep {claim.status}")] + [(m, m) for m in moves]
        verdict = getattr(claim, "verdict", None)
        if verdict:
            self.initial.update(
                rating=verdict.rating.slug if verdict.rating else None,
                rationale=verdict.rationale,
                evidence="\n".join(f"{e.url} {e.title}".strip() for e in verdict.evidence.all()),
            )

    def clean(self):
        # Applied here, inside the admin's transaction, so a refusal shows on the form as an
        # error instead of after a "changed successfully" message.
        data = super().clean()
        changes = {}
        if data.get("move_to"):
            changes["status"] = data["move_to"]
        for name in ("rating", "rationale", "evidence"):
            if name in self.changed_data:
                changes[name] = data.get(name)
        if "rating" in changes:
            changes["rating"] = changes["rating"].slug if changes["rating"] else None
        if "evidence" in changes:
            changes["evidence"] = [
                {"url": url, "title": title}
                for url, _, title in (
                    line.strip().partition(" ")
                    for line in (changes["evidence"] or "").splitlines()
                    if line.strip()
                )
            ]
        if changes:
            try:
                services.claim_review(
                    claim_id=self.instance.pk, actor=self.request.user, via="admin", **changes
                )
            except DomainError as error:
                allowed = error.extra.get("allowed")
                suffix = (
                    f" Allowed moves: {', '.join(allowed) or 'none'}."
                    if allowed is not None
                    else ""
                )
                raise forms.ValidationError(f"{error.detail}{suffix}") from None
        return data


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
        "attribution_summary",
        "verdict_summary",
    ]
    form = ClaimReviewForm
    fieldsets = [
        (None, {"fields": ["article", "text", "status", "attribution_summary", "verdict_summary"]}),
        ("Review", {"fields": ["move_to", "rating", "rationale", "evidence"]}),
        (
            "Position",
            {
                "classes": ["collapse"],
                "fields": [
                    "index",
                    "kind",
                    "type",
                    "start",
                    "end",
                    "paragraph",
                    "version",
                    "updated_at",
                ],
            },
        ),
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

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return partial_form(form, request=request)

    def save_model(self, request, obj, form, change):
        """Nothing to save: the form's clean() already went through `claim_review`."""

    @admin.display(description="attribution")
    def attribution_summary(self, claim):
        rows = [
            format_html(
                "<li>{} · speaker <strong>{}</strong> · cue “{}” · {}<br>"
                "why: {} (rule {}, confidence {})</li>",
                a.type,
                a.speaker or "unresolved",
                a.cue_text or "none",
                a.content_text[:200],
                a.explanation,
                a.rule,
                f"{a.confidence:.2f}",
            )
            for a in claim.attributions.all()
        ]
        return (
            format_html("<ul>{}</ul>", format_html_join("", "{}", ((r,) for r in rows)))
            if rows
            else "none"
        )

    @admin.display(description="verdict")
    def verdict_summary(self, claim):
        verdict = getattr(claim, "verdict", None)
        if verdict is None:
            return "none yet"
        evidence = format_html_join(
            "",
            '<li><a href="{}" rel="noopener noreferrer">{}</a></li>',
            ((e.url, e.title or e.url) for e in verdict.evidence.all()),
        )
        return format_html(
            "<strong>{}</strong> by {}{}<br>{}<ul>{}</ul>",
            verdict.rating or "unrated",
            verdict.reviewer or "nobody",
            format_html(", approved by {}", verdict.approved_by) if verdict.approved_by else "",
            verdict.rationale,
            evidence,
        )

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

    list_filter = ["to_status", "via", ("actor", admin.RelatedOnlyFieldListFilter)]
    readonly_fields = ["claim", "actor", "created_at", "from_status", "to_status", "changes", "via"]
    list_display = [
        "id",
        "claim",
        "actor",
        "from_status",
        "to_status",
        "what_changed",
        "via",
        "created_at",
    ]

    @admin.display(description="what changed")
    def what_changed(self, event):
        return describe_changes(event.changes)

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


def partial_form(form_class, **kwargs):
    """The admin instantiates the form class itself; bind extra constructor arguments to it."""

    class Bound(form_class):
        def __init__(self, *args, **more):
            super().__init__(*args, **kwargs, **more)

    Bound.__name__ = form_class.__name__
    return Bound
