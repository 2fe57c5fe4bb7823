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
