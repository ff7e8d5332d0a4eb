"""What gunicorn.conf.py does to each worker it forks (issue 13: GET p99 under load)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_workers_fork_with_the_masters_objects_frozen_out_of_the_collector():
    """A worker's full collection must not walk the preloaded model (100-350 ms pauses)."""
    script = ("import gc, runpy, types\nconf = runpy.run_path('gunicorn.conf.py')\n"
              "before = gc.get_freeze_count()\n"
              "conf['pre_fork'](types.SimpleNamespace(WORKERS={}), types.SimpleNamespace())\n"
              "print(before, gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    before, after = map(int, result.stdout.split())
    assert before == 0 and after > 0


def test_each_forked_worker_gets_its_own_slot_in_the_shared_connection_count():
    """Two live workers never share a slot (`api/balance.py`), and an exited one frees its own."""
    script = ("import runpy, types\nconf = runpy.run_path('gunicorn.conf.py')\n"
              "server = types.SimpleNamespace(WORKERS={})\n"
              "for pid in (11, 12):\n"
              "    worker = types.SimpleNamespace(pid=pid)\n"
              "    conf['pre_fork'](server, worker)\n"
              "    server.WORKERS[pid] = worker\n"
              "conf['child_exit'](server, server.WORKERS.pop(11))\n"
              "again = types.SimpleNamespace(pid=13)\nconf['pre_fork'](server, again)\n"
              "print(server.WORKERS[12].share_slot, again.share_slot)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.split() == ["1", "0"]
