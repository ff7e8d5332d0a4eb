#!/usr/bin/env bash
# Install the test requirements into .venv and run the whole suite; arguments, if any, replace
# the default `tests` given to pytest (`./test.sh tests/api -x`).
# PostgreSQL store tests run too when TEST_DATABASE_URL is set (.ci/run sets it).
set -euo pipefail
cd "$(dirname "$0")"
VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
exec "$VENV/bin/python" -m pytest "${@:-tests}"
