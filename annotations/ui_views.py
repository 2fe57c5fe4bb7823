"""The fact-checkers' web UI: server-rendered pages; every write goes through the services."""

from __future__ import annotations

from functools import wraps
from itertools import groupby

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims.models import Article, Claim, ClaimStatus
from claims.services import article_create
from factcheck.exceptions import DomainError
from factcheck.roles import can_approve, can_review

from .forms import ArticleForm, QueueFilterForm, evidence_from_post
from .selectors import rating_list
from .services import UNSET, claim_etag, claim_review
from .ui_selectors import (
    DONE_STATUSES,
    OPEN_STATUSES,
    article_claims,
    article_counts,
    article_progress,
    claim_detail,
    claim_segments,
    review_queue,
    reviewer_events,
)
from .workflow import allowed_moves

QUEUE_PAGE_SIZE = 50
STATUS_LABELS = {s.value: s.label for s in ClaimStatus}


def reviewer_required(view):
    """Anonymous users go to the login page; signed-in users without a desk role get 403."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied("Only reviewers, leads and admins can use the review desk.")
        return view(request, *args, **kwargs)

    return login_required(wrapped)


@require_GET
@reviewer_required
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    claims = review_queue(
        status=filters.get("status") or "",
        article=filters.get("article"),
        speaker=filters.get("speaker") or "",
        type=filters.get("type") or "",
    )
    page = Paginator(claims, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "review/queue.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "progress": article_progress()[:100],
            "status_labels": STATUS_LABELS,
        },
    )


def _paragraphs(claims: list[Claim]) -> list[dict]:
    """Claims grouped into the article's paragraphs, each claim with its highlighted segments."""
    paragraphs = []
    for number, group in groupby(claims, key=lambda c: c.paragraph):
        items = [{"claim": c, "segments": claim_segments(c)} for c in group]
        heading = all(item["claim"].kind != Claim.Kind.SENTENCE for item in items)
        paragraphs.append({"number": number, "claims": items, "heading": heading})
    return paragraphs


def _verdict_values(claim: Claim) -> dict:
    verdict = getattr(claim, "verdict", None)
    if verdict is None:
        return {"rating": "", "rationale": "", "evidence": []}
    return {
        "rating": verdict.rating.slug if verdict.rating else "",
        "rationale": verdict.rationale,
        "evidence": [
            {"url": e.url, "title": e.title, "note": e.note} for e in verdict.evidence.all()
        ],
    }


def _panel_context(
    request: HttpRequest,
    claim: Claim,
    *,
    ratings=None,
    posted: dict | None = None,
    error: DomainError | None = None,
    saved: bool = False,
    unchanged: bool = False,
) -> dict:
    is_lead = can_approve(request.user)
    moves = allowed_moves(claim.status, is_lead=is_lead)
    allowed = (error.extra.get("allowed") if error else None) or []
    return {
        "claim": claim,
        "etag": claim_etag(claim),
        "values": posted or _verdict_values(claim),
        "ratings": list(ratings if ratings is not None else rating_list()),
        "moves": [(m, STATUS_LABELS[m]) for m in moves if m != ClaimStatus.APPROVED],
        "can_approve": ClaimStatus.APPROVED in moves,
        "can_retract": is_lead and claim.status == ClaimStatus.APPROVED,
        "error": error,
        "error_allowed": [STATUS_LABELS.get(m, m) for m in allowed],
        "saved": saved,
        "unchanged": unchanged,
        "status_label": STATUS_LABELS[claim.status],
    }


def _article_page(
    request: HttpRequest,
    article: Article,
    *,
    selected_id: int | None = None,
    panel: dict | None = None,
    status: int = 200,
) -> HttpResponse:
    claims = list(article_claims(article))
    by_id = {c.pk: c for c in claims}
    selected = by_id.get(selected_id) or next(
        (c for c in claims if c.status in OPEN_STATUSES), claims[0] if claims else None
    )
    ratings = list(rating_list())
    if panel is None and selected is not None:
        panel = _panel_context(request, selected, ratings=ratings)
    done = sum(1 for c in claims if c.status in DONE_STATUSES)
    context = {
        "article": article,
        "paragraphs": _paragraphs(claims),
        "selected": selected,
        "panel": bool(panel),
        "claim_total": len(claims),
        "claim_done": done,
        "is_lead": can_approve(request.user),
    }
    # The panel's partial reads its variables at the top level, as when it is fetched alone.
    return render(request, "review/article.html", {**(panel or {}), **context}, status=status)


