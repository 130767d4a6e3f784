"""Names in Latin letters, so that `石破茂` meets `Shigeru Ishiba`, `サム・アルトマン` meets
`Sam Altman` and `Исиба` meets `Ishiba`.

Japanese kana and kanji are read with pykakasi (it ships its dictionary; loaded only when such
text appears). Han characters without kana may be Chinese as well: they are also read in
pinyin. Every other script (Cyrillic, Hangul, Greek, Arabic, ...) is transliterated with
anyascii, which ships its tables and has no dependencies. Transliterations gain vowels
(`arutoman`) and lose the h of `sh` (`Исиба` is `isiba`), so names are compared by their
consonant skeleton: vowels and an h after a consonant dropped, r and l one letter. `altman` and
`arutoman` are both `altmn`; `ishiba` and `isiba` both `isb`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any

_KANA_OR_KANJI = re.compile(r"[\u3040-\u30ff\u3005\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_SOFT_H = re.compile(r"(?<=[^aeiouy])h")
_SYLLABLE_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DOUBLES = re.compile(r"(.)\1+")
MIN_SKELETON = 3
"""Shorter skeletons (`sm` for Sam) say too little to match names on their own."""


def has_kana_or_kanji(text: str) -> bool:
    return _KANA_OR_KANJI.search(text) is not None


@cache
def _kakasi() -> Any:
    import pykakasi  # its dictionary takes half a second to load: only for Japanese text

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def latin(text: str) -> bool:
    """Written in Latin letters only (accents allowed): nothing to transliterate."""
    return text.isascii() or all(not c.isalpha() or _is_latin(c) for c in text)


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def spelled(text: str) -> bool:
    """Written in letters that each stand for a sound (Latin, Cyrillic, Greek): a name so
    written romanises letter by letter, not by a reading that may miss it as kanji may."""
    return all(not c.isalpha() or _is_spelled(c) for c in text)


def _is_spelled(char: str) -> bool:
    return _is_latin(char) or unicodedata.name(char, "").startswith(("CYRILLIC", "GREEK"))


@cache
def romanise(text: str) -> str:
    """Japanese text in Hepburn romaji, other scripts transliterated, words separated by
    spaces; Latin text as it is."""
    if latin(text):
        return text
    if not has_kana_or_kanji(text):
        return _transliterated(text)
    words = (_hepburn(word) for word in text.replace("・", " ").split())
    return " ".join(w for w in words if w)


# Katakana spells borrowed w-syllables with a small vowel (ウィドド Widodo, プラボウォ Prabowo,
# ウェブ web), which pykakasi reads as two vowels (`uidodo`, `purabouo`).
_W_SYLLABLES = {"ウィ": "wi", "ウェ": "we", "ウォ": "wo"}
_BORROWED_W = re.compile("(ウ[ィェォ])")


def _hepburn(word: str) -> str:
    read = (
        _W_SYLLABLES.get(piece) or " ".join(i["hepburn"] for i in _kakasi().convert(piece))
        for piece in _BORROWED_W.split(word)
        if piece
    )
    # Hepburn writes a doubled ch as `tch` (`スキラッチ`, `sukiratchi`, Schillaci), which a
    # skeleton would read as a t: `cch` collapses to the ch it is.
    return "".join(read).strip().replace("tch", "cch")


_NAME_WORD_MARKS = re.compile(r"[\s·・･•]+")


@cache
def customary_spelling(text: str) -> str | None:
    """The Latin spelling custom gives a name written in another script, from the last of its
    words that base.toml lists (`弗拉基米尔·普京` → `Putin`); None when none is listed."""
    from factcheck.lexicon import shared

    table = shared().name_spellings
    known = [table[w] for w in _NAME_WORD_MARKS.split(text.strip()) if w in table]
    return known[-1] if known else None


@cache
def readings(text: str) -> tuple[str, ...]:
    """Every Latin reading of a name: Han characters without kana are read both as Japanese
    and as Chinese (`石破茂` is Ishiba Shigeru; `维多多` is Weiduoduo, Widodo); a name custom
    spells otherwise is read so too (`普京`, Putin)."""
    if latin(text):
        return (text,)
    spelled = customary_spelling(text)
    return (*_read(text), spelled) if spelled else _read(text)


def _read(text: str) -> tuple[str, ...]:
    read = _read_script(text)
    if not has_kana_or_kanji(text):
        return read
    short = (_short_vowels(r) for r in read)
    return tuple(dict.fromkeys((*read, *short)))


def _short_vowels(reading: str) -> str:
    """A Japanese reading with its long vowels as Latin names write them, unmarked: `satou
    tarou` is Taro Sato, `ryousei` Ryosei, `yuuko` Yuko (`inoue` keeps its ou: a vowel
    follows)."""
    return re.sub(r"ou(?![aeiou])", "o", re.sub(r"uu|oo", lambda m: m.group()[0], reading))


def _read_script(text: str) -> tuple[str, ...]:
    first = romanise(text)
    if has_kana_or_kanji(text) and not _KANA.search(text):
        # Chinese news writes a Japanese name in simplified characters (`上野贤一郎`): read
        # it also in the Japanese forms of them (`上野賢一郎`, Ueno Ken'ichirou).
        japanese = "".join(_kanji_forms().get(c, c) for c in text)
        korean = _korean_reading(text)
        found = (first, romanise(japanese)) if japanese != text else (first,)
        foreign = _foreign_reading(text)
        return (*found, _transliterated(text), *korean, *foreign)
    if _CYRILLIC.search(text):
        return (first, _heard_from_cyrillic(text))
    return (first, *_korean_latin_readings(text))


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _korean_latin_readings(text: str) -> tuple[str, ...]:
    """A Korean name in Hangul read with its family name as Latin text spells it by custom
    (`박지훈` is `parkjihun`, Park Ji-hoon): the transliteration `bag` meets no `Park`."""
    from factcheck.lexicon import shared

    name = text.strip()
    if not _HANGUL.match(name) or len(name.replace(" ", "")) not in KOREAN_NAME_LENGTHS:
        return ()
    given = _transliterated(name[1:])
    spellings = shared().korean_latin_surnames.get(name[0], ())
    return tuple((s + given).lower().replace(" ", "") for s in spellings)


KOREAN_NAME_LENGTHS = range(2, 5)
"""Characters of a Korean name in Han: a family name of one (rarely two) and a given name of
one or two."""


def _korean_reading(text: str) -> tuple[str, ...]:
    """A Korean name in Han characters read as Korean says it (`姜敏宰` is `gangminjae`):
    Chinese and Japanese news write Korean names so, and pinyin (`Jiang Minzai`) meets neither
    `강민재` nor `Kang Min-jae`; its family name also as custom spells it in Latin (`李在明`, Lee
    Jae-myung). Nothing unless every character has a reading."""
    from factcheck.lexicon import shared

    name = text.replace("·", "").replace(" ", "")
    if len(name) not in KOREAN_NAME_LENGTHS:
        return ()
    table = shared()
    family = table.korean_surnames.get(name[0])
    given = [table.korean_given.get(c) for c in name[1:]]
    if family is None or None in given:
        return ()
    hangul = family + "".join(g for g in given if g)
    return (_transliterated(hangul), *_korean_latin_readings(hangul))


def _foreign_reading(text: str) -> tuple[str, ...]:
    """A foreign name in Chinese characters read as the sounds they stand for (`西尔韦拉` is
    `sirvela`, Silveira): pinyin reads it `xierweila`, which meets no Latin spelling. Nothing
    when no character reads otherwise than in pinyin."""
    from factcheck.lexicon import shared

    sounds = shared().han_foreign_sounds
    if not any(c in sounds for c in text):
        return ()
    return (_transliterated("".join(sounds.get(c, c) for c in text)),)


@cache
def _kanji_forms() -> Mapping[str, str]:
    from factcheck.lexicon import shared  # romanise is imported by lexicon's users only

    return shared().kanji_forms


_SOKUON = str.maketrans("", "", "ッっ")
"""The small tsu doubles the consonant after it (`デルベッキオ`, Delvecchio; `ベッカム`,
Beckham), which a skeleton writes once; anyascii reads it as a t (`derubetkio`)."""


def _transliterated(text: str) -> str:
    from anyascii import anyascii  # tables load per script, on first use

    plain = anyascii(text.replace("·", " ").replace("・", " ").translate(_SOKUON))
    # Hangul and Han come out as capitalised syllables (`ZuoKe`): keep them one word.
    return " ".join(_SYLLABLE_CASE.sub("", w).replace("-", " ") for w in plain.split()).lower()


@cache
def skeleton(word: str) -> str:
    """`arutoman` → `altmn`, `Altman` → `altmn`, `sofutobanku` → `sftbnk`, `Исиба` → `isb`."""
    letters = _plain_letters(word).replace("r", "l")
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", _SOFT_H.sub("", letters)))


def _plain_letters(word: str) -> str:
    """A word's ASCII letters, read from its script first: transliterated before NFKD, which
    splits `バ` into `ハ` and a mark."""
    plain = word.casefold()
    return ascii_letters(plain if latin(plain) else _transliterated(plain))


@cache
def loose_skeleton(word: str) -> str:
    """The skeleton of a name heard through another script's sounds: Japanese, Korean and
    Chinese have no f, v or final m before p, and write `ng` for n; a first vowel may change
    (`올트먼` is `olteumeon`). `Microsoft`, `マイクロソフト` and `마이크로소프트` are all `mklspt`;
    `SoftBank`, `ソフトバンク` and `소프트뱅크` all `sptpnk`; `Trump` and `トランプ` both `tlnp`.
    Hangul and pinyin write unaspirated stops with b, d, g (`기타무라` is `gitamura`, Kitamura;
    `겐이치로` is `genichiro`, Kenichiro), so a stop is one letter voiced or not; Japanese fu is
    Korean 후 (`후미오`, Fumio), so h is p as f is."""
    # `ng` is read for n only where it closes a syllable: `nigula` (尼古拉, Nicolai) keeps its g.
    shape = _INNER_W.sub("", skeleton(_NG.sub("n", _plain_letters(word))))
    shape = _DOUBLES.sub(r"\1", shape.translate(_HEARD).replace("mp", "np"))
    return "a" + shape[1:] if shape[:1] in _VOWEL_LETTERS else shape


_HEARD = str.maketrans(
    {
        "c": "k",
        "q": "k",
        "g": "k",
        "f": "p",
        "h": "p",
        "v": "p",
        "b": "p",
        "d": "t",
        "z": "s",
        "x": "ks",
    }
)
_INNER_W = re.compile(r"(?<=.)w")
"""`crowd` is `クラウド`, `kuraudo`: a w after the first letter is a vowel's glide."""
_NG = re.compile(r"ng(?=[^aeiouy]|$)")
"""An `ng` closing a syllable (`teng`, `hong`): the n of Latin spellings."""
_VOWEL_LETTERS = frozenset("aeiouy")


