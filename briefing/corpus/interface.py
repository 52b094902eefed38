"""A page control's label pasted with the article: ``Close this search box``, ``Menü öffnen``.

Text saved from a news page keeps the labels of its buttons: the search box's close button, the
menu toggle. Such a line is an instruction to the reader of the page (an imperative, or an
infinitive as many languages write their buttons) whose object is a part of the page, and it is
never the article's title or one of its sentences: the blind look at ``pylos-shipwreck`` took
"Close this search box." above a Russian headline for the title, because it was the first
line of four words before the headline.

No maintained package installed here ships these labels (CLDR has no key for them; the .mo
catalogues of pycountry translate country names only), so, as for skip links
(:mod:`briefing.corpus.kickers`), the words are a short list: the verbs of showing and hiding a
part of the page, and the names of the parts that pages show and hide (the search, the menu,
the navigation, a sidebar or pop-up), one line per language of the briefing's word data. A line
counts only when it is *nothing but* such a label: one verb, maybe a determiner, the part (maybe
with one word before or after it: "search box", "окно поиска"), or the part then the verb
("Suche schließen", the German and Dutch word order), five words at most. "Close the search
for survivors", "Open the border" and "Menu prices rise" are news and stay.
"""

from __future__ import annotations

__all__ = ["is_interface_label"]


def _words(*lines: str) -> frozenset[str]:
    """One set of the space-separated words of ``lines`` (one line per language), case-folded
    as the line they are compared with is ("schließen" → "schliessen", a final "ς" → "σ")."""
    return frozenset(" ".join(lines).casefold().split())


_VERBS = _words(
    "close open toggle show hide expand collapse dismiss clear",  # en
    "schließen öffnen anzeigen ausblenden einblenden umschalten sluiten openen tonen",  # de, nl
    "fermer ouvrir afficher masquer cerrar abrir mostrar ocultar",  # fr, es
    "chiudi chiudere apri aprire mostra nascondi fechar esconder",  # it, pt
    "закрыть открыть показать скрыть закрити відкрити показати приховати",  # ru, uk
    "zamknij otwórz pokaż ukryj zavřít otevřít zobrazit skrýt",  # pl, cs
    "κλείσιμο κλείσε άνοιγμα άνοιξε εμφάνιση απόκρυψη kapat aç göster gizle",  # el, tr
    "إغلاق اغلاق أغلق فتح افتح إظهار إخفاء",  # ar
)
_PARTS = _words(
    "search menu navigation nav sidebar popup pop-up overlay modal dialog",  # en
    "suche suchfeld suchleiste menü seitenleiste zoeken zoekbalk navigatie",  # de, nl
    "recherche navigation búsqueda buscador menú navegación",  # fr, es
    "ricerca navigazione pesquisa busca navegação",  # it, pt
    "поиск поиска меню навигацию навигация навигации пошук пошуку навігацію навігація",  # ru, uk
    "wyszukiwanie wyszukiwarkę wyszukiwarka nawigację nawigacja hledání navigaci",  # pl, cs
    "αναζήτηση αναζήτησης μενού πλοήγηση πλοήγησης arama aramayı menüyü",  # el, tr
    "البحث القائمة",  # ar
)
_DETERMINERS = _words("the this that le la les el il lo o a den die das de het το την τη")
#: Marks a close button carries beside its label: "× Close menu", "Close search ✕".
_MARKS = " \t.…:!×✕✖✗|·•<>«»→←-–—"
_MAX_WORDS = 5


def is_interface_label(text: str) -> bool:
    """Whether ``text`` is nothing but a page control's label (module docstring)."""
    if len(text) > 60:
        return False
    words = text.strip(_MARKS).casefold().split()
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    if words[-1] in _VERBS and words[0] in _PARTS and len(words) <= 3:
        return True  # "Suche schließen", "Menü öffnen", "zoekbalk sluiten"
    if words[0] not in _VERBS:
        return False
    rest = words[1:]
    if rest and rest[0] in _DETERMINERS:
        rest = rest[1:]
    # the part, alone or with one word before or after it ("search box", "окно поиска")
    return 1 <= len(rest) <= 2 and any(word in _PARTS for word in rest)
