"""Language identification: the common-word vote where it is plain, the model otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import FALLBACK, by_common_words, by_script, detect
from factcheck.lexicon import available_languages
from factcheck.pipeline import ScanOptions, run

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
    "vi": "Bộ cho biết hôm thứ Hai rằng cây cầu mới bắc qua sông sẽ được thông xe vào tháng Năm, "
    "và chi phí xây dựng đã tăng thêm một phần ba kể từ khi hợp đồng được ký kết với nhà thầu.",
    "tr": "Bakanlık Pazartesi günü yaptığı açıklamada, nehir üzerindeki yeni köprünün Mayıs ayında "
    "açılacağını ve sözleşmenin imzalanmasından bu yana maliyetin üçte bir arttığını bildirdi.",
    "ru": "Министерство сообщило в понедельник, что новый мост через реку откроется в мае, а "
    "стоимость работ с момента подписания контракта выросла на треть.",
    "ja": "省は月曜日、川に架かる新しい橋が5月に開通すると発表した。工事費は契約以来3分の1増えた。",
    "zh": "该部周一表示，河上的新桥将于5月通车，自合同签署以来工程费用已上涨三分之一。",
    "ko": "부처는 월요일 강 위의 새 다리가 5월에 개통될 것이라고 밝혔다. 공사비는 계약 이후 "
    "3분의 1 늘었다고 덧붙였다.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_each_language_is_identified(code: str) -> None:
    assert detect(PARAGRAPHS[code]) == code


@pytest.mark.parametrize("code", ["en", "id", "fr", "de", "it", "nl", "vi", "tr"])
def test_latin_script_articles_need_no_model(code: str) -> None:
    article = "\n\n".join([PARAGRAPHS[code]] * 3)  # an article's length of common words
    assert by_common_words(article, ALL) == code


def test_korean_articles_need_no_model() -> None:
    article = "\n\n".join([PARAGRAPHS["ko"]] * 3)  # spaced words, particles glued to them
    assert by_common_words(article, ALL) == "ko"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("정부는 3일 반도체 산업에 30억 달러를 투자한다고 밝혔다.", "ko"),
        ("이시바 시게루 일본 총리가 서울을 방문했다.", "ko"),
        ("石破茂首相は3日、ソウルを訪問した。", "ja"),
        ("日本首相石破茂3日访问了首尔。", "zh"),
    ],
)
def test_korean_is_told_from_japanese_and_chinese(text: str, code: str) -> None:
    assert detect(text) == code


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


# Languages without a data file: named as they are, never taken for the nearest one that has
# a lexicon. (Greek, Polish, Arabic and Thai have no lexicon; pick others if they get one.)
WITHOUT_LEXICON = {
    "el": "Το υπουργείο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα πάνω από τον ποταμό θα ανοίξει "
    "τον Μάιο και ότι το κόστος των έργων αυξήθηκε κατά ένα τρίτο.",
    "pl": "Ministerstwo poinformowało w poniedziałek, że nowy most na rzece zostanie otwarty w "
    "maju, a koszt prac wzrósł o jedną trzecią od podpisania umowy z wykonawcą.",
    "ar": "أعلنت الوزارة يوم الاثنين أن الجسر الجديد فوق النهر سيفتح في مايو وأن تكلفة الأعمال "
    "ارتفعت بمقدار الثلث منذ توقيع العقد مع الشركة المنفذة.",
    "th": "กระทรวงแถลงเมื่อวันจันทร์ว่าสะพานแห่งใหม่ข้ามแม่น้ำจะเปิดใช้ในเดือนพฤษภาคม "
    "และค่าก่อสร้างเพิ่มขึ้นหนึ่งในสามนับตั้งแต่ลงนามในสัญญา",
}


@pytest.mark.parametrize("code", sorted(WITHOUT_LEXICON))
def test_a_language_without_a_lexicon_is_named(code: str) -> None:
    assert code not in ALL
    assert detect(WITHOUT_LEXICON[code]) == code


def test_a_close_language_without_a_lexicon_does_not_take_one_with() -> None:
    # Malay is close to Indonesian; Indonesian text must stay Indonesian.
    assert detect(PARAGRAPHS["id"]) == "id"
    assert detect("Harga saham perusahaan itu naik 5 persen pada hari Senin.") == "id"


def test_a_document_without_a_lexicon_keeps_only_what_reads_alike(tmp_path: Path) -> None:
    (tmp_path / "pl.txt").write_text(
        "Ministerstwo poinformowało w poniedziałek, że nowy most kosztował USD 250 mln oraz "
        "$3,5 mld. Inflacja wyniosła 4,9% w styczniu, a most ma 1200 m długości.",
        encoding="utf-8",
    )
    (source,) = run([str(tmp_path)], ScanOptions()).sources
    assert source.language == "pl"
    assert [w.code for w in source.warnings] == ["no-lexicon"]
    # `USD 250 mln` is not $250: a figure running into an unknown word may be scaled by it.
    assert sorted(c.text for c in source.claims) == ["1200 m", "4,9%"]


# Short texts of one language among close or shared words: the new languages take nothing from
# the others and lose nothing to them.
SHORT = [
    ("vi", "Chính phủ Việt Nam dành 3 tỷ USD cho dự án đường sắt cao tốc Bắc - Nam."),
    ("vi", "Ít nhất 18 người thiệt mạng sau trận lũ quét ở tỉnh Lào Cai."),
    ("id", "Pemerintah menyiapkan dana Rp 1.500 triliun untuk pembangunan jalan tol di Jawa."),
    ("id", "Sedikitnya 18 orang tewas dalam kecelakaan bus di Subang, Jawa Barat."),
    ("tr", "Hükümet bu proje için yılda 3 milyar dolar harcayacak."),
    ("tr", "İstanbul'da en az 18 kişi depremde hayatını kaybetti."),
    ("de", "Die Regierung will in diesem Jahr 3 Milliarden Euro für das Projekt ausgeben."),
    ("en", "The government will spend $3 billion a year on the project, officials said."),
]


@pytest.mark.parametrize(("code", "text"), SHORT)
def test_short_texts_keep_their_language(code: str, text: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("code", ["ja", "zh", "ko"])
def test_scripts_that_tell_their_language_need_no_model(code: str) -> None:
    assert by_script(PARAGRAPHS[code], ALL) == code


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS["en"] + " The 東京 office said so.",  # a few Han letters in English
        PARAGRAPHS["de"],
        "该部周一表示，ソフト新桥将于5月通车。",  # Han with a few kana: left to the model
    ],
)
def test_a_few_letters_of_another_script_decide_nothing(text: str) -> None:
    assert by_script(text, ALL) is None


def test_kana_tells_japanese_even_where_han_dominates() -> None:
    text = "石破茂首相は3日、東京都内で記者会見し、経済対策の規模を示した。"
    assert by_script(text, ALL) == "ja"


def test_a_pooled_scan_warms_the_languages_its_sample_holds() -> None:
    from factcheck.pipeline import sampled_languages

    openings = [PARAGRAPHS["ja"], *("\n\n".join([PARAGRAPHS[c]] * 3) for c in ("fr", "en"))]
    assert sampled_languages(openings) == ("en", "fr", "ja")
    # One opening the tables cannot tell (too short): every language is warmed, as before.
    assert sampled_languages([*openings, "Bridge opens."]) is None
