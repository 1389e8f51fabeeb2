"""The criteria every platform is described by, their allowed codes and how long a fact stays fresh."""

from __future__ import annotations

from dataclasses import dataclass

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Criterion:
    key: str
    group: str  # the comparison's row group
    codes: tuple[str, ...] = ()  # allowed values of the fact's single ``code``
    flags: tuple[str, ...] = ()  # allowed values of the fact's ``codes`` list
    review_days: int | None = 730  # None: never goes stale (history)


CRITERIA: tuple[Criterion, ...] = (
    Criterion("china_access", "access", codes=("yes", "blocked", "partly", "closed"),
              review_days=183),
    Criterion("us_access", "access", codes=("yes", "limited", "no", "closed"), review_days=183),
    Criterion("e2ee", "privacy", codes=("yes", "optional", "no"), review_days=183),
    Criterion("monitoring", "privacy", codes=("documented", "none_found")),
    Criterion("signup", "signup", flags=("phone", "email", "real_name_id", "friend_verification")),
    Criterion("features", "features", flags=("text", "voice", "video", "groups", "photos", "feed", "payments")),
    Criterion("counterparts", "features"),
    Criterion("owner", "company"),
    Criterion("jurisdiction", "company"),
    Criterion("launched", "company", review_days=None),
    Criterion("status", "company", codes=("active", "closed", "suspended")),
    Criterion("users", "users", review_days=365),
)
CRITERIA_BY_KEY = {criterion.key: criterion for criterion in CRITERIA}
GROUPS = ("access", "privacy", "signup", "features", "company", "users")
PLATFORM_KINDS = ("messaging", "social", "video", "email")
PLATFORM_SIDES = ("china", "west")
COUNT_KINDS = ("mau", "dau", "registered", "peak")
