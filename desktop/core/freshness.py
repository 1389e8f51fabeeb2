"""Whether a fact is past its review interval, and so must be shown as 'last checked' rather than current."""

from __future__ import annotations

import datetime as dt

from desktop.core.criteria import CRITERIA_BY_KEY
from desktop.core.records import Fact


def is_stale(fact: Fact, today: dt.date) -> bool:
    criterion = CRITERIA_BY_KEY.get(fact.criterion)
    if criterion is None or criterion.review_days is None or fact.as_of is None or fact.unknown:
        return False
    return (today - fact.as_of).days > criterion.review_days
