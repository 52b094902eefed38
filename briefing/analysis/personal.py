"""A count in one person's own story is not a count of the event: "moved from two hotels with
her 11-year-old daughter".

Articles about a disaster quote the people it befell: a tourist "moved from two hotels with her
daughter", a man who "lost his house and his two cars". Their counts are of their own night
(the hotels one family passed through), while another source's "three hotels damaged" counts
the event's: read as two counts of one noun, the pair became a flag (the first blind look at
rhodes-wildfire-2023). A sentence tells a person's own story when it names one of their kin
with a possessive of the third person singular ("her daughter", "sa fille", "su hija",
"seine Frau", "свою дочь"): kin words and possessives are closed classes of each language's
grammar, listed here. Such a sentence's counts of things are not compared; a toll
(:mod:`.casualties`) still is, since a toll's sentence often names a victim's kin ("a woman
and her daughter were among the 12 dead"). This only keeps a number from being compared, so
it can raise no flag.
"""

from __future__ import annotations

import re
from functools import cache

#: Possessives of the third person singular (and French, Spanish, Italian, Portuguese forms
#: that serve both numbers), per language.
_POSSESSIVES: dict[str, str] = {
    "en": "her his",
    "fr": "sa son ses",
    "es": "su sus",
    "it": "sua suo sue suoi",
    "pt": "sua seu suas seus",
    "de": "seine seiner seinen seinem ihre ihrer ihren ihrem",
    "ru": "его её ее свою своей своим своими своего своих",
}
#: Kin, per language (any case the possessive above takes).
_KIN: dict[str, str] = {
    "en": "daughter daughters son sons wife husband mother father child children sister "
    "sisters brother brothers parents family grandchildren grandson granddaughter",
    "fr": "fille filles fils femme mari mère père enfant enfants sœur sœurs frère frères "
    "parents famille petits-enfants",
    "es": "hija hijas hijo hijos esposa esposo marido madre padre hermana hermanas hermano "
    "hermanos padres familia nietos",
    "it": "figlia figlie figlio figli moglie marito madre padre sorella sorelle fratello "
    "fratelli genitori famiglia nipoti",
    "pt": "filha filhas filho filhos esposa marido mãe pai irmã irmãs irmão irmãos pais "
    "família netos",
    "de": "Tochter Töchter Sohn Söhne Frau Mann Mutter Vater Kind Kinder Schwester Bruder "
    "Eltern Familie Enkel",
    "ru": "дочь дочери дочерью сын сына сыном сыновья жена жены женой муж мужа мужем мать "
    "матери матерью отец отца отцом дети детей детьми сестра сестрой брат братом родители "
    "родителями семья семьи семьёй семьей",
}
#: Words at most between the possessive and the kin noun ("her 11-year-old daughter").
_BETWEEN = 2


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in _POSSESSIVES:
        return None
    owners = "|".join(_POSSESSIVES[language].split())
    kin = "|".join(re.escape(w) for w in _KIN[language].split())
    return re.compile(
        rf"(?<!\w)(?:{owners})\s+(?:[\w'’\-]+\s+){{0,{_BETWEEN}}}?(?:{kin})(?!\w)", re.IGNORECASE
    )


def personal_story(text: str, language: str) -> bool:
    """Whether ``text`` (a sentence) tells one person's own story: it names their kin."""
    pattern = _pattern(language)
    return pattern is not None and pattern.search(text) is not None
