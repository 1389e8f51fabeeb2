"""The design rules hold in the code, and docs/design.md says what the code does."""

from __future__ import annotations

import re

import pytest

from desktop import paths
from desktop.ui.palette import CONTRAST_PAIRS, PALETTES, STANDARD, contrast
from desktop.ui.theme import MIN_TARGET, TEXT_SIZES, Metrics

DESIGN = (paths.project_root() / "docs" / "design.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_pair_that_carries_meaning_is_readable(name):
    colours = PALETTES[name].colours()
    weak = [f"{foreground} on {background}: {contrast(colours[foreground], colours[background]):.2f}"
            for foreground, background, needed in CONTRAST_PAIRS
            if contrast(colours[foreground], colours[background]) < needed]
    assert weak == []


def test_the_contrast_table_quotes_the_palette_as_it_is():
    for foreground, background, ratio in re.findall(r"\| (#[0-9a-f]{6}) / (#[0-9a-f]{6}) \| ([0-9.]+):1 \|", DESIGN):
        assert foreground in STANDARD.colours().values() and background in STANDARD.colours().values()
        assert abs(contrast(foreground, background) - float(ratio)) < 0.05, (foreground, background)


def test_the_type_scale_in_the_rules_is_the_one_in_the_code():
    for name, size in re.findall(r"\| `(size_\w+)` \| ([0-9.]+) \|", DESIGN):
        assert TEXT_SIZES[name] == float(size), name


def test_targets_never_shrink_below_the_minimum_and_grow_to_a_kiosk():
    assert Metrics(0.75).target == MIN_TARGET == 44
    assert Metrics(1.5).target == 66 and Metrics(3).target == 66
