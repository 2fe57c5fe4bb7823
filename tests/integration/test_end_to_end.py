"""The whole loop over real HTTP: post an article, read its claims, review one, pull the verdict."""

import json
import urllib.error
import urllib.request

import pytest
from rest_framework.authtoken.models import Token

from factcheck.roles import Role

from ..factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def call(live_server, token, method, path, body=None, headers=None):
    request = urllib.request.Request(
        live_server.url + path,
        data=json.dumps(body).encode() if body is not None else None,
        method=method,
        headers={
            "Authorization": f"Token {token}",
            "Content-Type": "application/json",
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, dict(response.headers), raw
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_article_to_published_verdict(live_server, seed_text, settings):
    settings.FACTCHECK_MIN_EVIDENCE_TO_APPROVE = 1
    reviewer = Token.objects.create(user=UserFactory(username="rev", role=Role.REVIEWER)).key
    lead = Token.objects.create(user=UserFactory(username="lead", role=Role.LEAD)).key
    client = Token.objects.create(user=UserFactory(username="cms", role=Role.API_CLIENT)).key

    status, _, raw = call(live_server, "nope", "GET", "/api/v1/claims/")
    assert status == 401
    assert json.loads(raw)["code"] == "authentication_failed"

    body = seed_text.partition("\n\n")[2]
    status, _, raw = call(
        live_server,
        reviewer,
        "POST",
        "/api/v1/articles/",
        {"title": "Belarus", "body": body, "url": "https://example.org/belarus"},
    )
    assert status == 201
    article = json.loads(raw)

    status, _, raw = call(live_server, reviewer, "GET", f"/api/v1/articles/{article['id']}/")
    assert json.loads(raw)["status"] == "ready"

    status, _, raw = call(
        live_server,
        reviewer,
        "GET",
        f"/api/v1/claims/?article={article['id']}&speaker=Alexander%20Lukashenko",
    )
    claims = json.loads(raw)["results"]
    assert claims, "the seed article quotes Lukashenko"
    claim = claims[0]
    assert claim["text"] == body[claim["start"] : claim["end"]]
    assert claim["attributions"][0]["speaker"] == "Alexander Lukashenko"

    path = f"/api/v1/claims/{claim['id']}/"
    status, headers, _ = call(live_server, reviewer, "GET", path)
    etag = headers["ETag"]
    status, headers, raw = call(
        live_server, reviewer, "PATCH", path, {"status": "in_review"}, {"If-Match": etag}
    )
    assert status == 200, raw
    status, _, raw = call(
        live_server,
        reviewer,
        "PATCH",
        path,
        {
            "status": "reviewed",
            "rating": "mostly-false",
            "rationale": "Records differ.",
            "evidence": [{"url": "https://example.org/records", "title": "Records"}],
        },
    )
    assert status == 200, raw
    status, _, raw = call(live_server, reviewer, "PATCH", path, {"status": "approved"})
    assert status == 403
    status, _, raw = call(live_server, lead, "PATCH", path, {"status": "approved"})
    assert status == 200, raw

    status, _, raw = call(live_server, client, "GET", "/api/v1/verdicts/")
    verdicts = json.loads(raw)["results"]
    assert [v["claim_id"] for v in verdicts] == [claim["id"]]
    assert verdicts[0]["rating"] == "mostly-false"
    status, headers, raw = call(live_server, client, "GET", "/api/v1/verdicts/?format=csv")
    assert status == 200
    assert headers["Content-Type"].startswith("text/csv")
    assert "mostly-false" in raw.decode()
    status, _, raw = call(live_server, client, "GET", "/api/v1/verdicts/claimreview/")
    review = json.loads(raw)["@graph"][0]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim["text"]
    assert review["itemReviewed"]["author"]["name"] == "Alexander Lukashenko"
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/belarus"
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["reviewRating"]["bestRating"] == 7
    assert review["reviewRating"]["worstRating"] == 1

    status, _, raw = call(live_server, lead, "GET", f"/api/v1/claims/{claim['id']}/history/")
    assert [e["to_status"] for e in json.loads(raw)] == ["in_review", "reviewed", "approved"]
