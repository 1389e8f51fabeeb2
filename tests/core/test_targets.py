import pytest

from desktop.core.targets import Target, TargetError, parse_target


@pytest.mark.parametrize("text, expected", [
    ("home", Target("home")),
    ("privacy", Target("privacy")),
    ("guide/video-call-parents", Target("guide", ("video-call-parents",))),
    ("platform/WeChat", Target("platform", ("wechat",))),
    ("compare/wechat,whatsapp,signal", Target("compare", ("wechat", "whatsapp", "signal"))),
    ("compare/wechat, wechat ,signal", Target("compare", ("wechat", "signal"))),
    ("search/微信 隐私", Target("search", query="微信 隐私")),
])
def test_targets_parse(text, expected):
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["", "nowhere", "guide/", "compare/wechat", "compare/a,b,c,d,e", "search/",
                                  "home/extra", "platform/a,b"])
def test_bad_targets_are_refused_with_a_reason(text):
    with pytest.raises(TargetError) as error:
        parse_target(text)
    assert str(error.value)


def test_a_target_prints_back_as_its_deep_link():
    for text in ("compare/wechat,signal", "guide/time-zones", "search/wx", "home"):
        assert str(parse_target(text)) == text
