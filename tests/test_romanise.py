"""One person, written in several scripts: names meet through their Latin reading."""

from __future__ import annotations

import pytest

from factcheck.compare import same_person
from factcheck.likeness import _heard_alike, _syllables_heard_alike
from factcheck.romanise import readings, romanise, same_name_word, skeleton

SAME = [
    # two Latin transcriptions of one Arabic name, English and Turkish, each article assimilated
    ("Tawfiq al-Rabiah", "Tevfik er-Rebia"),
    ("Tawfiq al-Rabiah", "Tawfiq ar-Rabiah"),
    ("Tawfiq al-Rabiah", "Тауфик ар-Рабиа"),
    ("Joe Biden", "J. Biden"),  # an initial begins as the given name does
    ("Sindh Murad Ali Shah", "Murad Ali Shah"),  # a place read into the name: the rest is his
    ("Luiz Inácio Lula da Silva", "ルラ"),  # a short name: the office already matched
    ("Lula", "ルラ"),
    ("Shigeru Ishiba", "石破茂"),  # kanji, read as Japanese
    ("Shigeru Ishiba", "石破"),
    ("Sam Altman", "サム・アルトマン"),  # katakana
    ("Shigeru Ishiba", "Сигэру Исиба"),  # Cyrillic, Polivanov's `си` for shi
    ("Ishiba", "Исиба"),
    ("Fumio Kishida", "Фумио Кисида"),
    ("Vladimir Putin", "Владимир Путин"),
    ("Wale Edun", "Уэйл Эдун"),  # Cyrillic у before a vowel is an English w
    ("William Ruto", "Уильям Руто"),
    ("Warren Buffett", "Уоррен Баффетт"),
    ("Shigeru Ishiba", "이시바 시게루"),  # Hangul, family name first
    ("Kyriakos Mitsotakis", "Κυριάκος Μητσοτάκης"),  # Greek
    ("Donald Trump", "ドナルド・トランプ"),  # n before p, r as l
    ("Donald Trump", "도널드 트럼프"),
    ("Sam Altman", "샘 올트먼"),  # another first vowel
    ("Yasushi Kaneko", "金子恭之"),  # a given name in kanji read another way (yasuyuki)
    ("Junichiro Koizumi", "小泉純一郎"),
    # Hangul writes Japanese k, t and fu as 가, 다 and 후: a stop voiced or not, h for f
    ("Kenichiro Ueno", "우에노 겐이치로"),
    ("Mariko Kitamura", "기타무라 마리코"),
    ("Kakuei Tanaka", "다나카 가쿠에이"),
    ("Fumio Kishida", "기시다 후미오"),
    # Chinese writes a Japanese name in simplified characters
    ("Kenichiro Ueno", "上野贤一郎"),
    ("Katsunobu Kato", "加藤胜信"),
    ("Kim Yoon-duk", "김윤덕"),  # Hangul as one word, g for k, eo for u
    ("Kim Yoon-duk", "Ким Юн Док"),  # syllables split elsewhere
    ("Kim Yoon-duk", "キム・ユンドク"),
    ("Jung Min-ho", "정민호"),
    ("Jung Min-ho", "Чон Мин Хо"),  # ch for j, х for h
    ("Jung Min-ho", "チョン・ミンホ"),
    ("高岡", "다카오카 마코토"),  # a family name alone; Hangul voices its first stop
    # A European name heard through another script; a lengthening h is silent, another not
    ("Matthias Ohlendorf", "마티아스 올렌도르프"),
    ("Matthias Ohlendorf", "マティアス・オーレンドルフ"),
    ("Matthias Ohlendorf", "Маттиас Олендорф"),
    ("Karin Lehmann", "カリン・レーマン"),
    ("Ahmad Shah", "アフマド・シャー"),
    # a Portuguese x sounds sh; Cyrillic й is an i glide
    ("Margarida Seixas", "Маргарида Сейшас"),
    ("Sandra Calado", "Сандра Каладу"),
    # Russian х for a foreign h, в for w: `Хендра` is Hendra, `Пурвагандхи` Purwagandhi
    ("Hendra Kusuma", "Хендра Кусума"),
    ("Dudy Purwagandhi", "Дуди Пурвагандхи"),
    ("Mikhail Mishustin", "Михаил Мишустин"),
    # a Spanish j is a rough h, and a first h is silent: `Рохас`, `ロハス`; `Эрнан`, `エルナン`
    ("Carmen Rojas Palomino", "Кармен Рохас"),
    ("Carmen Rojas Palomino", "カルメン・ロハス"),
    ("Hernán Valdivia Soto", "Эрнан Вальдивия"),
    ("Hernán Valdivia Soto", "エルナン・バルディビア"),
    # a Chinese name in characters, read in pinyin run together, in either order
    ("Lin Jiayi", "林嘉怡"),
    ("Jiayi Lin", "林嘉怡"),
    # a Korean name in Han characters, as Chinese news writes it, read as Korean says it
    ("Kang Min-jae", "姜敏宰"),
    ("강민재", "姜敏宰"),
    ("김윤덕", "金润德"),
    ("Kim Yoon-duk", "金潤德"),
    # German sch and z are Hangul ㅊ and pinyin c; a closing r is dropped (Marco is 마코)
    ("Olaf Scholz", "올라프 숄츠"),
    ("Olaf Scholz", "奥拉夫·朔尔茨"),
    ("Friedrich Merz", "프리드리히 메르츠"),
    ("Keir Starmer", "키어 스타머"),
    ("Keir Starmer", "斯塔默"),
    ("Marco Rubio", "마코 루비오"),
    ("Sébastien Lecornu", "勒科尔尼"),
    # a soft g heard as j, a French final d unsaid; transcription characters as sounds
    ("Annie Genevard", "安妮·热纳瓦尔"),
    ("Annie Genevard", "아니 즈네바르"),
    ("Volodymyr Zelensky", "泽连斯基"),
    ("Christine Lagarde", "拉加德"),
    ("Volodymyr Zelensky", "젤렌스키"),  # Hangul writes z with ㅈ (j)
    # a foreign name in Chinese characters: 尔 writes an r or l, 西 si, 韦 a v
    ("Alexandre Silveira", "亚历山大·西尔韦拉"),
    ("Silveira", "西尔韦拉"),
    # a Korean family name as Latin text spells it by custom, not as it is romanised
    ("Park Ji-hoon", "박지훈"),
    ("Lee Soo-min", "이수민"),
    ("Choi Min-ho", "최민호"),
    ("Chung Eui-sun", "정의선"),
    # long vowels, which Latin names leave unmarked (`satou`, `kouno`, `mutou`)
    ("Taro Sato", "佐藤太郎"),
    ("Taro Kono", "河野太郎"),
    # a given name read in pieces (`容治` as `you osamu`) begins as the Latin one does
    ("Yoji Muto", "武藤容治"),
    # the small tsu doubles the consonant after it; Hepburn writes a doubled ch `tch`
    ("Orazio Schillaci", "スキラッチ"),
    ("Franco Delvecchio", "デルベッキオ"),
    ("David Beckham", "ベッカム"),
    # a first j sounded y, as German and Scandinavian names have it (`Jens`, `延斯`)
    ("Jens Stoltenberg", "延斯·斯托尔滕贝格"),
    ("Jonas Gahr Støre", "约纳斯·加尔·斯特勒"),
    ("Jürgen Klopp", "ユルゲン・クロップ"),
    ("Jonas Gahr Støre", "요나스 가르 스퇴레"),
    # an ng before a vowel is two sounds, not the n of a closed syllable (`nigula`)
    ("Nicolai Tangen", "尼古拉·坦根"),
    ("Angela Merkel", "安格拉·默克尔"),
    # a final u Japanese gives the last consonant is no sound of the name (`seishasu`)
    ("Margarida Seixas", "セイシャス"),
    # a Slavic c closing a syllable is ts: katakana ツ, Hangul 츠, pinyin ci
    ("Helena Moravec", "モラヴェツ"),
    ("Helena Moravec", "모라베츠"),
    ("Helena Moravec", "莫拉韦茨"),
    # one name with its given name hyphenated or not
    ("Kim Jong Un", "Kim Jong-un"),
    ("Park Jin-ho", "박진호"),
    ("Park Jin-ho", "朴振浩"),
    # Vietnamese: the crossed d folds to d, and a D is heard z in Japanese (`ズイ`, Duy)
    ("Đỗ Đức Duy", "Do Duc Duy"),
    ("Do Duc Duy", "ドー・ドゥック・ズイ"),
    ("Nguyễn Văn Đức", "Nguyen Van Duc"),
]
DIFFERENT = [
    # Latin names that sound alike only in part (a predecessor as religious affairs minister)
    ("Nasaruddin Umar", "Yaqut Cholil Qoumas"),
    ("Tawfiq al-Rabiah", "Mohammed Bentin"),
    ("Tawfiq al-Rabiah", "Tarek al-Rubaie"),
    # one family name, written in full: the given names begin apart (a predecessor in office)
    ("Murad Ali Shah", "Qaim Ali Shah"),
    ("Donald Trump", "Melania Trump"),
    ("Paolo Bertini", "デルベッキオ"),  # a predecessor as chief executive
    ("Budi Karya Sumadi", "Дуди Пурвагандхи"),  # a predecessor in the same office
    ("Shigeru Ishiba", "Фумио Кисида"),
    ("Fumio Kishida", "石破茂"),
    ("Vladimir Putin", "Дмитрий Медведев"),
    ("Shigeru Ishiba", "기시다 후미오"),
    ("Sam Altman", "サム・スミス"),
    ("Donald Trump", "조 바이든"),
    ("Olaf Scholz", "프리드리히 메르츠"),  # a successor, heard through the same sounds
    ("Friedrich Merz", "朔尔茨"),
    ("Marco Rubio", "마크롱"),
    ("Helena Moravec", "モラレス"),  # the c heard as ts, not as any s
    ("Joe Biden", "도널드 트럼프"),
    ("Yuko Kishida", "岸田文雄"),  # one family, two people: the given names begin apart
    ("Junichiro Koizumi", "小泉進次郎"),
    ("Takamaro Fukuoka", "우에노 겐이치로"),  # a predecessor in the same office
    ("Takamaro Fukuoka", "上野贤一郎"),
    ("Mariko Kitamura", "기시다 후미오"),
    ("Park Sang-woo", "김윤덕"),
    ("Kim Yoon-duk", "김민석"),  # one family name, another man
    # a Korean given name romanised with a hyphen follows the family name: these differ in it
    ("Park Jin-ho", "Lee Jin-ho"),
    ("Lee Jae-myung", "Kim Jae-myung"),
    ("Jung Min-ho", "Чон Се Гюн"),
    ("高岡", "다나카 마코토"),
    ("Karin Lehmann", "カリン・レーナー"),
    ("Margarida Seixas", "Маргарида Сеймур"),
    ("Zhou Wenbo", "林嘉怡"),  # a predecessor in the same office
    ("Lin Jiawei", "林嘉怡"),  # one family name, another given name
    ("김윤덕", "金民石"),  # one family name, another man
    ("Kang Min-jae", "尹敏宰"),
    ("Óscar Huamán Villena", "Кармен Рохас"),  # a predecessor in the same office
    ("Adolfo Sachsida", "亚历山大·西尔韦拉"),  # a predecessor in the same office
    ("Alexandre Silveira", "西尔维娅·席尔瓦"),  # Silvia Silva: one sound, another person
    ("Lee Soo-min", "박지훈"),  # a predecessor in the same office
    ("Park Ji-won", "박지훈"),  # one family name, another given name
    ("Lee Jae-myung", "이재용"),
    ("Keiko Sato", "佐藤太郎"),  # one family name, another given name
    ("Luiz Inácio Lula da Silva", "ルセフ"),  # a predecessor in the same office
    # Sounds that meet once voicing is set aside, told apart by the names' customary spellings
    ("Vladimir Putin", "拜登"),
    ("Vladimir Putin", "バイデン"),
    ("Joe Biden", "푸틴"),
    ("Marco Rubio", "布林肯"),  # a predecessor in the same office
    ("Jerome Powell", "耶伦"),
    # two Norwegians whose given names share a skeleton once j is y (`yns`): it only ever
    # helps a given name begin alike, never tells who someone is
    ("Jonas Gahr Støre", "延斯·斯托尔滕贝格"),
    ("Jens Stoltenberg", "约纳斯·加尔·斯特勒"),
    ("Johann Wadephul", "约翰内斯·哈恩"),
    ("Đỗ Đức Duy", "Đỗ Đức Anh"),
]

