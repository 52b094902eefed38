"""The first pass on several processes gives exactly what one process gives.

:mod:`briefing.topics.shares` cuts a briefing's distinct paragraph texts into shares and reads
each share in a worker process; the merged candidates, the key-word counts and so the topics
must be the ones a single process finds. Every text is written for the test: a made-up bridge
closure in a made-up town, told in English, French, German, Russian and Turkish, with a wire
paragraph that two outlets print word for word and a German quote an English outlet repeats
(recurring texts, read once, in the language of their first use).
"""

from __future__ import annotations

import gc
import pickle
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing import parallel, worker_process
from briefing.model import Article
from briefing.topics import extract_topics, shares
from briefing.topics.first_pass import read
from briefing.topics.keycounts import count_words, known_name
from briefing.topics.keywords import key_words
from briefing.topics.languages import briefing_languages
from briefing.topics.mentions import scan
from briefing.topics.multilingual_gazetteer import gazetteer_for

#: Quoted word for word by a German and an English outlet: read with the first use's language.
_QUOTE = "Brandvold sagte: «Die Stahlseile zeigen rostige Verankerungen und lockere Schrauben.»"
_WIRE = (
    "The Northern Rail Authority (NRA) said the Varnek Bridge would stay closed while "
    "engineers from the Halvard Institute checked the cables."
)


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


_PACKET = (
    _in(
        "en",
        0,
        "Engineers closed the Varnek Bridge in Oskaven on Monday after a cable snapped.",
        "Mayor Ilse Brandvold said the closure would last until the inspection ends.",
        _WIRE,
        "Commuters crossed the river by ferry, and the ferry operator added boats.",
    ),
    _in(
        "fr",
        1,
        "Les ingénieurs ont fermé le pont Varnek à Oskaven lundi après la rupture d'un câble.",
        "La maire Ilse Brandvold a déclaré que la fermeture durerait jusqu'à la fin de "
        "l'inspection.",
        "Les navetteurs traversent la rivière en ferry pendant la fermeture du pont.",
    ),
    _in(
        "de",
        2,
        "Die Ingenieure haben die Varnek-Brücke in Oskaven am Montag gesperrt, nachdem ein "
        "Kabel gerissen war.",
        "Bürgermeisterin Ilse Brandvold sagte, die Sperrung dauere bis zum Ende der Inspektion.",
        "Die Pendler überqueren den Fluss mit der Fähre, und der Betreiber setzt mehr Boote ein.",
        _QUOTE,
    ),
    _in(
        "en",
        3,
        "The inspection of the Varnek Bridge entered its second day in Oskaven on Tuesday.",
        _WIRE,
        "Ilse Brandvold told reporters that the cable inspection had found rust in two anchors.",
        "Labour unions asked for a safety review of every bridge in the region.",
    ),
    _in(
        "ru",
        4,
        "Инженеры закрыли мост Варнек в Оскавене в понедельник после обрыва троса.",
        "Мэр Ильзе Брандволь заявила, что закрытие продлится до конца инспекции.",
        "Жители переправляются через реку на пароме.",
    ),
    _in(
        "tr",
        5,
        "Mühendisler, bir kablo koptuktan sonra Oskaven'deki Varnek Köprüsü'nü pazartesi "
        "günü kapattı.",
        "Belediye Başkanı Ilse Brandvold, kapatmanın inceleme bitene kadar süreceğini söyledi.",
        "Yolcular nehri feribotla geçiyor.",
    ),
    _in(
        "en",
        6,
        "Engineers said the inspection of the Varnek Bridge could take a week.",
        "The Halvard Institute sent a second team to Oskaven to help with the inspection.",
        "Ferry crossings doubled during the closure, the ferry operator said.",
        _QUOTE,
    ),
)


