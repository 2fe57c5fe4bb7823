"""The one place where a claim's status and verdict change (STYLE: one function per transition).

The API, the admin's bulk actions and the web UI all call `claim_review`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from factcheck.exceptions import Conflict, InvalidInput, NotAllowed, NotFound, PreconditionFailed
from factcheck.roles import can_approve, can_review

from .models import ClaimEvent, Evidence, Rating, Verdict
from .workflow import LEAD_ONLY, MOVES, allowed_moves

UNSET = object()
# A claim in these states carries a verdict with a rating.
RATED_STATUSES = frozenset({ClaimStatus.REVIEWED, ClaimStatus.APPROVED})


@dataclass(frozen=True)
class EvidenceInput:
    url: str
    title: str = ""
    note: str = ""


def claim_etag(claim: Claim) -> str:
    return f'"claim-{claim.pk}-v{claim.version}"'


def _clean_evidence(items) -> list[EvidenceInput]:
    if not isinstance(items, list | tuple):
        raise InvalidInput(
            "evidence must be a list of {url, title?, note?}.", extra={"field": "evidence"}
        )
    if len(items) > 50:
        raise InvalidInput("evidence has more than 50 sources.", extra={"field": "evidence"})
    cleaned = []
    validate_url = URLValidator(schemes=["http", "https"])
    for position, item in enumerate(items):
        if isinstance(item, EvidenceInput):
            item = {"url": item.url, "title": item.title, "note": item.note}
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise InvalidInput(
                f"evidence[{position}] needs a 'url' string.", extra={"field": "evidence"}
            )
        url = item["url"].strip()
        try:
            validate_url(url)
        except ValidationError:
            raise InvalidInput(
                f"evidence[{position}].url is not an http(s) URL.", extra={"field": "evidence"}
            ) from None
        title, note = item.get("title") or "", item.get("note") or ""
        if not isinstance(title, str) or not isinstance(note, str):
            raise InvalidInput(
                f"evidence[{position}] title and note must be text.", extra={"field": "evidence"}
            )
        if len(url) > 2000 or len(title) > 300 or len(note) > 5000:
            raise InvalidInput(f"evidence[{position}] is too long.", extra={"field": "evidence"})
        cleaned.append(EvidenceInput(url=url, title=title.strip(), note=note.strip()))
    return cleaned


def _resolve_rating(slug) -> Rating | None:
    if slug in (None, ""):
        return None
    rating = (
        Rating.objects.filter(slug=slug, is_active=True).first() if isinstance(slug, str) else None
    )
    if rating is None:
        slugs = list(Rating.objects.filter(is_active=True).values_list("slug", flat=True))
        raise InvalidInput(
            f"'{str(slug)[:40]}' is not a rating on the scale; use one of: {', '.join(slugs)}.",
            code="invalid_rating",
            extra={"field": "rating", "allowed": slugs},
        )
    return rating


def _evidence_snapshot(evidence: list[Evidence] | list[EvidenceInput]) -> list[dict]:
    return [{"url": e.url, "title": e.title, "note": e.note} for e in evidence]


@transaction.atomic
def claim_review(
    *,
    claim_id: int,
    actor,
    status=UNSET,
    rating=UNSET,
    rationale=UNSET,
    evidence=UNSET,
    if_match: str | None = None,
    via: str = "api",
) -> Claim:
    """Change a claim's status and/or verdict, check the workflow, and record the event.

    Locks the claim row; refuses stale writes (`if_match`), moves the workflow does not allow
    (409 with the allowed moves), approval without a rating or enough evidence, and any change
    to a published verdict that is not a lead's retraction.
    """
    if not can_review(actor):
        raise NotAllowed("Only reviewers, leads and admins can review claims.")
    claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
    if claim is None:
        raise NotFound("claim not found.")
    if if_match and if_match.strip() not in {claim_etag(claim), "*"}:
        raise PreconditionFailed(
            "the claim changed since you read it; reload it and apply your change again.",
            extra={"etag": claim_etag(claim)},
        )

    is_lead = can_approve(actor)
    verdict = Verdict.objects.filter(claim=claim).select_related("rating").first()
    old_evidence = list(verdict.evidence.all()) if verdict else []
    changes: dict[str, dict] = {}

    new_rating = verdict.rating if verdict else None
    if rating is not UNSET:
        new_rating = _resolve_rating(rating)
        if new_rating != (verdict.rating if verdict else None):
            changes["rating"] = {
                "from": verdict.rating.slug if verdict and verdict.rating else None,
                "to": new_rating.slug if new_rating else None,
            }
    new_rationale = verdict.rationale if verdict else ""
    if rationale is not UNSET:
        if not isinstance(rationale, str) and rationale is not None:
            raise InvalidInput("rationale must be text.", extra={"field": "rationale"})
        new_rationale = (rationale or "").strip()
        if len(new_rationale) > 20_000:
            raise InvalidInput(
                "rationale is too long (20,000 characters at most).", extra={"field": "rationale"}
            )
        if new_rationale != (verdict.rationale if verdict else ""):
            changes["rationale"] = {
                "from": verdict.rationale if verdict else "",
                "to": new_rationale,
            }
    new_evidence: list[EvidenceInput] | None = None
    if evidence is not UNSET:
        new_evidence = _clean_evidence(evidence if evidence is not None else [])
        if _evidence_snapshot(new_evidence) != _evidence_snapshot(old_evidence):
            changes["evidence"] = {
                "from": _evidence_snapshot(old_evidence),
                "to": _evidence_snapshot(new_evidence),
            }
    evidence_count = len(new_evidence) if new_evidence is not None else len(old_evidence)

    old_status = claim.status
    new_status = old_status if status is UNSET else status
    if new_status not in ClaimStatus.values:
        raise InvalidInput(
            f"'{str(new_status)[:40]}' is not a status; use one of: {', '.join(ClaimStatus.values)}.",
            extra={"field": "status"},
        )
    moving = new_status != old_status
    if moving:
        if new_status not in MOVES.get(old_status, ()):
            raise Conflict(
                f"a claim cannot move from {old_status} to {new_status}.",
                code="invalid_transition",
                extra={"allowed": allowed_moves(old_status, is_lead=is_lead)},
            )
        if (old_status, new_status) in LEAD_ONLY and not is_lead:
            raise NotAllowed(
                f"only a lead can move a claim from {old_status} to {new_status}.",
                extra={"allowed": allowed_moves(old_status, is_lead=is_lead)},
            )
    if (
        old_status == ClaimStatus.APPROVED
        and changes
        and not (moving and new_status == ClaimStatus.IN_REVIEW)
    ):
        raise Conflict(
            "this verdict is published; a lead must retract it (approved -> in_review) before it changes.",
            code="published",
            extra={"allowed": allowed_moves(old_status, is_lead=is_lead)},
        )
    if new_status in RATED_STATUSES and new_rating is None:
        raise Conflict(
            f"a claim needs a rating before it is {new_status}.",
            code="rating_required",
            extra={"allowed": allowed_moves(old_status, is_lead=is_lead)},
        )
    minimum = settings.FACTCHECK_MIN_EVIDENCE_TO_APPROVE
    if moving and new_status == ClaimStatus.APPROVED and evidence_count < minimum:
        raise Conflict(
            f"approval needs at least {minimum} evidence sources; this verdict has {evidence_count}.",
            code="evidence_required",
            extra={"allowed": allowed_moves(old_status, is_lead=is_lead)},
        )

    if not changes and not moving:
        return claim

    # A verdict exists once something of it was written; the rating rule above guarantees one
    # for reviewed and approved claims.
    if verdict is None and changes:
        verdict = Verdict(claim=claim)
    if verdict is not None:
        verdict.rating = new_rating
        verdict.rationale = new_rationale
        if changes:
            verdict.reviewer = actor
        if moving and new_status == ClaimStatus.APPROVED:
            verdict.approved_by, verdict.approved_at = actor, timezone.now()
        elif moving and old_status == ClaimStatus.APPROVED:
            verdict.approved_by, verdict.approved_at = None, None
        verdict.save()
        if "evidence" in changes:
            verdict.evidence.all().delete()
            Evidence.objects.bulk_create(
                Evidence(verdict=verdict, url=e.url, title=e.title, note=e.note, position=i)
                for i, e in enumerate(new_evidence)
            )

    claim.status = new_status
    claim.version += 1
    claim.save(update_fields=["status", "version", "updated_at"])
    if (
        moving
        and ClaimStatus.APPROVED in (old_status, new_status)
        and settings.FACTCHECK_WEBHOOK_URL
    ):
        from claims.services import send_after_commit

        from . import webhooks
        from .tasks import publish_verdict_webhook

        event = webhooks.PUBLISHED if new_status == ClaimStatus.APPROVED else webhooks.RETRACTED
        send_after_commit(publish_verdict_webhook, claim.pk, event)
    ClaimEvent.objects.create(
        claim=claim,
        actor=actor,
        from_status=old_status,
        to_status=new_status,
        changes=changes,
        via=via,
    )
    return claim
