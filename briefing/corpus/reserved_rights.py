"""The reserved-rights formula of a copyright line, in the briefing's languages.

A page's foot writes its holder, then the formula: ``© 2031 Example Media All rights
reserved.``, ``Copyright Exa Alle Rechte vorbehalten``, ``© Exa Tous droits réservés``. The
copyright readers take the holder as the run of capitalised words after the sign, and the
formula's first word is capitalised in every Latin-script language (``All``, ``Alle``,
``Tous``, ``Todos``, ``Tutti``, ``Wszelkie``, ``Tüm``, ``Toate``, ``Minden``, ``Všechna``), in
German its nouns too (``Rechte``); so the run goes on into it and the holder becomes a name no
one has (``Example Media All``). A holder is what stands before the formula, never a word of it
(:func:`holder_before_rights`).

One pattern for every reader: :mod:`briefing.corpus.brand_copyright` reads a lower-case
brand's line with it too.
"""

from __future__ import annotations

import re

__all__ = ["RIGHTS", "holder_before_rights"]

#: "All rights reserved" (and "some rights reserved", Italian "reproduction reserved") in the
#: briefing's languages: en, fr, de, lb, es, it, pt, nl, ru, uk, bg, pl, cs, ro, hu, tr, el,
#: ka, ar, fa, ur, he, hi, zh, ja, ko.
RIGHTS = (
    r"(?:all|some)\s+rights\s+reserved|tous\s+droits(?:\s+de\s+reproduction)?\s+réservés"
    r"|alle\s+rechte\s+vorbehalten|all\s+rechter\s+virbehalen"
    r"|todos\s+los\s+derechos\s+reservados|reservados\s+todos\s+los\s+derechos"
    r"|derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|riproduzione\s+riservata"
    r"|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden"
    r"|все\s+права\s+защищены|(?:всі|усі)\s+права\s+захищені|всички\s+права\s+запазени"
    r"|wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena"
    r"|toate\s+drepturile\s+rezervate|minden\s+jog\s+fenntartva"
    r"|tüm\s+hakları\s+saklıdır|με\s+επιφύλαξη\s+παντός\s+δικαιώματος"
    r"|ყველა\s+უფლება\s+დაცულია"
    r"|جميع\s+الحقوق\s+محفوظة|(?:کلیه|تمامی)\s+حقوق\s+(?:\S+\s+)?محفوظ|جملہ\s+حقوق\s+محفوظ"
    r"|כל\s+הזכויות\s+שמורות|सर्वाधिकार\s+सुरक्षित"
    r"|版权所有|版權所有|無断転載|무단\s?전재"
)
_RIGHTS = re.compile(RIGHTS, re.IGNORECASE)
#: What may stand between a holder and the formula: a stop, a comma, a bar, a dash.
_JOINT = " \t\u00a0.,;:|/·•–—-"


def holder_before_rights(text: str, start: int, end: int) -> str:
    """The holder a copyright reader matched at ``text[start:end]``, cut where the
    reserved-rights formula begins inside it (``Example Media All`` of ``… Example Media All
    rights reserved``: ``Example Media``); the match unchanged when the formula starts at its
    end or later, or nowhere; empty when the match is all formula."""
    found = _RIGHTS.search(text, start)
    if found is None or found.start() >= end:
        return text[start:end]
    return text[start : found.start()].rstrip(_JOINT)
