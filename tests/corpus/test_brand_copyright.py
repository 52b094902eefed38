"""A copyright line naming a lower-case brand (``© 2031 exa. All rights reserved``) names the
outlet (briefing.corpus.brand_copyright); prose after the sign, a common word, two words or a
line without the reservation of rights names none. Every text is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, FR, RU, read

from briefing.corpus.brand_copyright import lowercase_copyright

AR = "وافق المجلس البلدي على الخطة بعد نقاش طويل حول تكلفة بناء الجسر."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2031 exanews. All rights reserved", "exanews"),
        ("© 2031 exanews. جميع الحقوق محفوظة", "exanews"),
        ("© exemplo | Tous droits réservés.", "exemplo"),
        ("Copyright © 2030-2031 beispiel.de - Alle Rechte vorbehalten", "beispiel.de"),
        ("© 2031 primerka. Все права защищены", "primerka"),
        ("(c) 2031 exanews, todos los derechos reservados", "exanews"),
    ],
)
def test_a_lower_case_brands_copyright_line_names_it(line: str, outlet: str) -> None:
    assert lowercase_copyright(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "© 2031 all rights reserved",  # no word before the reservation
        "© 2031 the author. All rights reserved",  # two words
        "© 2031 admin. All rights reserved",  # a common word: a site's user
        "© 2031 exanews",  # no reservation of rights
        "© 2031 exanews. " + EN,  # a sentence after the name
        "exanews. All rights reserved",  # no copyright sign
        "© 2031 Exanews. All rights reserved",  # capitalised: the general rule's
    ],
)
def test_look_alikes_of_a_brands_copyright_line_name_no_outlet(line: str) -> None:
    assert lowercase_copyright(line) is None


def test_the_closing_copyright_line_is_the_articles_outlet(tmp_path: Path) -> None:
    text = f"{AR}\n\n{AR}\n\n{AR}\n\n© 2031 exanews. جميع الحقوق محفوظة\n"
    assert read(tmp_path, text).source == "exanews"


@pytest.mark.parametrize("body", [EN, FR, DE, RU])
def test_a_common_word_in_the_line_leaves_the_outlet_unknown(tmp_path: Path, body: str) -> None:
    text = f"{body}\n\n{body}\n\n© 2031 admin. All rights reserved\n"
    assert read(tmp_path, text).source is None