# Names whose customary spelling in another script is not what its sounds lead to: read from
# base.toml [name_spellings].
CUSTOMARY = [
    ("Vladimir Putin", "普京"),
    ("Vladimir Putin", "弗拉基米尔·普京"),
    ("Vladimir Putin", "プーチン"),
    ("Jerome Powell", "パウエル"),
    ("Jerome Powell", "파월"),
    ("Jerome Powell", "鲍威尔"),
    ("François Bayrou", "贝鲁"),
    ("François Bayrou", "バイル"),
    ("François Bayrou", "프랑수아 바이루"),
    ("Ursula von der Leyen", "冯德莱恩"),
    ("Ursula von der Leyen", "폰데어라이엔"),
    ("Recep Tayyip Erdoğan", "埃尔多安"),
    ("Recep Tayyip Erdogan", "エルドアン"),
    ("Luiz Inácio Lula da Silva", "룰라"),
    ("Friedrich Merz", "默茨"),
    ("Xi Jinping", "시진핑"),
    ("Masayoshi Son", "孫正義"),
    ("Masayoshi Son", "손정의"),
    # pykakasi reads 亮正 `akira sei`; the minister is Ryosei
    ("Ryosei Akazawa", "赤沢亮正"),
    ("Ryosei Akazawa", "赤泽亮正"),
    ("Ryosei Akazawa", "아카자와 료세이"),
    # A Korean given name's ㅎ starts a syllable: `석훈` read `seoghun`, `ソクフン` `sokufun`
    ("Yoon Seok-hoon", "윤석훈"),
    ("Yoon Seok-hoon", "ユン・ソクフン"),
    ("Kim Sang-hoon", "キム・サンフン"),
]


