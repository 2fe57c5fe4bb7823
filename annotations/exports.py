"""Verdict exports: CSV and JSON Lines rows, and schema.org ClaimReview documents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.utils import timezone

from claims.models import Attribution

from .models import Evidence
from .serializers import PublishedVerdictSerializer, api_datetime, claim_speaker

CSV_FIELDS = [
    "claim_id",
    "article_id",
    "article_title",
    "article_url",
    "claim",
    "speaker",
    "rating",
    "rating_label",
    "rating_value",
    "rationale",
    "evidence_urls",
    "reviewer",
    "approved_by",
    "approved_at",
    "updated_at",
]


EXPORT_CHUNK = 5000  # rows per round of queries (a few MB)
FLUSH_BYTES = 1 << 16  # stream in pieces of about 64 KB, not a write per row

# Read with one cursor; speaker and evidence come from one query per chunk each.
COLUMNS = (
    "verdict__id",
    "id",
    "article_id",
    "article__title",
    "article__url",
    "text",
    "verdict__rating__slug",
    "verdict__rating__label",
    "verdict__rating__value",
    "verdict__rationale",
    "verdict__reviewer__username",
    "verdict__approved_by__username",
    "verdict__approved_at",
    "updated_at",
)


def verdict_rows(claims: Iterable) -> Iterator[dict]:
    """PublishedVerdictSerializer's rows, built from plain values for a queryset.

    A queryset is read through one cursor, EXPORT_CHUNK rows at a time, with two more queries per
    chunk (speakers, evidence): a fixed number of queries per chunk and flat memory, without a
    serializer per row. Other iterables (claims with their relations) go through the serializer.
    """
    if not isinstance(claims, QuerySet):
        for claim in claims:
            yield PublishedVerdictSerializer(claim).data
        return
    values = claims.prefetch_related(None).values_list(*COLUMNS).iterator(chunk_size=EXPORT_CHUNK)
    tz = timezone.get_current_timezone()
    while chunk := list(islice(values, EXPORT_CHUNK)):
        ids = _claim_filter([row[1] for row in chunk])
        speakers = _speakers(ids)
        evidence = _evidence(ids)
        for (
            verdict_id,
            claim_id,
            article_id,
            article_title,
            article_url,
            text,
            rating,
            rating_label,
            rating_value,
            rationale,
            reviewer,
            approved_by,
            approved_at,
            updated_at,
        ) in chunk:
            # The keys and order of PublishedVerdictSerializer.
            yield {
                "claim_id": claim_id,
                "article_id": article_id,
                "article_title": article_title,
                "article_url": article_url,
                "claim": text,
                "speaker": speakers.get(claim_id),
                "rating": rating,
                "rating_label": rating_label,
                "rating_value": rating_value,
                "rationale": rationale,
                "evidence": evidence.get(verdict_id, []),
                "reviewer": reviewer,
                "approved_by": approved_by,
                "approved_at": api_datetime(approved_at, tz),
                "updated_at": api_datetime(updated_at, tz),
            }


def _claim_filter(claim_ids: list[int]) -> dict:
    """Lookups for the chunk's claims: an id range when the ids are dense (cheap to send and to
    plan; the few extra rows are ignored), else the ids themselves."""
    low, high = min(claim_ids), max(claim_ids)
    if high - low < 2 * len(claim_ids):
        return {"claim_id__gte": low, "claim_id__lte": high}
    return {"claim_id__in": claim_ids}


def _speakers(claims: dict) -> dict[int, str]:
    """Each claim's first named speaker, in the order of the attributions in the text."""
    through = Attribution.claims.through
    speakers: dict[int, str] = {}
    rows = (
        through.objects.filter(**claims)
        .exclude(attribution__speaker="")
        .order_by("claim_id", "attribution__content_start", "attribution_id")
        .values_list("claim_id", "attribution__speaker")
    )
    for claim_id, speaker in rows:
        speakers.setdefault(claim_id, speaker)
    return speakers


def _evidence(claims: dict) -> dict[int, list[dict]]:
    evidence: dict[int, list[dict]] = {}
    rows = (
        Evidence.objects.filter(**{f"verdict__{key}": value for key, value in claims.items()})
        .order_by("verdict_id", "position", "id")
        .values_list("verdict_id", "url", "title", "note")
    )
    for verdict_id, url, title, note in rows:
        evidence.setdefault(verdict_id, []).append({"url": url, "title": title, "note": note})
    return evidence


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_lines(claims: Iterable) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for row in verdict_rows(claims):
        row["evidence_urls"] = " ".join(e["url"] for e in row["evidence"])
        cells = []
        for key in CSV_FIELDS:
            value = row.get(key)
            if value is None:
                value = ""
            # Cells starting with = + - @ run as formulas in spreadsheets; quote them.
            elif isinstance(value, str) and value.startswith(FORMULA_STARTS):
                value = "'" + value
            cells.append(value)
        writer.writerow(cells)
        if buffer.tell() >= FLUSH_BYTES:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    remaining = buffer.getvalue()
    if remaining:
        yield remaining


def jsonl_lines(claims: Iterable) -> Iterator[str]:
    lines: list[str] = []
    size = 0
    for row in verdict_rows(claims):
        line = json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False) + "\n"
        lines.append(line)
        size += len(line)
        if size >= FLUSH_BYTES:
            yield "".join(lines)
            lines, size = [], 0
    if lines:
        yield "".join(lines)


def claim_url(claim) -> str:
    """ClaimReview's `url`: where readers find the fact-check (FACTCHECK_CLAIM_URL_TEMPLATE)."""
    return settings.FACTCHECK_CLAIM_URL_TEMPLATE.format(
        base=settings.FACTCHECK_PUBLIC_URL, id=claim.pk, article=claim.article_id
    )


def claim_review(claim, best: int, worst: int) -> dict:
    """One schema.org ClaimReview for a published verdict."""
    verdict = claim.verdict
    rating = verdict.rating
    speaker = claim_speaker(claim)
    item: dict = {"@type": "Claim"}
    if speaker:
        item["author"] = {"@type": _speaker_type(speaker), "name": speaker}
    if claim.article.published_at:
        item["datePublished"] = claim.article.published_at.date().isoformat()
    appearance = {"@type": "CreativeWork", "headline": claim.article.title}
    if claim.article.url:
        appearance["url"] = claim.article.url
    item["appearance"] = appearance
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claim_url(claim),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": settings.FACTCHECK_ORGANISATION},
        "datePublished": (verdict.approved_at or verdict.updated_at).date().isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": best,
            "worstRating": worst,
            "alternateName": rating.label,
        },
        "reviewBody": verdict.rationale,
    }


def _speaker_type(speaker: str) -> str:
    """People are named with two or more words; "Germany" and "The Kremlin" are organisations."""
    words = speaker.split()
    return "Person" if len(words) >= 2 and words[0].lower() != "the" else "Organization"
