"""What the layout, accessibility and keyboard tests walk: every kind of page, in every setting Qiao is used in."""

from __future__ import annotations

from desktop.core.targets import Target

PAGES = (
    Target("home"), Target("guides"), Target("platforms"), Target("privacy"), Target("glossary"),
    Target("counterparts"), Target("then-and-now"), Target("guide", ("video-call-parents",)),
    Target("platform", ("wechat",)), Target("caution", ("servers-in-china",)), Target("term", ("vpn",)),
    Target("compare", ("wechat", "signal")), Target("compare", ("wechat", "whatsapp", "signal", "telegram")),
    Target("search", query="weixin"), Target("lessons"), Target("lesson", ("scams-and-family",)),
    Target("tools"), Target("call-planner"), Target("number-choice"), Target("privacy-checkup"), Target("saved"),
    Target("about"), Target("license", ("fonts",)),
)

# (width, height, zoom): a small laptop, the usual laptop, a laptop at its smallest text, the projector, a portrait
# kiosk, and the largest text on the smallest screen.
SETTINGS = (
    (1024, 768, 1.0), (1280, 800, 1.0), (1366, 768, 0.75), (1920, 1080, 2.0), (1080, 1920, 1.5), (1024, 768, 3.0),
)
LANGUAGES = ("en", "zh_Hans", "zh_Hant")
