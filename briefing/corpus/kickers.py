"""Page furniture that pasted excerpts put in front of the headline, and how to cut it off.

Three shapes seen in text saved from news pages, none of which is the article's title:

- an accessibility link, alone or glued to the headline: ``Skip to main content``,
  ``Zum Inhalt springen``, ``Aller au contenu``, ``Перейти к содержанию``. No maintained
  package installed here ships these strings (CLDR has no such key; mkdocs-material and
  WordPress translate them, but neither is a dependency worth adding for one phrase), so
  :data:`_SKIP_PHRASES` is a short list, one line per language, written from the usual
  wording of theme and CMS translations. A phrase only counts as furniture when it is the whole
  paragraph, or when a capitalised word or a glued capital follows it: "Zum Inhalt des
  Vertrags …" and "Перейти к содержанию переговоров …" are sentences and stay;
- a section kicker glued to the headline, one token whose case changes inside it
  (``PolitikMerz reist nach Kyjiw``, ``ПроисшествияВ Москве …``): cut when the part before
  the capital is an everyday word (wordfreq) and the whole token is no word at all, so
  brands written that way (``WhatsApp``, ``BlackRock``, ``PowerPoint``) stay whole (a brand
  wordfreq does not know, whose first part is an everyday word, would be cut: a known limit);
- a section label, the headline and the lead run together with spaces only
  (``Politik Prevost neuer Papst Der US-Amerikaner Robert Prevost ist neuer Papst.``): the
  headline ends where a capitalised function word starts a sentence whose words repeat most
  of the headline (a lead restates its headline; a word counts as repeated with up to two
  letters of ending changed); a first word the lead never uses, when the lead uses every other
  one, is the section label.

Each function returns where to cut; :func:`briefing.corpus.heads.split_heads` cuts there, so
nothing is dropped.
"""

from __future__ import annotations

import itertools
import re

from briefing.corpus.initials_credit import initials_credit
from briefing.corpus.kicker_words import (
    _WORD_LANGUAGES,
    _function_word_of_headline,
    _function_words,
    _known,
    _question_openers,
    _zipf,
    is_function_word,
)

__all__ = [
    "glued_kicker_end",
    "headline_kicker_end",
    "is_function_word",
    "is_skip_link",
    "lead_echo_cut",
    "skip_link_count",
    "skip_link_end",
    "standfirst_cut",
]