def same_heard_word(a: str, b: str) -> bool:
    """Two words of a name, one of them transliterated, are one in the looser skeleton, or,
    when that is too short to tell, in the heard spelling that keeps the vowels."""
    if a == b or _same_loose_skeleton(a, b):
        return True
    shared = _heard_spellings(a) & _heard_spellings(b)
    return any(len(spelling) >= MIN_HEARD_SPELLING for spelling in shared)


def _heard_spellings(word: str) -> frozenset[str]:
    """A word's heard spelling, and the one it has if a Latin x sounds sh, as in Portuguese
    and Catalan (`Seixas` is `Сейшас`, `Xavier` is `Шавьер`)."""
    others = _x_as_sh(word) | _spanish_sounds(word)
    heard = {heard_spelling(word)} | {heard_spelling(w) for w in others}
    return frozenset(heard | {_EPENTHETIC_U.sub("", h) for h in heard})


_EPENTHETIC_U = re.compile(r"(?<=[^aeiou])u$")
"""Japanese ends a word's last consonant with a u of its own (`セイシャス`, `seishasu`, is
Seixas; `マーク` is Mark): a final u after a consonant may be no sound of the name."""


def _same_loose_skeleton(a: str, b: str) -> bool:
    """Equal loose skeletons, long enough to tell."""
    return any(len(shape) >= MIN_SKELETON for shape in loose_forms(a) & loose_forms(b))


