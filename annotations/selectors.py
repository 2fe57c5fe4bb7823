"""Reads for claims, verdicts and history: tuned querysets with a fixed order."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from claims.models import Attribution, Claim, ClaimStatus

from .models import ClaimEvent, Evidence, Rating


def claim_list() -> QuerySet[Claim]:
    """Claims with attribution, verdict, rating, people and evidence in a fixed number of queries."""
    return (
        Claim.objects.select_related(
            "verdict", "verdict__rating", "verdict__reviewer", "verdict__approved_by"
        )
        .prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.order_by("content_start").only(
                    "id",
                    "type",
                    "content_start",
                    "content_end",
                    "content_text",
                    "source_start",
                    "source_end",
                    "source_text",
                    "cue_start",
                    "cue_end",
                    "cue_text",
                    "speaker",
                    "confidence",
                    "rule",
                ),
            ),
            Prefetch("verdict__evidence", queryset=Evidence.objects.order_by("position", "id")),
        )
        .order_by("id")
    )


def verdict_list() -> QuerySet[Claim]:
    """Published verdicts: approved claims, newest change last (for incremental pulls)."""
    return (
        claim_list()
        .filter(status=ClaimStatus.APPROVED, verdict__isnull=False)
        .select_related("article")
        .defer("article__body")  # a verdict row needs the article's title and URL, not its text
    )


def claim_history(claim: Claim) -> QuerySet[ClaimEvent]:
    return ClaimEvent.objects.filter(claim=claim).select_related("actor").order_by("id")


def rating_list() -> QuerySet[Rating]:
    return Rating.objects.filter(is_active=True).order_by("position", "id")
