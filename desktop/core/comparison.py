"""Comparing platforms: filters, differences, counterpart pairs and the then-and-now view. No Qt here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.criteria import CRITERIA, CRITERIA_BY_KEY
from desktop.core.records import Fact, Platform

HISTORICAL = "historical"  # the browser's filter for closed and suspended services
KIND_FILTERS = ("messaging", "social", "video", "email", HISTORICAL)


def code(platform: Platform, criterion: str) -> str | None:
    fact = platform.facts.get(criterion)
    return fact.code if fact else None


def works_on_both_sides(platform: Platform) -> bool:
    """Reachable from mainland China without a VPN, and usable from the US (perhaps with limits)."""
    return code(platform, "china_access") == "yes" and code(platform, "us_access") in ("yes", "limited")


def is_historical(platform: Platform) -> bool:
    return code(platform, "status") in ("closed", "suspended")


def filter_platforms(platforms: list[Platform], kind: str | None = None,
                     task_platforms: tuple[str, ...] | None = None) -> list[Platform]:
    """Platforms of a kind (or the closed and suspended ones) and suited to a task; None means any."""
    chosen = []
    for platform in platforms:
        if kind == HISTORICAL and not is_historical(platform):
            continue
        if kind not in (None, HISTORICAL) and platform.kind != kind:
            continue
        if task_platforms is not None and platform.id not in task_platforms:
            continue
        chosen.append(platform)
    if task_platforms is not None:
        order = {platform_id: index for index, platform_id in enumerate(task_platforms)}
        chosen.sort(key=lambda platform: order[platform.id])
    else:
        chosen.sort(key=is_historical)  # closed services after the ones people can use today; sort is stable
    return chosen


def _signature(fact: Fact | None) -> tuple:
    """What a reader compares in a cell: the code where there is one, else the figure, year or wording."""
    if fact is None:
        return ()
    criterion = CRITERIA_BY_KEY[fact.criterion]
    if criterion.codes or criterion.flags or fact.criterion == "jurisdiction":
        return (fact.code, tuple(sorted(fact.codes)))
    if fact.criterion == "launched":
        return (fact.year,)
    if fact.criterion == "users":
        return (fact.code, fact.figure.count if fact.figure else None)
    return (fact.code, fact.value.en if fact.value else None)


def differing_criteria(platforms: list[Platform]) -> list[str]:
    """The criteria on which the platforms do not all say the same thing."""
    return [criterion.key for criterion in CRITERIA
            if len({_signature(platform.facts.get(criterion.key)) for platform in platforms}) > 1]


@dataclass(frozen=True)
class CounterpartPair:
    chinese: Platform
    western: tuple[Platform, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.chinese.id, *(platform.id for platform in self.western))


def counterpart_pairs(platforms: list[Platform], limit: int = 4) -> list[CounterpartPair]:
    """Each Chinese platform with the Western ones that play the same role, as either side records it."""
    by_id = {platform.id: platform for platform in platforms}
    pairs = []
    for platform in platforms:
        if platform.side != "china":
            continue
        partners = [other for other in platforms if other.side == "west"
                    and (other.id in platform.counterparts or platform.id in other.counterparts)]
        partners.sort(key=lambda other: (other.id not in platform.counterparts, other.name.en.lower()))
        if partners:
            pairs.append(CounterpartPair(by_id[platform.id], tuple(partners[: limit - 1])))
    return pairs


@dataclass(frozen=True)
class ThenAndNow:
    platform: Platform
    then: Fact | None  # the users fact, whose history figure is what around 2012 said
    status: Fact | None
    now: Fact | None


def then_and_now(platforms: list[Platform]) -> list[ThenAndNow]:
    """Platforms the founding articles of around 2012 knew: those with a historical figure, or since closed."""
    entries = []
    for platform in platforms:
        users = platform.facts.get("users")
        historical_figure = users is not None and users.history is not None
        if historical_figure or is_historical(platform):
            entries.append(ThenAndNow(platform, users if historical_figure else None, platform.facts.get("status"),
                                      users))
    entries.sort(key=lambda entry: (entry.then.history.date if entry.then and entry.then.history.date else dt.date.max,
                                    entry.platform.name.en.lower()))
    return entries
