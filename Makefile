# factcheck: `make run` to try it, `make test` for the whole suite. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test bench lint format eval-segmentation eval-attribution schema worker clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements-dev.txt
	touch $@

run: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py demo --url http://$(HOST):$(PORT)/
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run_all.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Scores on ../shared/eval (or EVAL=path): the commands the evaluation calls, then its scorer.
EVAL ?= ../shared/eval
eval-segmentation: install
	$(BIN)/python manage.py segment --input $(EVAL)/segmentation/news_dev.jsonl --output /tmp/factcheck-seg-news.jsonl
	$(BIN)/python $(EVAL)/segmentation/score.py $(EVAL)/segmentation/news_dev.jsonl /tmp/factcheck-seg-news.jsonl
	$(BIN)/python manage.py segment --input $(EVAL)/segmentation/golden_rules_en.jsonl --output /tmp/factcheck-seg-golden.jsonl
	$(BIN)/python $(EVAL)/segmentation/score.py $(EVAL)/segmentation/golden_rules_en.jsonl /tmp/factcheck-seg-golden.jsonl

eval-attribution: install
	$(BIN)/python manage.py attribute --input $(EVAL)/attribution/dev.jsonl --output /tmp/factcheck-attr-dev.jsonl
	$(BIN)/python $(EVAL)/attribution/score.py $(EVAL)/attribution/dev.jsonl /tmp/factcheck-attr-dev.jsonl

schema: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /tmp/factcheck-schema.yaml

worker: install
	$(BIN)/celery -A factcheck worker --loglevel=INFO --concurrency=2

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
