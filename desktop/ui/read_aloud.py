"""Reading aloud with the computer's own voices, through QtTextToSpeech: English for learners, and Mandarin or
Cantonese where the system has such a voice.

Voices are chosen by their locale (``QVoice.locale()``): zh_CN and zh_TW speak Mandarin, zh_HK and yue Cantonese.
Nothing is downloaded and nothing leaves the computer. Where QtTextToSpeech cannot load (on Linux it needs
libpulse0) or no voice fits, ``kinds()`` is empty and pages show no read-aloud button; the reason is said once on
stderr. ``speaking_changed`` tells when speech starts and stops, so a kiosk can pause its idle timer meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.i18n import N_

KINDS = ("en", "cmn", "yue")  # English, Mandarin, Cantonese
KIND_NAMES = {"en": N_("English"), "cmn": N_("Mandarin"), "yue": N_("Cantonese")}
# Where several voices speak a kind, the first territory found wins; a Traditional-Chinese reader hears Taiwan's
# Mandarin before the mainland's.
PREFERRED = {"en": ("US", "GB", "CA", "AU"), "cmn": ("CN", "TW", "SG"), "yue": ("HK", "MO", "CN")}


def kind_of_locale(name: str) -> str | None:
    """The kind of speech a voice of locale ``name`` ('en_US', 'zh_CN', 'zh_HK', 'yue_HK') gives, or None."""
    language, _, territory = name.replace("-", "_").partition("_")
    language = language.lower()
    territory = territory.split("_")[-1].upper() if territory else ""
    if language == "en":
        return "en"
    if language == "yue":
        return "yue"
    if language in ("zh", "cmn"):
        return "yue" if territory in ("HK", "MO") else "cmn"
    return None


def kind_of_voice(name: str, locale: str) -> str | None:
    """Like ``kind_of_locale``; a voice whose locale Qt cannot name (espeak-ng's Mandarin reaches Qt through
    speech-dispatcher as 'cmn', which Qt reports as the C locale) is known by its name instead."""
    kind = kind_of_locale(locale)
    if kind is None and locale in ("C", ""):
        lowered = name.lower()
        kind = "yue" if "cantonese" in lowered else "cmn" if "mandarin" in lowered else None
    return kind


def kind_for_language(language: str, cantonese: bool = False) -> str:
    """The kind of speech that reads a text in one of Qiao's languages."""
    if language == "en":
        return "en"
    return "yue" if cantonese and language == "zh_Hant" else "cmn"


class VoiceChoice(NamedTuple):
    name: str
    locale: str


def choose_voice(voices: Iterable[VoiceChoice], kind: str, language: str = "en") -> VoiceChoice | None:
    """The best voice of ``kind`` among ``voices``; ``language`` is the text's (zh_Hant prefers Taiwan's
    Mandarin)."""
    fitting = [voice for voice in voices if kind_of_voice(voice.name, voice.locale) == kind]
    if not fitting:
        return None
    order = PREFERRED[kind]
    if kind == "cmn" and language == "zh_Hant":
        order = ("TW", "CN", "SG")

    def rank(voice: VoiceChoice) -> tuple[int, bool, int]:
        # The preferred territory, then a voice's plain form before its variants (espeak-ng's "+Adam"), shortest
        # name first ("English (America)" before "English (Caribbean)").
        territory = voice.locale.replace("-", "_").rpartition("_")[2].upper()
        return (order.index(territory) if territory in order else len(order), "+" in voice.name, len(voice.name))

    return min(fitting, key=rank)


class ReadAloud(QObject):
    """One speech engine for the app, made when first asked for."""

    speaking_changed = Signal(bool)  # True when speech starts, False when it stops

    def __init__(self, engine: str | None = None) -> None:
        """``engine``: a QtTextToSpeech engine name ('mock' in tests); None for the system's default."""
        super().__init__()
        self._engine_name = engine
        self._speech = None
        self._voices: dict[str, list] | None = None  # kind → [(VoiceChoice, QVoice, QLocale)]
        self._speaking = False
        self.problem: str | None = None

    def _engine(self):
        if self._speech is not None or self.problem is not None:
            return self._speech
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:  # no PySide6-Addons, or (on Linux) no libpulse0
            self._say_problem(f"QtTextToSpeech cannot load ({error})")
            return None
        speech = QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
        speech.stateChanged.connect(self._state_changed)
        self._speech = speech
        return speech

    def _say_problem(self, reason: str) -> None:
        if self.problem is None:
            self.problem = reason
            print(f"qiao: read-aloud is off: {reason}", file=sys.stderr, flush=True)

    def _voice_table(self) -> dict[str, list]:
        if self._voices is not None:
            return self._voices
        self._voices = {kind: [] for kind in KINDS}
        speech = self._engine()
        if speech is None:
            return self._voices
        original = speech.locale()
        for locale in speech.availableLocales():
            speech.setLocale(locale)
            for voice in speech.availableVoices():
                kind = kind_of_voice(voice.name(), voice.locale().name())
                if kind is not None:
                    self._voices[kind].append((VoiceChoice(voice.name(), voice.locale().name()), voice, locale))
        speech.setLocale(original)
        if not any(self._voices.values()):
            reason = speech.errorString() if speech.state() == speech.State.Error else ""
            self._say_problem(f"no English, Mandarin or Cantonese voice ({reason or speech.engine() or 'no engine'})")
        return self._voices

    def kinds(self) -> tuple[str, ...]:
        """The kinds of speech this computer has a voice for, in the order English, Mandarin, Cantonese."""
        table = self._voice_table()
        return tuple(kind for kind in KINDS if table[kind])

    def voices(self) -> list[VoiceChoice]:
        """Every voice that fits one of the kinds (for the docs and the command line)."""
        return [choice for kind in KINDS for choice, _voice, _locale in self._voice_table()[kind]]

    def say(self, text: str, kind: str, language: str = "en") -> bool:
        """Reads ``text`` with the best voice of ``kind``; False when there is none."""
        table = self._voice_table()
        choice = choose_voice((entry[0] for entry in table.get(kind, [])), kind, language)
        if choice is None or not text.strip():
            return False
        _choice, voice, locale = next(entry for entry in table[kind] if entry[0] == choice)
        speech = self._speech
        speech.stop()
        speech.setLocale(locale)
        speech.setVoice(voice)
        speech.say(text)
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    @property
    def speaking(self) -> bool:
        return self._speaking

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)
