"""Language identification: the common-word vote where it is plain, the model otherwise."""

from __future__ import annotations

import pytest

from factcheck.language import FALLBACK, by_common_words, detect
from factcheck.lexicon import available_languages

ALL = available_languages()

PARAGRAPHS = {
    "en": "The ministry said on Monday that the new bridge over the river would open in May, "
    "and that the cost of the work had risen by a third since the tender was signed.",
    "id": "Kementerian mengatakan pada hari Senin bahwa jembatan baru di atas sungai itu akan "
    "dibuka pada bulan Mei, dan biaya pekerjaan telah naik sepertiga sejak kontrak diteken.",
    "fr": "Le ministère a indiqué lundi que le nouveau pont sur le fleuve ouvrirait en mai, et que "
    "le coût des travaux avait augmenté d'un tiers depuis la signature du contrat.",
    "de": "Das Ministerium teilte am Montag mit, dass die neue Brücke über den Fluss im Mai "
    "eröffnet werde und die Kosten der Arbeiten seit der Vergabe um ein Drittel gestiegen seien.",
    "es": "El ministerio dijo el lunes que el nuevo puente sobre el río se abrirá en mayo y que el "
    "costo de las obras ha subido un tercio desde que se firmó el contrato con la empresa.",
    "pt": "O ministério disse na segunda-feira que a nova ponte sobre o rio será aberta em maio e "
    "que o custo das obras subiu um terço desde que o contrato foi assinado pela empresa.",
    "nl": "Het ministerie zei maandag dat de nieuwe brug over de rivier in mei open gaat en dat de "
    "kosten van het werk met een derde zijn gestegen sinds het contract is getekend.",
    "it": "Il ministero ha detto lunedì che il nuovo ponte sul fiume sarà aperto a maggio e che il "
    "costo dei lavori è salito di un terzo da quando è stato firmato il contratto con la ditta.",
    "ru": "Министерство сообщило в понедельник, что новый мост через реку откроется в мае, а "
    "стоимость работ с момента подписания контракта выросла на треть.",
    "ja": "省は月曜日、川に架かる新しい橋が5月に開通すると発表した。工事費は契約以来3分の1増えた。",
    "zh": "该部周一表示，河上的新桥将于5月通车，自合同签署以来工程费用已上涨三分之一。",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_each_language_is_identified(code: str) -> None:
    assert detect(PARAGRAPHS[code]) == code


@pytest.mark.parametrize("code", ["en", "id", "fr", "de", "it", "nl"])
def test_latin_script_articles_need_no_model(code: str) -> None:
    article = "\n\n".join([PARAGRAPHS[code]] * 3)  # an article's length of common words
    assert by_common_words(article, ALL) == code


def test_cyrillic_articles_need_no_model() -> None:
    article = "\n\n".join([PARAGRAPHS["ru"]] * 3)
    assert by_common_words(article, ALL) == "ru"


@pytest.mark.parametrize(
    "text",
    [
        "Центробанк повысил ключевую ставку до 21%.",
        "Глава Toyota Акио Тоёда представил новую модель в Токио.",
        "Премьер-министр Японии Сигэру Исиба прибыл в Вашингтон 7 февраля.",
    ],
)
def test_short_russian_texts_are_identified(text: str) -> None:
    assert detect(text) == "ru"


@pytest.mark.parametrize("code", ["ja", "zh"])
def test_scripts_without_spaces_are_left_to_the_model(code: str) -> None:
    assert by_common_words(PARAGRAPHS[code], ALL) is None


def test_a_short_text_is_left_to_the_model() -> None:
    assert by_common_words("The bridge opens in May.", ALL) is None


def test_a_text_with_too_few_letters_falls_back() -> None:
    assert detect("2025 — 3,5 % / 12") == FALLBACK


def test_the_vote_is_limited_to_the_languages_given() -> None:
    assert by_common_words(PARAGRAPHS["fr"], ("en", "id")) is None
    assert detect(PARAGRAPHS["fr"], ("en", "fr")) == "fr"
    assert detect(PARAGRAPHS["fr"], ("de",)) == "de"  # one allowed: no question to ask
