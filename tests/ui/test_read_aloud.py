"""Read-aloud: voices chosen by their locale, the mock engine in tests, and a clear word where speech is off."""

from __future__ import annotations

import builtins

from desktop.ui.read_aloud import ReadAloud, VoiceChoice, choose_voice, kind_of_locale, kind_of_voice

WINDOWS = [VoiceChoice("Microsoft Huihui", "zh_CN"), VoiceChoice("Microsoft Hanhan", "zh_TW"),
           VoiceChoice("Microsoft Tracy", "zh_HK"), VoiceChoice("Microsoft Zira", "en_US")]


def test_each_locale_speaks_english_mandarin_or_cantonese():
    assert [kind_of_locale(name) for name in ("en_US", "en-GB", "zh_CN", "zh_TW", "zh_HK", "yue_HK", "yue", "zh_MO",
                                              "fi_FI")] == ["en", "en", "cmn", "cmn", "yue", "yue", "yue", "yue", None]


def test_espeak_ngs_mandarin_is_known_by_its_name():
    """Through speech-dispatcher, espeak-ng's Mandarin comes with a locale Qt cannot name ('C')."""
    assert kind_of_voice("Chinese (Mandarin, latin as Pinyin)", "C") == "cmn"
    assert kind_of_voice("Chinese (Cantonese)", "yue_HK") == "yue"
    assert kind_of_voice("Hakka Chinese", "C") is None
    voices = [VoiceChoice("English (Caribbean)", "en_US"), VoiceChoice("English (America)+Adam", "en_US"),
              VoiceChoice("English (America)", "en_US"), VoiceChoice("English (Great Britain)", "en_GB")]
    assert choose_voice(voices, "en").name == "English (America)"


def test_the_best_voice_for_each_kind():
    assert choose_voice(WINDOWS, "cmn").name == "Microsoft Huihui"
    assert choose_voice(WINDOWS, "cmn", "zh_Hant").name == "Microsoft Hanhan"  # Taiwan's Mandarin for 繁體中文
    assert choose_voice(WINDOWS, "yue").name == "Microsoft Tracy"
    assert choose_voice(WINDOWS[:2], "yue") is None  # no Cantonese voice: no Cantonese button
    assert choose_voice([VoiceChoice("Sin-Ji", "zh_HK")], "yue").name == "Sin-Ji"


def test_the_mock_engine_speaks_english_only_and_says_when(qtbot):
    speech = ReadAloud("mock")
    assert speech.kinds() == ("en",)
    with qtbot.waitSignal(speech.speaking_changed, timeout=5000) as started:
        assert speech.say("Can you hear me?", "en")
    assert started.args == [True] and speech.speaking
    with qtbot.waitSignal(speech.speaking_changed, timeout=10000) as stopped:
        pass
    assert stopped.args == [False] and not speech.speaking
    assert not speech.say("你好", "cmn")


def test_without_qttexttospeech_reading_aloud_is_off_and_said_once(qtbot, monkeypatch, capsys):
    real_import = builtins.__import__

    def refuse(name, *args, **kwargs):
        if name == "PySide6.QtTextToSpeech":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    speech = ReadAloud("mock")
    assert speech.kinds() == () and speech.kinds() == ()
    assert not speech.say("hello", "en")
    err = capsys.readouterr().err
    assert err.count("read-aloud is off") == 1 and "libpulse" in err
