"""Connections shared evenly between gunicorn's workers (README "Serving": latency under load).

A keep-alive connection stays with the worker that accepted it, and which worker accepts is a
race on the shared listening socket: 16 clients were found split 13 to 3, 12 to 4 (`ss` in
`bench/recycling.py`), and the crowded worker's queue is the latency tail (server p50 11 ms against
4 ms). So each worker publishes how many connections it holds in one shared array, and a worker
holding more than one above the least loaded answers its next request with `Connection: close`;
the client reconnects and the accept race starts again, until the shares are even. Nothing waits
and no worker stops accepting, so a worker that is asleep can never leave a connection unserved.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from multiprocessing.sharedctypes import RawArray

UNUSED = -1     # a slot no live worker holds
SLOTS = 64      # more workers than this are not balanced (their slot is None)
SLACK = 1       # connections a worker may hold above the least loaded one
SETTLE = 0.1    # seconds a worker waits at most for its last close to leave its count


class Shares:
    """Connections held per worker, in memory the master allocates and its forks share.

    The master gives each worker a slot before forking it and frees it when the worker exits;
    workers write only their own slot, so no lock is needed (a stale count only delays a close).
    """

    def __init__(self, size: int = SLOTS) -> None:
        self.counts = RawArray("i", [UNUSED] * size)
        self.lock = threading.Lock()        # the rest is each process's own, after the fork
        self.closed_at = 0                  # what the worker held when it last asked for a close
        self.settled_by = 0.0

    def claim(self, taken: Iterable[int | None]) -> int | None:
        """The first free slot (none taken by a live worker), marked as holding nothing yet."""
        busy = set(taken)
        for slot in range(len(self.counts)):
            if slot not in busy:
                self.counts[slot] = 0
                return slot
        return None

    def release(self, slot: int | None) -> None:
        if slot is not None:
            self.counts[slot] = UNUSED

    def over_share(self, slot: int | None, held: int) -> bool:
        """Record that the worker of `slot` holds `held` connections; True when that is more
        than `SLACK` above the least loaded live worker, so one of them should be closed.

        gunicorn counts a closed connection out only later, in the worker's main loop; until the
        count drops below what it was at the last close (or `SETTLE` passes) no second close is
        asked for, else the worker gives back more than its surplus and the shares swing."""
        if slot is None:
            return False
        self.counts[slot] = held
        with self.lock:
            if held >= self.closed_at and time.monotonic() < self.settled_by:
                return False
            if held <= min(count for count in self.counts if count != UNUSED) + SLACK:
                return False
            self.closed_at, self.settled_by = held, time.monotonic() + SETTLE
            return True
