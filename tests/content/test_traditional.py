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


def test_a_replaced_word_of_latin_letters_gets_the_space_the_spacing_rule_asks_for():
    converter = TraditionalConverter({"谷歌": "Google", "账号": "帳號"})
    assert converter.convert("用谷歌账号登录") == "用 Google 帳號登錄"
    assert converter.convert("谷歌，") == "Google，"


def _shipped_converter() -> TraditionalConverter:
    from desktop import paths
    from desktop.content.sources import read_source
    from desktop.content.traditional import overrides_path, read_overrides

    content_dir = paths.content_sources_dir()
    return TraditionalConverter(read_overrides(read_source(overrides_path(content_dir), content_dir)))


def test_the_shipped_overrides_give_hong_kong_and_taiwan_words_without_side_effects():
    converter = _shipped_converter()
    cases = {
        "手机号和手机号码": "手機號碼和手機號碼",  # not 手機號碼碼
        "请默认 B 站能看到私信内容": "請當作 B 站能看到私訊內容",  # 默认 as "assume", not 預設
        "国内银行卡和国内银行的验证码": "中國大陸的銀行卡和中國大陸的銀行驗證碼",  # not a bank called 中國大陸銀行
        "在聊天列表里长按，进群后先看群规，自助结账机": "在聊天列表裡長按，進群後先看群規，自助結帳機",
        "用服务器登录，发短信和链接，看视频，打视频通话": "用伺服器登入，發短訊和連結，看影片，打視像通話",
        "苹果的另一个应用“信息”": "蘋果的另一個 App「訊息」",
        "工业和信息化部和国家互联网信息办公室": "工業和信息化部和國家互聯網信息辦公室",
        "QQ 邮箱和备用邮箱": "QQ 郵箱和備用電郵",
        "回国探亲": "回中國大陸探親",
        "网站称暂停服务，停服期间": "網站稱暫停服務，停止服務期間",  # not 暫停止服務務
        "合法的法律程序和电脑程序": "合法的法律程序和電腦程式",
        "犹他州里弗代尔，按州里的规定": "猶他州里弗代爾，按州裡的規定",
        "隐私信息和私信": "隱私資料和私訊",
        "把地址加进联系人，再看垃圾邮件箱": "把地址加進聯絡人，再看垃圾郵件資料夾",
    }
    for simplified, traditional in cases.items():
        assert converter.convert(simplified) == traditional
