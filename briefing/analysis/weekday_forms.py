"""Weekday names in cases CLDR does not list ("среду", "środę"), per language, generated
from dateparser's language data by benchmarks/realworld/gen_weekdays.py. Do not edit.
"""

WEEKDAY_FORMS: dict[str, dict[str, int]] = {
    "pl": {
        "niedziele": 6,
        "niedzielę": 6,
        "sobote": 5,
        "sobotę": 5,
        "środę": 2,
    },
    "cs": {
        "neděli": 6,
        "sobotu": 5,
        "soboty": 5,
        "středu": 2,
        "středy": 2,
    },
    "sk": {
        "nedeľu": 6,
        "sobotu": 5,
        "stredu": 2,
    },
    "fi": {
        "sunnuntaina": 6,
    },
    "ru": {
        "пятницу": 4,
        "среду": 2,
        "субботу": 5,
    },
    "uk": {
        "неділю": 6,
        "середу": 2,
        "суботу": 5,
    },
}
