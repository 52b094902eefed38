"""A theme that names the class a listed name opens with: "tropical cyclone" beside "Cyclone
Chido".

Some names are a class noun and a name of their own: "Cyclone Chido", "Typhoon Haiyan",
"Operation Barkhane", "Mount Etna". An article that writes the name also calls the thing by
its class in common words ("the intense tropical cyclone", "a military operation"), and that
phrase, read as a theme, lists the named thing a second time.
:func:`~briefing.topics.asides.describes_name` already drops a theme whose head noun ends a
listed name in the same articles ("concert hall" beside "Crocus City Hall"); this module gives
it the class nouns that open a name instead. A name's first word is a class noun when the
word after it is the name's own: a capitalised word that is no everyday English word
(wordfreq) and no place ("Air India", "Lake Como" are a noun and a place, "Guardia Civil" and
"Hellenic Train" end in everyday words).

A name written "<noun> of <owner>" ("Bank of Japan", "Court of Appeal", "Ministry of Health")
is headed by its first word too: an article that names the Bank of Japan and says "the central
bank said" means the same bank, as "the concert hall" beside "Crocus City Hall" means the hall
(:func:`of_heads`); so is "Banque du Japon", which "la banque centrale" describes (a
phrase's head is its first word in the languages that write the noun first:
:func:`~briefing.topics.asides.describes_name`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from briefing.topics.lexicon import STOPWORDS, words
from briefing.topics.word_keys import zipf

#: The second word is an everyday English word from this Zipf frequency on ("state" 6.0,
#: "train" 5.1; "Chido", "Haiyan", "Barkhane" are under 1).
EVERYDAY_ZIPF = 3.0


def class_heads(
    surfaces: Mapping[str, Collection[str]], place: Callable[[str], bool]
) -> dict[str, set[str]]:
    """Class noun (case aside) opening each two-word name → the articles using the name;
    ``surfaces`` maps each written name of a body or place to the articles that write it,
    ``place`` says whether a word is a place's name."""
    heads: dict[str, set[str]] = {}
    for surface, articles in surfaces.items():
        parts = surface.split()
        if len(parts) != 2 or not all(p.isalpha() and p[0].isupper() for p in parts):
            continue
        noun, own = parts
        if own.isupper() or zipf(own.casefold(), "en") >= EVERYDAY_ZIPF or place(own):
            continue
        heads.setdefault(noun.casefold(), set()).update(articles)
    return heads


#: The words for "of" that link a body's noun to its owner: "Bank of Japan", "Banque du
#: Japon", "Banco de España", "Banca di Velmora", "Banco do Brasil".
OF_WORDS = words("of de du des del della di da do dos das")


def of_heads(surfaces: Mapping[str, Collection[str]]) -> dict[str, set[str]]:
    """Head noun (case aside) of each name written "<Noun> of [the] <Owner>" → the articles
    using the name ("Bank of Japan": "bank"); ``surfaces`` as for :func:`class_heads`."""
    heads: dict[str, set[str]] = {}
    for surface, articles in surfaces.items():
        parts = surface.split()
        if len(parts) < 3 or parts[1] not in OF_WORDS or not parts[-1][:1].isupper():
            continue
        noun = parts[0]
        if not (noun.isalpha() and noun[0].isupper()) or noun.casefold() in STOPWORDS:
            continue
        heads.setdefault(noun.casefold(), set()).update(articles)
    return heads
