"""The words of the top offices per language: their titles, the verbs of taking one, "became".

A closed table of general news phrases per language, no story's words. Kept apart from
:mod:`.office_starts` (which compares the days sources give one start of a term) so that the
timeline (:mod:`.office_terms`, read by ``asides``) can ask whether a sentence tells a start of
a term without importing the discrepancy layer, whose rules must not make the timeline's cache
stale.
"""

from __future__ import annotations

#: Top-office titles per language → the office (heads of government and state).
TITLES: dict[str, dict[str, str]] = {
    "en": {"prime minister": "prime minister", "premier": "prime minister",
           "president": "president", "chancellor": "chancellor"},
    "fr": {"premier ministre": "prime minister", "première ministre": "prime minister",
           "président": "president", "présidente": "president",
           "chancelier": "chancellor", "chancelière": "chancellor"},
    "de": {"premierminister": "prime minister", "premierministerin": "prime minister",
           "präsident": "president", "präsidentin": "president",
           "bundeskanzler": "chancellor", "bundeskanzlerin": "chancellor",
           "kanzler": "chancellor", "kanzlerin": "chancellor"},
    "es": {"primer ministro": "prime minister", "primera ministra": "prime minister",
           "presidente": "president", "presidenta": "president",
           "canciller": "chancellor"},
    "it": {"primo ministro": "prime minister", "prima ministra": "prime minister",
           "premier": "prime minister", "presidente": "president",
           "cancelliere": "chancellor"},
    "pt": {"primeiro-ministro": "prime minister", "primeira-ministra": "prime minister",
           "presidente": "president", "chanceler": "chancellor"},
    "ru": {"премьер-министр": "prime minister", "премьер": "prime minister",
           "президент": "president", "канцлер": "chancellor"},
    "uk": {"прем'єр-міністр": "prime minister", "прем’єр-міністр": "prime minister",
           "президент": "president", "канцлер": "chancellor"},
}  # fmt: skip
#: Inflected endings a title may carry (Russian and Ukrainian cases, German -in already listed).
ENDINGS = {"ru": r"(?:ом|ой|а|у|е|ом|ым|ем)?", "uk": r"(?:ом|ою|а|у|і|ем)?"}
#: Verbs of taking office (the office then comes from the person's title in the sentence).
TAKES: dict[str, str] = {
    "en": r"took office|assumed office|sworn in|took up (?:the |his |her )?(?:post|office)",
    "fr": r"entrée?s? en fonctions?|pris ses fonctions|prise de fonctions?|été investie?s?",
    "de": r"(?:sein|ihr) Amt an|Amtsantritt|im Amt vereidigt|vereidigt",
    "es": r"tomó posesión|asumió (?:el cargo|como)|juró (?:el cargo|como)",
    "it": r"(?:si è|s'è) insediat[oa]|entrat[oa] in carica|ha giurato",
    "pt": r"tomou posse|assumiu (?:o cargo|como)",
    "ru": r"вступил[аи]? в должность|принял[аи]? присягу"
    r"|занял[аи]? (?:[^\W\d_]+(?:ий|ый|ую|ой) )?(?:пост|должность)",
    "uk": r"вступив|вступила|склав присягу|склала присягу",
}
#: "Became" before a title (not German: "wurde zum Premierminister" goes on "gewählt" or
#: "ernannt", elected or appointed, which are other events).
BECAME: dict[str, str] = {
    "en": r"became (?:the )?(?:new )?",
    "fr": r"(?:est |était )?devenue?s? (?:la |le |l['’])?(?:nouvelle |nouveau )?",
    "es": r"se convirtió en (?:el |la )?(?:nuevo |nueva )?",
    "it": r"(?:è |era )?diventat[oa] (?:il |la )?(?:nuovo |nuova )?",
    "pt": r"tornou-se (?:o |a )?(?:novo |nova )?",
    "ru": r"стал[аи]? (?:новым |новой )?",
    "uk": r"став (?:новим )?|стала (?:новою )?",
}
