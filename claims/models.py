from __future__ import annotations

from django.conf import settings
from django.db import models

from .nlp.rules import explain


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        PROCESSING = "processing"
        READY = "ready"
        FAILED = "failed"

    title = models.CharField(max_length=500)
    body = models.TextField()
    source = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(max_length=12, choices=Status, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status_changed_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.title


class ClaimStatus(models.TextChoices):
    """The review workflow's states (CONTRACT §5); annotations.services owns every move."""

    UNREVIEWED = "unreviewed"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    NOT_CHECKABLE = "not_checkable"
    NEEDS_EVIDENCE = "needs_evidence"


class Claim(models.Model):
    class Kind(models.TextChoices):
        HEADLINE = "headline"
        SUBHEADING = "subheading"
        SENTENCE = "sentence"

    class Type(models.TextChoices):
        DIRECT = "direct"
        INDIRECT = "indirect"
        MIXED = "mixed"
        NONE = "none"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    index = models.PositiveIntegerField()
    kind = models.CharField(max_length=12, choices=Kind, default=Kind.SENTENCE)
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    paragraph = models.PositiveIntegerField(default=0)
    type = models.CharField(max_length=10, choices=Type, default=Type.NONE, db_index=True)
    status = models.CharField(
        max_length=16, choices=ClaimStatus, default=ClaimStatus.UNREVIEWED, db_index=True
    )
    # Bumped on every review write; the API's ETag, so stale writes are refused (412).
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["article_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="claim_unique_index"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="claim_span"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Attribution(models.Model):
    class Type(models.TextChoices):
        DIRECT = "direct"
        INDIRECT = "indirect"
        MIXED = "mixed"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attributions")
    claims = models.ManyToManyField(Claim, related_name="attributions", blank=True)
    type = models.CharField(max_length=10, choices=Type)
    content_start = models.PositiveIntegerField()
    content_end = models.PositiveIntegerField()
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    # Texts are copies of body[start:end] (the body never changes), so lists need no article body.
    content_text = models.TextField()
    source_text = models.CharField(max_length=500, blank=True)
    cue_text = models.CharField(max_length=200, blank=True)
    speaker = models.CharField(max_length=200, blank=True, db_index=True)
    confidence = models.FloatField(default=0.5)
    rule = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["article_id", "content_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "content_start", "content_end"],
                name="attribution_unique_content",
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker or '?'}: {self.content_text[:60]}"

    @property
    def explanation(self) -> str:
        """Why the detector attributed this content, in a reviewer's words."""
        return explain(self.rule)

    @property
    def content(self) -> dict:
        return {"text": self.content_text, "start": self.content_start, "end": self.content_end}

    @property
    def source(self) -> dict | None:
        if self.source_start is None:
            return None
        return {"text": self.source_text, "start": self.source_start, "end": self.source_end}

    @property
    def cue(self) -> dict | None:
        if self.cue_start is None:
            return None
        return {"text": self.cue_text, "start": self.cue_start, "end": self.cue_end}


class IngestJob(models.Model):
    """A bulk ingest of JSON Lines, run on a worker; clients poll it for progress and errors."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    payload = models.TextField()
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Ingest job {self.pk} ({self.status})"
