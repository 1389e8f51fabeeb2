"""The call planner: the reader's time beside Beijing's, today's hours as a strip, the plain answer, and the next
clock change. It reads the clock every minute.

The reader's zone is, in order: the center's (a kiosk's file), the owner's saved choice (a laptop), or this
computer's own zone; a computer left on UTC gives no zone, and the page asks. Choosing a zone keeps it only where
the setting keeps things. Waking hours on each side are adjustable (8:00 to 22:00 to start with).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from desktop.core import call_planner_text as words
from desktop.core.call_planner import WakingHours, answer_now, next_clock_change, plan_day
from desktop.core.tool_documents import source_items
from desktop.core.time_zones import BEIJING, ZoneGuess, matching_choice, resolve_zone, system_zone, zone
from desktop.i18n import _, pgettext
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.day_strip import DayStrip, StripTexts
from desktop.ui.document_view import PartWriter, text_label
from desktop.ui.layouts import ColumnsLayout, FlowLayout, grows_with_width
from desktop.ui.pages.base import ColumnPage, heading
from desktop.ui.pages.factory import PageContext

ZONE_SETTING = "call-planner-zone"
HOURS_SETTING = "call-planner-hours"
CLOCK_EM = 14  # each clock box, at its narrowest


def _hours_from_setting(text: str | None) -> tuple[WakingHours, WakingHours] | None:
    try:
        mine, theirs = (part.split("-") for part in (text or "").split(","))
        return WakingHours(int(mine[0]), int(mine[1])), WakingHours(int(theirs[0]), int(theirs[1]))
    except (ValueError, IndexError):
        return None


class _Clock(QWidget):
    """One side's clock: whose, the time, the day."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ClockBox")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 12)
        column.setSpacing(2)
        self.name = text_label("", "ClockName")
        self.time = text_label("", "ClockTime")
        self.day = text_label("", "ClockDay")
        for label in (self.name, self.time, self.day):
            column.addWidget(label)

    def show_time(self, name: str, moment: dt.datetime, language: str) -> None:
        self.name.setText(name)
        self.time.setText(words.format_time(moment, language))
        self.day.setText(words.format_day(moment, language))
        self.setAccessibleName(f"{name}: {self.time.text()}, {self.day.text()}")