@cache
def loose_forms(word: str) -> frozenset[str]:
    """A word's loose skeleton, and the one it has if a Latin h after a vowel is silent: it
    may be (`Ohlendorf` is `オーレンドルフ`, `올렌도르프`, `Олендорф`) or not (`Ahmad` is
    `アフマド`)."""
    forms = {loose_skeleton(word), loose_skeleton(_SILENT_H.sub("", word.casefold()))}
    if _CYRILLIC.search(word):
        forms.add(loose_skeleton(_heard_from_cyrillic(word)))
    others = _x_as_sh(word) | _spanish_sounds(word) | _as_sibilants(word.casefold())
    return frozenset(forms | {loose_skeleton(w) for w in others})


_HEARD_REWRITES = (
    (re.compile(r"t?sch|ch|tz|ts|c(?=[ei])"), "s"),  # affricates and sh-sounds as s
    (re.compile(r"(?<=[aeiou])r(?![aeiou])"), ""),  # an r closing a syllable, unsaid
    (re.compile(r"g(?=[ei])"), "j"),  # a soft g
    (re.compile(r"(?<=[a-z]{3})[dtsx]$"), ""),  # a French silent final letter
    (re.compile(r"z"), "j"),  # Hangul writes z with ㅈ, j (`Zelensky`, `젤렌스키`)
    # A Slavic or Hungarian c closing a syllable is ts (`Moravec`, `モラヴェツ`, `모라베츠`)
    (re.compile(r"c(?=$|[^aeiouyhk])"), "s"),
)


