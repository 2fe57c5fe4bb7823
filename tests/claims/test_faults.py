"""Faults: the broker down at ingest, a task that fails for good, and the recovery paths."""

from io import StringIO

import pytest
from django.core.management import call_command
from kombu.exceptions import OperationalError as BrokerDown

from claims import services
from claims.models import Article
from claims.tasks import attribute_article
from factcheck.roles import Role

from ..factories import committed

pytestmark = pytest.mark.django_db

BODY = "The minister said the budget balances. Economists disagree."


def test_broker_down_keeps_the_article_pending_and_the_sweep_sends_it_again(api, monkeypatch):
    def broker_down(*args, **kwargs):
        raise BrokerDown("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(attribute_article, "delay", broker_down)
    with committed():
        response = api[Role.REVIEWER].post(
            "/api/v1/articles/", {"title": "T", "body": BODY}, format="json"
        )
    assert response.status_code == 201  # the article is kept, not lost with the message
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == Article.Status.PENDING
    assert article.claims.count() == 2

    monkeypatch.undo()
    out = StringIO()
    with committed():
        call_command("requeue", "--older-than", "0", stdout=out)
    assert "Re-enqueued 1 article(s)." in out.getvalue()
    article.refresh_from_db()
    assert article.status == Article.Status.READY


def test_a_task_that_fails_for_good_marks_the_article_failed_with_the_reason_and_can_be_retried(
    api, monkeypatch
):
    def broken(text, sentences=None):
        raise ValueError("tokenizer exploded")

    monkeypatch.setattr(services, "attribute", broken)
    with committed():
        created = api[Role.REVIEWER].post(
            "/api/v1/articles/", {"title": "T", "body": BODY}, format="json"
        )
    article = Article.objects.get(pk=created.json()["id"])
    assert article.status == Article.Status.FAILED
    assert "tokenizer exploded" in article.error
    detail = api[Role.REVIEWER].get(f"/api/v1/articles/{article.pk}/").json()
    assert detail["status"] == "failed"
    assert "tokenizer exploded" in detail["error"]

    monkeypatch.undo()
    with committed():
        retried = api[Role.LEAD].post(f"/api/v1/articles/{article.pk}/retry/")
    assert retried.status_code == 202
    article.refresh_from_db()
    assert article.status == Article.Status.READY
    assert article.error == ""
    assert article.attempts == 2


def test_attribution_twice_leaves_the_same_rows():
    with committed():
        article = services.article_create(title="T", body=BODY).article
    article.refresh_from_db()
    first = list(
        article.attributions.values_list("content_start", "content_end", "speaker", "type")
    )
    assert first
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PROCESSING)
    services.article_attribute(article.pk)
    services.article_attribute(article.pk)
    again = list(
        article.attributions.values_list("content_start", "content_end", "speaker", "type")
    )
    assert again == first
    assert set(article.claims.values_list("type", flat=True)) <= {
        "direct",
        "indirect",
        "mixed",
        "none",
    }


def test_failed_article_is_retried_from_the_admin(client, monkeypatch):
    from ..factories import UserFactory

    monkeypatch.setattr(services, "attribute", lambda text, sentences=None: 1 / 0)
    with committed():
        article = services.article_create(title="T", body=BODY).article
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "ZeroDivisionError" in article.error
    monkeypatch.undo()

    client.force_login(UserFactory(username="boss", role=Role.ADMIN))
    changelist = client.get("/admin/claims/article/?status__exact=failed")
    assert article.title in changelist.content.decode()
    with committed():
        response = client.post(
            "/admin/claims/article/",
            {"action": "retry_attribution", "_selected_action": [article.pk]},
            follow=True,
        )
    assert "Sent 1 article(s) to attribution again." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.READY
