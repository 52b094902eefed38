"""Runs of capitals the text itself says are names: by how they are written, or defined.

Split from :mod:`briefing.topics.extract`, whose reader walks the paragraphs and finds the runs,
as :mod:`.name_kinds` decides what each run is. Kept apart because these are the exceptions to
the word filters, each carried by the text rather than by a list: a name written as one
("E-Redes", "al-Qaeda", :mod:`.written_names`, :mod:`.article_names`), and a body's name that
defines its acronym ("Long Form (LF)", or lower-case words up to the acronym they spell,
:mod:`.spelled_out`). The reader provides the attributes (``out``, ``gaz``, ``function``,
``_own``) as it does for :class:`~.name_kinds.NameKinds`.
"""

from __future__ import annotations

from briefing.topics.article_names import bare_name
from briefing.topics.name_kinds import NameKinds
from briefing.topics.patterns import conjoined_long_form, long_form_start, parenthesised_acronym
from briefing.topics.spelled_out import long_form_ahead
from briefing.topics.tokens import Token
from briefing.topics.written_names import double_name, foreign_function_run, letter_compound


class StatedNames(NameKinds):
    """Keeps the runs written or defined as names; the reader calls these methods."""

    def _double_name(self, word: Token) -> bool:
        """A double name (:func:`~.written_names.double_name`) that is no place or demonym
        the gazetteer knows ("États-Unis", "Franco-Italian"): those the place rules read."""
        return (
            double_name(word)
            and self.gaz.place(word.text) is None
            and word.text not in self.gaz.demonyms
        )

    def _written_name(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A name the word filters would drop though its writing says it is one
        (:mod:`briefing.topics.written_names`): "Ansa", "El Pais", "E-Redes". One word is
        left to the second pass like any lone capitalised word (a body when two languages
        write it); several are a body's name (no function word names a person)."""
        if len(words) == 1 and (
            letter_compound(words[0]) or self._double_name(words[0]) or self._article_name(words[0])
        ):
            self.out.surnames.append((self.occurrence(ctx, words[0], words[0]), False))
            return True
        if len(words) > 3 or not foreign_function_run(words, self.function, self._own):
            return False
        occurrence = self.occurrence(ctx, words[0], words[-1])
        if len(words) == 1:
            self.out.surnames.append((occurrence, False))
        else:
            self.out.names.append(("organisation", occurrence, False))
        return True

    def _article_name(self, word: Token) -> bool:
        """An Arabic article and a name (:mod:`.article_names`: "al-Qaeda", "al Qaeda") that
        is no place the gazetteer knows ("Al-Marj", "Al-Mardsch": the place rules read it)."""
        return bare_name(word.text) is not None and self.gaz.place(word.text) is None

    def _spelled_out(
        self, ctx: tuple[str, int, str], tokens: list[Token], first: int, last: int
    ) -> int:
        """A body's name that lower-case words continue up to the acronym it spells
        (:mod:`briefing.topics.spelled_out`): the whole name, defined by the acronym. The
        offset where the long form ends, so that no run of capitals inside it is read again
        alone ("Maghreb" of "Al-Qaida au Maghreb islamique"); 0 when there is no such name."""
        found = long_form_ahead(ctx[2], tokens, first, last, self._own, self.gaz.place)
        if found is None:
            return 0
        start, end, inside_first, inside_last = found
        long_form = self.occurrence(ctx, tokens[start], tokens[end])
        short_form = self.occurrence(ctx, tokens[inside_first], tokens[inside_last])
        self.out.definitions.append((long_form.surface, short_form.surface))
        self.out.names.append(("organisation", long_form, False))
        self.out.acronyms.append(short_form)
        return tokens[end].end

    def _definition(
        self, ctx: tuple[str, int, str], tokens: list[Token], last: int, words: list[Token]
    ) -> None:
        """ "Long Form (LF)": remember the pair when the initials fit."""
        found = parenthesised_acronym(tokens, last)
        if found is None:
            return
        first_inside, last_inside, acronym = found
        words = self._trim(words)
        k = long_form_start(ctx[2], words, acronym)
        if k is None:
            joined = conjoined_long_form(ctx[2], tokens, words, acronym) if words else None
            if joined is None:
                return
            words, k = joined, 0
        long_form = self.occurrence(ctx, words[k], words[-1])
        short_form = self.occurrence(ctx, tokens[first_inside], tokens[last_inside])
        self.out.definitions.append((long_form.surface, short_form.surface))
        self.out.names.append(("organisation", long_form, False))
        self.out.acronyms.append(short_form)
