"""Locust scenarios for bench/bench_load.py (which starts the server and passes the settings).

Run one scenario by naming its user class, e.g.
`locust -f bench/locustfile.py --headless -H http://127.0.0.1:PORT -u 8 -r 8 -t 20s RatingsUser`.
Environment: LOAD_TOKEN (a reviewer's API token) and, for VerdictWriteUser, LOAD_WRITE_PLAN (a
JSON file: one list of [claim id, status] per simulated user, so no two users touch one claim and
each knows its claims' statuses). Every non-2xx response counts as a failure.
"""

from __future__ import annotations

import itertools
import json
import os
import random

from locust import constant, task
from locust.contrib.fasthttp import FastHttpUser

TOKEN = os.environ.get("LOAD_TOKEN", "")
PAGE_SIZE = int(os.environ.get("LOAD_PAGE_SIZE", "50"))


def _plan() -> list[list[list]]:
    path = os.environ.get("LOAD_WRITE_PLAN")
    if not path:
        return []
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class _ApiUser(FastHttpUser):
    abstract = True
    wait_time = constant(0)  # closed loop: each user sends its next request at once

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Token {TOKEN}", "Accept": "application/json"}

    def _get(self, path: str, name: str) -> None:
        with self.client.get(
            path, headers=self.headers, name=name, catch_response=True, allow_redirects=False
        ) as response:
            if not 200 <= response.status_code < 300:
                response.failure(f"HTTP {response.status_code}")


class RatingsUser(_ApiUser):
    """(a) the baseline: the rating scale, a near-trivial authenticated DRF list."""

    @task
    def ratings(self) -> None:
        self._get("/api/v1/ratings/", "GET /api/v1/ratings/")


class ClaimsPageUser(_ApiUser):
    """(b) a page of claims with attribution, status and verdict."""

    @task
    def claims(self) -> None:
        self._get(f"/api/v1/claims/?page_size={PAGE_SIZE}", "GET /api/v1/claims/")


class VerdictWriteUser(_ApiUser):
    """(c) a reviewer's verdict write: new rationale and a status move in_review <-> unreviewed."""

    _numbers = itertools.count()
    _plan = _plan()

    def on_start(self) -> None:
        super().on_start()
        number = next(self._numbers)
        if not self._plan:
            raise RuntimeError("LOAD_WRITE_PLAN is missing or empty")
        self.claims = {cid: status for cid, status in self._plan[number % len(self._plan)]}
        self.ids = list(self.claims)
        self.rng = random.Random(number)
        self.sent = 0

    @task
    def write(self) -> None:
        cid = self.rng.choice(self.ids)
        target = "unreviewed" if self.claims[cid] == "in_review" else "in_review"
        self.sent += 1
        body = {"status": target, "rationale": f"Load test rationale {cid}/{self.sent}."}
        with self.client.request(
            "PATCH",
            f"/api/v1/claims/{cid}/",
            json=body,
            headers=self.headers,
            name="PATCH /api/v1/claims/{id}/",
            catch_response=True,
            allow_redirects=False,
        ) as response:
            if 200 <= response.status_code < 300:
                self.claims[cid] = target
            else:
                response.failure(f"HTTP {response.status_code}: {response.text[:200]}")
