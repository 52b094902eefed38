"""An image element left in a saved page's text: ``<image>data:… alt="…"</image>``, ``<img …>``.

A page saved as text may keep a picture's markup on a line of its own, its address a data URI
(an inline placeholder, or the whole picture in base64, thousands of characters) and its alt
text a description of the picture. The line is the page's furniture (``classify`` makes it
boilerplate, folded with the captions): never a headline nor a stand-in title, and the reader
shows it as ``[image: <alt text>]`` (or ``[image]``), never its markup or its data URI — the
alt text is what the page's author wrote for the picture, the address is no text at all.

A line that holds an image tag among other words (a sentence quoting ``<img>``) is left alone:
only a line that is nothing but image elements counts.
"""

from __future__ import annotations

import html
import re

__all__ = ["image_element_text", "is_image_element"]

#: One element: ``<img …>``, ``<image …>`` with its closing tag, whatever its address holds.
_ELEMENT = r"<(?:img|image)\b[^<]*(?:</image\s*>)?"
_LINE = re.compile(rf"\s*(?:{_ELEMENT}\s*)+", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def is_image_element(text: str) -> bool:
    """Whether ``text`` is nothing but one or more image elements (module doc)."""
    return text.lstrip()[:1] == "<" and _LINE.fullmatch(text) is not None


def image_element_text(text: str) -> str | None:
    """What the reader shows for an image element's line: ``[image: <alt>]`` or ``[image]``;
    None when ``text`` is not one (module doc)."""
    if not is_image_element(text):
        return None
    alts = [" ".join(html.unescape(a or b).split()) for a, b in _ALT.findall(text)]
    alts = [alt for alt in alts if alt]
    return f"[image: {' / '.join(alts)}]" if alts else "[image]"
