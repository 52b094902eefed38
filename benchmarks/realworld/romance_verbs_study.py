"""Irregular Romance verb forms found from the infinitive: three candidates measured.

Snowball stems Italian ``dimettere`` and ``dimesso`` apart (``dimett`` / ``dimess``), and so
every verb whose stem changes (``prendere`` / ``preso``, ``poner`` / ``puso``, ``prendre`` /
``pris``, ``fazer`` / ``fez``). Candidates, for Italian, Spanish, French and Portuguese:

- none: Snowball, the typed word and its folded spelling (what the query searched before);
- index: every indexed word also indexed as its simplemma lemma's stem, where that differs
  from its own stem (an index schema change);
- query (chosen: ``briefing.search.romance_verbs``): a typed infinitive also searches the stems
  of the briefing's words simplemma's lexicon files under that verb.

For each: hand-written paradigms (irregular forms found by their infinitive), hand-written
look-alikes (a typed word and a word of another meaning that must stay apart), and the dev
packets' words of the language (index: words given a second term and the new groups of words
meeting; query: every word of the language typed, the packet's words it newly finds). The
word lists are written for this study, not taken from a packet.

    PYTHONPATH=$PWD python -m benchmarks.realworld.romance_verbs_study
"""

from __future__ import annotations

import bisect
import time
from collections import defaultdict
from collections.abc import Callable

from benchmarks.realworld import manifest
from briefing.corpus.discover import discover
from briefing.corpus.reader import read_article
from briefing.search.analysis import analyse_word, fold
from briefing.search.romance_verbs import LANGUAGES, romance_verb_terms
from briefing.search.tokens import TOKEN_PATTERN

#: Infinitive → forms whose Snowball stem is not the infinitive's (some still meet: counted).
PARADIGMS: dict[str, dict[str, list[str]]] = {
    "it": {
        "dimettere": ["dimesso", "dimessi", "dimessa", "dimise", "dimisero"],
        "prendere": ["preso", "presa", "presi", "prese", "presero"],
        "mettere": ["messo", "messi", "mise", "misero"],
        "dire": ["detto", "detti", "disse", "dissero", "dicono", "dice"],
        "scegliere": ["scelto", "scelse", "scelgono"],
        "rimanere": ["rimasto", "rimasti", "rimase", "rimangono"],
        "chiedere": ["chiesto", "chiese", "chiesero"],
        "vedere": ["visto", "vide", "videro"],
        "morire": ["morto", "morti", "morì", "muore"],
        "scrivere": ["scritto", "scrisse"],
        "rispondere": ["risposto", "rispose"],
        "decidere": ["deciso", "decise", "decisero"],
        "uccidere": ["ucciso", "uccisi", "uccise"],
        "correre": ["corso", "corse"],
        "nascere": ["nato", "nata", "nacque"],
        "venire": ["venuto", "venne", "vengono"],
        "fare": ["fatto", "fece", "fecero", "fanno"],
        "muovere": ["mosso", "mosse"],
        "distruggere": ["distrutto", "distrusse"],
        "aprire": ["aperto", "aprì"],
    },
    "es": {
        "poner": ["puesto", "puso", "pusieron", "pongo"],
        "decir": ["dicho", "dijo", "dijeron", "dice", "dicen"],
        "hacer": ["hecho", "hizo", "hicieron", "hago"],
        "tener": ["tuvo", "tuvieron", "tiene", "tienen"],
        "poder": ["pudo", "pudieron", "puede"],
        "volver": ["vuelto", "vuelve", "volvió"],
        "morir": ["muerto", "murió", "murieron", "muere"],
        "escribir": ["escrito"],
        "abrir": ["abierto"],
        "romper": ["roto"],
        "ver": ["visto", "vio"],
        "venir": ["vino", "vinieron", "viene"],
        "querer": ["quiso", "quiere"],
        "saber": ["supo", "sabe"],
        "traer": ["trajo", "trajeron"],
        "conducir": ["condujo"],
        "caer": ["cayó", "cayeron"],
        "pedir": ["pidió", "piden"],
        "elegir": ["eligió", "electo"],
        "dimitir": ["dimitió", "dimite"],
    },
    "fr": {
        "prendre": ["pris", "prise", "prit", "prennent"],
        "mettre": ["mis", "mise", "mit"],
        "dire": ["dit", "dite", "disent"],
        "faire": ["fait", "fit", "font", "fasse"],
        "naître": ["né", "née", "naquit"],
        "mourir": ["mort", "meurt", "mourut"],
        "ouvrir": ["ouvert", "ouverte"],
        "écrire": ["écrit", "écrivent"],
        "voir": ["vu", "vue", "vit", "voient"],
        "venir": ["venu", "vint", "viennent"],
        "tenir": ["tenu", "tient", "tiennent"],
        "pouvoir": ["pu", "peut", "peuvent"],
        "vouloir": ["voulu", "veut", "veulent"],
        "devoir": ["dû", "doit", "doivent"],
        "recevoir": ["reçu", "reçoit"],
        "craindre": ["craint", "craignent"],
        "élire": ["élu", "élue"],
        "démettre": ["démis", "démit"],
        "détruire": ["détruit", "détruite"],
        "conduire": ["conduit"],
    },
    "pt": {
        "fazer": ["feito", "fez", "fizeram", "faz"],
        "dizer": ["dito", "disse", "disseram", "diz"],
        "pôr": ["posto", "pôs", "puseram"],
        "ver": ["visto", "viu", "viram"],
        "vir": ["veio", "vieram", "vem"],
        "trazer": ["trouxe", "trouxeram"],
        "poder": ["pôde", "pode", "puderam"],
        "saber": ["soube", "sabe"],
        "ter": ["teve", "tiveram", "tem"],
        "escrever": ["escrito"],
        "abrir": ["aberto"],
        "morrer": ["morto", "morreu"],
        "querer": ["quis", "quiseram"],
        "eleger": ["eleito", "elegeu"],
        "pedir": ["peço", "pediu"],
        "perder": ["perco", "perdeu"],
        "cobrir": ["coberto"],
        "demitir": ["demitiu", "demitido"],
        "sair": ["saiu", "saíram"],
        "ler": ["leu", "lido"],
    },
}

