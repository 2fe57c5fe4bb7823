"""Time the article page (GET /articles/<id>/) server-side against a trivial authenticated page.

Run from the repository root: `.venv/bin/python bench/bench_ui.py` (DEBUG off by default). Uses a throwaway
SQLite database, ingests the Belarus seed article, logs a reviewer in with Django's test client
and times 50 requests of each page after a warm-up. Prints p50/p95 in ms, the ratio of the
article page to the baseline (the `/me/` redirect: session, user and role lookups only), and
PASS/FAIL for the target (article page p50 < 300 ms). Always exits 0: it reports, it does not gate.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 50
WARMUP = 5
TARGET_P50_MS = 300.0
SEED = ROOT / "seeds" / "belarus-factory-protest-2020-08-17.txt"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(client, url: str, expect: int) -> list[float]:
    for _ in range(WARMUP):
        assert client.get(url).status_code == expect, url
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == expect, (url, response.status_code)
    return times


def main() -> int:
    workdir = tempfile.mkdtemp(prefix="bench-ui-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ.setdefault("AXES_ENABLED", "0")
    # Production-like settings (DEBUG off, templates cached), minus the HTTPS redirect: the test
    # client speaks plain HTTP.
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-" + "x" * 40)
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from claims.importers import parse_text_article
    from claims.services import article_create
    from factcheck.roles import Role, set_role

    setup_test_environment()  # allows the test client's "testserver" host
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    parsed = parse_text_article(SEED.read_text(encoding="utf-8"), origin=SEED.name)
    article = article_create(
        title=parsed.title, body=parsed.body, published_at=parsed.published_at
    ).article
    article.refresh_from_db()

    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("bench-reviewer", password="bench-password-1")
    set_role(user, Role.REVIEWER)
    client = Client()
    client.force_login(user)

    page = timed(client, f"/articles/{article.pk}/", 200)
    base = timed(client, "/me/", 302)
    p50, p95 = statistics.median(page), percentile(page, 0.95)
    b50, b95 = statistics.median(base), percentile(base, 0.95)
    claims = article.claims.count()
    print(f"article: {article.title[:60]!r} ({claims} claims, status {article.status})")
    print(f"GET /articles/{article.pk}/  p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  ({RUNS} runs)")
    print(f"GET /me/ (baseline)   p50 {b50:7.2f} ms  p95 {b95:7.2f} ms")
    print(f"ratio article/baseline  p50 {p50 / b50:5.1f}x  p95 {p95 / b95:5.1f}x")
    verdict = "PASS" if p50 < TARGET_P50_MS else "FAIL"
    print(f"{verdict}: article page p50 {p50:.1f} ms (target < {TARGET_P50_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