#: Skip links by language (case-insensitive, spaces flexible).
_SKIP_PHRASES = (
    # en
    r"(?:skip|jump|go)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+|primary\s+|page\s+)?"
    r"(?:content|navigation|menu|search|footer|article)",
    r"skip\s+(?:navigation|links?)",
    # de
    r"(?:direkt\s+)?zu[mr]\s+(?:haupt)?(?:inhalt|navigation|menü|suche)(?:\s+(?:springen|wechseln))?",
    r"springe?\s+(?:direkt\s+)?zu[mr]\s+(?:haupt)?(?:inhalt|navigation)",
    r"(?:inhalt|navigation)\s+überspringen",
    # fr
    r"(?:aller|passer|accéder|sauter)\s+(?:directement\s+)?(?:au|à\s+la|aux)\s+"
    r"(?:contenu|navigation|menu|recherche)(?:\s+principale?)?",
    # es, it, pt
    r"(?:saltar|ir|pasar)\s+(?:directamente\s+)?(?:al|a\s+la)\s+(?:contenido|navegación|menú)"
    r"(?:\s+principal)?",
    r"(?:vai|salta|passa)\s+(?:direttamente\s+)?(?:al|alla)\s+(?:contenuto|navigazione|menu)"
    r"(?:\s+principale)?",
    r"(?:pular|ir|saltar|avançar)\s+(?:diretamente\s+)?(?:para\s+)?(?:o|a)\s+"
    r"(?:conteúdo|navegação|menu)(?:\s+principal)?",
    # nl, sv, da, no, fi
    r"(?:ga|spring|direct)\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?(?:inhoud|navigatie)",
    r"naar\s+de\s+(?:hoofd)?inhoud\s+(?:springen|gaan)",
    r"(?:hoppa|gå)\s+till\s+(?:huvud)?innehåll(?:et)?",
    r"(?:spring|hopp|gå)\s+til\s+(?:hoved)?(?:indhold|innhold)(?:et)?",
    r"(?:siirry|hyppää)\s+(?:suoraan\s+)?(?:pää)?sisältöön",
    # pl, cs, sk, hu, ro
    r"przejdź\s+do\s+(?:głównej\s+)?(?:treści|zawartości|nawigacji|menu)",
    r"pomiń\s+(?:nawigację|menu)",
    r"(?:přejít|přeskočit)\s+(?:k|na)\s+(?:hlavní(?:mu)?\s+)?(?:obsah(?:u)?|navigac[ie])",
    r"(?:prejsť|preskočiť)\s+na\s+(?:hlavný\s+)?(?:obsah|navigáciu)",
    r"ugrás\s+a\s+(?:fő\s+)?tartalom(?:hoz|ra)",
    r"(?:sari|salt|treci|mergi)\s+la\s+conținut(?:ul)?(?:\s+principal)?",
    # ru, uk, tr, el
    r"перейти\s+к\s+(?:основному\s+)?(?:содержанию|содержимому|контенту|навигации|меню)",
    r"пропустить\s+(?:навигацию|меню)",
    r"перейти\s+до\s+(?:основного\s+)?(?:вмісту|змісту|контенту|навігації|меню)",
    r"пропустити\s+(?:навігацію|меню)",
    r"(?:doğrudan\s+|ana\s+)?içeriğe\s+(?:geç|atla|git)",
    r"(?:μετάβαση|παράκαμψη)\s+(?:προς\s+το|στο)\s+(?:κύριο\s+)?περιεχόμενο",
    # zh, ja, ko, ar
    r"(?:跳转|跳轉|跳)(?:至|到)(?:主要)?(?:内容|內容|正文|主菜单|主菜單|主選單|导航|導航|搜索|搜尋)",
    r"(?:本文|メインコンテンツ|メニュー|ナビゲーション)(?:へ|に)(?:スキップ|移動)",
    r"(?:본문|주\s?메뉴|메뉴|검색)\s?(?:바로\s?가기|건너뛰기)",
    r"(?:انتقل|تخط[ىي]|الانتقال)\s+(?:إلى|الى)\s+(?:المحتوى|القائمة)(?:\s+الرئيسي(?:ة)?)?",
)
_SKIP = "(?:" + "|".join(_SKIP_PHRASES) + ")"
_SEP = r"[\s|·•/,;:»>–—-]*"
#: A page's list may number its skip links ("1. Skip to content", "2. Skip to main menu").
_NUMBERED = r"(?:\d{1,2}[.)]\s+)?"
_ONLY_SKIP = re.compile(rf"^{_NUMBERED}{_SEP}{_SKIP}(?:{_SEP}{_SKIP})*{_SEP}$", re.IGNORECASE)
# At the start of a paragraph: a skip link, then a capital glued on or after a space.
_LEADING_SKIP = re.compile(rf"^{_SEP}{_SKIP}(?:{_SEP}{_SKIP})*[\s|·•»>–—-]*(?=[^\W\d_])", re.I)

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_LOWER = "a-zß-öø-ÿа-яёіїєґ"
# "PolitikMerz", "ПроисшествияВ": a capitalised or lower-case word of 3+ letters, then a capital.
_GLUED_WORD = re.compile(rf"^([{_UPPER}]?[{_LOWER}]{{3,}})(?=[{_UPPER}])(\S+)")
#: A section name is an everyday word (Zipf 3 is about one use per million words).
_KICKER_ZIPF = 3.0

_WORD = re.compile(r"\S+")
_EDGE = "\"'«»“”„‘’()[]:;,.!?…—–-"
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
#: Share of a headline's words (3+ letters) that its lead must repeat.
_ECHO = 0.75


def is_skip_link(text: str) -> bool:
    """The paragraph is nothing but accessibility links (``Skip to main content``)."""
    return len(text) <= 200 and bool(_ONLY_SKIP.match(text))


_ONE_SKIP = re.compile(_SKIP, re.IGNORECASE)


def skip_link_count(text: str) -> int:
    """How many skip links a paragraph that is nothing but skip links holds; 0 for any other."""
    return len(_ONE_SKIP.findall(text)) if is_skip_link(text) else 0


def skip_link_end(text: str) -> int | None:
    """Where a skip link glued to the front of a headline ends, or None."""
    match = _LEADING_SKIP.match(text[:300])
    if match is None:
        return None
    rest = text[match.end() :]
    # "Zum Inhalt des Vertrags": a lower-case word goes on with the sentence.
    if not rest[:1].isupper():
        return None
    # German capitalises nouns, so "Zum Inhalt Stellung nehmen …" is a sentence: only the
    # forms no sentence starts with ("… springen", "Direkt zum …", "Zum Hauptinhalt") count.
    phrase = match.group(0).casefold()
    if re.match(r"\W*zu[mr]\s", phrase) and not re.search(r"springen|wechseln|haupt", phrase):
        return None
    return match.end()