#: (typed word, a word of another meaning) that must stay apart: homographs of a verb's form,
#: and nouns whose stem is another verb's.
APART: dict[str, list[tuple[str, str]]] = {
    "it": [
        ("dettare", "detto"),  # "said" (dire), filed under dettare
        ("mettere", "messa"),  # Mass
        ("scorrere", "scorso"),  # "last" (week)
        ("porgere", "porto"),  # port
        ("correre", "corsa"),  # race
        ("tendere", "tesi"),  # theses
        ("condurre", "condotta"),  # conduct (noun)
        ("fondere", "fuso"),  # time zone
        ("dettato", "detto"),  # dictation
        ("stato", "sono"),  # state / "I am"
        ("essere", "stato"),  # state: a function verb, left apart
        ("dare", "dati"),  # data
        ("volare", "voglio"),  # "I want"
        ("muovere", "mossa"),  # a move
    ],
    "es": [
        ("vestir", "visto"),  # "seen", filed under vestir
        ("vestido", "visto"),  # a dress
        ("venir", "vino"),  # wine
        ("salir", "sal"),  # salt
        ("sentar", "siento"),  # "I feel" (sentir)
        ("sentir", "sentó"),  # "sat" (sentar)
        ("sentar", "sentido"),  # sense (sentir)
        ("contar", "cuento"),  # a tale
        ("errar", "yerro"),  # an error
        ("coser", "cuezo"),  # "I cook" (cocer)
        ("traje", "trajo"),  # a suit / "brought"
        ("poder", "puso"),  # "put"
    ],
    "fr": [
        ("priser", "prise"),  # "taken" / a plug
        ("miser", "mise"),  # "put"
        ("croire", "cru"),  # raw, a vintage
        ("rire", "ris"),  # sweetbread
        ("suivre", "suis"),  # "am"
        ("luire", "lui"),  # him
        ("lier", "lu"),  # "read" (lire)
        ("vingt", "vint"),  # "came"
        ("devoir", "du"),  # "of the"
        ("prison", "pris"),
        ("été", "étés"),  # summers (être's participle is never plural)
        ("mettre", "mets"),  # a dish
    ],
    "pt": [
        ("valer", "vale"),  # a valley
        ("estar", "estados"),  # states
        ("sentar", "sinto"),  # "I feel" (sentir)
        ("vir", "vimos"),  # "we saw" (ver) and "we came" (vir)
        ("pôr", "pois"),  # "since"
        ("dar", "dado"),  # a die, a datum
        ("parir", "para"),  # "for"
        ("partir", "parto"),  # childbirth
        ("feito", "fez"),  # a deed / "did"
        ("posto", "pôs"),  # a post
        ("colar", "colo"),  # a lap
        ("ser", "sido"),  # "been": a function verb, left apart
    ],
}

Terms = Callable[[str, str], set[str]]


def _stem(word: str, language: str) -> set[str]:
    term = analyse_word(word, language)
    return {term} if term else set()


def _lemma(word: str, language: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=language)).lower()


def index_none(word: str, language: str) -> set[str]:
    return _stem(word, language)


def index_lemma(word: str, language: str) -> set[str]:
    """The index candidate: the word's stem and its lemma's."""
    return _stem(word, language) | _stem(_lemma(word, language), language)


