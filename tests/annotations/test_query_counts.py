"""List endpoints run a fixed number of queries, whatever the page size (no N+1).

Each endpoint is requested with a small and a large page over data with attributions, verdicts,
ratings, reviewers and evidence; both must run the same, pinned, number of queries.
"""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import ClaimStatus as S
from factcheck.roles import Role

from ..factories import make_claim

pytestmark = pytest.mark.django_db

SMALL, LARGE = 5, 40

# Pinned counts (per request, after the first request of a client has cached its roles).
EXPECTED = {
    "/api/v1/claims/": 4,  # the page's ids; claims+verdict+rating+people, attributions, evidence
    "/api/v1/verdicts/": 4,  # the page's ids; verdict rows with the article, speakers, evidence
    "/api/v1/verdicts/claimreview/": 4,  # + the rating scale's best/worst
    "/api/v1/articles/": 1,  # articles with claim_count
}
# Token authentication adds the token (with its user) and the user's roles, once per request.
TOKEN_AUTH_QUERIES = 2

# A mix of states, most of them with a verdict (rating, reviewer, approver, evidence).
STATES = [S.APPROVED, S.APPROVED, S.REVIEWED, S.IN_REVIEW, S.UNREVIEWED]


@pytest.fixture
def claims(users):
    lead = users[Role.LEAD]
    made = [make_claim(STATES[i % len(STATES)], actor=lead) for i in range(LARGE)]
    # Every claim list needs at least LARGE approved claims for the published-verdict endpoints.
    made += [make_claim(S.APPROVED, actor=lead) for _ in range(LARGE)]
    return made


def count_queries(client, path: str, page_size: int) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, {"page_size": page_size})
        assert response.status_code == 200, response.content[:500]
        body = response.json()
        rows = body.get("results", body.get("@graph"))
        assert len(rows) == page_size, (path, page_size, len(rows))
    return len(ctx.captured_queries), [q["sql"] for q in ctx.captured_queries]


CASES = [
    (path, role)
    for path in EXPECTED
    for role in (Role.LEAD, Role.API_CLIENT)
    if not (path == "/api/v1/articles/" and role == Role.API_CLIENT)
]  # clients can't read articles


@pytest.mark.parametrize(("path", "role"), CASES)
def test_list_query_count_does_not_grow_with_page_size(api, claims, path, role):
    client = api[role]
    client.get(path, {"page_size": 1})  # warm the per-user role cache
    small, _ = count_queries(client, path, SMALL)
    large, large_sql = count_queries(client, path, LARGE)
    assert small == large, "queries grow with page size:\n" + "\n".join(large_sql)
    assert large == EXPECTED[path], "\n".join(large_sql)


def test_pinned_count_with_django_assert_num_queries(api, claims, django_assert_num_queries):
    client = api[Role.LEAD]
    client.get("/api/v1/claims/", {"page_size": 1})
    for page_size in (SMALL, LARGE):
        with django_assert_num_queries(EXPECTED["/api/v1/claims/"]):
            response = client.get("/api/v1/claims/", {"page_size": page_size})
        assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/verdicts/"])
def test_token_authenticated_lists_add_a_fixed_number(users, claims, path):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=users[Role.LEAD])}")
    small, _ = count_queries(client, path, SMALL)
    large, sql = count_queries(client, path, LARGE)
    assert small == large == EXPECTED[path] + TOKEN_AUTH_QUERIES, "\n".join(sql)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_exports_run_a_fixed_number_of_queries_per_chunk(api, claims, monkeypatch, fmt):
    from annotations import exports

    client = api[Role.API_CLIENT]
    client.get("/api/v1/verdicts/", {"page_size": 1})
    published = len([c for c in claims if c.status == S.APPROVED])
    counts = {}
    for chunk in (5, 1000):
        monkeypatch.setattr(exports, "EXPORT_CHUNK", chunk)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/api/v1/verdicts/", {"format": fmt})
            body = b"".join(response.streaming_content).decode()
        assert response.status_code == 200
        assert len(body.strip().splitlines()) == published + (fmt == "csv")
        counts[chunk] = len(ctx.captured_queries)
    # One cursor over the rows, then speakers and evidence once per chunk.
    chunks = -(-published // 5)
    assert counts[1000] == 3
    assert counts[5] == 1 + 2 * chunks


def test_jsonl_rows_are_the_serializers_rows(api, claims):
    import json

    from annotations.selectors import verdict_list
    from annotations.serializers import PublishedVerdictSerializer

    response = api[Role.API_CLIENT].get("/api/v1/verdicts/", {"format": "jsonl"})
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    expected = [json.loads(json.dumps(PublishedVerdictSerializer(c).data)) for c in verdict_list()]
    assert rows == expected
    assert all(len(row["evidence"]) == 2 for row in rows)
    assert any(row["speaker"] for row in rows)


@pytest.mark.parametrize("role", [Role.LEAD, Role.API_CLIENT])
def test_detail_and_patch_rows_equal_the_serializer(api, role):
    """Detail and PATCH answers are flat rows too (selectors.claim_rows); they must match the
    serializer that documents the shape, drafts hidden from API clients."""
    from annotations.selectors import claim_list
    from annotations.serializers import ClaimOutputSerializer

    published, draft = make_claim(S.APPROVED), make_claim(S.REVIEWED)
    serializer = ClaimOutputSerializer(context={"published_only": role == Role.API_CLIENT})
    for claim in (published, draft):
        response = api[role].get(f"/api/v1/claims/{claim.pk}/")
        if role == Role.API_CLIENT and claim is draft:
            assert response.status_code == 404
            continue
        expected = serializer.to_representation(claim_list().get(pk=claim.pk))
        assert response.json() == json.loads(json.dumps(expected, cls=DjangoJSONEncoder))
        assert response.json()["attributions"] and response.json()["verdict"]
    patched = api[Role.LEAD].patch(
        f"/api/v1/claims/{draft.pk}/", {"rationale": "New."}, format="json"
    )
    expected = ClaimOutputSerializer().to_representation(claim_list().get(pk=draft.pk))
    assert patched.json() == json.loads(json.dumps(expected, cls=DjangoJSONEncoder))
    assert patched.json()["verdict"]["rationale"] == "New."


@pytest.mark.parametrize("role", [Role.LEAD, Role.API_CLIENT])
def test_list_rows_equal_the_detail_serializer(api, claims, role):
    """The list reads flat rows (selectors.claim_rows); they must match the serializer's output."""
    from annotations.selectors import claim_list
    from annotations.serializers import ClaimOutputSerializer

    listed = api[role].get("/api/v1/claims/", {"page_size": 500}).json()["results"]
    serializer = ClaimOutputSerializer(context={"published_only": role == Role.API_CLIENT})
    visible = claim_list()
    if role == Role.API_CLIENT:
        visible = visible.filter(status=S.APPROVED)
    expected = [serializer.to_representation(c) for c in visible]
    assert listed == json.loads(json.dumps(expected, cls=DjangoJSONEncoder))
    assert any(row["verdict"] for row in listed) and any(row["attributions"] for row in listed)
