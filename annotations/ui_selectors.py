"""Reads for the web UI: the review queue, article progress, a reviewer's work, claim highlights."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When

from claims.models import Article, Claim, ClaimStatus

from .models import ClaimEvent
from .selectors import claim_list

# Claims that still need a reviewer come first in the queue.
OPEN_STATUSES = (ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW, ClaimStatus.NEEDS_EVIDENCE)
# A claim counts as done for progress once it has a verdict or is set aside as not checkable.
DONE_STATUSES = (ClaimStatus.REVIEWED, ClaimStatus.APPROVED, ClaimStatus.NOT_CHECKABLE)
ROLE_ORDER = {"source": 0, "cue": 1, "content": 2}


def review_queue(
    *, status: str = "", article: int | None = None, speaker: str = "", type: str = ""
) -> QuerySet[Claim]:
    """Claims to review: open ones first, then by article and reading order."""
    qs = (
        claim_list()
        .select_related("article")
        .defer("article__body")
        .annotate(
            open_first=Case(
                When(status__in=OPEN_STATUSES, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
    )
    if status:
        qs = qs.filter(status=status)
    if article:
        qs = qs.filter(article_id=article)
    if type:
        qs = qs.filter(type=type)
    if speaker:
        qs = qs.filter(
            pk__in=Claim.objects.filter(attributions__speaker__icontains=speaker).values("pk")
        )
    return qs.order_by("open_first", "article_id", "index")


def article_counts(article_id: int) -> tuple[int, int]:
    """(done, total) claims of one article, as the progress bar counts them."""
    claims = Claim.objects.filter(article_id=article_id)
    return claims.filter(status__in=DONE_STATUSES).count(), claims.count()


def article_progress(*, article_ids: list[int] | None = None) -> QuerySet[Article]:
    """Articles, newest first, each with `claim_total` and `claim_done` (reviewed of total)."""
    qs = Article.objects.defer("body").annotate(
        claim_total=Count("claims"),
        claim_done=Count("claims", filter=Q(claims__status__in=DONE_STATUSES)),
    )
    if article_ids is not None:
        qs = qs.filter(pk__in=article_ids)
    return qs.order_by("-id")


def article_claims(article: Article) -> QuerySet[Claim]:
    return claim_list().filter(article=article).order_by("index")


def claim_detail(claim_id: int) -> Claim | None:
    return claim_list().select_related("article").defer("article__body").filter(pk=claim_id).first()


def reviewer_events(user, *, limit: int = 100) -> QuerySet[ClaimEvent]:
    """A reviewer's recent work: their claim events, newest first."""
    return (
        ClaimEvent.objects.filter(actor=user)
        .select_related("claim", "claim__article")
        .defer("claim__article__body")
        .order_by("-created_at", "-id")[:limit]
    )


@dataclass(frozen=True)
class Segment:
    """A piece of a claim's text; `role` is source, cue, content or "" for plain text."""

    text: str
    role: str = ""
    speaker: str = ""


def claim_segments(claim: Claim) -> list[Segment]:
    """Split the claim's text at its attributions' source, cue and content spans.

    Offsets are into the article body; spans are clipped to the claim. Where spans overlap, the
    source beats the cue and the cue beats the content. Reads the prefetched attributions only.
    """
    length = len(claim.text)
    roles: list[str] = [""] * length
    speakers: list[str] = [""] * length
    for attribution in claim.attributions.all():
        for role in ("content", "cue", "source"):  # later roles overwrite earlier ones
            start = getattr(attribution, f"{role}_start")
            end = getattr(attribution, f"{role}_end")
            if start is None or end is None:
                continue
            lo, hi = max(start - claim.start, 0), min(end - claim.start, length)
            for i in range(lo, hi):
                roles[i] = role
                speakers[i] = attribution.speaker
    segments: list[Segment] = []
    i = 0
    while i < length:
        j = i
        while j < length and roles[j] == roles[i] and speakers[j] == speakers[i]:
            j += 1
        segments.append(Segment(claim.text[i:j], roles[i], speakers[i] if roles[i] else ""))
        i = j
    return segments