@pytest.mark.parametrize(("latin", "other"), SAME)
def test_one_person_across_scripts(latin: str, other: str) -> None:
    assert same_person(latin, other)
    assert same_person(other, latin)


@pytest.mark.parametrize(("latin", "other"), CUSTOMARY)
def test_customary_spellings_meet_the_latin_name(latin: str, other: str) -> None:
    assert same_person(latin, other)
    assert same_person(other, latin)


def test_a_korean_name_in_han_meets_its_customary_latin_family_name() -> None:
    assert same_person("Lee Jae-myung", "李在明")  # 李 read 이, spelt Lee by custom
    assert not same_person("Lee Jae-myung", "李在镕")


@pytest.mark.parametrize(("latin", "other"), DIFFERENT)
def test_other_people_stay_apart(latin: str, other: str) -> None:
    assert not same_person(latin, other)
    assert not same_person(other, latin)


def test_a_korean_syllable_h_keeps_two_names_apart() -> None:
    assert same_person("윤석훈", "ユン・ソクフン")
    assert not same_person("윤석훈", "ユン・ソンニョル")
    assert not same_person("Kang Min-jae", "박진우")


def test_han_without_kana_is_read_as_japanese_and_as_chinese() -> None:
    japanese, chinese = readings("石破茂")
    assert japanese == "ishiba shigeru"
    assert chinese == "shipomao"
    assert readings("サム・アルトマン") == ("samu arutoman",)
    assert readings("Ishiba") == ("Ishiba",)


