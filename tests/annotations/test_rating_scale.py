"""The rating scale is data: ordered, switchable to presets, and what ClaimReview's numbers use."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from annotations.models import Rating
from factcheck.roles import Role

pytestmark = pytest.mark.django_db

DEFAULT = [
    "true",
    "mostly-true",
    "half-true",
    "mostly-false",
    "false",
    "misleading",
    "unverifiable",
]


def test_default_scale_is_listed_in_order_with_labels_and_values(api):
    response = api[Role.API_CLIENT].get("/api/v1/ratings/")
    assert response.status_code == 200
    assert [r["slug"] for r in response.data] == DEFAULT
    assert response.data[0]["label"] == "True"
    values = [r["value"] for r in response.data]
    assert values == sorted(values, reverse=True)


def test_presets_switch_the_active_scale_and_keep_ratings_in_use(api):
    out = StringIO()
    call_command("loadscale", "aap", stdout=out)
    assert "'aap' scale is active (7 ratings)" in out.getvalue()
    slugs = [r["slug"] for r in api[Role.REVIEWER].get("/api/v1/ratings/").data]
    assert slugs[:3] == ["true", "mostly-true", "somewhat-true"]
    assert "half-true" not in slugs
    assert Rating.objects.filter(
        slug="half-true", is_active=False
    ).exists()  # kept for old verdicts
    call_command("loadscale", "conclusion", stdout=StringIO())
    assert [r["slug"] for r in api[Role.REVIEWER].get("/api/v1/ratings/").data] == ["conclusion"]
    with pytest.raises(CommandError):
        call_command("loadscale", "nope")


def test_leads_edit_the_scale_in_the_admin_and_nothing_else(client):
    from ..factories import UserFactory

    client.force_login(UserFactory(username="lena", role=Role.LEAD))
    index = client.get("/admin/").content.decode()
    assert "Ratings" in index
    assert "Claims" not in index and "Users" not in index
    rating = Rating.objects.get(slug="misleading")
    response = client.post(
        f"/admin/annotations/rating/{rating.pk}/change/",
        {
            "slug": "misleading",
            "label": "Misleading context",
            "description": "",
            "value": 2,
            "position": rating.position,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    rating.refresh_from_db()
    assert rating.label == "Misleading context"
