"""What happened: the word the leads of a packet share that names its main event.

Part of :mod:`briefing.topics.events` (which puts the name together): the action word is
counted by the English leads (:mod:`.event_leads`) that use it; a word that only qualifies
another ("white" of "white smoke", "magnitude" of "magnitude quake") gives way to its noun,
or to the subject the articles of every language write of ("conclave"), or to the act they
write as a noun and a verb ("eruption", :mod:`.event_across`); a clipped word gives way to
its full form ("quake", "earthquake"), a head to its compound in any spelling ("cyber
attack", "cyberattack": :mod:`.event_compound`). A settlement, a place or a compass point ("town",
"Ort", "southwest") is never the act: it is where the act happened; nor is a body, which
acts (:mod:`.event_refused`). A toll is never the act: the words of "at least 16 people" in
any language (:mod:`.not_acts`), nor a modifier and noun a number stands between, nor a
count joined to its unit ("five-year", :mod:`.event_measures`), though the noun it measures
is read however short ("a four-year ban"), and comes first among equally shared words. Nor
are things the English leads share in the plural ("troops", "flags") unless the texts write
them as happenings ("after the floods", :mod:`.event_happening`), nor who a person is
(:mod:`.event_appositive`).
A verb the leads write as done for a noun they share ("files for bankruptcy") is named by that
noun (:mod:`.event_complement`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.model import Article, Topic
from briefing.topics.event_across import Act, act_across, acts_of
from briefing.topics.event_appositive import of_people
from briefing.topics.event_brought import brought_in
from briefing.topics.event_complement import complement_noun
from briefing.topics.event_compound import full_form
from briefing.topics.event_counted import counted_plural, done_verb
from briefing.topics.event_declared import made_of
from briefing.topics.event_few import FEW, few_leads_act, few_modifier
from briefing.topics.event_happening import as_act
from briefing.topics.event_lead_words import common_words, qualifiers
from briefing.topics.event_leads import lead_of, split_words, word_pairs
from briefing.topics.event_measured import is_measure
from briefing.topics.event_measures import counted, lasting_nouns, measured_head
from briefing.topics.event_measures import modifiers as _modifiers
from briefing.topics.event_object import object_act
from briefing.topics.event_praise import acts_in_place
from briefing.topics.event_reach import Reach, wider_act
from briefing.topics.event_refused import PLACE_WORDS, function_words, numerals_of
from briefing.topics.event_shared import SAMPLE, Lead, shared_act
from briefing.topics.event_stated import shared_noun, stated_act, unstated
from briefing.topics.event_subject import CONTEXT, _plural, antecedent, shared
from briefing.topics.event_texts import _BODIES, _noun_of, _whole
from briefing.topics.event_ties import occasion_kind, widest_noun
from briefing.topics.event_toll_act import toll_act
from briefing.topics.event_undergone import undergone_noun
from briefing.topics.event_usual_noun import usual_noun
from briefing.topics.event_when import (
    base_forms,
    circumstances,
    english_stem,
)
from briefing.topics.lexicon import ROLE_MODIFIERS, STOPWORDS
from briefing.topics.negated import negated
from briefing.topics.not_acts import runs
from briefing.topics.themes import GENERIC_HEADS

#: How many shared words are read for the act before the packet is said to name none.
TRIES = 3


def action_of(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    subjects: list[tuple[int, frozenset[str]]] | None = None,
    leads: dict[str, str] | None = None,
    verbs: list[str] | None = None,
    acts: Sequence[Act] | None = None,
    objects: list[str] | None = None,
    passed: frozenset[str] | None = None,
    widened: list[str] | None = None,
    reach: Sequence[Reach] = (),
) -> str | None:
    """The word most leads share that is no name, function word or generic noun.

    Counted by documents (a word every outlet uses beats one writer's repetition), among
    English-language leads when there are any, since the name is written in English; a
    modifier that goes with it in two leads or more is kept ("state visit"). ``leads``
    (article id → :func:`lead_of`) saves reading them again (seconds at 10,000 articles).
    A verb the leads share names the act by its noun (:func:`.act_noun`), the verb itself
    appended to ``verbs`` when given: its place may follow it ("shot in Handlová").
    ``acts`` (:func:`.event_across.acts_of`, read from every topic, the main event's too,
    so that the name is the same once it is a topic) default to those of ``topics``.
    A plural the leads count ("20 hostages") is what the act was done to: the noun of the
    verb they write of it is the act ("release"), the plural appended to ``objects`` when
    given (:mod:`.event_counted`).

    A verb whose noun the texts never write ("evacuated", never "evacuation") names no act
    (unless the English leads write a listed person as its passive subject: "Okafor was
    abducted" is an abduction, :mod:`.event_undergone`):
    None, unless ``passed`` is given (the words already given up; asked when no word every
    language writes names the act either, :func:`~.event_cognates.act_of_languages`): then
    the next word the leads share, in the singular and brought in with "a" ("a wildfire";
    not "tourists", nor "the metro"), is read instead, up to :data:`TRIES` words; a kind
    written between them names it with it ("an oil spill": :mod:`.event_brought`). A word
    the packet's other languages write too in place of the choice of one or two
    English leads (:mod:`.event_few`) is appended to ``widened`` when given (``reach``:
    :mod:`.event_reach`).
    """
    english = [a for a in articles if languages[a.id] == "en"] or list(articles)
    texts = [leads[a.id] if leads is not None else lead_of(a) for a in english]
    # Names only: a theme or an event may be the action itself ("conclave", "heist"). Only
    # the head of the list counts, so a limited extraction names the same event.
    aliases = [
        re.split(r"[\s-]+", alias.casefold())
        for t in topics[:CONTEXT]
        if t.kind not in ("theme", "event")
        for alias in t.aliases
    ]
    named = {w for parts in aliases for w in parts}
    # A word of a longer name may be the act all the same ("election" of "Permanent Election
    # Authority"): it counts in a lead that writes it in lower case, outside the name.
    alone = {parts[0] for parts in aliases if len(parts) == 1}
    in_names = named - alone
    # A title's modifier is no act, but may say which act it is ("state visit",
    # "presidential election"): it may stand before the act.
    before = qualifiers(languages)
    banned = before | ROLE_MODIFIERS | PLACE_WORDS | of_people(texts, english, topics, languages)
    numerals = numerals_of(frozenset(languages.values()) | {"en"})
    docs: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    # Romance elision glues the article to the act ("l'attentato", "dell'attentato"): split.
    words_of_leads = [
        split_words(text, languages.get(a.id, "en")) for text, a in zip(texts, english, strict=True)
    ]
    # What happened is a common noun: written in lower case somewhere (.event_lead_words).
    common = common_words(words_of_leads, english, languages)
    titles = [
        {w.casefold() for w in split_words(a.title or "", languages.get(a.id, "en"))}
        for a in english
    ]
    leads_words = [[w.casefold() for w in lead] for lead in words_of_leads]
    lowers = [{w for w in lead if w.islower()} for lead in words_of_leads]
    # A word a count measures ("a four-year ban") is a noun, however short (.event_measures).
    lasting = [lasting_nouns(said, numerals) for said in leads_words]
    usables = [
        {
            w
            for w in said
            if (len(w) > 3 or w in nouns)
            and w in common
            and w not in banned
            and not counted(w, numerals)
            and (w not in named or (w in in_names and w in lower))
            and not w.endswith("ly")
        }
        for said, lower, nouns in zip(leads_words, lowers, lasting, strict=True)
    ]
    # What the leads write did not happen ("without a deal") is no act (:mod:`.negated`).
    denied = negated(texts, [languages.get(a.id, "en") for a in english], set().union(*usables))
    usables = [usable - denied for usable in usables]
    # What the event is called ("achieved a historic milestone as the lander made a
    # touchdown") is no act: the act its sentence reports takes its place (.event_praise).
    acts_in_place(usables, titles, texts, lambda w: w in common and w not in banned | named)
    written: Counter[str] = Counter()  # leads per form, a headline's twice
    for usable, title in zip(usables, titles, strict=True):
        written.update(usable)
        written.update(usable & title)
    base = base_forms(written)
    for text, article, usable, title in zip(texts, english, usables, titles, strict=True):
        # Each lead counts an act once, however inflected ("collapse", "collapsed").
        docs.update({base[w] for w in usable})
        docs.update({base[w] for w in usable & title})  # a headline's word says most
        # A number parts two words: "least 16 people" is no modifier and its noun.
        said = [split_words(run, languages.get(article.id, "en")) for run in runs(text)]
        pairs.update(
            {
                (a, base[b])
                for run in said
                for a, b, written in word_pairs(run, in_names)
                if b in usable
                and a in common
                and a not in before
                and (a not in named or (a in in_names and written))
                and len(a) > 3
            }
        )
    when = circumstances(  # "crashed after takeoff": the take-off dates the act (.event_when)
        words_of_leads, [languages.get(a.id, "en") for a in english]
    )
    docs = Counter({w: n for w, n in docs.items() if w not in when})
    brought: dict[str, str] = {}  # the next word's kind, when one was read (.event_brought)
    if passed is not None:
        # The next word, once the first named no act: a noun a lead brings in as something
        # new, with "a" ("fleeing a wildfire", "an oil spill"), in the singular; a plural
        # the leads share ("tourists") is whom it happened to, and a thing they write as
        # known ("the metro") is what it happened to (:mod:`.event_brought`).
        brought = brought_in(
            words_of_leads,
            texts,
            base,
            before,
            lambda w: w in docs and _noun_of(w, texts, english, languages) == w,
        )
        docs = Counter(
            {w: n for w, n in docs.items() if w not in passed and w in brought and not _plural(w)}
        )
    if not docs:
        return None
    # A general noun ("visit", "year", "meeting") names the event only when most leads use
    # it; between equally shared words the longer, more specific one wins.
    for generic in [w for w in docs if w in GENERIC_HEADS]:
        if docs[generic] < max(3, len(words_of_leads) / 2):
            del docs[generic]
    if not docs:
        return None
    # Between equally shared words, one that no listed name holds comes first: the act is
    # no thing's name, while a name's word ("funicular" of "Gloria funicular") is what it
    # happened to ("the Gloria funicular derailed").
    # A noun a count measures ("a four-year ban") is what lasts: the act or what it imposed,
    # before a word that only qualifies another ("anti-doping" of "anti-doping violation").
    lasts = set().union(*lasting)
    word, count = max(
        docs.items(),
        key=lambda item: (
            item[1],
            item[0] not in named,
            item[0] in lasts,
            len(item[0]),
            item[0],
        ),
    )
    # Between equally shared nouns, the one the other languages' leads write too
    # ("ceremony", "cérémonie"), not one English writer's detail (a singer's
    # "performance"): :mod:`.event_ties`. A verb keeps its place: its act is read below.
    word = widest_noun(
        word,
        docs,
        named,
        lambda w: _noun_of(w, texts, english, languages) == w,
        lambda: [
            Lead(languages.get(a.id, "en"), a.title or "", leads[a.id] if leads else lead_of(a))
            for a in articles[:SAMPLE]
            if languages.get(a.id, "en") != "en"
        ],
    )
    # A story line's noun gives way to the act far more languages write (:mod:`.event_reach`).
    if _noun_of(word, texts, english, languages) == word:
        word = wider_act(word, docs, reach, len(articles), texts) or word
    # The subject every language writes ("pandemic", "Pandemie", "пандемия": :func:`.shared`)
    # that as many English leads share, and that two of them write as what a verb made of
    # something ("declares COVID-19 a pandemic"), is the act's word (:mod:`.event_declared`):
    # a word as widely shared beside it ("coronavirus") is what the act was done to.
    made = [
        w
        for w, n in docs.items()
        if n == count and w != word and shared(subjects or [], {w}, len(articles)) == w
    ]
    if made and len(made_of(made[0], texts)) >= 2:
        word = made[0]
    if count < 2:
        return None
    if objects is not None and counted_plural(word, texts, numerals, before):
        verb = done_verb(docs, english)  # "20 hostages" were "released": :mod:`.event_counted`
        noun = _noun_of(verb, texts, english, languages) if verb is not None else None
        if verb is not None and noun is not None and noun != verb and " " not in noun:
            objects.append(word)
            if verbs is not None:
                verbs.append(verb)
            return noun
    # An outage or a flood has no verb the outlets share: the word the leads of several
    # languages write alike names it ("blackout" rather than the "power" of "power cut").
    every = [
        Lead(languages.get(a.id, "en"), a.title or "", leads[a.id] if leads else lead_of(a))
        for a in articles[:SAMPLE]
    ]
    candidates = {w for w, n in docs.items() if n >= 2 and not _plural(w)}
    # ... unless the leads' choice is the subject every language writes in its own word
    # ("pandemic", "Pandemie", "пандемия"): one word written alike ("coronavirus") is then
    # only more often spelt the same, not more widely written.
    stated = None
    if shared(subjects or [], {word}, len(articles)) != word:
        word = shared_act(candidates, word, every) or word
        # One or two English leads: the word the other languages write too (.event_few).
        few = few_leads_act(
            {w for usable in usables for w in usable if not _plural(w)},
            word,
            every,
            texts,
            [_whole(a) for a in english[: FEW + 1]],
            STOPWORDS | function_words(frozenset({"en"})),
        )
        word = few or word
        # One or two English leads: the act the most articles of every language state
        # happened, by its root ("exploded", "explosé", "Explosion"); a description no
        # lead states and no other language writes is no act (:mod:`.event_stated`).
        if few is None and languages.get(english[0].id) == "en":
            stated = stated_act(docs, word, texts, every)
            acted = object_act(word, texts, every, verbs) if stated is None else False
            if stated is not None:
                word = stated
            elif acted is not False:  # what a verb was done to ("annuls the election")
                return acted  # the act names it, or nothing does (:mod:`.event_object`)
            elif unstated(word, texts, every):
                # What the dead died in, when most leads count them (:mod:`.event_toll_act`).
                return toll_act(texts, every)
    else:
        few = None
    # A word that modifies another in two leads is not the event but its qualifier
    # ("white smoke", "7.8-magnitude earthquake"): the noun it goes with is.
    heads = [(n, b) for (a, b), n in pairs.items() if a == word and n >= 2 and 2 * docs[b] >= count]
    # A word that takes a modifier of its own in two leads ("a massive fire") heads its
    # phrase: the word after it is what it does ("the fire spread"), not a noun it qualifies.
    if heads and not any(b == word and n >= 2 for (_a, b), n in pairs.items()):
        word = max(heads, key=lambda h: (docs[h[1]], h[0]))[1]
    if stated is None:  # what the leads of every language state happened follows nothing
        word = antecedent(word, docs, words_of_leads, when)
    modifiers = _modifiers(pairs, word, texts)
    # A count's noun is what the count measures ("five-year prison"): the noun after it is
    # the act, and the measured noun says which ("prison sentence").
    measured = measured_head(pairs, word, docs, numerals)
    if measured is not None:
        word, modifiers = measured, [(docs[word], word)]
    # A qualified noun is a detail of the story ("white smoke"): a subject the articles of
    # every language share (:func:`shared`) and two English leads use names it instead
    # ("conclave").
    subject = shared(subjects or [], {w for w, n in docs.items() if n >= 2}, len(articles))
    # Only a noun is qualified: the word before a verb is what it is said of ("the boat
    # capsized", "migrant boat capsizes"), and the act stays the verb's (named by its noun
    # below), however widely the story's subject ("migrants") is written.
    if modifiers and subject is not None and _noun_of(word, texts, english, languages) == word:
        word, modifiers = subject, _modifiers(pairs, subject, texts)
    # Few English leads may share a thing's word more than the act's ("lava", "eruption"):
    # the act the articles of every language write, as a noun and a verb, names it then;
    # never in place of a subject half the articles write in every language ("conclave").
    if shared(subjects or [], {word}, len(articles)) is None:
        found = acts if acts is not None else acts_of(topics[: CONTEXT + 1], languages)
        across = act_across(word, docs, found)
        if across != word:
            word, modifiers = across, _modifiers(pairs, across, texts)
    # A clipped word names what its full form does ("quake", "earthquake"), and a compound
    # in any spelling its head ("cyber attack"): :mod:`.event_compound`.
    full = full_form(word, docs, texts, [a.title or "" for a in english])
    if full != word:
        word, modifiers = full, _modifiers(pairs, full, texts)
    # A verb ("assassinate") names no act: the noun the text uses for it does; and a verb
    # done for something ("files for bankruptcy") is named by what it was done for
    # (:mod:`.event_complement`).
    noun = complement_noun(
        word, texts, docs, lambda w: _noun_of(w, texts, english, languages) == w
    ) or _noun_of(word, texts, english, languages)
    if noun is None and stated is not None:
        # The English texts write only the verb: the noun the other languages share names it.
        noun = shared_noun(word, [(languages.get(a.id, "en"), _whole(a)) for a in articles])
    if noun is None and languages.get(english[0].id) == "en":
        # "Okafor was abducted": a person underwent the act, English names it by the verb's
        # noun though no text writes it ("abduction": :mod:`.event_undergone`).
        noun = undergone_noun(word, texts, topics[:CONTEXT])
    if noun is None:
        # Two English leads write "thousands evacuated" and "a wildfire": the verb without
        # its noun is no act's name, but the next shared word may be one.
        if passed is None or len(passed) + 1 >= TRIES:
            return None
        again = (articles, topics, languages, subjects, leads, verbs, acts, objects)
        return action_of(*again, passed | {word}, reach=reach)
    # Things the leads share ("troops", "flags") name no act (:mod:`.event_happening`); one
    # named after its act ("the crowns" of "crowned") gives way to the act's noun. Read of
    # a plural in English leads: a singular ("heist", "visit") and other languages' words,
    # whose plurals say less, are kept as before. A subject half the articles write in
    # every language is the story's, and a measure gives way to its cause
    # (:mod:`.event_measured`): neither is read so.
    if (
        noun == word
        and english[0].id in languages
        and languages[english[0].id] == "en"
        and _plural(word)
        and not is_measure(word)
        and shared(subjects or [], {word}, len(articles)) != word
        and as_act(word, texts, english, languages, _BODIES) != word
    ):
        named_act = as_act(word, texts, english, languages, _BODIES)
        if named_act is not None:
            return named_act
        if passed is None or len(passed) + 1 >= TRIES:
            return None
        again = (articles, topics, languages, subjects, leads, verbs, acts, objects)
        return action_of(*again, passed | {word}, reach=reach)
    from_verb = noun != word  # the word before a verb is what it is said of ("boat capsized")
    if from_verb:
        # The articles that state the act by the verb may name it by another noun ("the
        # wedding" of "married"), more widely written than the verb's own: .event_usual_noun.
        noun = usual_noun(noun, word, english, articles, languages, named) or noun
    if noun != word:
        if verbs is not None:
            verbs.append(word)  # "shot": its place may follow it ("shot in Handlová")
        word, modifiers = noun, ([] if " " in noun else _modifiers(pairs, noun, texts))
    if few is not None and word == few and widened is not None:
        widened.append(few)
    if not modifiers and (
        (few is not None and word == few) or (len(english) <= FEW + 1 and not from_verb)
    ):
        # One to three English texts: their leads' pairs say little, and the word they all
        # write before the act (a noun there) names its kind ("opening" of "the opening
        # ceremony").
        kind = few_modifier(word, [_whole(a) for a in english[: FEW + 1]], before)
        modifiers = [(1, kind)] if kind is not None else []
    if not modifiers and not from_verb:
        # "signs pacts at a ceremony": the act done at it names its kind (:mod:`.event_ties`).
        kind = occasion_kind(
            word, docs, texts, english_stem, lambda w: _noun_of(w, texts, english, languages)
        )
        modifiers = [(1, kind)] if kind is not None else []
    if not modifiers and brought.get(word):
        modifiers = [(1, brought[word])]  # "an oil spill": the kind it was brought in with
    return f"{max(modifiers)[1]} {word}" if modifiers else word
