"""Reads for claims, verdicts and history: tuned querysets with a fixed order."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

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
                queryset=Attribution.objects.order_by("content_start", "id").only(
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


def page_ids(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """The same selection with nothing but ids: list views paginate this, then read rows."""
    return queryset.select_related(None).prefetch_related(None).only("id")


def claim_rows(claim_ids: list[int], *, published_only: bool) -> list[dict]:
    """The API's claim representation (list, detail, PATCH) for ids, in id order, from three
    flat queries. Equal to `ClaimOutputSerializer` on `claim_list()`, which documents the shape
    in the schema (tests pin it); without model instances, which were most of a page's time.
    """
    from .serializers import api_datetime, attribution_data

    claims = (
        Claim.objects.filter(pk__in=claim_ids)
        .order_by("id")
        .values(
            "id",
            "article_id",
            "index",
            "kind",
            "type",
            "text",
            "start",
            "end",
            "status",
            "updated_at",
            "verdict__id",
            "verdict__rating__slug",
            "verdict__rationale",
            "verdict__reviewer__username",
            "verdict__approved_by__username",
            "verdict__approved_at",
            "verdict__updated_at",
        )
    )
    attributions: dict[int, list[dict]] = {i: [] for i in claim_ids}
    links = (
        Attribution.claims.through.objects.filter(claim_id__in=claim_ids)
        .select_related("attribution")
        .order_by("attribution__content_start", "attribution_id")
    )
    for link in links:
        attributions[link.claim_id].append(attribution_data(link.attribution))
    evidence: dict[int, list[dict]] = {}
    for claim_id, url, title, note in (
        Evidence.objects.filter(verdict__claim_id__in=claim_ids)
        .order_by("position", "id")
        .values_list("verdict__claim_id", "url", "title", "note")
    ):
        evidence.setdefault(claim_id, []).append({"url": url, "title": title, "note": note})

    tz = timezone.get_current_timezone()
    rows = []
    for c in claims:
        verdict = None
        if c["verdict__id"] is not None and not (
            published_only and c["status"] != ClaimStatus.APPROVED
        ):
            verdict = {
                "rating": c["verdict__rating__slug"],
                "rationale": c["verdict__rationale"],
                "evidence": evidence.get(c["id"], []),
                "reviewer": c["verdict__reviewer__username"],
                "approved_by": c["verdict__approved_by__username"],
                "approved_at": api_datetime(c["verdict__approved_at"], tz),
                "updated_at": api_datetime(c["verdict__updated_at"], tz),
            }
        rows.append(
            {
                "id": c["id"],
                "article": c["article_id"],
                "index": c["index"],
                "kind": c["kind"],
                "type": c["type"],
                "text": c["text"],
                "start": c["start"],
                "end": c["end"],
                "attributions": attributions[c["id"]],
                "status": c["status"],
                "verdict": verdict,
                "updated_at": api_datetime(c["updated_at"], tz),
            }
        )
    return rows
