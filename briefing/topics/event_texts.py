"""The main event's act read past the English leads: a verb's noun in the bodies too, and an
article's whole text.

Split from :mod:`.event_action` for size: :func:`~.event_action.action_of` weighs the words
the leads share; these read further in the articles when the leads do not say enough (a verb
whose noun only a body writes, one to three English texts), with a bound on how many bodies
are read so that a packet of 10,000 articles stays cheap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.model import Article
from briefing.topics.event_noun import act_noun


def _noun_of(
    word: str, texts: list[str], articles: Sequence[Article], languages: dict[str, str]
) -> str | None:
    """:func:`~.event_noun.act_noun` read in the leads, else in the bodies as well (of the
    first :data:`_BODIES` articles, and five times as many leads: enough to find how the
    packet names its act, at a bounded cost on 10,000 articles)."""
    spoken = Counter(languages.get(a.id, "en") for a in articles)
    language = spoken.most_common(1)[0][0] if spoken else "en"
    leads = texts[: _BODIES * 5]  # how a word is used shows in the first leads
    noun = act_noun(word, leads, language)
    if noun is None:
        bodies = [p.text for a in articles[:_BODIES] for _i, p in a.body_paragraphs]
        noun = act_noun(word, leads + bodies, language)
    return noun


def _whole(article: Article) -> str:
    """An article's headline and body text."""
    return "\n".join([article.title or "", *(p.text for _i, p in article.body_paragraphs)])


#: How many articles' bodies are read for the noun of an act the leads write as a verb.
_BODIES = 200
