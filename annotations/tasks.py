from __future__ import annotations

import logging
import urllib.error

from celery import shared_task

from claims.tasks import backoff

from . import webhooks

logger = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True, max_retries=8)
def publish_verdict_webhook(self, claim_id: int, event: str = webhooks.PUBLISHED) -> int | None:
    """Announce a published verdict; network faults and 5xx retry with backoff and jitter."""
    if self.request.is_eager:
        # In-process (no broker): one attempt; retries would run at once inside the request.
        try:
            return webhooks.deliver(claim_id, event)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            logger.warning(
                "Webhook for claim %s failed (%s); not retried without a broker", claim_id, error
            )
            return None
    try:
        return webhooks.deliver(claim_id, event)
    except urllib.error.HTTPError as error:
        if error.code < 500:
            logger.warning(
                "Webhook for claim %s refused with %s; not retrying", claim_id, error.code
            )
            return error.code
        raise self.retry(exc=error, countdown=_backoff(self.request.retries)) from error
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        raise self.retry(exc=error, countdown=_backoff(self.request.retries)) from error


def _backoff(retries: int) -> float:
    return backoff(retries, base=5, cap=600)
