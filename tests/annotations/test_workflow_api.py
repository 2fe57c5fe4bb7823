"""The review workflow over HTTP: allowed and refused moves, the evidence rule, ETags, history."""

import pytest

from annotations.models import ClaimEvent
from claims.models import ClaimStatus as S
from factcheck.roles import Role

from ..factories import make_claim

pytestmark = pytest.mark.django_db

EVIDENCE = [{"url": "https://example.org/1", "title": "Budget"}, {"url": "https://example.org/2"}]


def url(claim, suffix=""):
    return f"/api/v1/claims/{claim.pk}/{suffix}"


def patch(client, claim, headers=None, **data):
    return client.patch(url(claim), data, format="json", headers=headers or {})


ALLOWED = [
    (S.UNREVIEWED, S.IN_REVIEW),
    (S.UNREVIEWED, S.NOT_CHECKABLE),
    (S.UNREVIEWED, S.NEEDS_EVIDENCE),
    (S.IN_REVIEW, S.REVIEWED),
    (S.IN_REVIEW, S.NEEDS_EVIDENCE),
    (S.IN_REVIEW, S.NOT_CHECKABLE),
    (S.IN_REVIEW, S.UNREVIEWED),
    (S.NEEDS_EVIDENCE, S.IN_REVIEW),
    (S.NEEDS_EVIDENCE, S.REVIEWED),
    (S.REVIEWED, S.IN_REVIEW),
    (S.REVIEWED, S.NEEDS_EVIDENCE),
    (S.REVIEWED, S.APPROVED),
    (S.APPROVED, S.IN_REVIEW),
    (S.NOT_CHECKABLE, S.IN_REVIEW),
]
ALL_PAIRS = [(a, b) for a in S.values for b in S.values if a != b]


@pytest.mark.parametrize(("start", "target"), ALLOWED)
def test_allowed_moves_succeed_for_a_lead(api, start, target):
    claim = make_claim(start)
    response = (
        patch(api[Role.LEAD], claim, status=target, rating="false", evidence=EVIDENCE)
        if start != S.APPROVED
        else patch(api[Role.LEAD], claim, status=target)
    )
    assert response.status_code == 200, response.data
    assert response.data["status"] == target


@pytest.mark.parametrize(("start", "target"), [p for p in ALL_PAIRS if p not in ALLOWED])
def test_other_moves_are_refused_with_409_and_the_allowed_moves(api, start, target):
    claim = make_claim(start)
    response = patch(api[Role.LEAD], claim, status=target)
    assert response.status_code == 409, response.data
    assert response.data["code"] == "invalid_transition"
    assert set(response.data["allowed"]) == {b for a, b in ALLOWED if a == start}
    claim.refresh_from_db()
    assert claim.status == start


def test_a_reviewer_cannot_approve(api):
    claim = make_claim(S.REVIEWED)
    response = patch(api[Role.REVIEWER], claim, status=S.APPROVED)
    assert response.status_code == 403
    assert "lead" in response.data["detail"]
    assert S.APPROVED not in response.data["allowed"]
    claim.refresh_from_db()
    assert claim.status == S.REVIEWED


def test_approval_needs_enough_evidence(api, settings):
    settings.FACTCHECK_MIN_EVIDENCE_TO_APPROVE = 2
    claim = make_claim(S.IN_REVIEW)
    reviewer, lead = api[Role.REVIEWER], api[Role.LEAD]
    assert (
        patch(
            reviewer, claim, status=S.REVIEWED, rating="mostly-false", evidence=EVIDENCE[:1]
        ).status_code
        == 200
    )
    refused = patch(lead, claim, status=S.APPROVED)
    assert refused.status_code == 409
    assert refused.data["code"] == "evidence_required"
    assert "at least 2" in refused.data["detail"]
    # Evidence and the move together in one PATCH.
    approved = patch(lead, claim, status=S.APPROVED, evidence=EVIDENCE)
    assert approved.status_code == 200, approved.data
    verdict = approved.data["verdict"]
    assert verdict["rating"] == "mostly-false"
    assert verdict["approved_by"] == "lead-user"
    assert [e["url"] for e in verdict["evidence"]] == [e["url"] for e in EVIDENCE]


def test_reviewed_needs_a_rating(api):
    claim = make_claim(S.UNREVIEWED)
    patch(api[Role.REVIEWER], claim, status=S.IN_REVIEW)
    response = patch(api[Role.REVIEWER], claim, status=S.REVIEWED)
    assert response.status_code == 409
    assert response.data["code"] == "rating_required"


