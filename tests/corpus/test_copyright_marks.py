"""Copyright marks in a row before the owner's name; text made up for the test."""

from __future__ import annotations

import pytest

from briefing.corpus.sources import find_source


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("TODOS LOS DERECHOS RESERVADOS © Copyright KVARNA", "KVARNA"),
        ("Copyright (c) 2031 Kvarna Media", "Kvarna Media"),
        ("© 2031 Kvarna", "Kvarna"),
    ],
)
def test_marks_in_a_row_are_not_part_of_the_name(closing: str, outlet: str) -> None:
    assert find_source(["Texto del artículo.", "Más texto.", closing]) == outlet


def test_a_photo_copyright_is_still_no_outlet() -> None:
    paragraphs = ["Texto.", "Más texto.", "Foto: Ana Ruiz / © Copyright Kvarna"]
    assert find_source(paragraphs) is None