@pytest.mark.parametrize(
    ("word", "shape"),
    [("Altman", "altmn"), ("arutoman", "altmn"), ("Ishiba", "isb"), ("Исиба", "isb")],
)
def test_skeleton(word: str, shape: str) -> None:
    assert skeleton(word) == shape


@pytest.mark.parametrize(
    ("latin", "other"),
    [
        ("softbank", "ソフトバンク"),
        ("softbank", "소프트뱅크"),
        ("microsoft", "マイクロソフト"),
        ("microsoft", "마이크로소프트"),
        ("microsoft", "Майкрософт"),
        ("trump", "特朗普"),
    ],
)
def test_company_names_meet_through_the_sounds_of_another_script(latin: str, other: str) -> None:
    assert same_name_word(latin, other)


def test_latin_names_keep_the_strict_skeleton() -> None:
    # f/p, v/b and c/k are one only where a script without those sounds is involved.
    assert not same_name_word("faris", "paris")
    assert not same_name_word("victor", "biktor")


@pytest.mark.parametrize(
    ("katakana", "latin"),
    [
        ("ウィドド", "widodo"),
        ("プラボウォ", "purabowo"),
        ("ウェブ", "webu"),
        ("ウォルマート", "worumaato"),
    ],
)
def test_borrowed_w_syllables_are_read_as_w(katakana: str, latin: str) -> None:
    """Katakana writes a foreign `wi`, `we`, `wo` as ウ and a small vowel; pykakasi alone reads
    them as two vowels (`uidodo`), and Widodo or Prabowo then met no one."""
    assert romanise(katakana) == latin


