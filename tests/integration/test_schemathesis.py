"""A bounded schemathesis run against the live API: no 5xx, responses match the OpenAPI schema.

The CLI runs as a subprocess against `live_server` (the test database; tasks in-process), with a
lead's token, a fixed seed and a small number of examples per operation, so it stays under a few
minutes. Flags as in NOTES.md ("API fuzzing and load").
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rest_framework.authtoken.models import Token

from annotations.models import Rating
from annotations.scales import load_scale
from claims.models import ClaimStatus as S
from factcheck.roles import Role

from ..factories import UserFactory, ingest, make_claim

pytestmark = pytest.mark.django_db(transaction=True)

TIMEOUT_SECONDS = 240


def schemathesis_command() -> list[str]:
    script = Path(sys.executable).with_name("schemathesis")
    if script.exists():
        return [str(script)]
    found = shutil.which("schemathesis")
    if found:
        return [found]
    pytest.skip("schemathesis is not installed")


def test_schemathesis_finds_no_server_errors_or_schema_violations(live_server, tmp_path):
    if not Rating.objects.exists():  # a transactional test may run after a flush
        load_scale("default", Rating)
    tokens = {
        role: Token.objects.create(user=UserFactory(username=f"st-{role}", role=role)).key
        for role in Role
    }
    lead = UserFactory(username="st-lead")
    ingest(title="Fuzzing seed article", source="Wire", url="https://example.org/news/1")
    for status in (S.UNREVIEWED, S.IN_REVIEW, S.REVIEWED, S.APPROVED, S.NOT_CHECKABLE):
        make_claim(status, actor=lead)

    command = [
        *schemathesis_command(),
        "run",
        live_server.url + "/api/schema/",
        "-H",
        f"Authorization: Token {tokens[Role.LEAD]}",
        "--phases",
        "examples,fuzzing",
        "-n",
        "20",
        "--seed",
        "1",
        "--checks",
        "not_a_server_error,response_schema_conformance,content_type_conformance",
        "--generation-allow-x00",
        "false",
        "--workers",
        "1",
        "--request-timeout",
        "30",
        "--generation-database",
        "none",
        "--no-color",
    ]
    env = {**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""}
    try:
        result = subprocess.run(
            command,
            cwd=tmp_path,  # its report directory stays out of the repository
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        output = (error.stdout or b"")[-20000:]
        pytest.fail(f"schemathesis ran over {TIMEOUT_SECONDS} s:\n{output!r}")
    output = result.stdout + result.stderr
    print(output[-3000:])
    assert result.returncode == 0, output[-30000:]
