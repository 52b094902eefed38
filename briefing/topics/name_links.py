"""Particles that link the words of one personal name beyond :data:`~.lexicon.NAME_PARTICLES`.

An Arabic name is a chain: a given name, "son of" and the father's name (the nasab, "bin",
"ben", "ibn", Russian "бен", "ибн"), sometimes the grandfather's, and a family name with its
article ("Al Nahyan", "al-Zayani", Russian "аз-Заяни", "аль-Асад"). The run of capitalised
words a name is read from (:func:`~.tokens.chunks`) went on across the particles it knew
("bin", "al", "von der") and stopped at the others, so "Abdallah ben Zayed Al-Nahyane" in
French and "Абдалла бен Заид Аль Нахайян" in Russian were two names each, and "Абдель Латиф
аз-Заяни" lost its family name.

Two kinds of link, both between two capitalised words of the run, never opening it:

- a word particle (:data:`LINKS`): French and Hebrew "ben", and the Cyrillic spellings of
  "bin", "ibn", "bint" and "ben". Kept apart from :data:`~.lexicon.NAME_PARTICLES` because
  "Ben" there would make a capitalised "Ben" (a given name: "Ben Wallace") a surname's
  particle (:mod:`.particle_case`);
- an article written joined by a hyphen to the next word (:data:`HYPHENED`): Arabic's "al"
  assimilated to a "sun letter" ("az-", "as-", "ash-", "at-", "ad-", "ar-", "an-") and the
  Cyrillic spellings of all of them ("аль-", "ас-", "аз-", "эль-"). Without the hyphen
  these are everyday words ("as", "an", "at", Russian "ад"), so the hyphen is required.
"""

from __future__ import annotations

from briefing.topics.lexicon import words

__all__ = [
    "HYPHENED",
    "LINKS",
    "SON_OF",
    "article_forms",
    "fathers_name",
    "linked",
    "shorter_forms",
]

#: Lower-case word particles of a nasab, in Latin and Cyrillic letters.
LINKS = words("ben бен бин ибн бинт")
#: Arabic's article and its assimilated forms, which link a name only when a hyphen joins
#: them to the next word ("az-Zayani", "аз-Заяни", "аль-Асад").
HYPHENED = words(
    """ad adh an ar as ash at ath az
    аль ал эль ад ан ар ас аш ат аз уль ул"""
)
#: "son of" / "daughter of" in Latin and Cyrillic letters: :data:`LINKS` and the Latin
#: particles :data:`~.lexicon.NAME_PARTICLES` already had.
SON_OF = LINKS | {"bin", "ibn", "bint"}


def fathers_name(words: list[str], k: int) -> bool:
    """``words[k]`` is a nasab's particle or the father's name after one: "Rashid" of
    "Hamdan bin Rashid" is a given name, but not where this person's name begins."""
    return words[k].lower() in SON_OF or (k > 0 and words[k - 1].lower() in SON_OF)


def linked(word: str) -> bool:
    """One written word of a name is a link of this module: "ben", "бен", or an article
    joined by its hyphen ("Al-Nahyane", "аз-Заяни") — the word of "al-Assad" that
    :data:`~.lexicon.NAME_PARTICLES` reads already ("al-", "el-") included."""
    if word in LINKS:
        return True
    article, dash, rest = word.partition("-")
    return bool(dash and rest) and article.lower() in HYPHENED | {"al", "el"}


def article_forms(words: list[str]) -> list[list[str]]:
    """A name's words with its Arabic article ("Al Nahyan", "al-Zayani") written two other
    ways: glued to the family name, as Korean writes it ("알자야니", "AlZayani"), and left
    out, as Japanese does ("ナハヤン", "Nahyan"); none when the name has no such article
    before a word of its own."""
    glued: list[str] = []
    dropped: list[str] = []
    found = False
    i = 0
    while i < len(words):
        word = words[i]
        article, dash, rest = word.partition("-")
        if word.lower() in ("al", "el") and i + 1 < len(words):
            glued.append(word + words[i + 1])
            dropped.append(words[i + 1])
            found, i = True, i + 2
            continue
        if dash and rest and article.lower() in HYPHENED | {"al", "el"}:
            glued.append(article + rest)
            dropped.append(rest)
            found = True
        else:
            glued.append(word)
            dropped.append(word)
        i += 1
    return [glued, dropped] if found and len(dropped) > 1 else []


def shorter_forms(words: list[str], nasab: bool = True) -> list[list[str]]:
    """The shorter forms a person's full name is also written in, in scripts without
    capitals (:mod:`.arabic_names`, :mod:`.uncased_people`): the first two words of three
    or more ("تيدروس أدهانوم", given and father's names), and unless ``nasab`` is false
    :func:`nasab_form`."""
    forms = [words[:2]] if len(words) > 2 and words[1][:1].isupper() else []
    return forms + nasab_form(words) * nasab


def nasab_form(words: list[str]) -> list[list[str]]:
    """A given name with its nasab, of a longer name: "Abdullah bin Zayed" of "Abdullah bin
    Zayed Al Nahyan" ("عبدالله بن زايد", "アブドラ・ビン・ザイド")."""
    return [words[:3]] if len(words) > 3 and words[1].lower() in SON_OF else []