@pytest.mark.parametrize(
    ("latin", "katakana"), [("Prabowo Subianto", "プラボウォ"), ("Joko Widodo", "ウィドド")]
)
def test_katakana_w_names_are_the_latin_holders(latin: str, katakana: str) -> None:
    assert same_person(latin, katakana)


@pytest.mark.parametrize(
    ("romanised", "latin"),
    [
        ("kuraudosutoraiku", "crowdstrike"),  # クラウドストライク, read by pykakasi
        ("maikurosofuto", "microsoft"),
        ("parametorikusu", "parametrix"),  # x is ks
        ("maikrosoft", "microsoft"),  # Майкрософт, transliterated
        ("sofutobanku", "softbank"),
    ],
)
def test_subject_names_meet_once_romanised(romanised: str, latin: str) -> None:
    # Subjects hold names already romanised, so the script they came from is gone: a long
    # loose skeleton still makes them one.
    assert _heard_alike(romanised, latin)


@pytest.mark.parametrize(
    ("a", "b"),
    [("windouzu", "windows"), ("faris", "paris"), ("toyota", "tokyo"), ("kraft", "craft")],
)
def test_short_skeletons_do_not_meet_by_sound(a: str, b: str) -> None:
    assert not _heard_alike(a, b)


@pytest.mark.parametrize(
    ("romanised", "latin", "shared"),
    [
        # ファン・クオック・ビン and 판 꾸옥 빈 are Phan Quoc Vinh: one-syllable words, each too
        # short to tell alone, heard alike three together.
        (
            {"fan", "kuokku", "bin", "maur"},
            {"phan", "quoc", "vinh", "urban"},
            {"fan", "kuokku", "bin"},
        ),
        ({"pan", "kkuok", "bin"}, {"phan", "quoc", "vinh"}, {"pan", "kkuok", "bin"}),
        # two short words alike are chance, not a name
        ({"fan", "bin", "tokyo"}, {"phan", "vinh", "hanoi"}, set()),
        # one word heard alike is not three (long ones meet by the other rules)
        ({"sofutobanku"}, {"softbank"}, set()),
    ],
)
def test_one_syllable_names_meet_across_scripts_three_words_together(
    romanised: set[str], latin: set[str], shared: set[str]
) -> None:
    assert _syllables_heard_alike(frozenset(romanised), frozenset(latin)) == shared
