"""An app's banner over its share widget: ``示例新闻`` over ``—分享—``.

A page copied from a news app may open with the app's or the section's name in a banner,
then the share widget's label, then the story. The banner is a name (a word or two ending in
a medium's word: 新闻 "news", 電視 "television", ``News``, ``Times``), not a headline: it
states nothing. It is never the title; the share line is the page's chrome.

Whether the banner names the outlet cannot be told from the line: a section's banner
(``国际新闻``, "world news") has the same shape as an app's own name. So the line gives no
outlet: an outlet named elsewhere in the text still wins, and with none the outlet stays
empty rather than a section's name.

The share widget is a line that is nothing but a share label in one of the languages the
briefing reads (``分享``, ``シェア``, ``공유``, ``Partager``, ``Teilen``, ``Compartir`` …),
maybe framed by dashes, bars or brackets; "Share prices rose" is news, not a widget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.corpus.cjk_credit import NEWS_WORDS
from briefing.corpus.closing_house import MEDIA_WORDS

__all__ = ["banner_over_share", "is_share_widget"]

#: A share button's label, whole (casefolded): the usual wording in each language.
_SHARE = frozenset(
    (
        "share", "share this", "share on", "share article", "分享", "分享到", "分享至", "分享此文",
        "共有", "シェア", "共有する", "공유", "공유하기", "partager", "partager sur", "teilen",
        "artikel teilen", "compartir", "compartir en", "condividi", "compartilhar", "partilhar",
        "udostępnij", "поделиться", "поширити", "paylaş", "delen", "dela", "del", "jaa",
        "مشاركة", "شارك", "κοινοποίηση", "κοινοποιήστε",
    )
)  # fmt: skip
#: Framing around the label: dashes, bars, brackets, colons, arrows.
_FRAME = " \t—–-|:：·•<>«»[]【】()（）"
#: A banner: at most 12 characters, ending in a medium's word.
_BANNER = re.compile(
    rf"(?:[^\W\d_]|\s){{1,8}}(?:{'|'.join(NEWS_WORDS)})"
    rf"|[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)? (?:{'|'.join(MEDIA_WORDS)})"
)
_BANNER_LENGTH = 24


def is_share_widget(text: str) -> bool:
    """Whether ``text`` is nothing but a share label, maybe framed (module doc)."""
    return len(text) <= 40 and text.strip(_FRAME).casefold() in _SHARE


def banner_over_share(texts: Sequence[str]) -> bool:
    """Whether the first line is a name ending in a medium's word set right over the share
    widget (module doc)."""
    if len(texts) < 3:
        return False
    first = texts[0].strip()
    return (
        len(first) <= _BANNER_LENGTH
        and _BANNER.fullmatch(first) is not None
        and is_share_widget(texts[1])
    )