@pytest.fixture
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run per job even for a handful of paragraphs, so the workers really start."""
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)


def test_shares_are_runs_of_about_equal_size_in_order() -> None:
    items = [("a", 5), ("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 1)]
    runs = shares.contiguous_runs(items, 2, lambda item: item[1])
    assert runs == [[("a", 5)], [("b", 1), ("c", 1), ("d", 1), ("e", 1), ("f", 1)]]
    assert shares.contiguous_runs(items[:1], 3, lambda item: item[1]) == [[("a", 5)]]
    runs = shares.contiguous_runs(items, 3, lambda _item: 1)
    assert [x for run in runs for x in run] == items and len(runs) == 3


@pytest.mark.usefixtures("small_runs")
def test_candidates_and_counts_on_three_processes_equal_one() -> None:
    languages = briefing_languages(_PACKET)
    assert len(set(languages.values())) == 5
    merged, counts = shares.read_on_cores(_PACKET, languages, jobs=3)
    alone = read(_PACKET, languages=languages)
    assert alone.names and alone.themes and alone.acronyms and alone.definitions
    for name in alone.__slots__:
        assert getattr(merged, name) == getattr(alone, name), name
    assert list(merged.themes) == list(alone.themes)  # first-seen order kept
    gaz = gazetteer_for(frozenset(languages.values()))
    expected = count_words(alone.paragraphs, languages, known_name(gaz))
    assert counts is not None
    assert counts.counts == expected.counts
    assert counts.keys == expected.keys
    named = ["Ilse", "Brandvold", "Varnek", "Oskaven"]
    with_counts = key_words(alone.paragraphs, languages, named, known_name(gaz), counts)
    assert with_counts == key_words(alone.paragraphs, languages, named, known_name(gaz))
    assert with_counts  # "inspection" / "inspection" / "Inspektion" / "инспекции" at least


@pytest.mark.usefixtures("small_runs")
def test_topics_on_several_processes_equal_one_process() -> None:
    alone = extract_topics(_PACKET)
    assert alone
    assert extract_topics(_PACKET, jobs=3) == alone
    assert extract_topics(_PACKET, limit=5, jobs=2) == alone[:5]


def test_one_job_or_a_small_briefing_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("no worker should start")

    monkeypatch.setattr(shares.Pool, "run", no_workers)
    languages = briefing_languages(_PACKET)
    assert shares.read_on_cores(_PACKET, languages, jobs=1)[1] is None
    assert shares.read_on_cores(_PACKET, languages, jobs=4)[1] is None  # too few paragraphs


@pytest.mark.usefixtures("small_runs")
def test_mentions_on_three_processes_equal_one() -> None:
    paragraphs = read(_PACKET, languages=briefing_languages(_PACKET)).paragraphs
    aliases = {"Varnek Bridge": "bridge", "Varnek": "bridge", "Ilse Brandvold": "mayor"}
    aliases |= {"Brandvold": "mayor", "NRA": "nra", "Oskaven": "town", "Halvard Institute": "hi"}
    alone = scan(paragraphs, aliases)
    merged = shares.scan_on_cores(paragraphs, aliases, jobs=3)
    assert alone["bridge"] and alone["mayor"] and alone["nra"]
    assert dict(merged) == dict(alone)  # same roots, same mentions in the same order


def _watch_workers(monkeypatch: pytest.MonkeyPatch) -> tuple[list[object], list[str]]:
    """Record each worker started and the name of each round the pool runs, in order."""
    started: list[object] = []
    real_start = worker_process.Worker.start

    def start(self: worker_process.Worker) -> None:
        started.append(self)
        real_start(self)

    monkeypatch.setattr(worker_process.Worker, "start", start)
    rounds: list[str] = []
    real_run = parallel.Pool.run

    def run(self: parallel.Pool, function: object, *args: object, **kwargs: object) -> object:
        rounds.append(getattr(function, "__name__", ""))
        return real_run(self, function, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel.Pool, "run", run)
    return started, rounds


@pytest.mark.usefixtures("small_runs")
def test_one_extraction_starts_its_workers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    started, rounds = _watch_workers(monkeypatch)
    assert extract_topics(_PACKET, jobs=2)
    assert rounds == ["_vocabulary_share", "_candidates_share", "_scan_share"]
    assert len(started) == 1  # one worker, kept for the three rounds


@pytest.mark.usefixtures("small_runs")
def test_a_large_briefing_starts_its_worker_before_the_first_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, rounds = _watch_workers(monkeypatch)
    alone = extract_topics(_PACKET, jobs=1)
    monkeypatch.setattr(shares, "ARTICLES_PER_JOB", 1)  # every briefing counts as large
    assert extract_topics(_PACKET, jobs=2) == alone
    assert rounds == ["_ready", "_vocabulary_share", "_candidates_share", "_scan_share"]
    assert len(started) == 1  # started for the warm-up, kept for the three rounds


def test_a_small_briefing_starts_no_worker_ahead() -> None:
    with shares.Cores(2) as cores:
        cores.prestart(shares.ARTICLES_PER_JOB * 2 - 1)
        assert cores._warmed()._workers == []
        cores.prestart(shares.ARTICLES_PER_JOB * 2)
        assert len(cores._warmed()._workers) == 1


def test_a_share_runs_with_the_collector_paused_and_restores_it() -> None:
    seen: list[bool] = []
    share = shares._collector_paused(lambda _share, _report: seen.append(gc.isenabled()))
    gc.enable()
    share(None, lambda _n: None)
    assert seen == [False]
    assert gc.isenabled()


def test_the_paused_share_functions_still_travel_to_a_worker_by_name() -> None:
    # A worker imports each share function by its name: the paused one must be what it finds.
    for function in (shares._vocabulary_share, shares._candidates_share, shares._scan_share):
        assert pickle.loads(pickle.dumps(function)) is function
        assert hasattr(function, "__wrapped__")


def test_the_first_run_may_be_given_a_smaller_share() -> None:
    items = [(str(n), 1) for n in range(40)]
    runs = shares.contiguous_runs(items, 2, lambda item: item[1], first=1 / 3)
    assert [x for run in runs for x in run] == items  # contiguous, in order
    assert [len(run) for run in runs] == [10, 30]  # a quarter here, three quarters there
    even = shares.contiguous_runs(items, 3, lambda item: item[1])
    assert shares.contiguous_runs(items, 3, lambda item: item[1], first=1.0) == even


@pytest.mark.usefixtures("small_runs")
@pytest.mark.parametrize("jobs", [1, 3])
def test_mentions_with_work_meanwhile_equal_one_process(jobs: int) -> None:
    """The caller's own work beside round 3 runs once, in this process, and the mentions
    are the one-process scan's whatever share this process keeps."""
    import os

    paragraphs = read(_PACKET, languages=briefing_languages(_PACKET)).paragraphs
    aliases = {"Varnek Bridge": "bridge", "Varnek": "bridge", "Ilse Brandvold": "mayor"}
    aliases |= {"Brandvold": "mayor", "NRA": "nra", "Oskaven": "town", "Ferry": "ferry"}
    ran: list[int] = []
    merged = shares.scan_on_cores(paragraphs, aliases, jobs, lambda: ran.append(os.getpid()))
    assert ran == [os.getpid()]
    assert dict(merged) == dict(scan(paragraphs, aliases))


def test_an_occurrence_hashes_as_its_fields_do() -> None:
    """Sets and dicts of occurrences keep the order they had when an occurrence was a frozen
    dataclass, whose hash was that of its fields' tuple."""
    from briefing.topics.candidates import Occurrence

    found = Occurrence("a1", 3, 10, 16, "Varnek")
    assert hash(found) == hash(("a1", 3, 10, 16, "Varnek"))
    assert found == Occurrence("a1", 3, 10, 16, "Varnek") != Occurrence("a1", 3, 10, 17, "Varnek")
    assert (found.article, found.paragraph, found.start, found.end) == ("a1", 3, 10, 16)
    assert pickle.loads(pickle.dumps(found)) == found
