"""The number layer under the claims: which numbers a text holds, as table rows."""

from __future__ import annotations

import pytest

from factcheck.extract.number_words import find_word_numbers
from factcheck.extract.numbers import find_digit_numbers
from factcheck.lexicon import load
from factcheck.text import NormalText

CASES = [
    ("en", "COVID-19 and the F-35", []),  # a hyphen after a capital is no minus: codes, not amounts
    ("en", "the temperature fell to -5 overnight", [-5]),
    ("en", "the router sits at 192.168.1.2", [192, 168, 1, 2]),
    ("en", "seats 22,24,26 and 31", [22, 24, 26, 31]),
    ("en", "1,234,567 voters", [1234567]),
    ("en", "in 2019 300 people died", [2019, 300]),  # no grouping: two numbers, none lost
    ("fr", "en 2019 300 personnes", [2019, 300]),
    ("de", "1.234.567 Wähler", [1234567]),
    ("es", "1.234.567,89 euros", [1234567.89]),
    ("en", "a 10k run and a 10km run", [10000]),  # `10km` is a unit's (the claims read it)
    ("en", "the 180ml bottle, the .25ml dose, 5G and 3D", []),  # digits against letters
    ("en", "1m is no number, 10M is", [10000000]),  # a capital M is a million
    ("en", "1MM and 1.2b and 3bn", [1000000, 1200000000, 3000000000]),
    ("en", "a 10MW plant and a 10Mbps line", []),  # a scale must end the word
    ("en", "10 tln", [10000000000000]),
    ("en", "3 hundred, 3 dozens and three hundred and two dozens", [300, 36, 324]),
    ("en", "half a dozen and half a million", [6, 500000]),
    ("en", "two and a half million, one and a half", [2500000, 1.5]),
    ("en", "half million, a quarter million", [500000, 250000]),
    ("en", "the first half, half the people, the third quarter", []),  # alone, no figure
    ("fr", "trois et demi", [3.5]),
    ("de", "dreieinhalb Millionen", [3500000]),  # a half written into the number word
    ("nl", "drieënhalf miljoen", [3500000]),
    ("es", "media docena y 3 docenas", [6, 36]),
    ("fr", "une demi-douzaine et 3 douzaines", [6, 36]),
    ("fr", "50 cents", [50]),  # a currency, not fifty hundreds
    ("pt", "meia dúzia; uma dezena", [6, 10]),
    ("en", "minus 5 and negative 2.5", [-5, -2.5]),
    ("es", "menos cinco grados", [-5]),
    ("es", "al menos 5 muertos", [5]),  # a bound, not a sign
    ("fr", "au moins 18 morts", [18]),
    ("es", "más o menos 5 muertos", [5]),  # about, not minus
    ("it", "più o meno 5 persone", [5]),
    ("en", "minus 5°C, minus5", [-5]),  # a word against the digits makes a name
    ("ja", "マイナス8452", [-8452]),
    ("zh", "负1.1", [-1.1]),
    ("zh", "负债10亿", [1000000000]),  # 负 starts a word here
    ("en", "1 over 3", [1, 3, 1 / 3]),
    ("en", "a mass of 2.5E-3 kg and 1e10 ions", [0.0025, 1e10]),  # scientific notation
    ("pt", "1,5e3 amostras", [1500]),
    ("en", "the code 1e10x, serial a1e10 and 12e456", []),  # an exponent ends a word
    ("fr", "le 3e arrondissement", []),  # an ordinal, no exponent
    ("en", "3/4 of them, 24/7 and the 2024/25 season", [3, 4, 0.75, 24, 7, 2024, 25]),
    ("zh", "万万分之七", [7]),  # a percentage (7e-6 %), not a fraction
    ("en", "one over twenty-one", [21, 1 / 21]),  # a lone `one` is no figure, but a numerator
    ("en", "rose 2 over 12 months", [2, 12]),  # a span of time, not a sixth
    ("en", "up 5 over 2023", [5, 2023]),  # a year, not a ratio
    ("es", "uno sobre tres", [3, 1 / 3]),
    ("fr", "1 sur 3", [1, 3, 1 / 3]),
    ("it", "1 su 3", [1, 3, 1 / 3]),
    ("nl", "1 van de 3", [1, 3, 1 / 3]),
    ("en", "twenty fifths", [20, 4]),
    ("en", "the twenty fifth time", [20]),  # an ordinal: singulars are no denominators in English
    ("es", "tres quintos", [3, 0.6]),
    ("de", "zwei Drittel", [2, 2 / 3]),
    ("it", "duemiladuecentoventicinque quinti", [2225, 445]),  # a compound numerator
    ("zh", "三百五十 又 3分  之1", [350, 3, 1, 1 / 3, 350 + 1 / 3]),  # a mixed number, spaced
    ("zh", "3又一千分之23", [3, 23, 1000, 0.023, 3.023]),
    ("zh", "10万万", [1e9]),  # an older 亿
    ("zh", "2千零30万", [20300000, 300000]),  # a larger scale scales the parts before it
    ("zh", "7 万5 千4 百", [75400, 5400, 400]),  # text set with spaces
    ("zh", "1000  万", [10000000]),
    ("ja", "五十ダース", [600]),  # a dozen scales the whole number
    ("ja", "マイナス一と二分の一", [0.5, -1.5]),  # a mixed number, signed
    ("ja", "A社と3分の1", [3, 1, 1 / 3]),  # no whole number before と
    ("nl", "honderdenzes", [106]),
    ("nl", "tweeduizend vijfhonderdzevenenzeventig", [2000, 2577]),  # two words, one number
    ("nl", "tweeduizend en zestien", [2016]),
    ("nl", "zeshonderdenachtenzeventig", [678]),
    ("de", "zweitausend dreihundert", [2300]),
    ("en", "negative one over 20", [20, -0.05]),
    ("ja", "マイナス３分の27", [-3, 27, -9]),
    ("es", "cuarenta y dos coma cinco", [42.5]),
    ("en", "at one point two people left", [2]),  # English `point` is no decimal word
    ("es", "doscientos cincuenta y cinco mil trescientos millones", [255300000000]),
    ("es", "subió un tres por ciento", [3]),  # `ciento` in `por ciento` is no hundred
    ("fr", "trois millions et demi", [3500000]),
    ("fr", "quatre vingt dix neuf", [99]),
    ("zh", "二百五", [250]),
    ("zh", "一万二", [12000]),
    ("zh", "两千零五", [2005]),
    ("zh", "二百五十", [250]),
    ("zh", "十五", [15]),
    ("zh", "拾万零五十六", [100056]),
    ("zh", "二三十个", []),  # a vague count
    ("zh", "七十百分位", [70]),  # a larger multiplier with no digit of its own starts a word
    ("zh", "第七十百分位", []),  # 第 ranks the number, as before digits (`第70百分位`)
    ("zh", "第一剂", []),  # the first dose, not one dose
    ("zh", "四点五", [4.5]),
    ("zh", "三点五十分", [50]),  # a time of day: 50 minutes, never 3.5
    ("en", "the A380 and Q3 results", []),  # names, not amounts
    ("en", "release v1.2.3", []),
    ("pt", "a vacina VM-27 contra a malária", []),  # a product code after a hyphen
    ("id", "vaksin malaria VM-27 buatan perusahaan India", []),
    ("en", "two F-35 jets and the G-20 summit", [2]),
    ("en", "a plant due to open in mid-2027", [2027]),  # a year after a lower-case prefix stays
    ("en", "the 4th quarter, the 21st floor", []),  # ranks
    ("fr", "le 3e trimestre et le 1er étage", []),
    ("es", "el 4to piso", []),
    ("zh", "500余万", [5000000]),
    ("zh", "他买了三双鞋", [3]),  # a measure word makes a lone numeral a count
    ("zh", "四川省", []),  # ... and without one it is part of a word
    ("zh", "三分之一的居民", [1 / 3]),  # a third
    ("zh", "百分之五", [5]),  # a percentage, not a fraction
    ("zh", "1千零1", [1001, 1]),  # the zero holds a place (the last digits are found too)
    ("ja", "住民の3分の1", [3, 1, 1 / 3]),
    ("de", "zweihundertfünfundfünfzig", [255]),
    ("de", "eintausendeinhundertfünfzig", [1150]),
    ("de", "Hunderttausende und Einheiten", []),  # vague, and no number at all
    ("zh", "3万多", [30000]),
    ("zh", "一千多万，十 余 万，二十几万", [10000000, 100000, 200000]),
    ("zh", "負三十二", [-32]),
    ("zh", "几个人，多少人", []),
]


@pytest.mark.parametrize(("code", "text", "values"), CASES)
def test_numbers(code: str, text: str, values: list[float]) -> None:
    lex = load(code)
    normal = NormalText.of(text).text
    found = find_digit_numbers(normal, lex, frozenset()) + find_word_numbers(normal, lex)
    assert sorted(m.value for m in found) == pytest.approx(sorted(values))


def test_digits_too_long_for_a_float_do_not_crash() -> None:
    # Found by hypothesis: a 300-digit run after `0'0/` overflows to infinity, which no
    # fraction or year check may turn into an int.
    from factcheck.extract import extract_source
    from factcheck.records import Document

    text = "0,0,0'0/" + "1" * 320 + " "
    extract_source(Document("x", "x", text), load("de"), None, False)


def test_a_list_item_too_long_for_a_float_is_no_figure() -> None:
    # Found by hypothesis: a 400-digit first item of a list (`¢…63,0,0`) was read as `inf`.
    text = "¢" + "7" * 400 + ",0,0 "
    assert all(m.value < 1e100 for m in find_digit_numbers(text, load("de"), frozenset()))
