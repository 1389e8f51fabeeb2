"""Words the app shows for criteria, codes and kinds, marked for translation and translated where shown."""

from __future__ import annotations

from collections.abc import Callable

from desktop.i18n import N_, _

CRITERION_LABELS = {
    "china_access": N_("Works in mainland China"),
    "us_access": N_("Works from the US"),
    "e2ee": N_("End-to-end encryption"),
    "monitoring": N_("Monitoring and censorship found"),
    "signup": N_("What sign-up needs"),
    "features": N_("What it does"),
    "counterparts": N_("Its counterpart on the other side"),
    "owner": N_("Owner"),
    "jurisdiction": N_("Headquarters and legal home"),
    "launched": N_("Launched"),
    "status": N_("Status"),
    "users": N_("Users"),
}

GROUP_LABELS = {
    "access": N_("Access from China and the US"),
    "privacy": N_("Privacy and encryption"),
    "signup": N_("Signing up"),
    "features": N_("Features"),
    "company": N_("Company and jurisdiction"),
    "users": N_("Users"),
}

# (symbol, label): a symbol and a word together, so no meaning rests on colour alone.
CODE_LABELS = {
    ("china_access", "yes"): ("✓", N_("Works without a VPN")),
    ("china_access", "blocked"): ("×", N_("Blocked")),
    ("china_access", "partly"): ("◐", N_("Partly works")),
    ("china_access", "closed"): ("–", N_("Service stopped")),
    ("us_access", "closed"): ("–", N_("Service stopped")),
    ("us_access", "yes"): ("✓", N_("Works")),
    ("us_access", "limited"): ("◐", N_("Limited")),
    ("us_access", "no"): ("×", N_("Not available")),
    ("e2ee", "yes"): ("✓", N_("On by default")),
    ("e2ee", "optional"): ("◐", N_("Must be turned on")),
    ("e2ee", "no"): ("×", N_("No")),
    ("monitoring", "documented"): ("!", N_("Documented")),
    ("monitoring", "none_found"): ("–", N_("None documented")),
    ("status", "active"): ("✓", N_("Active")),
    ("status", "closed"): ("×", N_("Closed")),
    ("status", "suspended"): ("◐", N_("Suspended")),
}

KIND_LABELS = {
    "messaging": N_("Messaging"),
    "social": N_("Social network"),
    "video": N_("Video"),
    "email": N_("Email"),
}

SEARCH_KIND_LABELS = {
    "guide": N_("Guides"),
    "platform": N_("Platforms"),
    "caution": N_("Privacy and safety"),
    "term": N_("Glossary"),
}

FLAG_LABELS = {
    "phone": N_("phone number"),
    "email": N_("email address"),
    "real_name_id": N_("real-name ID"),
    "friend_verification": N_("a friend's verification"),
    "text": N_("text"),
    "voice": N_("voice calls"),
    "video": N_("video calls"),
    "groups": N_("group chats"),
    "photos": N_("photos"),
    "feed": N_("feed"),
    "payments": N_("payments"),
}

COUNT_KIND_LABELS = {
    "mau": N_("monthly active users"),
    "dau": N_("daily active users"),
    "registered": N_("registered accounts"),
    "peak": N_("at its peak"),
}


def criterion_label(key: str, translate: Callable[[str], str] = _) -> str:
    return translate(CRITERION_LABELS[key])


def code_label(criterion: str, code: str | None, translate: Callable[[str], str] = _) -> tuple[str, str] | None:
    """A symbol and a word for a fact's code; ``translate`` picks the language (the active one by default)."""
    if code == "unknown":
        return "?", translate("Unknown")
    pair = CODE_LABELS.get((criterion, code or ""))
    return (pair[0], translate(pair[1])) if pair else None


def list_separator(language: str) -> str:
    """'、' between items in Chinese, ', ' in English."""
    return ", " if language == "en" else "、"


def flags_text(codes: tuple[str, ...], language: str, translate: Callable[[str], str] = _) -> str:
    return list_separator(language).join(translate(FLAG_LABELS[code]) for code in codes)


def parenthesized(text: str, language: str) -> str:
    """' (text)' in English, '（text）' in Chinese."""
    return f" ({text})" if language == "en" else f"（{text}）"