def query_plain(word: str, language: str, vocabulary: set[str]) -> set[str]:
    return _stem(word, language) | {fold(word)}


def query_forms(word: str, language: str, vocabulary: set[str]) -> set[str]:
    return query_plain(word, language, vocabulary) | set(
        romance_verb_terms(word, (language,), _prefixed(vocabulary))
    )


def _prefixed(vocabulary: set[str]) -> Callable[[str], list[str]]:
    """``Vocabulary.prefixed`` over a set of words (accents folded on both sides)."""
    folded = sorted((fold(w), w) for w in vocabulary)
    keys = [f for f, _ in folded]

    def prefixed(start: str) -> list[str]:
        at = bisect.bisect_left(keys, fold(start))
        end = bisect.bisect_left(keys, fold(start) + "\U0010ffff")
        return [w for _, w in folded[at:end]]

    return prefixed


CANDIDATES = {
    "none": (index_none, query_plain),
    "index lemma": (index_lemma, query_plain),
    "query forms (chosen)": (index_none, query_forms),
}


def finds(typed: str, other: str, language: str, name: str, vocabulary: set[str]) -> bool:
    index, query = CANDIDATES[name]
    return bool(query(typed, language, vocabulary) & index(other, language))


def word_lists() -> None:
    """Each paradigm searched in a briefing of its own forms; each look-alike pair in a
    briefing of its two words."""
    print("| language | candidate | forms found | look-alikes joined |")
    print("|---|---|---|---|")
    for language in LANGUAGES:
        forms = [
            (verb, form, {verb, *PARADIGMS[language][verb]})
            for verb, fs in PARADIGMS[language].items()
            for form in fs
            if analyse_word(form, language)
        ]
        for name in CANDIDATES:
            hit = [f for v, f, bag in forms if finds(v, f, language, name, bag)]
            joined = [f"{a}/{b}" for a, b in APART[language] if finds(a, b, language, name, {a, b})]
            print(
                f"| {language} | {name} | {len(hit)}/{len(forms)} | {len(joined)}/"
                f"{len(APART[language])} {' '.join(joined)} |"
            )
        chosen = "query forms (chosen)"
        missed = [f for v, f, bag in forms if not finds(v, f, language, chosen, bag)]
        print(f"|  | (query forms missed: {' '.join(missed)}) | | |")


def packet_words() -> dict[str, dict[str, set[str]]]:
    """language → packet → the distinct lowercased words of its paragraphs in that language."""
    words: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for packet in manifest.packets():
        if not packet.folder.is_dir():
            continue
        for found in discover([packet.folder]).files:
            article = read_article(found)
            for paragraph in getattr(article, "paragraphs", ()):
                language = paragraph.language or article.language
                if language in LANGUAGES:
                    words[language][packet.name] |= {
                        m.group(0).lower()
                        for m in TOKEN_PATTERN.finditer(paragraph.text)
                        if m.group(0).isalpha()
                    }
    return words


def packets() -> None:
    words = packet_words()
    for language in LANGUAGES:
        distinct = set().union(*words[language].values()) if words[language] else set()
        started = time.process_time()
        second = {w: index_lemma(w, language) - index_none(w, language) for w in distinct}
        second = {w: t for w, t in second.items() if t}
        spent = time.process_time() - started
        by_term: dict[str, set[str]] = defaultdict(set)
        for word in distinct:
            for term in index_lemma(word, language):
                by_term[term].add(word)
        new_groups = [
            sorted(by_term[t])
            for t in {t for ts in second.values() for t in ts}
            if len({index_none(w, language).pop() for w in by_term[t] if index_none(w, language)})
            > 1
        ]
        print(f"\n### {language}: {len(distinct)} distinct words in {len(words[language])} packets")
        print(
            f"index lemma: {len(second)} words get a second term ({spent:.1f} s CPU, lexicon "
            f"load included); {len(new_groups)} terms now join words of other stems, e.g. "
            + "; ".join("/".join(g[:4]) for g in sorted(new_groups)[:40])
        )
        started = time.process_time()
        rows = []
        for packet, vocabulary in sorted(words[language].items()):
            prefixed = _prefixed(vocabulary)
            for word in sorted(vocabulary):
                extra = romance_verb_terms(word, (language,), prefixed)
                if extra:
                    met = sorted(w for w in vocabulary if analyse_word(w, language) in extra)
                    rows.append(f"{packet}: {word} → {' '.join(met)}")
        print(
            f"query forms: {len(rows)} (packet, typed word) rows find new words "
            f"({time.process_time() - started:.1f} s CPU):"
        )
        for row in rows:
            print("  " + row)


if __name__ == "__main__":
    word_lists()
    packets()
