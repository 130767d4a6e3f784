"""When two stated figures agree: precision, approximation and bounds."""

from __future__ import annotations

import pytest

from factcheck.clusters import value_groups
from factcheck.compare import agree
from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Claim, Document


def _figure(text: str, language: str) -> Claim:
    source = extract_source(Document(id="x", path="x", text=text), load(language), None, False)
    (claim,) = [c for c in source.claims if c.kind.value in {"money", "quantity", "percent"}]
    return claim


# (first sentence, its language, second sentence, its language, do they agree?)
CASES = [
    # `about` covers a figure that rounds to it ...
    ("Growth was about 5 percent.", "en", "Growth was 5.28 percent.", "en", True),
    ("Pertumbuhan sekitar 5 persen.", "id", "Growth was 5.28 percent.", "en", True),
    ("About 300 km of road were shut.", "en", "320 km of road were shut.", "en", True),
    ("Nearly 60,000 people fled.", "en", "57,360 people fled.", "en", True),
    ("Environ 1 300 invités sont venus.", "fr", "1,300 guests came.", "en", True),
    # ... but not another figure stated just as precisely.
    ("The city will cost about $33 billion.", "en", "The city will cost $32 billion.", "en", False),
    ("Sekitar 1.400 tamu hadir.", "id", "1,300 guests came.", "en", False),
    ("Khoảng 1.300 khách đã đến.", "vi", "1,300 guests came.", "en", True),
    ("Tăng trưởng khoảng 5 phần trăm.", "vi", "Growth was 5.28 percent.", "en", True),
    ("Khoảng 1.400 khách đã đến.", "vi", "1,300 guests came.", "en", False),
    ("Yaklaşık 1.300 misafir geldi.", "tr", "1,300 guests came.", "en", True),
    ("Büyüme yaklaşık yüzde 5 oldu.", "tr", "Growth was 5.28 percent.", "en", True),
    ("Yaklaşık 1.400 misafir geldi.", "tr", "1,300 guests came.", "en", False),
    ("About 1,300 guests came.", "en", "1,400 guests came.", "en", False),
    # and never by more than a tenth of itself, however round it is.
    ("About 100 guests came.", "en", "140 guests came.", "en", False),
    ("About 100 guests came.", "en", "105 guests came.", "en", True),
    # A fraction word is rounded to the nearest simple fraction: `nearly two-thirds` allows
    # what `about` allows any figure (a tenth of it), not one point; bare, it stays precise.
    ("Nearly two-thirds of the reefs bleached.", "en", "62% of the reefs bleached.", "en", True),
    ("Près des deux tiers des récifs ont blanchi.", "fr", "62 % des récifs.", "fr", True),
    ("Nearly two-thirds of the reefs bleached.", "en", "55% of the reefs bleached.", "en", False),
    ("Two-thirds of the reefs bleached.", "en", "62% of the reefs bleached.", "en", False),
    # exact figures agree only at the precision they are stated in
    ("The ship is 300 metres long.", "en", "The ship is 289 metres long.", "en", False),
    ("Revenue was $3.7 billion.", "en", "Revenue was $3.74 billion.", "en", True),
    ("Revenue was $3.7 billion.", "en", "Revenue was $3.76 billion.", "en", False),
    # neighbours only touch, even where float arithmetic makes 0.7 - 0.05 fall below 0.65
    ("Shares rose 0.6 percent.", "en", "Hisseler yüzde 0,7 yükseldi.", "tr", False),
    ("Shares rose 0.6%.", "en", "Shares rose 0.7%.", "en", False),
    ("Shares rose 0.6%.", "en", "Shares rose 0.65%.", "en", True),
    # bounds hold whatever lies on their side
    ("Fewer than 2,000 guests came.", "en", "1,300 guests came.", "en", True),
    ("More than 200 aftershocks shook the town.", "en", "218 aftershocks shook it.", "en", True),
    ("More than 200 aftershocks shook the town.", "en", "180 aftershocks shook it.", "en", False),
    ("At least 100 people died.", "en", "At most 150 people died.", "en", True),
    # but two bounds on one side of a running toll that state different figures disagree:
    # two sources giving different minimum tolls (an update, or a slip: 124 and 142)
    ("Le séisme a fait au moins 124 morts.", "fr", "At least 142 people were killed.", "en", False),
    ("At least 142 people were killed.", "en", "Le séisme a fait au moins 142 morts.", "fr", True),
    ("At least 30 people were injured.", "en", "More than 40 people were injured.", "en", False),
    ("At least 120 people died.", "en", "At least 120 people were killed.", "en", True),
    # other bounds are rough descriptions: two of them on one side stay compatible
    (
        "More than 200 aftershocks shook the town.",
        "en",
        "More than 250 aftershocks hit.",
        "en",
        True,
    ),
    ("Fewer than 2,000 guests came.", "en", "Fewer than 1,500 guests came.", "en", True),
    # a compound number is stated to its last part: 1천480 is 1,480 to the unit, not 1.5 thousand
    ("임상시험에는 환자 1천480명이 참여했다.", "ko", "1,840 patients took part.", "en", False),
    ("試験には1万2000人が参加した。", "ja", "12,400 people took part.", "en", False),
    ("임상시험에는 환자 1천840명이 참여했다.", "ko", "1,840 patients took part.", "en", True),
    ("总投资为1兆2000亿日元。", "zh", "The cost is ¥1.2 trillion.", "en", True),
    # two caps on a sum (a grant's, a loan's, a fine's ceiling) name the cap itself: a
    # scale-word slip in one of them is no compatible bound
    (
        "El Gobierno aportará una subvención de hasta 250 millones de yenes.",
        "es",
        "The state will grant a subsidy of up to 250 billion yen.",
        "en",
        False,
    ),
    ("国が最大2500億円を補助する。", "ja", "A subsidy of up to 250 billion yen.", "en", True),
    # while a cap still holds an exact sum below it
    ("A subsidy of up to 250 billion yen.", "en", "A subsidy of 200 billion yen.", "en", True),
    # Two floors on one count stay compatible as rough wording, unless their digits are
    # swapped: `more than 480,000` is never rounded to `oltre 840.000`.
    (
        "Mehr als 480.000 Beschäftigte streikten.",
        "de",
        "Oltre 840.000 lavoratori scioperarono.",
        "it",
        False,
    ),
    (
        "More than 480,000 workers went on strike.",
        "en",
        "More than 500,000 workers struck.",
        "en",
        True,
    ),
]