def glued_kicker_end(text: str) -> int | None:
    """Where a section kicker glued to the next word ends (``Politik|Merz reist …``), or None."""
    match = _GLUED_WORD.match(text)
    if match is None or len(text[match.end(1) :].split()) < 3:
        return None
    if initials_credit(text):
        return None  # "ExampleNews (EN) - …": the outlet's credit, one name, not a kicker
    kicker, token = match.group(1), match.group(0)
    whole = token.strip(_EDGE).casefold()
    # The small lists first (85 MB for all twelve languages against 580 MB for the large ones,
    # in every worker that reads articles); then the large list of the one language whose
    # everyday word the kicker most is, to tell a rarer brand ("BlackRock", "DeepMind") from a
    # glued kicker. Asking every large list cost 0.6 GB per process on a corpus of code docs.
    common = max(_WORD_LANGUAGES, key=lambda lang: _zipf(kicker.casefold(), lang, "small"))
    if _zipf(kicker.casefold(), common, "small") < _KICKER_ZIPF:
        return None
    if any(_zipf(whole, lang, "small") > 0 for lang in _WORD_LANGUAGES):
        return None  # a word in its own right: "WhatsApp", "PowerPoint"
    if _known(whole, common, "best"):
        return None  # a rarer one: "BlackRock", "DeepMind"
    return match.end(1)


#: "UBS acquiert Credit Suisse«Ce rachat est …»": words glued to an opening quote that runs
#: to the end of the line.
_QUOTED_HEAD = re.compile(
    r"(?P<kicker>[^«»“”„\"]{3,80}?[^\W\d_])(?=[«“„]|\"(?!\s))[«“„\"][^«»“”„\"]+[»”“\"]\s*$"
)


def quoted_kicker_end(text: str) -> int | None:
    """Where a kicker glued to a quoted headline ends (``Example Bank buys Rival«This is the
    safest way»`` → before the quote), or None.

    In every language that sets quotes, a space (or an apostrophe, ``l’«État»``) comes before
    an opening quote; a letter glued to it is the seam of two lines that lost their break. A
    straight ``"`` is both the opening and the closing quote: one with a space after it
    (``Minister" the talks …"``) hugs no word it opens, so it closes one or stands loose, and
    no seam is read there.
    The quote must run to the end of the line and hold three words or more, and the kicker
    be two to ten words with no sentence end: the quoted line is the headline.
    """
    match = _QUOTED_HEAD.match(text)
    if match is None:
        return None
    kicker, quote = match.group("kicker"), text[match.end("kicker") :]
    if not 2 <= len(kicker.split()) <= 10 or re.search(r"[.!?…:]\s", kicker):
        return None
    return match.end("kicker") if len(quote.split()) >= 3 else None


#: Pronouns some languages capitalise inside a sentence (German "Sie", formal you).
_CAPITALISED_INSIDE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"})


def headline_kicker_end(text: str) -> int | None:
    """Where a topic kicker run into a sentence-case headline ends, or None:
    ``Flutkatastrophe bei Valencia Warum kam die Warnung so spät?`` → before ``Warum``.

    The paragraph must be one headline (3–25 words, no sentence end before its last word, no
    final period). The headline starts at a capitalised function word (``Warum``, ``De``,
    ``Des``, ``The``) followed by a lower-case word, one to four words in, after words with no
    punctuation and no capitalised function word of their own: a function word is written
    small inside a sentence in every language Whoosh lists, so a capital there starts one.
    Names that open with one ("Le Monde", "Los Angeles", "Die Linke") go on with a capital
    and are not cut; title-case headlines ("Why The Warning Came Late") capitalise the word
    after too. A question may open with a question word that Whoosh's short lists lack
    ("Warum", "Dlaczego"): stopwords-iso's lists have them.
    """
    body = text.rstrip()
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(body[:300])]
    if not 4 <= len(words) <= 25 or body[-1:] in ".:;," or _SENTENCE_END.search(body[:-1]):
        return None
    question = body.endswith("?")
    for i in range(1, min(5, len(words) - 2)):
        start, word = words[i]
        if words[i - 1][1][-1] in _EDGE:
            return None  # "Valencia: Warum …" or a quote: another shape
        core = _core(word)
        opener = core in _function_words() or (question and core in _question_openers())
        if not (word[:1].isupper() and word[1:].islower()) or not opener:
            continue
        if core in _CAPITALISED_INSIDE or not words[i + 1][1][:1].islower():
            return None
        if not _function_word_of_headline(core, body[start:]):
            return None  # "Pro-EU Nicusor Dan wins …": Dutch "dan", in an English name
        if any(w[:1].isupper() and _core(w) in _function_words() for _, w in words[:i]):
            return None  # "In The Know Why …": title case, no kicker to tell apart
        return start
    return None