def _as_sibilants(word: str) -> set[str]:
    """The word as Chinese and Korean transcriptions hear it, each rewrite made or not: German
    `sch` and `z` (`Scholz`, `Merz`) are Hangul ㅊ (`숄츠`, `메르츠`, read `ch`) and pinyin c
    (`朔尔茨`); a closing r is dropped (`Marco`, `마코`; `Starmer`, `斯塔默`); a soft g is a j
    and a French final d unsaid (`Genevard`, `热纳瓦尔`, `즈네바르`); a z may be Hangul's j; a
    c closing a syllable may be the ts of Slavic names (`Dolenc`, `ドレンツ`)."""
    forms = {word}
    for pattern, sound in _HEARD_REWRITES:
        forms |= {pattern.sub(sound, form) for form in forms}
    return forms - {word}


def _x_as_sh(word: str) -> set[str]:
    """The word as heard if its Latin x sounds sh, as in Portuguese and Catalan (`Seixas` is
    `Сейшас`, `Xavier` is `Шавьер`); nothing if it has no x."""
    folded = word.casefold()
    return {folded.replace("x", "sh")} if "x" in folded and latin(word) else set()


def _spanish_sounds(word: str) -> set[str]:
    """The word as heard if it is Spanish: j sounds as a rough h (`Rojas` is `Рохас`,
    `ロハス`) and a first h is silent (`Hernán` is `Эрнан`, `エルナン`). Nothing for a word
    with neither letter, or not in Latin script."""
    folded = word.casefold()
    if not latin(word) or not ("j" in folded or folded.startswith("h")):
        return set()
    heard = folded.replace("j", "h")
    return {heard[1:] if folded.startswith("h") else heard}


def given_name_forms(word: str) -> frozenset[str]:
    """A word's loose forms, and the one it has if its first j sounds y: only a check of how
    a given name begins may take it, as `Jens` and `Jonas` (`ans`) would otherwise tell one
    Norwegian from another as little as their skeletons do."""
    heard = _j_as_y(word) | _d_as_z(word)
    return loose_forms(word) | {loose_skeleton(w) for w in heard}


def _j_as_y(word: str) -> set[str]:
    """The word as heard if its first j sounds y, as in German, Dutch, Scandinavian and
    Polish names (`Jens` is `延斯`, `Johan` `约翰`, `Jürgen` `ユルゲン`). Nothing for a word
    that starts otherwise, or not in Latin script."""
    folded = word.casefold()
    return {"y" + folded[1:]} if folded.startswith("j") and latin(word) else set()