@pytest.mark.parametrize(("first", "lang_a", "second", "lang_b", "expected"), CASES)
def test_agreement(first: str, lang_a: str, second: str, lang_b: str, expected: bool) -> None:
    a, b = _figure(first, lang_a), _figure(second, lang_b)
    assert agree(a, b) is expected
    assert agree(b, a) is expected


def _role(text: str, language: str) -> Claim:
    source = extract_source(Document(id="x", path="x", text=text), load(language), None, False)
    (claim,) = [c for c in source.claims if c.kind.value == "role"]
    return claim


def test_a_latin_spelling_bridges_one_holder_in_two_scripts() -> None:
    """`ビエイラ` and `毛罗·维埃拉` hear Vieira differently; `Mauro Vieira` is both."""
    ja = _role("ブラジルのビエイラ外相が署名した。", "ja")
    zh = _role("巴西外长毛罗·维埃拉签署了文件。", "zh")
    latin = _role("O chanceler brasileiro, Mauro Vieira, assinou.", "pt")
    assert not agree(ja, zh)
    assert value_groups([ja, zh, latin], 0.0) == [[latin, ja, zh]]
    other = _role("A chanceler brasileira, Retno Marsudi, assinou.", "pt")
    assert len(value_groups([ja, zh, other], 0.0)) == 3  # no Latin spelling names them
