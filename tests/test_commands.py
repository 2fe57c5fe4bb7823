"""The database-free NLP commands the evaluations call, and the account commands."""

import itertools
import json
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from factcheck.roles import Role, user_roles

MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]


def run_manage(*args, env=None):
    return subprocess.run(
        [*MANAGE, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_segment_and_attribute_commands_write_contract_jsonl(tmp_path, seed_text):
    body = seed_text.partition("\n\n")[2]
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "seed", "text": body}) + "\n" + json.dumps({"id": 2, "text": ""}) + "\n"
    )
    seg_out, attr_out = tmp_path / "seg.jsonl", tmp_path / "attr.jsonl"
    # A database that does not exist: these commands must not touch one.
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "DEBUG": "1",
    }
    assert (
        run_manage("segment", "--input", str(source), "--output", str(seg_out), env=env).returncode
        == 0
    )
    assert (
        run_manage(
            "attribute", "--input", str(source), "--output", str(attr_out), env=env
        ).returncode
        == 0
    )

    seg = [json.loads(line) for line in seg_out.read_text().splitlines()]
    assert [r["id"] for r in seg] == ["seed", 2]
    assert seg[1]["sentences"] == []
    spans = seg[0]["sentences"]
    assert len(spans) > 20
    for (s, e), (s2, _) in itertools.pairwise(spans):
        assert s < e <= s2
        assert body[s:e] == body[s:e].strip()

    attr = [json.loads(line) for line in attr_out.read_text().splitlines()]
    found = attr[0]["attributions"]
    assert found, "the seed article has many attributions"
    for a in found:
        assert a["type"] in {"direct", "indirect", "mixed"}
        assert set(a) >= {"type", "source", "cue", "content", "speaker"}
    speakers = {a["speaker"] for a in found}
    assert "Alexander Lukashenko" in speakers


def test_segment_reports_a_bad_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Fine."}\n{"id": 2}\n')
    result = run_manage(
        "segment",
        "--input",
        str(source),
        "--output",
        str(tmp_path / "o.jsonl"),
        env={"PATH": "/usr/bin:/bin", "DEBUG": "1"},
    )
    assert result.returncode != 0
    assert "in.jsonl:2" in result.stderr


@pytest.mark.django_db
def test_adduser_and_issuetoken(capsys):
    call_command("adduser", "rita", "--role", "reviewer", "--password", "a-long-passphrase-42")
    user = get_user_model().objects.get(username="rita")
    assert user.check_password("a-long-passphrase-42")
    assert user_roles(user) == {Role.REVIEWER}
    assert not user.is_staff
    capsys.readouterr()
    call_command("issuetoken", "rita")
    first = capsys.readouterr().out.strip()
    call_command("issuetoken", "rita")
    assert capsys.readouterr().out.strip() == first
    assert len(first) == 40
    with pytest.raises(CommandError, match="exists"):
        call_command("adduser", "rita", "--role", "lead", "--password", "a-long-passphrase-42")
    with pytest.raises(CommandError, match="Password refused"):
        call_command("adduser", "bob", "--role", "lead", "--password", "123")
    with pytest.raises(CommandError, match="No user"):
        call_command("issuetoken", "nobody")
    call_command("adduser", "ada", "--role", "admin", "--password", "a-long-passphrase-42")
    admin = get_user_model().objects.get(username="ada")
    assert admin.is_staff and admin.is_superuser


@pytest.mark.django_db
def test_token_authenticates_and_revoked_token_does_not(client):
    from rest_framework.test import APIClient

    call_command("adduser", "tok", "--role", "api-client", "--password", "a-long-passphrase-42")
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=get_user_model().objects.get(username="tok"))
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get("/api/v1/ratings/").status_code == 200
    token.delete()
    assert api.get("/api/v1/ratings/").status_code == 401


def test_importing_the_nlp_pipeline_loads_no_django():
    code = "import sys, claims.nlp.pipeline; print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_deploy_check_is_clean_under_production_settings():
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "0",
        "SECRET_KEY": "x" * 30 + "-production-secret-key-for-the-check-0123456789",
        "ALLOWED_HOSTS": "factcheck.example.org",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", env={"PATH": "/usr/bin:/bin", "DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_segment_keeps_a_record_with_a_raw_line_separator_whole(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": "One\u2028two. Three."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    result = run_manage(
        "segment", "--input", str(source), "--output", str(out), env={"PATH": "/usr/bin:/bin"}
    )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [1]
