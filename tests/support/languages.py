"""Sentences in several languages for the metadata tests, and a reader for one fixture file.

Every sentence is written for the tests (no article text): they only need to look like prose
in their language.
"""

from __future__ import annotations

from pathlib import Path

from briefing.model import Article
from support.fixtures import read_file, write_article

EN = (
    "The city council approved the plan after a long debate about costs, schedules and the "
    "number of workers needed to finish the bridge before the winter."
)
FR = "Le conseil municipal a approuvé le projet après un long débat sur les coûts du pont."
DE = "Der Stadtrat hat den Plan nach einer langen Debatte über die Kosten der Brücke gebilligt."
RU = "Городской совет одобрил план после долгих споров о стоимости строительства моста."
UK = "Міська рада схвалила план після довгих суперечок про вартість будівництва мосту."
IT = "Il consiglio comunale ha approvato il piano dopo un lungo dibattito sui costi del ponte."
ES = "El ayuntamiento aprobó el plan tras un largo debate sobre el coste del puente."
TR = "Belediye meclisi, köprünün maliyeti hakkındaki uzun bir tartışmanın ardından planı onayladı."


def read(tmp_path: Path, text: str, name: str = "story.txt") -> Article:
    """Write ``text`` as one article file and read it as the application would."""
    article = read_file(write_article(tmp_path, name, text))
    assert isinstance(article, Article), article
    return article
