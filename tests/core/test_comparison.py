from desktop.core.comparison import (
    HISTORICAL, counterpart_pairs, differing_criteria, filter_platforms, then_and_now, works_on_both_sides,
)


def test_works_on_both_sides_needs_china_and_the_us(store):
    assert works_on_both_sides(store.platform("wechat"))
    assert not works_on_both_sides(store.platform("whatsapp"))  # blocked in mainland China


def test_filters_by_kind_and_by_task(store):
    platforms = store.all_platforms()
    historical = {platform.id for platform in filter_platforms(platforms, HISTORICAL)}
    assert {"aim", "google-plus", "msn-messenger"} <= historical and "wechat" not in historical
    email = {platform.id for platform in filter_platforms(platforms, "email")}
    assert {"gmail", "qq-mail"} <= email
    tasks = {task_id: ids for task_id, _, ids in store.tasks()}
    assert [platform.id for platform in filter_platforms(platforms, None, tasks["find-job"])] == ["linkedin"]


def test_only_real_differences_are_reported(store):
    same = [store.platform("signal"), store.platform("signal")]
    assert differing_criteria(same) == []
    different = differing_criteria([store.platform("wechat"), store.platform("signal")])
    assert "e2ee" in different and "china_access" in different


def test_counterparts_pair_chinese_and_western_platforms(store):
    pairs = {pair.chinese.id: {platform.id for platform in pair.western}
             for pair in counterpart_pairs(store.all_platforms())}
    assert {"aim", "msn-messenger"} <= pairs["qq"]
    assert "facebook" in pairs["renren"]
    assert "tiktok" in pairs["douyin"]
    assert all(len(ids) <= 3 for ids in pairs.values())


def test_then_and_now_keeps_the_2012_figures_beside_todays(store):
    entries = {entry.platform.id: entry for entry in then_and_now(store.all_platforms())}
    assert entries["qq"].then.history.count and entries["qq"].now.figure.count
    assert entries["aim"].status.code == "closed"


def test_china_internet_users_then_and_now_are_sourced(store):
    figure = next(item for item in store.figures() if item.id == "china-internet-users")
    assert figure.then.count == 564_000_000 and figure.then.date.year == 2012
    assert figure.now.count > figure.then.count and figure.now.source.startswith("http")
