"""Each role's status code on every endpoint (CONTRACT §4): nobody gets in where they don't belong."""

import pytest

from claims.models import ClaimStatus as S
from factcheck.roles import Role

from .factories import make_claim

pytestmark = pytest.mark.django_db

ANON, NOROLE, CLIENT, REVIEWER, LEAD, ADMIN = (
    "anon",
    None,
    Role.API_CLIENT,
    Role.REVIEWER,
    Role.LEAD,
    Role.ADMIN,
)
WHO = [ANON, NOROLE, CLIENT, REVIEWER, LEAD, ADMIN]


def expect(anon, norole, client, reviewer, lead, admin):
    return dict(zip(WHO, (anon, norole, client, reviewer, lead, admin), strict=True))


# (method, path template, body, expected status per role)
MATRIX = [
    ("get", "/api/v1/articles/", None, expect(401, 403, 403, 200, 200, 200)),
    ("get", "/api/v1/articles/{article}/", None, expect(401, 403, 403, 200, 200, 200)),
    (
        "post",
        "/api/v1/articles/",
        {"title": "T", "body": "Role {who} posts. Fine."},
        expect(401, 403, 403, 201, 201, 201),
    ),
    ("post", "/api/v1/articles/{article}/retry/", None, expect(401, 403, 403, 202, 202, 202)),
    ("get", "/api/v1/claims/", None, expect(401, 403, 200, 200, 200, 200)),
    # The claim is in review: API clients see published claims only.
    ("get", "/api/v1/claims/{claim}/", None, expect(401, 403, 404, 200, 200, 200)),
    (
        "patch",
        "/api/v1/claims/{claim}/",
        {"rationale": "by {who}"},
        expect(401, 403, 403, 200, 200, 200),
    ),
    ("get", "/api/v1/claims/{claim}/history/", None, expect(401, 403, 403, 200, 200, 200)),
    ("get", "/api/v1/ratings/", None, expect(401, 403, 200, 200, 200, 200)),
    ("get", "/api/v1/verdicts/", None, expect(401, 403, 200, 200, 200, 200)),
    ("get", "/api/v1/verdicts/?format=csv", None, expect(401, 403, 200, 200, 200, 200)),
    ("get", "/api/v1/verdicts/claimreview/", None, expect(401, 403, 200, 200, 200, 200)),
    ("get", "/api/v1/jobs/", None, expect(401, 403, 403, 200, 200, 200)),
    ("get", "/api/schema/", None, expect(401, 200, 200, 200, 200, 200)),
    ("get", "/api/docs/", None, expect(401, 200, 200, 200, 200, 200)),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX]
)
def test_role_matrix(api, method, path, body, expected):
    claim = make_claim(S.IN_REVIEW)
    for who, status in expected.items():
        target = path.format(article=claim.article_id, claim=claim.pk)
        data = {k: v.format(who=who) for k, v in body.items()} if body else None
        response = getattr(api[who], method)(target, data, format="json")
        assert response.status_code == status, f"{who}: {method} {target} -> {response.status_code}"


# The web UI and the admin, through Django's session login. 302 = sent to a login page.
PAGES = [
    ("get", "/", expect(302, 403, 403, 200, 200, 200)),
    ("get", "/articles/{article}/", expect(302, 403, 403, 200, 200, 200)),
    ("get", "/articles/new/", expect(302, 403, 403, 200, 200, 200)),
    ("get", "/claims/{claim}/", expect(302, 403, 403, 302, 302, 302)),
    ("get", "/claims/{claim}/panel/", expect(302, 403, 403, 200, 200, 200)),
    ("post", "/claims/{claim}/review/", expect(302, 403, 403, 302, 302, 302)),
    ("get", "/me/", expect(302, 403, 403, 302, 302, 302)),
    ("get", "/accounts/login/", expect(200, 200, 200, 200, 200, 200)),
    # Leads are staff for one thing: the rating scale.
    ("get", "/admin/", expect(302, 302, 302, 302, 200, 200)),
    ("get", "/admin/annotations/rating/", expect(302, 302, 302, 302, 200, 200)),
    ("get", "/admin/claims/claim/", expect(302, 302, 302, 302, 403, 200)),
    ("get", "/admin/auth/user/", expect(302, 302, 302, 302, 403, 200)),
    ("get", "/admin/authtoken/tokenproxy/", expect(302, 302, 302, 302, 403, 200)),
]


@pytest.mark.parametrize(
    ("method", "path", "expected"), PAGES, ids=[f"{m} {p}" for m, p, _ in PAGES]
)
def test_page_role_matrix(users, method, path, expected):
    from django.test import Client

    claim = make_claim(S.IN_REVIEW)
    for who, status in expected.items():
        client = Client()
        if who != ANON:
            client.force_login(users[who])
        target = path.format(article=claim.article_id, claim=claim.pk)
        data = {"rationale": f"by {who}", "version": claim.version} if method == "post" else None
        response = getattr(client, method)(target, data)
        assert response.status_code == status, f"{who}: {method} {target} -> {response.status_code}"
        if who == ANON and status == 302:
            assert "/login/" in response["Location"]
