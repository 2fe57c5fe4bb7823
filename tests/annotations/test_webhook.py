"""Publishing a verdict POSTs it, signed, to the configured webhook; 5xx answers are retried."""

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.checks import run_checks

from claims.models import ClaimStatus as S
from factcheck.roles import Role

from ..factories import committed, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver():
    """A local HTTP server that records requests and answers with the queued status codes."""
    received, answers = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((dict(self.headers), body))
            self.send_response(answers.pop(0) if answers else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received, answers
    server.shutdown()


def approve(api, claim):
    with committed():
        return api[Role.LEAD].patch(
            f"/api/v1/claims/{claim.pk}/", {"status": S.APPROVED}, format="json"
        )


def test_published_verdict_is_posted_with_a_valid_signature(api, settings, receiver):
    url, received, _ = receiver
    settings.FACTCHECK_WEBHOOK_URL, settings.FACTCHECK_WEBHOOK_SECRET = url, "s3cret-for-tests"
    claim = make_claim(S.REVIEWED)
    assert received == []  # nothing before publication
    assert approve(api, claim).status_code == 200
    assert len(received) == 1
    headers, body = received[0]
    expected = "sha256=" + hmac.new(b"s3cret-for-tests", body, hashlib.sha256).hexdigest()
    assert headers["X-Factcheck-Signature"] == expected
    payload = json.loads(body)
    assert payload["event"] == "verdict.published"
    assert payload["verdict"]["claim_id"] == claim.pk
    assert payload["verdict"]["rating"] == "false"


def test_without_a_broker_a_failing_hook_is_tried_once_and_does_not_block_approval(
    api, settings, receiver
):
    url, received, answers = receiver
    settings.FACTCHECK_WEBHOOK_URL, settings.FACTCHECK_WEBHOOK_SECRET = url, "s3cret-for-tests"
    answers.extend([503, 500])
    assert approve(api, make_claim(S.REVIEWED)).status_code == 200
    assert len(received) == 1  # retries with backoff need a worker; in-process they would stall


def test_backoff_grows_with_jitter_and_is_capped():
    from annotations.tasks import _backoff

    assert 4 <= _backoff(0) <= 6
    assert 32 <= _backoff(3) <= 48
    assert _backoff(20) <= 720


def test_no_webhook_without_a_url(api, settings, receiver):
    _, received, _ = receiver
    settings.FACTCHECK_WEBHOOK_URL = ""
    assert approve(api, make_claim(S.REVIEWED)).status_code == 200
    assert received == []


def test_an_unsigned_webhook_is_a_configuration_error(settings):
    settings.FACTCHECK_WEBHOOK_URL, settings.FACTCHECK_WEBHOOK_SECRET = (
        "https://cms.example.org/hook",
        "",
    )
    assert "factcheck.E003" in {message.id for message in run_checks()}


def test_a_retraction_is_announced_too(api, settings, receiver):
    url, received, _ = receiver
    settings.FACTCHECK_WEBHOOK_URL, settings.FACTCHECK_WEBHOOK_SECRET = url, "s3cret-for-tests"
    claim = make_claim(S.REVIEWED)
    approve(api, claim)
    with committed():
        retract = api[Role.LEAD].patch(
            f"/api/v1/claims/{claim.pk}/", {"status": S.IN_REVIEW}, format="json"
        )
    assert retract.status_code == 200
    events = [
        (headers["X-Factcheck-Event"], json.loads(body)["event"]) for headers, body in received
    ]
    assert events == [
        ("verdict.published", "verdict.published"),
        ("verdict.retracted", "verdict.retracted"),
    ]
    assert json.loads(received[1][1])["claim_id"] == claim.pk
