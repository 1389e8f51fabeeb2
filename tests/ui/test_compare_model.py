import datetime as dt

from PySide6.QtCore import Qt

from desktop.core.criteria import CRITERIA, GROUPS
from desktop.ui.pages.compare import CompareModel


def _model(store, ids, language="en", today=dt.date(2026, 11, 24)):
    return CompareModel([store.platform(platform_id) for platform_id in ids], language, today)


def _row(model, key):
    return next(row for row in range(model.rowCount())
                if not model.is_group(row) and model.fact(row, 0).criterion == key)


def test_rows_are_grouped_with_a_header_per_group(store):
    model = _model(store, ["wechat", "signal"])
    assert model.is_group(0) and model.data(model.index(0, 0)) == "Access from China and the US"
    assert model.criteria() == [criterion.key for group in GROUPS for criterion in CRITERIA if criterion.group == group]


def test_only_differences_hides_rows_that_agree(store):
    model = _model(store, ["wechat", "whatsapp", "signal"])
    model.set_only_differences(True)
    shown = model.criteria()
    assert "us_access" in shown and "status" not in shown  # all three are active


def test_model_passes_qt_model_checks(qtmodeltester, store):
    qtmodeltester.check(_model(store, ["wechat", "whatsapp", "signal"]))


def test_cells_say_their_meaning_in_words_not_colour_alone(store):
    model = _model(store, ["wechat", "signal"])
    row = _row(model, "e2ee")
    assert model.data(model.index(row, 0)).startswith("× No")
    assert model.data(model.index(row, 1)).startswith("✓ On by default")
    as_of = store.platform("signal").facts["e2ee"].as_of
    assert f"As of {as_of:%b} {as_of.day}, {as_of.year}" in model.data(model.index(row, 1))
    assert "Source: http" in model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)


def test_stale_facts_are_marked_as_such(store):
    model = _model(store, ["wechat", "signal"], today=dt.date(2028, 1, 1))
    row = _row(model, "china_access")
    as_of = store.platform("wechat").facts["china_access"].as_of
    assert f"Last checked {as_of:%b} {as_of.day}, {as_of.year}: may be out of date" in model.data(model.index(row, 0))


def test_headers_follow_the_language(store):
    model = _model(store, ["wechat", "whatsapp"], language="zh_Hans")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "微信"