def lead_echo_cut(text: str) -> tuple[int | None, int] | None:
    """(end of a section label or None, start of the lead) for ``Label Headline Lead …``.

    The lead must start with a capitalised function word after a word without punctuation,
    and its first sentence must repeat at least three quarters of the headline's words.
    """
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text[:400])]
    for i in range(3, min(len(words), 26)):
        start, word = words[i]
        before = words[i - 1][1]
        if before[-1] in ".!?…:;," or not (word[:1].isupper() and word[1:].islower()):
            continue
        if word.casefold() not in _function_words():
            continue
        head = [_core(w) for _, w in words[:i]]
        if any(w[-1] in ".!?…" for _, w in words[:i]):
            return None  # a sentence ended before: this is prose, not a headline
        stop = _SENTENCE_END.search(text, start)
        lead = {_core(w) for w in text[start : stop.end() if stop else start + 300].split()}
        content = [w for w in head if len(w) >= 3]
        echoed = [any(_same_word(w, other) for other in lead) for w in content]
        if len(content) < 3 or sum(echoed) < _ECHO * len(content):
            continue
        label = None
        if not echoed[0] and all(echoed[1:]) and len(content) >= 4 and head[0] == content[0]:
            label = words[0][0] + len(words[0][1])
        return label, start
    return None


def standfirst_cut(text: str, following: str) -> int | None:
    """Where a headline run into its standfirst ends, when the next paragraph is the lead
    that restates it (``Lisbona, crolla il ponte: 16 morti Cede un cavo …`` then ``Sedici
    persone sono morte a Lisbona nel crollo del ponte …``); None otherwise.

    The cut is before a capitalised word after a lower-case word with no punctuation that is
    no function word ("funicolare di Gloria", "Robert Fico", "la sindaca Anna Neri" are
    names, not cuts: neither a given name nor two capitalised words start it), and the lead
    must not read on across it (a caption that the lead repeats is one sentence); the words
    before it (3 content words or more, no sentence end) must be three quarters repeated in
    the lead's first sentence, and a sentence of 4 words or more must follow it. Of several
    such places the last is the headline's end: a standfirst repeats less of the lead than
    its headline does.
    """
    stop = _SENTENCE_END.search(text)
    lead_stop = _SENTENCE_END.search(following)
    if stop is None or lead_stop is None:
        return None
    found = _WORD.finditer(text[: min(stop.start(), 600)])
    words = [(m.start(), m.group(0)) for m in itertools.islice(found, 26)]
    pairs: set[tuple[str, str]] | None = None
    content = echoed = [0]  # running counts of content words (3+ letters) and of those repeated
    cut = None
    for i in range(3, len(words)):
        start, word = words[i]
        before = words[i - 1][1]
        if before[-1] in _EDGE or not (word[:1].isupper() and word[1:].strip(_EDGE).islower()):
            continue
        if before[:1].isupper() or _core(before) in _function_words():
            continue  # "Robert Fico" is a name; "di Gloria" goes on
        if pairs is None:  # read the lead only once a place to cut is in sight
            lead_words = [_core(w) for w in following[: lead_stop.end()].split()]
            lead, pairs = set(lead_words), set(itertools.pairwise(lead_words))
            content, echoed = _echo_counts([_core(w) for _, w in words], lead)
        if (_core(before), _core(word)) in pairs or len(text[start : stop.end()].split()) < 4:
            continue  # the lead reads on across it: one sentence, not a headline and another
        after = words[i + 1][1] if i + 1 < len(words) else ""
        if content[i] >= 3 and echoed[i] >= _ECHO * content[i] and not _names_someone(word, after):
            cut = start  # and not "la sindaca Anna Neri": a title and a name
    return cut


def _echo_counts(words: list[str], lead: set[str]) -> tuple[list[int], list[int]]:
    """For each i, how many of ``words[:i]`` are content words (3+ letters), and how many of
    those the lead repeats (:func:`_same_word`)."""
    by_start: dict[str, list[str]] = {}
    for other in lead:  # words that are the same word share their first three letters
        by_start.setdefault(other[:3], []).append(other)
    content, echoed = [0], [0]
    for word in words:
        is_content = len(word) >= 3
        repeated = is_content and (
            word in lead or any(_same_word(word, o) for o in by_start.get(word[:3], ()))
        )
        content.append(content[-1] + is_content)
        echoed.append(echoed[-1] + repeated)
    return content, echoed


def _names_someone(word: str, after: str) -> bool:
    """Whether ``word`` opens a name: a given name that is no function word ("Anna", not the
    French article "Les"), or a capitalised word followed by another ("Mattarella Sergio")."""
    from briefing.given_name_table import given_name  # only for a standfirst candidate

    core = _core(word)
    if after[:1].isupper():
        return True
    return core not in _function_words() and given_name(word.strip(_EDGE))


def _same_word(a: str, b: str) -> bool:
    """Equal, or the same word with its last letter or two changed (``shuts``/``shut``,
    ``Brücke``/``Brücken``, ``neuer``/``neue``); at least four letters."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    return shorter >= 4 and abs(len(a) - len(b)) <= 2 and a[: shorter - 1] == b[: shorter - 1]


def _core(word: str) -> str:
    return word.strip(_EDGE).casefold()
