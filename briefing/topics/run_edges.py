"""Where a run of capitalised words begins and ends: the edges trimmed before it is classified.

Split from :mod:`briefing.topics.name_kinds`, which decides what a run is: first the words
around it that are no part of any name are dropped (a sentence opener, an article, a date, a
dangling "of", a title's modifier before a body's letters), and these rules are kept apart
because they ask only whether a word belongs to the run, never what the run names, and each
language adds its own exceptions (a function word that opens a known place, "Tel Aviv"; one
of another language that ends a name, "Nicusor Dan").
"""

from __future__ import annotations

from briefing.topics.acronyms import lone_short_acronym
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.languages import common_noun
from briefing.topics.lexicon import (
    EVENT_HEADS,
    MONTHS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
    TREATY_HEADS,
    WEEKDAYS,
    is_role,
)
from briefing.topics.month_surnames import month_surname
from briefing.topics.tokens import Token

CONNECTORS = frozenset({"of", "the", "on", "for"})


class RunEdges:
    """Trims a run's edges; the reader provides the attributes below."""

    gaz: Gazetteer
    #: Words the briefing writes in lower case somewhere: not names by themselves.
    lowercase: set[str]
    #: Words the briefing capitalises in mid-sentence somewhere: names for sure.
    midcap: set[str]
    #: Function words of the briefing's other languages, lower case.
    function: frozenset[str]
    #: Words that may open or close a capitalised run without being part of a name.
    _edges: frozenset[str]
    #: The paragraph's own function words.
    _own: frozenset[str]
    #: The language of the paragraph being read.
    language: str
    #: The text of the paragraph being read.
    _text: str

    def _trim(self, words: list[Token]) -> list[Token]:
        """Drop sentence openers, articles, dates and dangling connectors at the edges."""
        while words:
            w = words[0]
            # "Leaders of the Commonwealth ...": a sentence-initial common noun before "of".
            if (
                w.initial
                and len(words) > 2
                and words[1].lower == "of"
                and w.lower not in ORG_HEADS | EVENT_HEADS | TREATY_HEADS | ROLE_HEADS
                and self.gaz.place(w.text) is None
            ):
                words = words[2:]
                continue
            if w.initial and w.lower in ROLE_MODIFIERS and _modifies_acronym(words):
                words = words[1:]  # "Former FAA inspector ...": the inspector was
                continue
            if w.initial and common_noun(w.text, self.language):  # "Президент России ..."
                words = words[1:]
                continue
            if len(words) == 1 and lone_short_acronym(w, self._edges, self.gaz):
                break
            if len(words) == 2 and words[1].text.isdigit() and w.acronym and w.text.isalpha():
                break  # "vol AI 171": capitals and their number, though Italian "ai" is a word
            if not w.initial and len(words) > 1 and self._known_place_opens(words):
                break  # "Tel Aviv": French "tel" opens the city's name, no edge of it
            if (
                w.lower in self._edges
                or w.text[0].isdigit()
                or w.text[-1] in "'’"  # an elided article left by the opener: "Selon| l'Élysée"
                or (
                    w.initial
                    and (w.lower in self.lowercase or w.lower.endswith(("ing", "ed", "ly")))
                    # A place opening a sentence stays ("Dushanbe hosted ..."), unless it is
                    # also a common word never capitalised mid-sentence ("Reading the ...").
                    and (self.gaz.place(w.text) is None or w.text not in self.midcap)
                    and w.lower not in ROLE_HEADS
                    and w.lower not in ROLE_MODIFIERS
                )
            ):
                words = words[1:]
            else:
                break
        while words and (
            words[-1].lower in CONNECTORS
            or (words[-1].lower in MONTHS and not month_surname(words, self._text, self.language))
            or words[-1].lower in WEEKDAYS
            or (
                words[-1].lower in self.function
                and not self._foreign_capital(words)
                and not self._known_place_ends(words)
            )
        ):
            if len(words) == 1 and lone_short_acronym(words[0], self._edges, self.gaz):
                break
            words = words[:-1]
        return words

    def _known_place_ends(self, words: list[Token]) -> bool:
        """Whether the run is a place of several words the gazetteer knows whose last word is
        a function word of another of the briefing's languages: Spanish "Corea del Sur" in a
        briefing with French ("sur", on). The closing word is the place's, never an edge;
        the run's own lower-case particle ("del") keeps :meth:`_foreign_capital` from saying
        so."""
        return len(words) > 1 and self.gaz.place(" ".join(w.text for w in words)) is not None

    def _known_place_opens(self, words: list[Token]) -> bool:
        """Whether the run's first two words are a place the gazetteer knows ("Tel Aviv",
        "Le Havre", "La Paz"): a function word of some language that opens a known place's
        name mid-sentence is part of that name, never an edge to trim."""
        return self.gaz.place(f"{words[0].text} {words[1].text}") is not None

    def _foreign_capital(self, words: list[Token]) -> bool:
        """The last word of a run of capitalised words, a function word only of another
        language than the paragraph's, is part of the name: Spanish "dan" and Italian "press"
        are no function words in "Nicusor Dan" or "Associated Press" written in English. A run
        with a lower-case word in it ("Corriere della Sera" cut to "della Sera") is not one."""
        last = words[-1]
        return (
            len(words) > 1
            and all(w.text[:1].isupper() for w in words)  # not "della Sera"
            and not last.initial
            and last.lower not in self._own
            and last.lower not in STOPWORDS
        )


def _modifies_acronym(words: list[Token]) -> bool:
    """A sentence-opening title modifier right before an acronym and no title after it
    ("Former FAA inspector David Soucie", "Acting NATO commanders"): the modifier is the
    person's ("a former inspector of the FAA"), never a word of the body's letters, whether
    or not the packet writes it in lower case elsewhere. Kept before a title ("Former
    President ...") and before a word ("Former Prime Minister", "National Guard"), where it
    opens the title or the name, and before two letters ("State TV": no body of its own)."""
    nxt = words[1] if len(words) > 1 else None
    return (
        nxt is not None
        and nxt.acronym
        and sum(ch.isalpha() for ch in nxt.text) >= 3  # "State TV" is no "TV"
        and not is_role(nxt.text)
    )
