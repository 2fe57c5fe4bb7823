"""Two reviewers racing on one claim never silently overwrite each other (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection

from annotations.services import claim_etag, claim_review
from claims.models import Claim
from factcheck.exceptions import PreconditionFailed
from factcheck.roles import Role

from ..factories import UserFactory, ingest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def race(claim, etag, writers):
    barrier = threading.Barrier(len(writers))
    outcomes = {}

    def write(name, user, rating):
        try:
            barrier.wait()
            claim_review(claim_id=claim.pk, actor=user, rating=rating, if_match=etag)
            outcomes[name] = "saved"
        except PreconditionFailed:
            outcomes[name] = "412"
        except Exception as error:  # reported by the assertion below
            outcomes[name] = repr(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=w) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


@pytest.mark.parametrize("attempt", range(5))
def test_racing_writes_with_the_same_etag_one_wins_one_gets_412(attempt):
    claim = ingest(f"The mayor said rents fell {attempt}. They rose.").claims.first()
    etag = claim_etag(claim)
    alice = UserFactory(username="alice", role=Role.REVIEWER)
    bob = UserFactory(username="bob", role=Role.REVIEWER)
    outcomes = race(claim, etag, [("alice", alice, "true"), ("bob", bob, "false")])
    assert sorted(outcomes.values()) == ["412", "saved"], outcomes
    winner = next(name for name, result in outcomes.items() if result == "saved")
    claim = Claim.objects.select_related("verdict__rating").get(pk=claim.pk)
    assert claim.verdict.rating.slug == {"alice": "true", "bob": "false"}[winner]
    assert claim.version == 2
    assert claim.events.count() == 1


def test_racing_writes_without_etag_are_serialised_and_both_recorded():
    claim = ingest("The council said the pool opens in June. It did not.").claims.first()
    alice = UserFactory(username="alice", role=Role.REVIEWER)
    bob = UserFactory(username="bob", role=Role.REVIEWER)
    outcomes = race(claim, None, [("alice", alice, "true"), ("bob", bob, "false")])
    assert sorted(outcomes.values()) == ["saved", "saved"]
    claim.refresh_from_db()
    assert claim.version == 3
    ratings = [e.changes["rating"] for e in claim.events.order_by("id")]
    assert ratings[0]["from"] is None
    assert ratings[1]["from"] == ratings[0]["to"]  # the second write saw the first: no lost update
