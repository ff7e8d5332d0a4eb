#!/usr/bin/env bash
# Install the service into .venv and start it on http://127.0.0.1:8000 (SQLite; nothing else to run).
# Settings come from the environment (see README); extra arguments go to gunicorn.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec "$VENV/bin/python" -m gunicorn wsgi:app "$@"