def test_unknown_rating_and_bad_evidence_are_400(api):
    claim = make_claim(S.IN_REVIEW)
    bad_rating = patch(api[Role.REVIEWER], claim, rating="pants-on-fire")
    assert bad_rating.status_code == 400
    assert "mostly-true" in bad_rating.data["detail"]
    bad_url = patch(api[Role.REVIEWER], claim, evidence=[{"url": "ftp://x"}])
    assert bad_url.status_code == 400
    assert "evidence" in bad_url.data["detail"]
    empty = patch(api[Role.REVIEWER], claim)
    assert empty.status_code == 400
    wrong_type = patch(api[Role.REVIEWER], claim, evidence="https://example.org")
    assert wrong_type.status_code == 400
    assert ClaimEvent.objects.filter(claim=claim, actor__username="reviewer-user").count() == 0


def test_a_published_verdict_changes_only_after_a_lead_retracts_it(api):
    claim = make_claim(S.APPROVED)
    edit = patch(api[Role.REVIEWER], claim, rating="true")
    assert edit.status_code == 409
    assert edit.data["code"] == "published"
    retract = patch(api[Role.REVIEWER], claim, status=S.IN_REVIEW)
    assert retract.status_code == 403
    retract = patch(api[Role.LEAD], claim, status=S.IN_REVIEW)
    assert retract.status_code == 200
    assert retract.data["verdict"]["approved_by"] is None


def test_etag_and_stale_if_match(api):
    claim = make_claim(S.UNREVIEWED)
    first = api[Role.REVIEWER].get(url(claim))
    etag = first["ETag"]
    assert etag
    ok = patch(api[Role.REVIEWER], claim, headers={"If-Match": etag}, status=S.IN_REVIEW)
    assert ok.status_code == 200
    assert ok["ETag"] != etag
    stale = patch(api[Role.LEAD], claim, headers={"If-Match": etag}, rating="false")
    assert stale.status_code == 412
    assert stale.data["etag"] == ok["ETag"]
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    assert not hasattr(claim, "verdict") or claim.verdict.rating is None


def test_history_records_every_change_with_who_and_what(api):
    claim = make_claim(S.UNREVIEWED)
    patch(api[Role.REVIEWER], claim, status=S.IN_REVIEW)
    patch(
        api[Role.REVIEWER], claim, rating="half-true", rationale="Partly right.", evidence=EVIDENCE
    )
    patch(api[Role.REVIEWER], claim, status=S.REVIEWED)
    patch(api[Role.LEAD], claim, status=S.APPROVED)
    response = api[Role.LEAD].get(url(claim, "history/"))
    assert response.status_code == 200
    events = response.data
    assert [(e["from_status"], e["to_status"]) for e in events] == [
        (S.UNREVIEWED, S.IN_REVIEW),
        (S.IN_REVIEW, S.IN_REVIEW),
        (S.IN_REVIEW, S.REVIEWED),
        (S.REVIEWED, S.APPROVED),
    ]
    assert [e["actor"] for e in events] == ["reviewer-user"] * 3 + ["lead-user"]
    assert events[1]["changes"]["rating"] == {"from": None, "to": "half-true"}
    assert events[1]["changes"]["rationale"]["to"] == "Partly right."
    assert len(events[1]["changes"]["evidence"]["to"]) == 2


def test_api_clients_see_only_published_claims_and_verdicts(api):
    draft = make_claim(S.REVIEWED)
    published = make_claim(S.APPROVED)
    client = api[Role.API_CLIENT]
    assert client.get(url(draft)).status_code == 404
    assert client.get(url(published)).data["verdict"]["rating"] == "false"
    # Not through filters either: a draft's status or rating must not leak.
    for query in ({"status": "reviewed"}, {"rating": "false"}, {}):
        ids = [c["id"] for c in client.get("/api/v1/claims/", query).data["results"]]
        assert draft.pk not in ids
    assert published.pk in [c["id"] for c in client.get("/api/v1/claims/").data["results"]]
    assert api[Role.REVIEWER].get(url(draft)).data["verdict"]["rating"] == "false"
    assert patch(client, published, status=S.IN_REVIEW).status_code == 403


def test_a_reviewed_claim_cannot_lose_its_rating(api):
    claim = make_claim(S.REVIEWED)
    response = patch(api[Role.REVIEWER], claim, rating=None)
    assert response.status_code == 409
    assert response.data["code"] == "rating_required"
    moved_back = patch(api[Role.REVIEWER], claim, status=S.IN_REVIEW, rating=None)
    assert moved_back.status_code == 200
    assert moved_back.data["verdict"]["rating"] is None
