"""Lists of other stories, keyword lists, follow prompts, read counters and adverts are page
furniture (folded, never dropped); the story's own sentences that look like them stay body.

Shapes seen in saved news pages (a "Recent Posts" sidebar with relative stamps, a related-links
list run into a one-line page up to its copyright, a keywords label and a read counter, a
"subscribe to our channel" line, a product pitched in the second person), with text made up
here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.page_lists import is_list_label, mark_page_lists, split_related_tail
from briefing.corpus.page_prompts import is_advert, is_follow_prompt, is_read_counter
from briefing.corpus.paragraphs import RawParagraph
from briefing.model import Article, ParagraphKind

_STORY = [
    "Harbour crane collapses in Exampleport",
    "A crane at the container harbour of Exampleport fell onto a cargo ship on Tuesday "
    "morning, injuring three dock workers, the port authority said.",
    "Engineers were inspecting the remaining cranes, and the harbour stayed closed to "
    "shipping until the evening, a spokeswoman told reporters.",
]


def _read(tmp_path: Path, lines: list[str]) -> Article:
    article = read_file(write_article(tmp_path, "story.txt", "\n\n".join(lines) + "\n"))
    assert isinstance(article, Article)
    return article


def _kind(article: Article, text: str) -> ParagraphKind:
    (kind,) = {p.kind for p in article.paragraphs if p.text == text}
    return kind


def test_recent_posts_with_relative_stamps_are_furniture(tmp_path: Path) -> None:
    sidebar = [
        "Recent Posts",
        "Bakery opens a second shop in Otherville",
        "[Example Press, 1 May, Otherville] …",
        "4 hours ago",
        "Library extends its summer hours",
        "[Example Press, 1 May, Otherville] …",
        "5 hours ago",
        "Small earthquake shakes Thirdtown",
        "[Example Press, 1 May, Thirdtown] …",
        "10 hours ago",
    ]
    article = _read(tmp_path, _STORY + sidebar)
    for line in sidebar:
        assert _kind(article, line) in ("boilerplate", "meta"), line
    for line in _STORY[1:]:
        assert _kind(article, line) == "body"


def test_teaser_run_without_a_label(tmp_path: Path) -> None:
    teasers = [
        "Bakery opens a second shop in Otherville",
        "3 часа назад",
        "Library extends its summer hours",
        "il y a 5 heures",
        "Small earthquake shakes Thirdtown",
        "3小时前",
    ]
    article = _read(tmp_path, _STORY + teasers)
    assert all(_kind(article, line) != "body" for line in teasers)
    assert all(_kind(article, line) == "body" for line in _STORY[1:])


def test_a_story_sentence_with_a_relative_time_stays(tmp_path: Path) -> None:
    lines = [
        *_STORY,
        "The first crane had been inspected 2 hours ago, the port authority said.",
        "A second inspection was planned, it added, and results were expected by night.",
    ]
    article = _read(tmp_path, lines)
    assert all(_kind(article, line) == "body" for line in lines[1:])


@pytest.mark.parametrize(
    "label",
    [
        "Related",
        "Read also:",
        "Lire aussi",
        "Leer más",
        "Читайте также",
        "관련기사",
        "相关新闻",
        "関連記事",
        "اقرأ أيضا",
        "Top Articles in World",
        "À lire aussi sur Example",
    ],
)
def test_list_labels(label: str) -> None:
    assert is_list_label(label)


@pytest.mark.parametrize(
    "text",
    [
        "Related talks were held in Otherville on Monday.",
        "Read also the minister's letter, the opposition leader urged.",
        "Lire aussi le rapport",
    ],
)
def test_sentences_are_no_list_labels(text: str) -> None:
    assert not is_list_label(text)


def test_related_list_stops_at_the_story(tmp_path: Path) -> None:
    lines = [
        *_STORY[:2],
        "Read also",
        "Exampleport's new terminal opens next spring",
        "Dock workers' union calls for a safety review",
        _STORY[2],
    ]
    article = _read(tmp_path, lines)
    for line in lines[2:5]:
        assert _kind(article, line) == "boilerplate"
    assert _kind(article, _STORY[2]) == "body"


def test_a_story_quoting_read_also_stays(tmp_path: Path) -> None:
    lines = [
        *_STORY,
        '"Read also the safety report," the union leader told the crowd, holding it up.',
        "The report, published in March, warned that two cranes needed new cables.",
    ]
    article = _read(tmp_path, lines)
    assert all(_kind(article, line) == "body" for line in lines[1:])


def test_a_label_alone_mid_story_is_left() -> None:
    texts = ["Related", "The port reopened in the evening after the inspection."]
    kinds: list[ParagraphKind] = ["body", "body"]
    mark_page_lists(texts, kinds)
    assert kinds == ["body", "body"]


def test_a_label_at_the_end_is_furniture() -> None:
    texts = ["The port reopened in the evening after the inspection.", "Most read"]
    kinds: list[ParagraphKind] = ["body", "body"]
    mark_page_lists(texts, kinds)
    assert kinds == ["body", "boilerplate"]


def test_related_tail_run_into_a_one_line_page() -> None:
    head = (
        "크레인 붕괴 2031-03-04 13:06 홍길동 기자 예시항에서 크레인이 화물선 위로 쓰러졌다고 "
        "항만청이 밝혔다. 부상자는 세 명이다."
    )
    tail = (
        "관련기사 예시항 새 터미널 내년 봄 개장…항만청 발표 노조, 안전 점검 요구...집회 예고 "
        "홍길동 기자 hong@example.com ©예시신문. 무단전재·재배포 금지"
    )
    out = split_related_tail([RawParagraph(f"{head} {tail}", 0)])
    assert [(p.text, p.hint) for p in out] == [(head, None), (tail, "boilerplate")]


def test_a_related_word_without_the_page_footer_is_not_cut() -> None:
    text = (
        "The port authority said it was studying the collapse. Related inquiries are under way "
        "in two other harbours, and the union has asked for a review of every crane."
    )
    assert split_related_tail([RawParagraph(text, 0)]) == [RawParagraph(text, 0)]


def test_keywords_and_the_list_under_them(tmp_path: Path) -> None:
    lines = [*_STORY, "Ключевые слова:", "порт, кран, авария", "Tags: harbour, safety"]
    article = _read(tmp_path, lines)
    for line in lines[3:]:
        # Furniture either way: the labels are the taxonomy's "meta", the tags "boilerplate".
        assert _kind(article, line) in {"meta", "boilerplate"}
    assert _kind(article, "порт, кран, авария") == "boilerplate"


@pytest.mark.parametrize(
    "text",
    [
        "Больше новостей? Заходите на ленту в Телеграм!",
        "Добавляйте Example в свои источники Яндекс.Новости.",
        "Подпишитесь на наш Telegram-канал и узнавайте новости первыми!",
        "Підписуйтеcь на наш Telegram-канал",  # a Latin "c" typed into the word
        "Subscribe to our newsletter",
        "Ακολουθήστε στο Google News",
        ">>>訂閱Example YouTube 頻道",
    ],
)
def test_follow_prompts(text: str) -> None:
    assert is_follow_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telegram said it would comply with the court's order within a week.",
        "Follow the money, the prosecutor said of the Telegram channel's finances.",
        "Подписание соглашения транслировалось на канале Example.",
        'Users were asked to "subscribe to our channel" by the scammers, police said.',
        "Join the queue at the Telegram office, a sign read.",
    ],
)
def test_a_story_about_telegram_is_no_prompt(text: str) -> None:
    assert not is_follow_prompt(text)


@pytest.mark.parametrize(
    "text",
    ["Прочитано 1103 раза", "Read 1,103 times", "Views: 1103", "1 103 просмотра", "阅读 1103"],
)
def test_read_counters(text: str) -> None:
    assert is_read_counter(text)


@pytest.mark.parametrize(
    "text", ["1103", "Read the report", "The post was read 1,103 times before it was deleted."]
)
def test_no_read_counters(text: str) -> None:
    assert not is_read_counter(text)


def test_an_advert_in_the_middle_of_a_story(tmp_path: Path) -> None:
    ads = [
        "Cardly.example is a free platform for making digital business cards. You can easily "
        "create a card and share it with a QR code.",
        "The platform allows you to show contact details and links in one place. Optional "
        "features include bookings and custom designs.",
    ]
    article = _read(tmp_path, [*_STORY[:2], "", *ads, _STORY[2]])
    assert all(_kind(article, ad) == "boilerplate" for ad in ads)
    assert _kind(article, _STORY[2]) == "body"


def test_a_report_on_an_app_is_no_advert() -> None:
    assert not is_advert(
        "The company said its new app allows you to track ships, and you can easily create "
        "alerts for a harbour."
    )
    assert not is_advert("The app lets you book a crane inspection online, for a fee.")


def test_a_label_over_the_headline_leaves_the_headline() -> None:
    texts = ["Most read", _STORY[0], _STORY[1], _STORY[2]]
    kinds: list[ParagraphKind] = ["body"] * 4
    mark_page_lists(texts, kinds)
    assert kinds == ["body"] * 4