class CallPlannerPage(ColumnPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__([])
        self._context = context
        self.content = context.store.tool_content("call-planner")
        self.zones = context.store.time_zones()
        self._texts = self.content.texts
        self._writer = PartWriter(context.router.open_href)
        self.guess = self._resolve()
        self.zone_key = self.guess.key
        self.hours = self._kept_hours() or (WakingHours(), WakingHours())
        for widget in heading(_("Call planner"), _("When it is a good time to call family in China")):
            self.add(widget)
        self.answer = text_label("", "Answer")
        self.add(self.answer)
        clocks = QWidget()
        grid = ColumnsLayout(clocks, spacing=12, min_column=round(CLOCK_EM * self._em()), max_columns=2)
        self.your_clock, self.beijing_clock = _Clock(), _Clock()
        grid.addWidget(self.your_clock)
        grid.addWidget(self.beijing_clock)
        grows_with_width(clocks)
        self.add(clocks)
        self.difference = text_label("", "Paragraph")
        self.add(self.difference)
        self._zone_section()
        self.strip_title = text_label(_("Today, hour by hour"), "Heading2")
        self.add(self.strip_title)
        self.strip = DayStrip()
        self.add(self.strip)
        self.windows_text = text_label("", "Paragraph")
        self.add(self.windows_text)
        self._hours_section()
        self.change_title = text_label(_("When the clocks change"), "Heading2")
        self.add(self.change_title)
        self.change = text_label("", "Paragraph")
        self.add(self.change)
        self.add(text_label(_("Sources"), "Heading2"))
        for item in source_items(self.content.sources):
            self.add(self._writer.item(item))
        self.setAccessibleName(_("Call planner"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def _em(self) -> int:
        return max(8, self.fontInfoPixelSize())

    # Where the reader is

    def _candidates(self) -> list[str]:
        return [choice.key for choice in self.zones]

    def _resolve(self) -> ZoneGuess:
        context = self._context
        chosen = context.user_store.get(ZONE_SETTING) if context.keeps else None
        try:
            return resolve_zone(context.time_zone, chosen, lambda: system_zone(self._candidates()))
        except ValueError:  # a center file naming no real zone: the kiosk check reports it; fall back here
            return resolve_zone(None, chosen, lambda: system_zone(self._candidates()))

    def _kept_hours(self) -> tuple[WakingHours, WakingHours] | None:
        if not self._context.keeps:
            return None
        return _hours_from_setting(self._context.user_store.get(HOURS_SETTING))

    def _zone_section(self) -> None:
        language = self._context.language
        year = self._context.clock().year
        choices = [(choice.key, f"{choice.name.get(language)} · {choice.cities[0].get(language)}"
                    if choice.cities else choice.name.get(language)) for choice in self.zones]
        matched = matching_choice(self.zone_key, self._candidates(), year) if self.zone_key else None
        if self.zone_key and matched is None:  # this computer's zone is none of the US ones: offer it as it is
            choices.insert(0, (self.zone_key, _("This computer's zone ({zone})").format(zone=self.zone_key)))
            matched = self.zone_key
        self.zone_key = matched or self.zone_key
        initial = next((index for index, (key, _text) in enumerate(choices) if key == self.zone_key), None)
        self.zone_chips = ChoiceGroup(_("Your time zone"), choices, "zone", initial)
        self.zone_chips.label.setObjectName("Heading2")
        self.zone_chips.chosen.connect(self.choose_zone)
        self.add(self.zone_chips)
        self.zone_note = text_label("", "Meta")
        self.add(self.zone_note)

    def _zone_note(self) -> str:
        language = self._context.language
        how = self.guess.how
        source = {"kiosk": _("Set by this center."), "owner": _("Your choice, kept on this computer."),
                  "chosen": _("Chosen for this visit; not kept."), "none": ""}.get(
            how, _("From this computer's clock."))
        choice = next((item for item in self.zones if item.key == self.zone_key), None)
        cities = ""
        if choice is not None and choice.cities:
            separator = ", " if language == "en" else "、"
            cities = _("Places: {cities}.").format(cities=separator.join(city.get(language)
                                                                         for city in choice.cities))
        return " ".join(part for part in (cities, source) if part) if language == "en" else \
            "".join(part for part in (cities, source) if part)

    def choose_zone(self, key: str) -> None:
        """The reader picked a zone: it is used at once, and kept where the setting keeps things."""
        self.zone_key = key
        if self._context.keeps and not self._context.time_zone:
            self._context.user_store.set(ZONE_SETTING, key)
            self.guess = ZoneGuess(key, "owner")
        else:
            self.guess = ZoneGuess(key, "chosen")
        self.refresh()

    # Waking hours

    def _hours_section(self) -> None:
        self.add(text_label(_("Waking hours"), "Heading2"))
        self.hour_boxes: dict[str, QComboBox] = {}
        for side, label in (("you", _("You:")), ("beijing", _("In Beijing:"))):
            row = QWidget()
            flow = FlowLayout(row, spacing=8)
            flow.addWidget(text_label(label, "ChipsLabel"))
            for end in ("start", "end"):
                if end == "end":
                    flow.addWidget(text_label(pgettext("from one hour to another", "to"), "Paragraph"))
                box = QComboBox()
                box.setObjectName("HourBox")
                hours = range(0, 24) if end == "start" else range(1, 25)
                for hour in hours:
                    box.addItem(self._hour_label(hour), hour)
                value = getattr(self.hours[0 if side == "you" else 1], end)
                box.setCurrentIndex(box.findData(value))
                box.setAccessibleName((_("You wake at") if end == "start" else _("You go to sleep at")) if side == "you"
                                      else (_("Beijing wakes at") if end == "start" else _("Beijing sleeps at")))
                box.currentIndexChanged.connect(lambda _index, side=side: self._hours_changed(side))
                self.hour_boxes[f"{side}-{end}"] = box
                flow.addWidget(box)
            grows_with_width(row)
            self.add(row)

    def _hour_label(self, hour: int) -> str:
        moment = dt.datetime(2026, 1, 5, hour % 24, tzinfo=zone(BEIJING))
        return words.format_time(moment, self._context.language)

    def _hours_changed(self, side: str) -> None:
        start = self.hour_boxes[f"{side}-start"].currentData()
        end = self.hour_boxes[f"{side}-end"].currentData()
        try:
            hours = WakingHours(start, end)
        except ValueError:
            return  # the same hour twice: keep the last good hours until the reader picks another
        self.hours = (hours, self.hours[1]) if side == "you" else (self.hours[0], hours)
        if self._context.keeps:
            mine, theirs = self.hours
            self._context.user_store.set(HOURS_SETTING, f"{mine.start}-{mine.end},{theirs.start}-{theirs.end}")
        self.refresh()

    def set_hours(self, mine: WakingHours, theirs: WakingHours) -> None:
        for side, hours in (("you", mine), ("beijing", theirs)):
            for end in ("start", "end"):
                box = self.hour_boxes[f"{side}-{end}"]
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(getattr(hours, end)))
                box.blockSignals(False)
        self.hours = (mine, theirs)
        self.refresh()

    # What the page says, now

    def _text(self, key: str) -> str:
        return self._texts[key].get(self._context.language)

    def refresh(self) -> None:
        """Reads the clock and says everything afresh; runs again at the start of the next minute."""
        now = self._context.clock().astimezone(dt.UTC)
        self._timer.start(max(1000, (60 - now.second) * 1000 - now.microsecond // 1000))
        self.zone_note.setText(self._zone_note())
        if not self.zone_key:
            self.answer.setText(_("Choose your time zone below to see when to call."))
            for widget in self._zone_dependent():
                widget.hide()
            self.beijing_clock.show_time(self._text("beijing-time"), now.astimezone(zone(BEIJING)),
                                         self._context.language)
            return
        for widget in self._zone_dependent():
            widget.show()
        self._say(now)

    def _zone_dependent(self) -> tuple[QWidget, ...]:
        return (self.your_clock, self.difference, self.strip_title, self.strip, self.windows_text, self.change_title,
                self.change)

    def _say(self, now: dt.datetime) -> None:
        language, key, texts = self._context.language, self.zone_key, self._texts
        mine, theirs = self.hours
        answer = answer_now(now, key, mine, theirs)
        self.your_clock.show_time(self._text("your-time"), answer.now_local, language)
        self.beijing_clock.show_time(self._text("beijing-time"), answer.now_beijing, language)
        self.answer.setText(words.describe_answer(answer, texts, language))
        self.answer.setProperty("good", answer.good)
        self.answer.style().polish(self.answer)
        self.difference.setText(words.describe_difference(now, key, texts, language))
        plan = plan_day(now, key, mine, theirs)
        today = words.format_windows(plan.windows, language)
        if plan.windows:
            summary = _("Good times to call today: {local} your time ({beijing} in Beijing).").format(
                local=today, beijing=words.format_windows(plan.windows, language, side="beijing"))
        else:
            summary = _("Today there is no time when both sides are awake. Try longer waking hours.")
        self.windows_text.setText(summary)
        strip_texts = StripTexts(self._text("your-time"), _("Both awake"), self._text("beijing-time"),
                                 _("Now, {time}").format(time=words.format_time(answer.now_local, language)),
                                 tuple(words.format_hour(cell.local, language) for cell in plan.cells),
                                 tuple(words.format_hour(cell.beijing, language) for cell in plan.cells))
        self.strip.set_plan(plan, strip_texts, f"{self.answer.text()} {summary}")
        self.strip.setAccessibleName(_("Today, hour by hour"))
        change = next_clock_change(now, key, mine, theirs)
        self.change.setText(words.describe_clock_change(change, now, key, texts, language))

    def answer_text(self) -> str:
        return self.answer.text()

    # The window keeps the reader's place and choices

    def save_state(self) -> dict:
        mine, theirs = self.hours
        return {"place": self.place(), "zone": self.zone_key, "how": self.guess.how,
                "hours": [mine.start, mine.end, theirs.start, theirs.end]}

    def restore_state(self, state: dict) -> None:
        key = state.get("zone")
        if key and key != self.zone_key and self.zone_chips.choose_value(key, notify=False):
            self.zone_key, self.guess = key, ZoneGuess(key, state.get("how", "chosen"))
        hours = state.get("hours")
        if hours and len(hours) == 4:
            try:
                self.set_hours(WakingHours(hours[0], hours[1]), WakingHours(hours[2], hours[3]))
            except ValueError:
                pass
        self.refresh()
        self.restore_place(state.get("place"))
