from desktop.content.traditional import TraditionalConverter


def test_s2tw_uses_standard_traditional_characters():
    converter = TraditionalConverter()
    assert converter.convert("这里为了着急") == "這裡為了著急"


def test_overrides_win_over_opencc_and_longest_first():
    converter = TraditionalConverter({"账号": "帳號", "账号密码": "帳號與密碼"})
    assert converter.convert("账号密码和账号") == "帳號與密碼和帳號"


def test_quotes_become_corner_brackets():
    assert TraditionalConverter().convert("点“设置”") == "點「設置」"


def test_simplified_only_characters_are_found_but_shared_ones_are_not():
    converter = TraditionalConverter()
    assert converter.simplified_only("這们说") == ["们", "说"]
    assert converter.simplified_only("皇后台灣") == []
