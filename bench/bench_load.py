"""HTTP load on gunicorn and Celery ingest throughput on PostgreSQL: `python bench/bench_load.py`.

Run from the repository root with the venv's python. It
1. creates a scratch database (LOAD_DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/factcheck_load; dropped first if it exists), migrates it and
   bulk-loads 200 articles with 20,000 claims through bench_api's loader;
2. starts gunicorn (2 sync workers, production-like settings: DEBUG off, axes off, user
   throttle out of the way) and drives each scenario for LOAD_SECONDS (20) with 8 concurrent
   closed-loop clients: (a) GET /api/v1/ratings/ (the baseline), (b) GET a page of 50 claims,
   (c) PATCH a claim as a reviewer (new rationale, status in_review <-> unreviewed). Load comes
   from locust (bench/locustfile.py) when it is installed, else (or with
   LOAD_GENERATOR=threads) from a thread pool of urllib clients. Prints requests/s, p50, p95 and
   the non-2xx share, and (b) and (c) as ratios of the baseline: the load generator shares the
   CPUs with the server, so only ratios carry over;
3. with CELERY_BROKER_URL=redis://127.0.0.1:6379/14 (flushed), starts two Celery worker
   processes (`--pool=prefork --concurrency=1` each) and measures "1 worker" (only the first
   consumes; cancel_consumer/add_consumer) against "2 workers" in rounds ordered 1-2-2-1, 200
   articles per configuration (the seed article with a unique suffix each) created through
   `claims.services.article_create` in this process: articles/s until all are `ready`, end to
   end and with the queue pre-filled (workers only), and the 2-worker/1-worker ratios;
4. stops gunicorn and the workers (their whole process groups), flushes Redis db 14 and drops
   the database, also after an error.
Always exits 0 unless it cannot run at all: it reports, it does not gate.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DATABASE_URL = os.environ.get(
    "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck_load"
)
if not DATABASE_URL.startswith("postgres"):
    DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_load"
os.environ["BENCH_DATABASE_URL"] = DATABASE_URL  # bench_api reads it at import

import bench_api  # noqa: E402  (sets the production-like environment on import)

BROKER_URL = os.environ.get("LOAD_BROKER_URL", "redis://127.0.0.1:6379/14")
ARTICLES = 200  # x 100 claims each = 20,000 claims
SECONDS = int(os.environ.get("LOAD_SECONDS", "20"))
CLIENTS = 8
PAGE_SIZE = 50
INGEST_ARTICLES = 200  # per configuration (1 worker, 2 workers)
ROUND_ARTICLES = INGEST_ARTICLES // 2
INGEST_TIMEOUT_S = 120
SEED = ROOT / "seeds" / "belarus-factory-protest-2020-08-17.txt"
LOCUSTFILE = ROOT / "bench" / "locustfile.py"

bench_api.ARTICLES = ARTICLES
bench_api.SERVER_ENV.update(
    {
        "DATABASE_URL": DATABASE_URL,
        "AXES_ENABLED": "0",
        "API_THROTTLE_USER": "100000000/hour",
        "CELERY_BROKER_URL": BROKER_URL,
    }
)
os.environ.update(bench_api.SERVER_ENV)

SCENARIOS = [  # (label, locust user class)
    ("(a) GET /api/v1/ratings/ (baseline)", "RatingsUser"),
    (f"(b) GET /api/v1/claims/?page_size={PAGE_SIZE}", "ClaimsPageUser"),
    ("(c) PATCH /api/v1/claims/{id}/ (reviewer)", "VerdictWriteUser"),
]


# --- fixture --------------------------------------------------------------------------------


def make_reviewer() -> str:
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    from factcheck.roles import Role, set_role

    user = get_user_model().objects.create_user("load-reviewer", password="load-password-123")
    set_role(user, Role.REVIEWER)
    return Token.objects.create(user=user).key


def write_plan(path: Path) -> int:
    """Claims a reviewer may move (unreviewed / in_review), dealt out to the clients."""
    from claims.models import Claim, ClaimStatus

    rows = list(
        Claim.objects.filter(status__in=[ClaimStatus.UNREVIEWED, ClaimStatus.IN_REVIEW])
        .order_by("pk")
        .values_list("pk", "status")
    )
    plan = [[list(row) for row in rows[k::CLIENTS]] for k in range(CLIENTS)]
    path.write_text(json.dumps(plan), encoding="utf-8")
    return len(rows)


# --- load generators ------------------------------------------------------------------------


def locust_binary() -> Path | None:
    binary = Path(sys.executable).with_name("locust")
    return binary if binary.exists() else None


def run_locust(base: str, user_class: str, env: dict, workdir: Path) -> dict:
    prefix = workdir / user_class
    command = [
        str(locust_binary()),
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "-H",
        base,
        "-u",
        str(CLIENTS),
        "-r",
        str(CLIENTS),
        "-t",
        f"{SECONDS}s",
        "--stop-timeout",
        "5",
        "--reset-stats",
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        user_class,
    ]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=SECONDS + 60,
    )
    stats = Path(f"{prefix}_stats.csv")
    if not stats.exists():
        raise RuntimeError(f"locust wrote no stats (exit {result.returncode}): {result.stderr}")
    with stats.open(newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["Name"] == "Aggregated")
    requests = int(row["Request Count"])
    failures_csv = Path(f"{prefix}_failures.csv")
    failure_notes = []
    if failures_csv.exists():
        with failures_csv.open(newline="") as handle:
            failure_notes = [
                f"{r['Occurrences']}x {r['Error'][:160]}" for r in csv.DictReader(handle)
            ]
    return {
        "requests": requests,
        "rps": float(row["Requests/s"]),
        "p50": float(row["50%"]),
        "p95": float(row["95%"]),
        "errors": int(row["Failure Count"]) / requests if requests else 1.0,
        "notes": failure_notes[:3],
    }


def run_threads(base: str, user_class: str, env: dict) -> dict:
    """The fallback: CLIENTS threads, each a closed loop of urllib requests, for SECONDS."""
    token = env["LOAD_TOKEN"]
    plan = json.loads(Path(env["LOAD_WRITE_PLAN"]).read_text()) if "Write" in user_class else []
    deadline = time.monotonic() + SECONDS
    lock = threading.Lock()
    times: list[float] = []
    failures: list[str] = []

    def client(number: int) -> None:
        import random

        rng = random.Random(number)
        claims = {cid: status for cid, status in plan[number]} if plan else {}
        ids = list(claims)
        sent = 0
        while time.monotonic() < deadline:
            if user_class == "RatingsUser":
                request = urllib.request.Request(base + "/api/v1/ratings/")
            elif user_class == "ClaimsPageUser":
                request = urllib.request.Request(f"{base}/api/v1/claims/?page_size={PAGE_SIZE}")
            else:
                cid = rng.choice(ids)
                target = "unreviewed" if claims[cid] == "in_review" else "in_review"
                sent += 1
                body = {"status": target, "rationale": f"Load test rationale {cid}/{sent}."}
                request = urllib.request.Request(
                    f"{base}/api/v1/claims/{cid}/",
                    data=json.dumps(body).encode(),
                    method="PATCH",
                    headers={"Content-Type": "application/json"},
                )
            request.add_header("Authorization", f"Token {token}")
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                    note = "" if 200 <= response.status < 300 else f"HTTP {response.status}"
            except urllib.error.HTTPError as error:
                error.read()
                note = f"HTTP {error.code}"
            except OSError as error:
                note = str(error)
            ms = (time.perf_counter() - started) * 1000
            if not note and plan:
                claims[cid] = target
            with lock:
                times.append(ms)
                if note:
                    failures.append(note)

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(client, range(CLIENTS)))
    elapsed = time.perf_counter() - started
    return {
        "requests": len(times),
        "rps": len(times) / elapsed,
        "p50": bench_api.percentile(times, 0.50),
        "p95": bench_api.percentile(times, 0.95),
        "errors": len(failures) / len(times) if times else 1.0,
        "notes": sorted(set(failures))[:3],
    }


def warm_up(base: str, token: str) -> None:
    for path in ("/api/v1/ratings/", f"/api/v1/claims/?page_size={PAGE_SIZE}"):
        for _ in range(10):
            _, status = bench_api.get(base, token, path)
            if status != 200:
                raise RuntimeError(f"GET {path} -> {status}")


def http_load(token: str, workdir: Path) -> None:
    plan = workdir / "write_plan.json"
    writable = write_plan(plan)
    from django.db import connections

    connections.close_all()
    env = {"LOAD_TOKEN": token, "LOAD_WRITE_PLAN": str(plan), "LOAD_PAGE_SIZE": str(PAGE_SIZE)}
    use_locust = locust_binary() is not None and os.environ.get("LOAD_GENERATOR") != "threads"
    server = None
    try:
        port = bench_api.free_port()
        server = bench_api.start_gunicorn(port)
        base = f"http://127.0.0.1:{port}"
        warm_up(base, token)
        generator = (
            f"locust {locust_version()} headless (FastHttpUser, -u {CLIENTS} -r {CLIENTS})"
            if use_locust
            else f"a thread pool of {CLIENTS} urllib clients"
        )
        print(
            f"\nHTTP load: gunicorn (2 sync workers) on {base}; {CLIENTS} concurrent closed-loop "
            f"clients for {SECONDS} s per scenario from {generator}; writes spread over "
            f"{writable:,} unreviewed/in_review claims. The generator shares the 2 cores with "
            "gunicorn and PostgreSQL: compare the ratios, not the absolute figures.",
            flush=True,
        )
        results = {}
        for label, user_class in SCENARIOS:
            if use_locust:
                result = run_locust(base, user_class, env, workdir)
            else:
                result = run_threads(base, user_class, env)
            results[label] = result
            print(
                f"{label}: {result['rps']:.1f} req/s, p50 {result['p50']:.0f} ms, "
                f"p95 {result['p95']:.0f} ms, errors {result['errors']:.1%} "
                f"({result['requests']:,} requests)",
                flush=True,
            )
            for note in result["notes"]:
                print(f"    error: {note}")
        baseline = results[SCENARIOS[0][0]]
        for label, _ in SCENARIOS[1:]:
            result = results[label]
            print(
                f"{label.split(' ', 1)[0]} vs baseline: rps ratio "
                f"{result['rps'] / baseline['rps']:.2f}, p95 ratio "
                f"{result['p95'] / max(baseline['p95'], 1):.2f}"
            )
    finally:
        bench_api.stop(server)


def locust_version() -> str:
    try:
        from importlib.metadata import version

        return version("locust")
    except Exception:
        return "?"


# --- Celery ingest --------------------------------------------------------------------------


def flush_broker() -> None:
    import redis

    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=3)
    try:
        client.flushdb()
    finally:
        client.close()


def start_worker(name: str, log: Path) -> subprocess.Popen:
    celery = Path(sys.executable).with_name("celery")
    with log.open("ab") as output:
        return subprocess.Popen(
            [
                str(celery),
                "-A",
                "factcheck",
                "worker",
                "--pool=prefork",
                "--concurrency=1",
                "-n",
                f"{name}@bench",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**os.environ, **bench_api.SERVER_ENV},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped with its pool children
        )


def stop_group(process: subprocess.Popen) -> None:
    """SIGTERM the worker's process group (warm shutdown), SIGKILL what is left after 15 s."""
    pgid = process.pid  # start_new_session: the group is named after the worker's main process
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=15)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    if process.poll() is None:
        process.wait(timeout=5)


