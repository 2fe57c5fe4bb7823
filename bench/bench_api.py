"""API latency and export cost on PostgreSQL with 100,000 claims: `python bench/bench_api.py`.

Run from the repository root with the venv's python. It
1. creates a scratch database (DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/factcheck_bench; dropped first if it exists), migrates it,
   and bulk-loads 1,000 articles with 100,000 claims, one attribution each; 20% approved and 20%
   reviewed, each with a verdict (rating, rationale, reviewer) and two evidence sources;
2. starts gunicorn (2 workers, production-like settings: DEBUG off) on a free port on 127.0.0.1;
3. times interleaved authenticated requests: a page of 50 claims, a page of 50 published
   verdicts, and the rating scale (a near-trivial DRF endpoint, the baseline); p50/p95 and the
   p95 ratio to the baseline (target <= 3x; the client shares the CPUs, so only ratios count);
4. approves every claim and streams `/api/v1/verdicts/?format=csv` twice: 10,000 rows
   (`updated_after`) and 100,000 rows; wall time of the whole download (target <= 5 s for 100k)
   and the serving worker's peak RSS above its RSS before the export (VmHWM, reset through
   /proc/PID/clear_refs), which must stay flat (about the same for 10k and 100k rows);
5. stops gunicorn and drops the database.
Always exits 0 unless it cannot run at all: it reports, it does not gate.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL") or os.environ.get(
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_bench"
)
if not DATABASE_URL.startswith("postgres"):
    DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench"

ARTICLES = 1_000
CLAIMS_PER_ARTICLE = 100
REQUESTS = 300
PAGE_SIZE = 50
EXPORT_SMALL = 10_000
LATENCY_TARGET = 3.0
EXPORT_TARGET_S = 5.0
FLAT_MEMORY_SLACK_MB = 20.0

SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "factcheck.settings",
    "DATABASE_URL": DATABASE_URL,
    "DEBUG": "0",
    "SECRET_KEY": "bench-only-secret-key-not-for-deployment-0123456789abcdef",
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "CELERY_BROKER_URL": "",
    "LOG_LEVEL": "WARNING",
    "FACTCHECK_TESTING": "",
}
os.environ.update(SERVER_ENV)

import django  # noqa: E402
import psycopg  # noqa: E402


def admin_conninfo() -> tuple[str, str]:
    """(conninfo of the `postgres` maintenance database, name of the bench database)."""
    parts = urllib.parse.urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/") or "factcheck_bench"
    admin = urllib.parse.urlunsplit(("postgresql", parts.netloc, "/postgres", "", ""))
    return admin, name


def recreate_database() -> None:
    admin, name = admin_conninfo()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database() -> None:
    admin, name = admin_conninfo()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- data -----------------------------------------------------------------------------------

SPEAKERS = ["Anna Novak", "the ministry", "Peter Holm", "Germany", "Maria Lopez", "the council"]
VERBS = ["said", "told reporters", "claimed", "wrote"]


def claim_text(i: int) -> str:
    return (
        f"Unemployment fell by {i % 97}.{i % 10} percent in {2000 + i % 25}, "
        f"{SPEAKERS[i % len(SPEAKERS)]} {VERBS[i % len(VERBS)]} on day {i}."
    )


def load_data() -> dict:
    """Bulk-load the fixture; returns the users and the ids the phases need."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from annotations.models import Rating
    from claims.models import Article, Attribution, Claim, ClaimStatus
    from factcheck.roles import Role, set_role

    user_model = get_user_model()
    lead = user_model.objects.create_user("bench-lead", password="bench-password-123")
    set_role(lead, Role.LEAD)
    token = Token.objects.create(user=lead).key
    ratings = list(Rating.objects.filter(is_active=True))
    assert ratings, "the default rating scale is missing (migration 0002)"
    now = timezone.now()
    through = Attribution.claims.through
    rng = random.Random(1)
    started = time.perf_counter()
    verdict_claims = []
    n = 0
    batch = 100  # articles per transaction
    for first in range(0, ARTICLES, batch):
        with transaction.atomic():
            articles, bodies = [], []
            for a in range(first, min(first + batch, ARTICLES)):
                texts = [claim_text(a * CLAIMS_PER_ARTICLE + k) for k in range(CLAIMS_PER_ARTICLE)]
                body = " ".join(texts)
                bodies.append(texts)
                articles.append(
                    Article(
                        title=f"Bench article {a}",
                        body=body,
                        source="Bench Wire",
                        url=f"https://example.org/news/{a}",
                        published_at=now - timedelta(days=a % 365),
                        content_hash=f"bench-{a:08d}".ljust(64, "0"),
                        status=Article.Status.READY,
                    )
                )
            articles = Article.objects.bulk_create(articles)
            claims, attributions = [], []
            for article, texts in zip(articles, bodies, strict=True):
                offset = 0
                for index, text in enumerate(texts):
                    status = (
                        ClaimStatus.APPROVED
                        if n % 5 == 0
                        else ClaimStatus.REVIEWED
                        if n % 5 == 1
                        else rng.choice([ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW])
                    )
                    claims.append(
                        Claim(
                            article=article,
                            index=index,
                            text=text,
                            start=offset,
                            end=offset + len(text),
                            type=Claim.Type.INDIRECT,
                            status=status,
                        )
                    )
                    speaker = SPEAKERS[n % len(SPEAKERS)]
                    cue = VERBS[n % len(VERBS)]
                    cue_at = text.index(f" {speaker} {cue}") + 1
                    attributions.append(
                        Attribution(
                            article=article,
                            type=Attribution.Type.INDIRECT,
                            content_start=offset,
                            content_end=offset + cue_at - 2,
                            content_text=text[: cue_at - 2],
                            source_start=offset + cue_at,
                            source_end=offset + cue_at + len(speaker),
                            source_text=speaker,
                            cue_start=offset + cue_at + len(speaker) + 1,
                            cue_end=offset + cue_at + len(speaker) + 1 + len(cue),
                            cue_text=cue,
                            speaker=speaker,
                            confidence=0.9,
                            rule="bench",
                        )
                    )
                    offset += len(text) + 1
                    n += 1
            claims = Claim.objects.bulk_create(claims, batch_size=5000)
            attributions = Attribution.objects.bulk_create(attributions, batch_size=5000)
            through.objects.bulk_create(
                [
                    through(attribution_id=att.pk, claim_id=claim.pk)
                    for att, claim in zip(attributions, claims, strict=True)
                ],
                batch_size=5000,
            )
            verdict_claims += [
                c.pk for c in claims if c.status in (ClaimStatus.APPROVED, ClaimStatus.REVIEWED)
            ]
    create_verdicts(verdict_claims, lead, ratings, now)
    analyze()
    total = Claim.objects.count()
    approved = Claim.objects.filter(status=ClaimStatus.APPROVED).count()
    print(
        f"loaded {ARTICLES:,} articles, {total:,} claims ({approved:,} approved, "
        f"{len(verdict_claims):,} with verdicts) in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return {"token": token, "lead": lead, "ratings": ratings, "now": now}


def analyze() -> None:
    """Planner statistics, as autovacuum would gather on a live database after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def create_verdicts(claim_ids: list[int], lead, ratings, now, chunk: int = 10_000) -> None:
    """A verdict (rating, rationale, reviewer, approver) and two evidence sources per claim."""
    from django.db import transaction

    from annotations.models import Evidence, Verdict

    for first in range(0, len(claim_ids), chunk):
        ids = claim_ids[first : first + chunk]
        with transaction.atomic():
            verdicts = Verdict.objects.bulk_create(
                [
                    Verdict(
                        claim_id=cid,
                        rating=ratings[cid % len(ratings)],
                        rationale=f"Official statistics for the period contradict this ({cid}).",
                        reviewer=lead,
                        approved_by=lead,
                        approved_at=now,
                    )
                    for cid in ids
                ],
                batch_size=5000,
            )
            Evidence.objects.bulk_create(
                [
                    Evidence(
                        verdict_id=v.pk,
                        url=f"https://example.org/evidence/{v.claim_id}/{k}",
                        title=f"Source {k}",
                        position=k,
                    )
                    for v in verdicts
                    for k in (0, 1)
                ],
                batch_size=5000,
            )


def approve_everything(data: dict) -> tuple[str, int]:
    """Every claim approved with a verdict; the newest EXPORT_SMALL claims updated later.

    Returns the `updated_after` value that selects exactly those EXPORT_SMALL claims.
    """
    from django.db import transaction

    from annotations.models import Verdict
    from claims.models import Claim, ClaimStatus

    started = time.perf_counter()
    missing = list(
        Claim.objects.exclude(pk__in=Verdict.objects.values("claim_id")).values_list(
            "pk", flat=True
        )
    )
    create_verdicts(missing, data["lead"], data["ratings"], data["now"])
    base = data["now"] - timedelta(hours=2)
    later = data["now"] - timedelta(hours=1)
    with transaction.atomic():
        Claim.objects.update(status=ClaimStatus.APPROVED, updated_at=base)
        newest = Claim.objects.order_by("-id").values_list("id", flat=True)[EXPORT_SMALL - 1]
        Claim.objects.filter(id__gte=newest).update(updated_at=later)
    analyze()
    total = Claim.objects.filter(status=ClaimStatus.APPROVED).count()
    print(
        f"approved all {total:,} claims ({len(missing):,} new verdicts) in "
        f"{time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return (base + timedelta(minutes=30)).isoformat(), total


# --- server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "factcheck.wsgi:application",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **SERVER_ENV},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start within 30 s")


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...; comm may contain spaces, so split after the last ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            pids.append(int(entry.name))
    return pids


def proc_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def reset_peak(pids: list[int]) -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False when the kernel refuses."""
    try:
        for pid in pids:
            Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


# --- client ---------------------------------------------------------------------------------


def get(base: str, token: str, path: str) -> tuple[float, int]:
    request = urllib.request.Request(base + path, headers={"Authorization": f"Token {token}"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return (time.perf_counter() - started) * 1000, status


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure_latency(base: str, token: str) -> dict[str, tuple[float, float]]:
    endpoints = {
        "baseline (ratings)": "/api/v1/ratings/",
        "claims page": f"/api/v1/claims/?page_size={PAGE_SIZE}",
        "verdicts page": f"/api/v1/verdicts/?page_size={PAGE_SIZE}",
    }
    for path in endpoints.values():  # warm both workers: imports, connections, caches
        for _ in range(10):
            ms, status = get(base, token, path)
            if status != 200:
                raise RuntimeError(f"GET {path} -> {status}")
    times: dict[str, list[float]] = {name: [] for name in endpoints}
    for _ in range(REQUESTS):  # interleaved, so every endpoint sees the same machine noise
        for name, path in endpoints.items():
            ms, status = get(base, token, path)
            if status != 200:
                raise RuntimeError(f"GET {path} -> {status}")
            times[name].append(ms)
    return {
        name: (statistics.median(values), percentile(values, 0.95))
        for name, values in times.items()
    }


def export(base: str, token: str, query: str, master: int) -> tuple[float, int, int, float]:
    """(seconds, rows, bytes, peak RSS growth in MB of the worker that served it)."""
    pids = worker_pids(master)
    rss_before = {pid: proc_kb(pid, "VmRSS") for pid in pids}
    can_reset = reset_peak(pids)
    hwm_before = {pid: proc_kb(pid, "VmHWM") for pid in pids}
    request = urllib.request.Request(
        f"{base}/api/v1/verdicts/?format=csv{query}", headers={"Authorization": f"Token {token}"}
    )
    started = time.perf_counter()
    size = lines = 0
    with urllib.request.urlopen(request, timeout=300) as response:
        if response.status != 200:
            raise RuntimeError(f"export -> {response.status}")
        while chunk := response.read(1 << 16):
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    growth = 0.0
    for pid in pids:
        hwm = proc_kb(pid, "VmHWM")
        if can_reset or hwm > hwm_before[pid]:
            growth = max(growth, (hwm - rss_before[pid]) / 1024)
    return seconds, lines - 1, size, growth


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench_api needs Linux (/proc for worker memory); skipped")
        return 0
    try:
        recreate_database()
    except psycopg.Error as error:
        print(f"bench_api: PostgreSQL unavailable at {DATABASE_URL}: {error}; skipped")
        return 0
    server = None
    total_started = time.perf_counter()
    try:
        django.setup()
        from django.core.management import call_command
        from django.db import connections

        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print(f"migrated {admin_conninfo()[1]} in {time.perf_counter() - started:.1f} s")
        data = load_data()
        connections.close_all()

        port = free_port()
        server = start_gunicorn(port)
        base = f"http://127.0.0.1:{port}"
        print(f"gunicorn (2 workers) on {base}, pid {server.pid}", flush=True)

        print(f"\n{REQUESTS} interleaved requests per endpoint, sequential, Token auth:")
        results = measure_latency(base, data["token"])
        _, base_p95 = results["baseline (ratings)"]
        for name, (p50, p95) in results.items():
            if name.startswith("baseline"):
                print(f"{name} p50 {p50:.1f} ms p95 {p95:.1f} ms")
                continue
            ratio = p95 / base_p95
            print(
                f"{name} p50 {p50:.1f} ms p95 {p95:.1f} ms (ratio {ratio:.2f} x baseline) "
                f"{verdict(ratio <= LATENCY_TARGET)} (target <= {LATENCY_TARGET:g}x)"
            )

        print("\nCSV export of published verdicts (streamed):")
        updated_after, total = approve_everything(data)
        connections.close_all()
        query = "&updated_after=" + urllib.parse.quote(updated_after)
        export(base, data["token"], query, server.pid)  # warm-up of the export path
        exports = {}
        for label, q in ((EXPORT_SMALL, query), (total, "")):
            seconds, rows, size, growth = export(base, data["token"], q, server.pid)
            exports[label] = (seconds, growth)
            print(
                f"export {rows:,} rows ({size / 1e6:.1f} MB): {seconds:.2f} s, "
                f"{rows / seconds:,.0f} rows/s, worker peak RSS +{growth:.1f} MB"
                + ("" if rows == label else f" (expected {label:,} rows!)"),
                flush=True,
            )
        big_s, big_mb = exports[total]
        _, small_mb = exports[EXPORT_SMALL]
        print(
            f"export {total:,} rows time {big_s:.2f} s {verdict(big_s <= EXPORT_TARGET_S)} "
            f"(target <= {EXPORT_TARGET_S:g} s)"
        )
        flat = big_mb <= small_mb + FLAT_MEMORY_SLACK_MB
        print(
            f"export memory: peak RSS growth +{small_mb:.1f} MB for {EXPORT_SMALL:,} rows vs "
            f"+{big_mb:.1f} MB for {total:,} rows {verdict(flat)} (flat: within "
            f"{FLAT_MEMORY_SLACK_MB:g} MB)"
        )
    finally:
        stop(server)
        try:
            from django.db import connections

            connections.close_all()
        except Exception as error:
            print(f"closing connections: {error}")
        drop_database()
        print(f"\ndropped the bench database; total {time.perf_counter() - total_started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