@require_GET
@reviewer_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    try:
        selected_id = int(request.GET.get("claim", ""))
    except ValueError:
        selected_id = None
    return _article_page(request, article, selected_id=selected_id)


def _claim_or_404(pk: int) -> Claim:
    claim = claim_detail(pk)
    if claim is None:
        raise Http404("claim not found.")
    return claim


@require_GET
@reviewer_required
def claim_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """The side panel for one claim, swapped in by the article page's script."""
    claim = _claim_or_404(pk)
    return render(request, "review/_panel.html", _panel_context(request, claim))


@require_POST
@reviewer_required
def claim_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Parse the panel's form and hand it to `claim_review`; domain errors keep their status."""
    claim = _claim_or_404(pk)
    data = request.POST
    status = data.get("status") or UNSET
    action = data.get("action")
    if action == "approve":
        status = ClaimStatus.APPROVED
    elif action == "retract":
        status = ClaimStatus.IN_REVIEW
    rating = data.get("rating", UNSET)
    rationale = data.get("rationale", UNSET)
    evidence = evidence_from_post(data) if "evidence_present" in data else UNSET
    try:
        updated = claim_review(
            claim_id=claim.pk,
            actor=request.user,
            status=status,
            rating=rating,
            rationale=rationale,
            evidence=evidence,
            if_match=data.get("etag") or None,
            via="ui",
        )
    except DomainError as exc:
        posted = _verdict_values(claim) | {"status": data.get("status", "")}
        if rating is not UNSET:
            posted["rating"] = rating
        if rationale is not UNSET:
            posted["rationale"] = rationale
        if evidence is not UNSET:
            posted["evidence"] = evidence
        panel = _panel_context(request, claim, posted=posted, error=exc)
        if request.htmx:
            return render(request, "review/_panel.html", panel, status=exc.status_code)
        return _article_page(
            request, claim.article, selected_id=claim.pk, panel=panel, status=exc.status_code
        )
    changed = updated.version != claim.version
    claim = _claim_or_404(pk)
    if request.htmx:
        panel = render(
            request,
            "review/_panel.html",
            _panel_context(request, claim, saved=changed, unchanged=not changed),
        )
        if changed:  # the article's progress bar, swapped out of band
            done, total = article_counts(claim.article_id)
            panel.content += render(
                request,
                "review/_progress.html",
                {"oob": True, "claim_done": done, "claim_total": total},
            ).content
        return panel
    if changed:
        messages.success(request, f"Claim {claim.index + 1} saved ({STATUS_LABELS[claim.status]}).")
    else:
        messages.info(request, f"Claim {claim.index + 1}: nothing changed, nothing saved.")
    url = reverse("ui-article", args=[claim.article_id])
    return redirect(f"{url}?claim={claim.pk}#claim-{claim.pk}")


@require_http_methods(["GET", "POST"])
@reviewer_required
def article_new(request: HttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = article_create(**form.cleaned_data, created_by=request.user)
        except DomainError as exc:
            field = exc.extra.get("field")
            form.add_error(field if field in form.fields else None, exc.detail)
        else:
            if result.created:
                messages.success(request, "Article added; attribution is running.")
            else:
                messages.info(request, "This article was already here; showing the existing one.")
            return redirect("ui-article", pk=result.article.pk)
    return render(request, "review/article_new.html", {"form": form}, status=200)


@require_GET
@reviewer_required
def reviewer_detail(request: HttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(get_user_model(), username=username)
    return render(
        request,
        "review/reviewer.html",
        {
            "person": person,
            "events": reviewer_events(person),
            "status_labels": STATUS_LABELS,
        },
    )


@require_GET
@reviewer_required
def me(request: HttpRequest) -> HttpResponse:
    return redirect("ui-reviewer", username=request.user.get_username())


@require_GET
@reviewer_required
def claim_detail_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    """A claim's own URL (ClaimReview's `url`): its article, with the claim selected."""
    claim = get_object_or_404(Claim.objects.only("pk", "article_id"), pk=pk)
    return redirect(f"{reverse('ui-article', args=[claim.article_id])}?claim={claim.pk}")
