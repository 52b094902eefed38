"""Hebrew words reduced to their dictionary form for the index (schema 14).

Hebrew glues one-letter particles to the next word — ו "and", ה "the", ב "in", כ "as", ל "to",
מ "from", ש "that", and stacks of them (``והחטופים``, ``שהממשלה``, ``מהצבא``) — and writes
plurals with ים / ות, so until schema 14 (no analysis at all) ``חטוף`` (hostage) found
neither ``חטופים`` nor ``לחטופים``. Candidates measured in
``benchmarks/realworld/he_fa_study.py`` (SEARCH_LANGUAGES.md, schema 14):

- a light rule (strip a particle stack and ים / ות when three letters remain) found 60 of 98
  hand-written forms but joined 16 of 30 distinct look-alikes (``בחירות`` elections /
  ``חירות`` freedom, ``מספר`` number / ``ספר`` book, ``בקשה`` request / ``קשה`` hard): in
  Hebrew the particles' letters are as often the word's own;
- **simplemma** 2.0.0 (MIT, pure Python, no dependencies; 2026): a 105,000-form Hebrew
  dictionary built from Universal Dependencies and Wiktionary; a word it does not know loses
  one particle (ו ה ב כ ל ש, not מ: measured too imprecise by its authors) only when what is
  left is in the dictionary. 79 of 98 forms, none of the 30 look-alikes: a known word is never
  cut. Hebrew's hspell wrapper (``hspellpy``, 2017) does not build on Python 3.11, and the
  neural lemmatisers (Shoshan, HebPipe, Stanza) download model weights at run time;
- simplemma, and a word it does not know that starts with a *stack* of two or three particles
  (``וה``, ``שה``, ``מה``, ``כשה``, ``ושב``…) takes the lemma of what is left when simplemma
  knows that (three letters at least): 86 of 98 forms, none of the look-alikes (chosen). A
  lone מ stays out, as in simplemma (``מדיה`` media would be ``דיה``, ``מכורים`` addicts
  ``כור`` reactor), and so do ``לה``/``בה``/``כה``, which modern spelling never writes
  (``לבית`` is "to the house"; a word in ``לה`` is an infinitive: ``להפקיד``, not ``ל`` +
  ``הפקיד``). Of wordfreq's 30,000 most frequent Hebrew words the stacks change 339; of 60
  read, 2 wrong (``שליחי`` → ``יחי``, ``שכירי`` → ``ירי``: a ש that is the word's own).

The dictionary is context-free: a homograph takes one reading (``העיר`` is "the city" and the
verb "remarked"; simplemma says the verb), so such a form is still found only as itself. Cost:
the dictionary loads once per process on the first Hebrew word (0.19 s CPU, about 19 MB).
"""

from __future__ import annotations

import re

__all__ = ["lemma"]

#: Particle stacks as modern unpointed Hebrew writes them: ו, then ש or כש, then one of ב כ ל,
#: or מ with or without ה, or ה alone (after ב כ ל the article's ה is not written).
_STACK = re.compile("^ו?(?:כש|ש)?(?:[בכל]|מה?|ה)?")
#: The shortest remainder a stack may leave.
_MIN_REST = 3


def lemma(word: str) -> str:
    """The dictionary form of a lowercased Hebrew word, or the word itself when neither it nor
    what a particle stack leaves of it is in simplemma's dictionary."""
    import simplemma  # its dictionary loads on the first Hebrew word, not at start-up

    found = simplemma.lemmatize(word, lang="he")
    if found != word or simplemma.is_known(word, lang="he"):
        return found
    stack = _STACK.match(word)
    # Longest stack first; a single particle is simplemma's own (or, for מ, left alone).
    for end in range(stack.end() if stack else 0, 1, -1):
        rest = word[end:]
        if len(rest) >= _MIN_REST and simplemma.is_known(rest, lang="he"):
            return simplemma.lemmatize(rest, lang="he")
    return found