def _d_as_z(word: str) -> set[str]:
    """The word as heard if its first d sounds z, as a Vietnamese D does (not Đ): Japanese
    writes `Duy` `ズイ` and `Dũng` `ズン`. Nothing for a word that starts otherwise, with Đ, or
    not in Latin script."""
    return {"z" + word[1:].casefold()} if word[:1] in "Dd" and latin(word) else set()


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _heard_from_cyrillic(word: str) -> str:
    """Russian writes a foreign h as х (`Хендра`, Hendra; `Пурвагандхи`, Purwagandhi) and a
    w as в (`Вашингтон`): read so, х is h, not the usual kh, and a в inside a word may be
    the glide a Latin w is (`Purwagandhi`, `purvagandkhi` letter for letter). An English w
    before a vowel is written у (`Уильям`, William; `Уэйн`, Wayne; `Уолтер`, Walter)."""
    plain = _transliterated(word.casefold()).replace("kh", "h")
    plain = _CYRILLIC_W.sub("w", plain)
    return plain[:1] + plain[1:].replace("v", "w")


_CYRILLIC_W = re.compile(r"^u(?=[aeio])")
"""A first у before a vowel (`уэ`, `уи`, `уо`, `уа`): Russian has no w, so it writes one so."""


_SILENT_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")
"""A German or Dutch lengthening h (`Ohlendorf`, `Lehmann`), before a consonant or at the end."""


MIN_HEARD_SPELLING = 5
"""Letters a heard spelling needs: Japanese names are mostly vowels, so `Takaoka` has the
skeleton `tk`, too short alone, but `takaoka` with its vowels is telling."""


@cache
def heard_spelling(word: str) -> str:
    """A word's letters with its vowels, blind to voicing and to f/h/p: Hangul writes a
    Japanese name's first stop voiced (`다카오카` is `dakaoka`, Takaoka)."""
    letters = _GLIDE_Y.sub("i", _plain_letters(word).replace("r", "l"))
    return _DOUBLES.sub(r"\1", letters.translate(_HEARD))


_GLIDE_Y = re.compile(r"(?<=[aeiou])y(?![aeiou])")
"""A y closing a vowel is an i glide: Cyrillic `й` comes out y (`Сейшас` is `seyshas`), Latin
writes i (`Seixas`)."""


_VOICING = str.maketrans({"j": "k"})
"""Beyond the loose skeleton's voicing (g, d, b): Korean j is a k to a Japanese ear."""
MIN_WHOLE_NAME = 4
"""Letters a whole-name skeleton needs before it says who someone is."""


def whole_name_skeleton(reading: str) -> str:
    """A name's sounds run together, blind to voicing: Korean names are romanised in several
    ways (`Kim`/`Gim`, `Jung`/`Jeong`/`Chung`, `duk`/`deog`), written as one Hangul word
    (`김윤덕`, read `gimyundeog`) or split at other places (`Ким Юн Док`, `Kim Yoon-duk`).
    Russian х is h in such names (`Хо` is `Ho`)."""
    joined = ascii_letters(reading).replace("kh", "h")
    return loose_skeleton(joined).translate(_VOICING) if joined else ""


def whole_name_forms(reading: str) -> frozenset[str]:
    """A name's whole skeleton, and the one it has if an h after a consonant starts a syllable
    of its own: a Korean given name's ㅎ (`석훈` read `seoghun`, `Seok-hoon`, `ソクフン` read
    `sokufun`) is no digraph's silent h. Not after s or c, whose sh and ch are digraphs."""
    joined = ascii_letters(reading)
    onset = _ONSET_H.sub("f", joined)
    forms = {whole_name_skeleton(reading)}
    if onset != joined:
        forms.add(loose_skeleton(onset).translate(_VOICING))
    return frozenset(forms)


_ONSET_H = re.compile(r"(?<=[bdgklmnpt])h")


def ascii_letters(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isascii() and c.isalpha()
    )


def same_name_word(a: str, b: str) -> bool:
    """Two words of a name are one when equal, or equal in skeleton and long enough; between
    scripts, in the looser skeleton that allows for the other script's sounds."""
    if a == b:
        return True
    if not (latin(a) and latin(b)):
        return same_heard_word(a, b)
    sa = skeleton(a)
    return len(sa) >= MIN_SKELETON and sa == skeleton(b)
