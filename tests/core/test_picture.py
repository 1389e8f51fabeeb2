"""What a picture sent home says: every word of the page, no link, cut only between steps."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.document import Document, Heading, Item, ItemList, Link, LinkRow, Paragraph
from desktop.core.document_builders import caution_document, guide_document
from desktop.core.picture import part_file_names, picture
from desktop.core.saved_pages import describe_pages
from desktop.core.tool_documents import checkup_document

TODAY = dt.date(2026, 12, 2)


def english(message: str) -> str:
    """The labels as written: these tests do not depend on which language another test left active."""
    return message


def test_a_guide_keeps_its_steps_and_loses_its_links(store):
    document = guide_document(store, "video-call-parents", "zh_Hans", english)
    shown = picture(document, TODAY, english)
    lines = [line for unit in shown.units for line in unit]
    steps = [line for line in lines if line.kind == "step"]
    assert [line.text for line in steps] == [step.zh_Hans for step in store.guide("video-call-parents").steps]
    assert [line.number for line in steps] == list(range(1, len(steps) + 1))
    text = shown.plain_text()
    assert "http" not in text and "Read the report" not in text
    assert "Sources" not in [line.text for line in lines]  # the section of links goes with its heading
    assert text.splitlines()[-2] == "The sources for all of this are in the 桥 Qiao app."
    assert text.endswith("From 桥 Qiao · 2026 年 12 月 2 日")
    assert "微信、FaceTime、WhatsApp、Signal" in text  # the apps' names stay as words


def test_a_heading_is_never_left_at_the_foot_of_a_part(store):
    for guide in store.guides():
        for unit in picture(guide_document(store, guide.id, "en", english), TODAY, english).units:
            assert unit[-1].kind not in ("title", "heading", "subheading"), (guide.id, unit)
            assert sum(line.kind in ("step", "bullet", "text", "meta") for line in unit) == 1


def test_a_caution_says_who_documented_it_without_the_report_links(store):
    shown = picture(caution_document(store, "keyword-filtering", "zh_Hant", english), TODAY, english)
    text = shown.plain_text()
    assert "公民實驗室" in text and "閱讀報告" not in text and shown.dropped_links == 4
    assert text.endswith("From 橋 Qiao · 2026 年 12 月 2 日")  # the labels are the caller's to translate


def test_a_tool_link_means_nothing_in_a_picture(store):
    document = guide_document(store, "time-zones", "en", english)
    assert any(link.href == "call-planner" for link in document.links())
    assert "Call planner" not in picture(document, TODAY, english).plain_text()


def test_a_check_up_result_has_no_note_about_sources(store):
    document = checkup_document(store, {"apps": "chinese"}, "en", english)
    shown = picture(document, TODAY, english)
    assert shown.dropped_links == 0 and "sources" not in shown.plain_text()
    firsts = [line for unit in shown.units for line in unit if line.kind == "step"]
    assert firsts[0].strong == store.caution("servers-in-china").title.en
    assert firsts[0].words().startswith(firsts[0].strong + "\nFirst step: ")


def test_lines_read_as_plain_text_with_their_numbers():
    document = Document("T", "en", (Heading("T", 1), Paragraph(Item("who", strong="Who this is for:")),
                                     ItemList((Item("one"), Item("two")), ordered=True),
                                     LinkRow((Link("WeChat", "platform/wechat"), Link("Site", "https://x.org"))),
                                     ItemList((Item(links=(Link("Source", "https://x.org"),)),))))
    shown = picture(document, TODAY, english)
    assert shown.plain_text().splitlines()[:5] == ["T", "Who this is for: who", "1. one", "2. two", "WeChat"]
    assert shown.dropped_links == 2


@pytest.mark.parametrize("count, names", [(1, ["out.png"]), (3, ["out-1.png", "out-2.png", "out-3.png"])])
def test_part_files_are_numbered_only_when_there_are_several(count, names):
    assert part_file_names("out", ".png", count) == names


def test_saved_pages_are_listed_by_title_and_pages_the_content_lost_are_skipped(store):
    pages = describe_pages(store, ["platform/wechat", "guide/gone", "term/vpn", "caution/group-chats", "nonsense/"],
                           "zh_Hant", english)
    assert [str(page.target) for page in pages] == ["platform/wechat", "term/vpn", "caution/group-chats"]
    assert pages[0].title == "微信" and pages[1].title == "VPN"
    assert pages[2].title == store.caution("group-chats").title.zh_Hant
