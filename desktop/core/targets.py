"""Deep-link targets: the pages `qiao --open TARGET` and in-app links can name."""

from __future__ import annotations

from typing import NamedTuple

MAX_COMPARED = 4
PAGE_KINDS = ("home", "guides", "platforms", "privacy", "glossary", "counterparts", "then-and-now", "guide", "platform",
              "caution",
              "compare", "search", "term", "lessons", "lesson", "center", "center-page")
_LISTS = ("home", "guides", "platforms", "privacy", "glossary", "counterparts", "then-and-now", "lessons", "center")
_NEEDS_ID = ("guide", "platform", "caution", "term", "lesson", "center-page")  # center: a community center's pages


# The tools and the owner's own pages: one page each, no id. A licence page names which licence.
TOOL_PAGES = ("tools", "call-planner", "number-choice", "privacy-checkup", "saved", "about")
LICENSES = ("code", "fonts", "icons")
PAGE_KINDS = (*PAGE_KINDS, *TOOL_PAGES, "license")


class TargetError(ValueError):
    """A target that does not name a page."""


class Target(NamedTuple):
    kind: str
    ids: tuple[str, ...] = ()
    query: str = ""

    def __str__(self) -> str:
        if self.kind == "search":
            return f"search/{self.query}"
        if self.kind == "compare":
            return "compare/" + ",".join(self.ids)
        if self.ids:
            return f"{self.kind}/{self.ids[0]}"
        return self.kind


HOME = Target("home")


def parse_target(text: str) -> Target:
    """``guide/<id>``, ``platform/<id>``, ``compare/<id>,<id>[,…]``, ``search/<query>``, ``home``, ``privacy`` …"""
    kind, _, rest = text.strip().partition("/")
    kind = kind.strip().lower()
    if kind == "search":
        if not rest.strip():
            raise TargetError("search/ needs something to look for, e.g. search/微信")
        return Target("search", query=rest)
    if kind in _LISTS:
        if rest.strip():
            raise TargetError(f"'{kind}' takes nothing after it")
        return Target(kind)
    if kind in TOOL_PAGES:
        if rest.strip():
            raise TargetError(f"'{kind}' takes nothing after it")
        return Target(kind)
    if kind == "license":
        name = rest.strip().lower()
        if name not in LICENSES:
            raise TargetError(f"license/ needs one of {', '.join(LICENSES)}, e.g. license/fonts")
        return Target(kind, (name,))
    if kind in _NEEDS_ID:
        if not rest.strip() or "," in rest:
            raise TargetError(f"{kind}/ needs one id, e.g. {kind}/wechat")
        return Target(kind, (rest.strip().lower(),))
    if kind == "compare":
        ids = tuple(dict.fromkeys(part.strip().lower() for part in rest.split(",") if part.strip()))
        if not 2 <= len(ids) <= MAX_COMPARED:
            raise TargetError(f"compare/ needs two to {MAX_COMPARED} platform ids, e.g. compare/wechat,whatsapp")
        return Target("compare", ids)
    raise TargetError(f"unknown page '{text}': use home, guides, platforms, privacy, glossary, counterparts, "
                      "then-and-now, lessons, center, "
                      "guide/<id>, platform/<id>, caution/<id>, term/<id>, lesson/<id>, center-page/<id>, "
                      "compare/<id>,<id>, or search/<words>")
