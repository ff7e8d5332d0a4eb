"""What a bulk command tells its user: a progress bar on a terminal, a summary at the end."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import click
from tqdm import tqdm

from api.cli.sources import Item, Unreadable, read_sources

T = TypeVar("T")


@dataclass
class Summary:
    """Counts of one run; `outcomes` are created / updated / unchanged (ingest), analysed
    (analyze) or queued (backfill)."""

    articles: int = 0
    quotes: int = 0
    speakers: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    bar: Any = None
    """A tqdm bar over the readable articles, on a terminal only (`show_progress`)."""

    def show_progress(self, total: int | None) -> None:
        if on_terminal():
            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)

    def _advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def count(self, outcome: str, quotes: int = 0, speakers: int = 0) -> None:
        self._advance()
        self.articles += 1
        self.quotes += quotes
        self.speakers += speakers
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def fail(self, origin: str, reason: str, readable: bool = False) -> None:
        """Record a failure; `readable` ones (the engine's) were in the bar's total."""
        if readable:
            self._advance()
        self.failures.append((origin, reason))

    def lines(self) -> list[str]:
        outcomes = ", ".join(f"{name} {n}" for name, n in sorted(self.outcomes.items()))
        lines = [f"articles: {self.articles}" + (f" ({outcomes})" if outcomes else ""),
                 f"quotes: {self.quotes}", f"speakers: {self.speakers}",
                 f"failures: {len(self.failures)}"]
        return lines + [f"  {origin}: {reason}" for origin, reason in self.failures]

    def echo(self) -> None:
        if self.bar is not None:
            self.bar.close()
        for line in self.lines():
            click.echo(line, err=True)


def on_terminal() -> bool:
    return sys.stderr.isatty()


def progress(items: Iterable[T], total: int | None) -> Iterator[T]:
    """`items` with a tqdm bar (articles/s, ETA) on a terminal; as they are in a pipe."""
    if not on_terminal():
        yield from items
        return
    with tqdm(items, total=total, unit="article", file=sys.stderr, dynamic_ncols=True) as bar:
        yield from bar


def articles_in(paths: Iterable[str], max_bytes: int, summary: Summary) -> Iterator[Item]:
    """The sources' articles, their unreadable pieces recorded in `summary` as they pass."""
    for item in read_sources(paths, max_bytes):
        if isinstance(item, Unreadable):
            summary.fail(item.origin, item.reason)
        yield item


def total_of(paths: Iterable[str], max_bytes: int) -> int | None:
    """How many articles there are, counted first only when a bar will show an ETA."""
    if not on_terminal():
        return None
    return sum(1 for item in read_sources(paths, max_bytes) if not isinstance(item, Unreadable))
