"""What gunicorn.conf.py does to each worker it forks (issue 13: GET p99 under load)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_workers_fork_with_the_masters_objects_frozen_out_of_the_collector():
    """A worker's full collection must not walk the preloaded model (100-350 ms pauses)."""
    script = ("import gc, runpy\nconf = runpy.run_path('gunicorn.conf.py')\n"
              "before = gc.get_freeze_count()\nconf['pre_fork'](None, None)\n"
              "print(before, gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    before, after = map(int, result.stdout.split())
    assert before == 0 and after > 0
