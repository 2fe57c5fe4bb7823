from __future__ import annotations

from django.conf import settings
from django.db import models

from claims.models import Claim, ClaimStatus


class Rating(models.Model):
    """One step of the desk's rating scale, in order; `value` feeds ClaimReview's ratingValue."""

    slug = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=80)
    description = models.TextField(blank=True)
    value = models.IntegerField(help_text="Numeric rating for ClaimReview; higher is more true.")
    position = models.PositiveIntegerField(default=0, help_text="Order on the scale.")
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="verdict")
    rating = models.ForeignKey(Rating, null=True, blank=True, on_delete=models.PROTECT)
    rationale = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.rating or 'unrated'}: {self.claim}"


class Evidence(models.Model):
    verdict = models.ForeignKey(Verdict, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=300, blank=True)
    note = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.title or self.url


class ClaimEvent(models.Model):
    """Append-only history: who changed a claim's status or verdict, when, and what changed."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    from_status = models.CharField(max_length=16, choices=ClaimStatus)
    to_status = models.CharField(max_length=16, choices=ClaimStatus)
    changes = models.JSONField(default=dict)
    via = models.CharField(max_length=10, default="api")

    class Meta:
        ordering = ["claim_id", "id"]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status} -> {self.to_status}"
