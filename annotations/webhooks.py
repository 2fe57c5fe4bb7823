"""Signed webhook: a POST to FACTCHECK_WEBHOOK_URL each time a verdict is published or retracted.

`verdict.published` carries the verdict as `/api/v1/verdicts/` shows it; `verdict.retracted`
carries the claim id, so a CMS can take the verdict down. The header
`X-Factcheck-Signature: sha256=<hex>` is an HMAC-SHA256 of the raw body with
FACTCHECK_WEBHOOK_SECRET, so receivers can check it came from us.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.request

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from .selectors import verdict_list
from .serializers import PublishedVerdictSerializer


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


PUBLISHED, RETRACTED = "verdict.published", "verdict.retracted"


def event_payload(event: str, claim_id: int) -> bytes | None:
    """The body for `event`, or None when the claim's state no longer matches it."""
    claim = verdict_list().filter(pk=claim_id).first()
    if event == PUBLISHED:
        if claim is None:
            return None  # retracted before the hook ran: nothing published to announce
        data = {"event": event, "verdict": PublishedVerdictSerializer(claim).data}
    else:
        if claim is not None:
            return None  # published again before the hook ran
        data = {"event": event, "claim_id": claim_id}
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def deliver(claim_id: int, event: str = PUBLISHED) -> int | None:
    """POST the event; returns the HTTP status, or None when there is nothing to send."""
    url = settings.FACTCHECK_WEBHOOK_URL
    body = event_payload(event, claim_id)
    if not url or body is None:
        return None
    if not url.startswith(("https://", "http://")):  # also a system check (factcheck.E002)
        raise ValueError("FACTCHECK_WEBHOOK_URL must be an http(s) URL")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "factcheck-webhook/1",
            "X-Factcheck-Event": event,
            "X-Factcheck-Signature": sign(body, settings.FACTCHECK_WEBHOOK_SECRET),
        },
    )
    with urllib.request.urlopen(request, timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT) as response:  # noqa: S310
        return response.status