def wait_for_workers(names: list[str], processes: list[subprocess.Popen]) -> None:
    from factcheck.celery import app

    wanted = {f"{n}@bench" for n in names}
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"a Celery worker exited with {process.returncode}")
        replies = app.control.ping(destination=sorted(wanted), timeout=1.0)
        if wanted <= {name for reply in replies for name in reply}:
            return
    raise RuntimeError("Celery workers did not answer a ping within 45 s")


def ingest(count: int, tag: str) -> tuple[list[int], float]:
    from claims.services import article_create

    seed = SEED.read_text(encoding="utf-8")
    started = time.perf_counter()
    ids = []
    for i in range(count):
        result = article_create(
            title=f"Load {tag} {i}",
            body=f"{seed}\n\nLoad test copy {tag}-{i}.",
            source="Bench Wire",
        )
        assert result.created, "article bodies must be unique"
        ids.append(result.article.pk)
    return ids, time.perf_counter() - started


def wait_ready(ids: list[int], timeout: float) -> float:
    from django.db.models import Count

    from claims.models import Article

    deadline = time.monotonic() + timeout
    counts: dict[str, int] = {}
    while time.monotonic() < deadline:
        counts = dict(
            Article.objects.filter(pk__in=ids)
            .values_list("status")
            .annotate(n=Count("pk"))
            .order_by()
        )
        if counts.get(Article.Status.FAILED):
            raise RuntimeError(f"{counts[Article.Status.FAILED]} articles failed attribution")
        if counts.get(Article.Status.READY, 0) == len(ids):
            return time.monotonic()
        time.sleep(0.05)
    raise RuntimeError(f"articles not all ready within {timeout:.0f} s: {counts}")


