"""Language of articles and paragraphs: detected with provenance, and honest when unsure.

Every text here is written for the test (no article text is copied).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.language import detect_language, paragraph_languages
from briefing.model import Article

TEXTS = {
    "fr": (
        "Les ministres des cinq pays se sont réunis à huis clos pour discuter du partage de "
        "l'eau, des postes frontières et du prix de l'électricité exportée dans la région."
    ),
    "de": (
        "Die Minister der fünf Länder trafen sich hinter verschlossenen Türen, um über die "
        "Verteilung des Wassers, die Grenzübergänge und den Strompreis zu beraten."
    ),
    "es": (
        "Los ministros de los cinco países se reunieron a puerta cerrada para discutir el "
        "reparto del agua, los pasos fronterizos y el precio de la electricidad exportada."
    ),
    "it": (
        "I ministri dei cinque paesi si sono riuniti a porte chiuse per discutere della "
        "ripartizione dell'acqua, dei valichi di frontiera e del prezzo dell'elettricità."
    ),
    "tr": (
        "Beş ülkenin bakanları suyun paylaşımını, sınır kapılarını ve bölgeye ihraç edilen "
        "elektriğin fiyatını görüşmek üzere kapalı kapılar ardında bir araya geldi."
    ),
    "uk": (
        "Міністри п'яти країн зустрілися за зачиненими дверима, щоб обговорити розподіл води, "
        "прикордонні переходи та ціну електроенергії, яку експортують до регіону."
    ),
    "ru": (
        "Министры пяти стран встретились за закрытыми дверями, чтобы обсудить распределение "
        "воды, пограничные переходы и цену электроэнергии, которую экспортируют в регион."
    ),
    "en": (
        "Ministers from five countries met behind closed doors to discuss water sharing, "
        "border crossings and the price of electricity exported across the region."
    ),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_few_sentences_are_named(code: str) -> None:
    assert detect_language(TEXTS[code] + " " + TEXTS[code]) == code


@pytest.mark.parametrize("text", ["Rahmon", "Paris, 7 décembre", "Der Kanzler sagte", "", "2025"])
def test_short_text_gets_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_short_russian_wire_item_is_russian_by_its_letters() -> None:
    text = "Министры встретились в Москве и подписали заявление о сотрудничестве в энергетике."
    assert detect_language(text) == "ru"


def test_cyrillic_with_letters_of_other_alphabets_is_not_called_russian() -> None:
    # Made-up Kazakh-like text: Cyrillic, but with letters Russian does not use.
    text = "Министрлер кездесуі өтті және қауіпсіздік мәселелері талқыланды, деп хабарлады ұйым."
    assert detect_language(text) != "ru"


def test_mixed_paragraphs_get_their_own_language() -> None:
    found = paragraph_languages([TEXTS["es"], TEXTS["en"], "— Embajada (@embajada) 7 dic"], "es")
    assert found == [None, "en", None]


def test_article_language_is_detected_with_provenance(tmp_path: Path) -> None:
    article = read_file(
        write_article(
            tmp_path, "a.txt", f"Réunion des ministres\n\n{TEXTS['fr']}\n\n{TEXTS['fr']}\n"
        )
    )
    assert isinstance(article, Article)
    assert article.language == "fr" and article.provenance["language"] == "heuristic"
    assert article.languages == ("fr",)


def test_declared_language_wins_and_says_so(tmp_path: Path) -> None:
    text = f"---\ntitle: Réunion\nlang: fr-FR\n---\n\n{TEXTS['en']}\n"
    article = read_file(write_article(tmp_path, "a.md", text))
    assert isinstance(article, Article)
    assert article.language == "fr" and article.provenance["language"] == "front-matter"


def test_undetermined_article_says_so(tmp_path: Path) -> None:
    article = read_file(write_article(tmp_path, "a.txt", "Rahmon\n\n12 34 56\n"))
    assert isinstance(article, Article)
    assert article.language == "und" and article.provenance["language"] == "unknown"


def test_mixed_article_lists_both_languages(tmp_path: Path) -> None:
    text = f"Reunión\n\n{TEXTS['es']}\n\n{TEXTS['en']}\n\n{TEXTS['es']}\n"
    article = read_file(write_article(tmp_path, "a.txt", text))
    assert isinstance(article, Article)
    assert article.languages == ("es", "en")
    assert [p.language for p in article.paragraphs[-3:]] == [None, "en", None]


def test_a_cyrillic_language_needs_its_own_letters() -> None:
    from briefing.corpus.language import _plausible

    russian = "Депутаты голосовали на выборах в прошлом году и в позапрошлом году тоже."
    assert not _plausible("sr", russian) and not _plausible("uk", russian)
    assert _plausible("uk", TEXTS["uk"]) and _plausible("ru", russian)
    assert _plausible("sr", "Latin text is not judged by Cyrillic letters")


#: Written for these tests: two or three sentences each about a museum theft, in scripts other
#: than Latin and Cyrillic.
SCRIPTS = {
    "ko": "어젯밤 수도의 한 박물관에서 도난 사건이 일어났다. 경찰은 범인들이 창문으로 들어와 "
    "귀중한 보석을 훔쳐 달아났다고 밝혔다.",
    "ja": "昨夜、首都の博物館で盗難事件が起きた。警察によると、犯人らは窓から侵入し、"
    "貴重な宝石を盗んで逃走したという。",
    "zh": "昨晚首都一家博物馆发生盗窃案。警方表示,窃贼从窗户进入,偷走珍贵珠宝后逃离。",
    "ar": "وقعت سرقة في متحف بالعاصمة الليلة الماضية. وقالت الشرطة إن اللصوص دخلوا من نافذة "
    "وسرقوا مجوهرات ثمينة ثم فروا.",
    "he": "אמש התרחשה גניבה במוזיאון בבירה. לדברי המשטרה, הגנבים נכנסו דרך חלון, גנבו "
    "תכשיטים יקרי ערך ונמלטו.",
    "th": "เมื่อคืนนี้เกิดเหตุโจรกรรมที่พิพิธภัณฑ์แห่งหนึ่งในเมืองหลวง ตำรวจระบุว่าคนร้ายเข้ามาทาง"
    "หน้าต่างและขโมยเครื่องประดับล้ำค่าก่อนหลบหนีไป",
    "hi": "कल रात राजधानी के एक संग्रहालय में चोरी हुई। पुलिस ने बताया कि चोर खिड़की से अंदर "
    "घुसे और कीमती गहने चुराकर भाग गए।",
    "el": "Χθες το βράδυ σημειώθηκε κλοπή σε μουσείο της πρωτεύουσας. Σύμφωνα με την αστυνομία, "
    "οι δράστες μπήκαν από ένα παράθυρο και έκλεψαν πολύτιμα κοσμήματα.",
    "ka": "გუშინ ღამით დედაქალაქის ერთ-ერთ მუზეუმში ქურდობა მოხდა. პოლიციის ცნობით, ქურდები "
    "ფანჯრიდან შევიდნენ და ძვირფასი სამკაულები მოიპარეს.",
    "hy": "Երեկ երեկոյան մայրաքաղաքի թանգարաններից մեկում գողություն է տեղի ունեցել։ "
    "Ոստիկանության տվյալներով՝ գողերը ներս են մտել պատուհանից։",
}


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_other_scripts_are_named(code: str) -> None:
    assert detect_language(SCRIPTS[code]) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("여객기가 이륙 직후 추락해 탑승자 대부분이 숨졌다. 생존자는 한 명이다.", "ko"),
        ("客机起飞后不久坠毁,机上大多数人遇难。", "zh"),
        ("客機起飛後不久墜毀,機上大多數人罹難。", "zh"),
        ("旅客機が離陸直後に墜落し、乗客の大半が死亡した。", "ja"),
    ],
)
def test_a_short_item_in_a_syllabic_script_is_named(text: str, code: str) -> None:
    """Thirty Hangul syllables or twenty Han characters say as much as a Latin sentence: a
    one-sentence wire item is named, though it has fewer than 40 characters."""
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text", ["서울", "北京", "首相官邸", "Rahmon 서울", "여객기 추락", "AP 연합뉴스"]
)
def test_a_name_or_headline_in_a_syllabic_script_gets_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize("stray", ["\x85", "\ufdd0", "\ufffe", "\uffff", "\U0010ffff"])
def test_one_unreadable_character_does_not_hide_the_language(stray: str) -> None:
    """CLD2 refuses a whole text over one noncharacter or C1 control; they are blanked first."""
    assert detect_language(SCRIPTS["ko"] + stray + SCRIPTS["ko"]) == "ko"
    assert detect_language(TEXTS["de"] + stray + TEXTS["de"]) == "de"


def test_short_korean_article_file_is_korean(tmp_path: Path) -> None:
    text = "여객기가 이륙 직후 추락해 탑승자 대부분이 숨졌다. 생존자는 한 명이다.\n"
    article = read_file(write_article(tmp_path, "a.txt", text))
    assert isinstance(article, Article)
    assert article.language == "ko" and article.provenance["language"] == "heuristic"


@pytest.mark.parametrize(
    ("declared", "code"),
    [("ko-KR", "ko"), ("ja_JP", "ja"), ("iw", "he"), ("in", "id"), ("zh-Hant", "zh")],
)
def test_declared_codes_are_normalised(declared: str, code: str) -> None:
    from briefing.corpus.language import language_code

    assert language_code(declared) == code


@pytest.mark.parametrize("declared", ["jp", "cn-CN", "gr", "ua", "cz", "xx"])
def test_a_country_code_declares_no_language(declared: str) -> None:
    from briefing.corpus.language import language_code

    assert language_code(declared) is None


def test_a_country_code_in_lang_leaves_the_text_to_decide(tmp_path: Path) -> None:
    html = (
        '<html lang="jp"><head><meta charset="utf-8"><title>盗難</title></head><body>'
        f"<h1>盗難</h1><p>{SCRIPTS['ja']}</p><p>{SCRIPTS['ja']}</p></body></html>"
    )
    article = read_file(write_article(tmp_path, "a.html", html))
    assert isinstance(article, Article)
    assert article.language == "ja" and article.provenance["language"] == "heuristic"


def test_iso_639_1_list_is_pycountrys() -> None:
    import pycountry

    from briefing.corpus.language import _ISO_639_1

    assert {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")} == _ISO_639_1


def test_a_korean_file_in_euc_kr_is_korean(tmp_path: Path) -> None:
    text = f"수도 박물관에서 보석 도난 사건\n\n{SCRIPTS['ko']}\n\n{SCRIPTS['ko']}\n"
    article = read_file(write_article(tmp_path, "a.txt", text, encoding="euc_kr"))
    assert isinstance(article, Article)
    assert article.language == "ko" and article.title == "수도 박물관에서 보석 도난 사건"


@pytest.mark.parametrize(
    ("headline", "code"),
    [
        ("博物館で宝石の盗難事件", "ja"),
        ("首都博物馆发生珠宝盗窃案", "zh"),
        ("متحف العاصمة يتعرض لسرقة مجوهرات", "ar"),
    ],
)
def test_a_headline_in_a_script_without_case_is_the_title(
    tmp_path: Path, headline: str, code: str
) -> None:
    text = f"{headline}\n\n{SCRIPTS[code]}\n\n{SCRIPTS[code]}\n"
    article = read_file(write_article(tmp_path, "a.txt", text))
    assert isinstance(article, Article)
    assert article.language == code and article.title == headline
    assert article.provenance["title"] == "heuristic"


def test_a_long_chinese_sentence_is_no_headline(tmp_path: Path) -> None:
    """Sixty Han characters are some thirty words: a sentence, not a headline (it may still
    stand in as the fallback title, as a first sentence does in any language)."""
    sentence = (
        "昨晚首都一家博物馆发生盗窃案警方表示窃贼从窗户进入偷走珍贵珠宝后逃离现场"
        "目前仍在追捕之中有关部门已经加强了全市博物馆的安保措施"
    )
    article = read_file(write_article(tmp_path, "a.txt", f"{sentence}\n\n{SCRIPTS['zh']}\n"))
    assert isinstance(article, Article)
    assert article.provenance["title"] != "heuristic"


def _page(lang: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head><body>'
        f"<h1>Museum</h1><p>{body}</p><p>{body}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "body", "code"),
    [
        ("kr", SCRIPTS["ko"], "ko"),  # Kanuri's code on a Korean page
        ("en", SCRIPTS["el"], "el"),  # a template's default on a Greek page
        ("zh", SCRIPTS["ja"], "ja"),  # kana are Japanese
    ],
)
def test_text_in_a_script_only_one_language_writes_overrules_the_page(
    tmp_path: Path, lang: str, body: str, code: str
) -> None:
    article = read_file(write_article(tmp_path, "a.html", _page(lang, body)))
    assert isinstance(article, Article)
    assert article.language == code and article.provenance["language"] == "heuristic"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ko", SCRIPTS["ko"]),  # declared right
        ("fr", TEXTS["en"]),  # Latin script: the declaration stands, as for front matter
        ("ar", SCRIPTS["ar"] + " " + SCRIPTS["ar"]),
        ("fa", SCRIPTS["ar"]),  # Arabic script is also Persian's: no overruling
        ("en", TEXTS["en"] + " " + TEXTS["en"] + " 서울에서 만났다."),  # a Korean aside
    ],
)
def test_a_declaration_the_script_does_not_contradict_stands(
    tmp_path: Path, lang: str, body: str
) -> None:
    article = read_file(write_article(tmp_path, "a.html", _page(lang, body)))
    assert isinstance(article, Article)
    assert article.language == lang
