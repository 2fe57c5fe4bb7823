"""Verdict exports: CSV and JSON Lines rows, and schema.org ClaimReview documents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from .serializers import PublishedVerdictSerializer, claim_speaker

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


def verdict_rows(claims: Iterable) -> Iterator[dict]:
    for claim in claims:
        yield PublishedVerdictSerializer(claim).data


def csv_lines(claims: Iterable) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in verdict_rows(claims):
        row = dict(row)
        row["evidence_urls"] = " ".join(e["url"] for e in row["evidence"])
        # Cells starting with = + - @ run as formulas in spreadsheets; quote them.
        for key, value in row.items():
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                row[key] = "'" + value
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    remaining = buffer.getvalue()
    if remaining:
        yield remaining


def jsonl_lines(claims: Iterable) -> Iterator[str]:
    for row in verdict_rows(claims):
        yield json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False) + "\n"


def claim_url(claim) -> str:
    return f"{settings.FACTCHECK_PUBLIC_URL}/claims/{claim.pk}/"


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