def set_consumers(app, active: list[str], all_workers: list[str]) -> None:
    """Only the `active` workers consume the queue; the others stay up, idle."""
    idle = [w for w in all_workers if w not in active]
    for method, names in ((app.control.cancel_consumer, idle), (app.control.add_consumer, active)):
        if names:
            replies = method("celery", destination=names, reply=True, timeout=5)
            if len(replies) != len(names):
                raise RuntimeError(f"{method.__name__}: {len(replies)} of {len(names)} replied")


def ingest_round(app, active: list[str], all_workers: list[str], tag: str) -> dict:
    """One round with `active` consuming: end to end, then queue drain (seconds)."""
    set_consumers(app, active, all_workers)
    started = time.monotonic()
    ids, create_s = ingest(ROUND_ARTICLES, f"e{tag}")
    end_to_end_s = wait_ready(ids, INGEST_TIMEOUT_S) - started

    set_consumers(app, [], all_workers)
    ids, _ = ingest(ROUND_ARTICLES, f"d{tag}")
    started = time.monotonic()
    set_consumers(app, active, all_workers)
    drain_s = wait_ready(ids, INGEST_TIMEOUT_S) - started
    return {"e2e": end_to_end_s, "create": create_s, "drain": drain_s}


def celery_ingest(workdir: Path) -> None:
    """Two worker processes stay up; "1 worker" means only load1 consumes (the other is idle).

    Rounds alternate 1, 2, 2, 1 workers (ABBA), so drift in the machine's other load falls on
    both equally; each configuration ingests INGEST_ARTICLES in all (two rounds). Per round:
    end to end (from the first article_create until the last article is ready, the workers
    consuming while this process creates, as on a live server) and workers only (consumers
    cancelled while the articles are created, the clock runs from add_consumer: the queue-drain
    rate without this process competing for the CPUs).
    """
    from factcheck.celery import app

    workers = ["load1@bench", "load2@bench"]
    log = workdir / "celery.log"
    print(
        f"\nIngest through Celery (broker {BROKER_URL}, flushed): 2 worker processes, each "
        "`celery -A factcheck worker --pool=prefork --concurrency=1`; for 1 worker only load1 "
        f"consumes. {INGEST_ARTICLES} copies of {SEED.name} per configuration (each with a "
        "unique suffix) in rounds of "
        f"{ROUND_ARTICLES}, order 1-2-2-1; article_create in this process, attribution in the "
        f"workers. This machine has {os.cpu_count()} cores, shared by this process, the workers "
        "and PostgreSQL.",
        flush=True,
    )
    flush_broker()
    processes = []
    try:
        for name in workers:
            processes.append(start_worker(name.split("@")[0], log))
        wait_for_workers([w.split("@")[0] for w in workers], processes)
        for name in workers:  # warm each pool process: the first task loads the NLP lexicons
            set_consumers(app, [name], workers)
            warm, _ = ingest(3, f"warm-{name}")
            wait_ready(warm, 60)
        totals = {
            1: {"e2e": 0.0, "create": 0.0, "drain": 0.0},
            2: {"e2e": 0.0, "create": 0.0, "drain": 0.0},
        }
        for number, count in enumerate((1, 2, 2, 1)):
            result = ingest_round(app, workers[:count], workers, f"{number}-{count}")
            for key, value in result.items():
                totals[count][key] += value
            print(
                f"  round {number + 1}, {count} worker{'s' if count > 1 else ''}: "
                f"{ROUND_ARTICLES} articles end to end {result['e2e']:.1f} s "
                f"(article_create loop {result['create']:.1f} s), drain {result['drain']:.1f} s",
                flush=True,
            )
    except Exception:
        if log.exists():
            print(f"Celery log tail:\n{log.read_text(errors='replace')[-3000:]}")
        raise
    finally:
        for process in processes:
            stop_group(process)
    rates = {}
    for count, total in totals.items():
        label = "1 worker " if count == 1 else "2 workers"
        e2e = INGEST_ARTICLES / total["e2e"]
        drain = INGEST_ARTICLES / total["drain"]
        rates[count] = (e2e, drain)
        print(
            f"{label}: end to end {e2e:.1f} articles/s ({INGEST_ARTICLES} in {total['e2e']:.1f} s; "
            f"the article_create loop took {total['create']:.1f} s of it), workers only "
            f"{drain:.1f} articles/s"
        )
    (one, one_drain), (two, two_drain) = rates[1], rates[2]
    print(
        f"ingest ratio 2 workers / 1 worker: end to end {two / one:.2f}x, workers only "
        f"{two_drain / one_drain:.2f}x (ideal 2x; {os.cpu_count()} cores on this machine, "
        f"load average now {os.getloadavg()[0]:.2f})"
    )


# --- main -----------------------------------------------------------------------------------


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench_load needs Linux (process groups); skipped")
        return 0
    try:
        bench_api.recreate_database()
    except bench_api.psycopg.Error as error:
        print(f"bench_load: PostgreSQL unavailable at {DATABASE_URL}: {error}; skipped")
        return 0
    try:
        flush_broker()
    except Exception as error:
        print(f"bench_load: Redis unavailable at {BROKER_URL}: {error}; Celery part skipped")
        broker_ok = False
    else:
        broker_ok = True
    workdir = Path(tempfile.mkdtemp(prefix="bench_load_"))
    total_started = time.perf_counter()
    print(
        f"{os.cpu_count()} cores; load average before the bench {os.getloadavg()[0]:.2f} "
        "(anything else running on the machine skews every figure below)",
        flush=True,
    )
    try:
        bench_api.django.setup()
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print(f"migrated {bench_api.admin_conninfo()[1]} in {time.perf_counter() - started:.1f} s")
        bench_api.load_data()
        token = make_reviewer()
        http_load(token, workdir)
        if broker_ok:
            celery_ingest(workdir)
    finally:
        try:
            from django.db import connections

            connections.close_all()
        except Exception as error:
            print(f"closing connections: {error}")
        if broker_ok:
            try:
                flush_broker()
            except Exception as error:
                print(f"flushing the broker: {error}")
        bench_api.drop_database()
        shutil.rmtree(workdir, ignore_errors=True)
        flushed = f", flushed {BROKER_URL}" if broker_ok else ""
        print(
            f"\ndropped the load database{flushed}; "
            f"total {time.perf_counter() - total_started:.0f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
