"""Who holds which office: `Japanese Prime Minister Shigeru Ishiba`, `Sam Altman, kepala OpenAI`,
`le PDG d'OpenAI, Sam Altman`, `Perdana Menteri Jepang, Shigeru Ishiba`, `Manpower Minister X`.

An office word from the lexicon is the anchor; the body it belongs to is read from a country word
or a capitalised name next to it (before it in English, after it in French and Indonesian), and
the holder from the capitalised name after it, or before it when a comma sets the office off.
A plain `minister` takes its portfolio from the words next to it (`Minister of Manpower`,
`Menteri Ketenagakerjaan`, `ministre du Travail`): the office is then `labour minister`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from factcheck.extract.figure_echoes import folded_words
from factcheck.extract.found import Found
from factcheck.extract.names import Run, after_spaces, ends_in_a_place_case, name_at, name_ending
from factcheck.extract.portfolios import (
    joint_rest,
    past_joint_portfolios,
    portfolio,
    portfolios_after,
)
from factcheck.extract.regions import compass_region
from factcheck.lexicon import Lexicon, Phrases, alternation, fold, listed_pattern, shared
from factcheck.records import Kind, Role
from factcheck.romanise import latin


def find_roles(text: str, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for title in _titles(text, lex):
        role = lex.roles.get(title.group())
        if role is None or not _title_case_ok(title.group(), lex) or _after_clock(text, title):
            continue
        start, end = title.start(), title.end()
        country = None
        takes = shared().portfolio_offices.get(role)  # `minister` of what
        if takes is not None:
            office, needs = takes
            country = _country_between(text, lex, end)
            # `ministre fédéral de la Gestion des urgences`: a modifier may stand before it too
            named = portfolio(
                text, lex, start, country.end if country else _past_modifiers(text, lex, end)
            )
            if named is not None:
                role, start, end = f"{named[0]} {office}", named[1], named[2]
            elif needs and (role := _fallback(title.group(), lex)) is None:
                continue
        elif role.split()[-1] in shared().portfolio_offices:
            end = joint_rest(text, lex, end)  # `ministre de l'Énergie et des Ressources ...`
        end = _past_modifiers(text, lex, end)
        if _attributive(text, lex, end):
            continue
        if country is not None:  # only spaced scripts write a country inside the office
            found = _read_role(text, lex, role, start, end, bodied=True)
        else:
            reader = _read_role if lex.spaced else _read_role_unspaced
            found = reader(text, lex, role, start, end)
        if found is not None and country is not None:
            found = _with_body(found, _body_name(country, lex))
        if found is not None and _rank_after_office(title.group(), found, lex):
            continue
        if found is not None and not _held_by_a_body(found, lex):
            out.append(_with_implied_body(found, lex, title.group()))
    return out


def _ranks(lex: Lexicon) -> tuple[str, ...]:
    return lex.raw_list("role_ranks", "words")


def _is_rank(word: str, particles: tuple[str, ...], lex: Lexicon) -> bool:
    """`사장은`: a rank of `[role_ranks]`, bare or closed by a subject particle."""
    ranks = _ranks(lex)
    return word in ranks or any(word == r + p for r in ranks for p in particles)


def _rank_after_office(title: str, found: Found, lex: Lexicon) -> bool:
    """`モバイル事業部長のカン・ジフン社長`, `모바일사업부장인 강지훈 사장`: after an office, a
    link and a name, a corporate rank (`[role_ranks]`) is the holder's grade, not a second
    office; the office before the name is the one held."""
    value = found.value
    if title not in _ranks(lex) or not isinstance(value, Role):
        return False
    if value.of is not None and lex.roles.get(value.of) is not None:
        return True  # the "body" before の is itself an office
    first = value.holder.split(" ")[0]
    office = lex.roles.match_at(first, 0)
    links = lex.raw_list("role_ranks", "links")
    return office is not None and first[office.end() :] in links


def _fallback(title: str, lex: Lexicon) -> str | None:
    """`BNPBのスハルヤント長官`: an office word that needs a portfolio (`財務長官`, a finance
    secretary) may name another office without one ([role_fallbacks]): a `長官` with no
    portfolio heads an agency (`気象庁長官`, `BNPBの…長官`)."""
    found = lex.raw.get("role_fallbacks", {}).get(title)
    return found if isinstance(found, str) else None


class _Title(Protocol):
    def group(self) -> str: ...
    def start(self) -> int: ...
    def end(self) -> int: ...


@dataclass(frozen=True)
class _Joint:
    """An office whose word is shared with the next portfolio's (`Verkehrs- und
    Infrastrukturminister`): its own title (`Verkehrsminister`) over the whole compound."""

    title: str
    at: int
    until: int

    def group(self) -> str:
        return self.title

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.until


def _titles(text: str, lex: Lexicon) -> Iterator[_Title]:
    """Offices in `text`. Where names are spaced words but offices are matched inside words
    (Korean), a title of two words that begins inside a word is read from its second word:
    `독일 총리` (Germany's chancellor) holds `일 총리` (Japan's prime minister, shortened)."""
    for title in lex.roles.finditer(text):
        inside = title.start() > 0 and text[title.start() - 1].isalpha()
        if lex.spaced_names and inside and " " in title.group():
            shorter = lex.roles.match_at(text, title.start() + title.group().index(" ") + 1)
            if shorter is not None:
                yield shorter
            continue
        yield title
    yield from _joint_titles(text, lex)


def _joint_titles(text: str, lex: Lexicon) -> Iterator[_Joint]:
    """`Wirtschafts- und Klimaschutzminister X`: a joint ministry written as a compound whose
    first half leaves its head to the second (`[joint_titles]` joiners and heads); the first
    portfolio's office (`Wirtschaftsminister`) is the office, as in `Wirtschaftsminister X`."""
    pattern = _joint_pattern(lex)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        title = match.group(1) + match.group(2).lower()
        if lex.roles.get(title) is not None:
            yield _Joint(title, match.start(), match.end())


@lru_cache(maxsize=32)
def _joint_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    joiners, heads = (lex.raw_list("joint_titles", key) for key in ("joiners", "heads"))
    if not joiners or not heads:
        return None
    return re.compile(
        rf"(?<![\w-])([^\W\d_]+)-\s+(?:{alternation(joiners)})\s+[^\W\d_]+?"
        rf"({alternation(heads)})(?!\w)",
        re.IGNORECASE,
    )


def _held_by_a_body(found: Found, lex: Lexicon) -> bool:
    """`Komandan Penjaga Pantai Italia, Laksamana ...`, `the commander of the Italian Coast
    Guard, Admiral ...`: a country or a known body read as the holder is (the end of) the
    body's name; no one is named there."""
    value = found.value
    return isinstance(value, Role) and (
        lex.countries.get(value.holder) is not None or lex.bodies.get(value.holder) is not None
    )


_CLOCK_BEFORE = re.compile(r"(?<![\w.:,])\d{1,2}(?:[.:]\d\d)?[^\S\n]*$")
_CLOCK_REACH = 8


def _after_clock(text: str, title: _Title) -> bool:
    """`2:47 PM GMT`, `10 PM`: a title word right after a time of day is the time's half of
    the day (`PM`), never an office; `G7 President` (a letter before the digit) still is."""
    return (
        _CLOCK_BEFORE.search(text, max(0, title.start() - _CLOCK_REACH), title.start()) is not None
    )


def _past_modifiers(text: str, lex: Lexicon, end: int) -> int:
    """`il premier uscente Tomas Halvik`, `el presidente saliente`: a word after the office that
    says when or at which level it is held ([role_modifiers] after) stands between the office
    and its holder or its portfolio (`ministra federal de Gestión de Emergencias`)."""
    words = lex.raw_list("role_modifiers", "after")
    if not words:
        return end
    pos = after_spaces(text, end)
    for word in sorted(words, key=len, reverse=True):
        if fold(text[pos : pos + len(word)]) == fold(word):
            after = pos + len(word)
            if after == len(text) or not text[after].isalnum():
                return after
    return end


def _country_between(text: str, lex: Lexicon, end: int) -> Run | None:
    """`ministro giapponese dei Trasporti`, `ministro japonês dos Transportes`: a country's
    adjective between the office and its portfolio, when a portfolio follows it."""
    if not lex.spaced:
        return None
    pos = after_spaces(text, end)
    country = lex.countries.match_at(text, pos)
    if country is None or portfolios_after(text, lex, country.end()) is None:
        return None
    return Run(country.start(), country.end(), country.group())


def _with_body(found: Found, body: str) -> Found:
    value = found.value
    assert isinstance(value, Role)
    if value.of is not None:
        return found
    role = Role(value.role, body, value.holder)
    return Found(found.kind, found.start, found.end, role, found.qualifiers, found.focus)


def _attributive(text: str, lex: Lexicon, end: int) -> bool:
    """`财长会议`, `外相会合`, `장관 회의`: an office before a word for a meeting of such
    officers names no holder; nor does `chief` before another word of the post (`chief
    strategist`, `Chief Investment Officer`) ([role_guards] not_before, any case)."""
    at = after_spaces(text, end)
    return any(fold(text[at : at + size]) == word for size, word in _guard_words(lex))


@lru_cache(maxsize=32)
def _guard_words(lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """[role_guards] not_before, each with its length as written and folded once."""
    return tuple((len(w), fold(w)) for w in lex.raw_list("role_guards", "not_before"))


def _with_implied_body(found: Found, lex: Lexicon, title: str) -> Found:
    """`首相` alone is Japan's prime minister, `Bundeskanzler` Germany's chancellor (lexicon)."""
    value = found.value
    assert isinstance(value, Role)
    implied = lex.role_bodies.get(title)
    if value.of is not None or implied is None or _abroad(value.holder, implied, lex):
        return found
    return Found(
        found.kind,
        found.start,
        found.end,
        Role(value.role, implied, value.holder),
        found.qualifiers,
        found.focus,
    )


def _abroad(holder: str, body: str, lex: Lexicon) -> bool:
    """`マレク・トマン外相`: a home office ([names] home_bodies: Japan for `外相` alone) held by a
    name in the letters the language writes foreign names in ([names] foreign_letters) is
    another country's, so it is left without a body rather than given the home one."""
    letters = "".join(lex.raw_list("names", "foreign_letters"))
    if not letters or body not in lex.raw_list("names", "home_bodies"):
        return False
    return re.fullmatch(f"[{letters}]+", holder) is not None


# Scripts written without spaces: a name is a run of kanji or katakana (or Latin letters).
# A hyphen joins the parts of a transliterated compound name (`阿卜杜勒-阿齐兹·本·萨勒曼`).
_CJK_NAME = re.compile(
    r"[\u30a0-\u30ff\u3005\u3400-\u9fff·・A-Za-z]+(?:[-‐－][\u30a0-\u30ff\u3005\u3400-\u9fff·・]+)*"
)
_CJK_NAME_BEFORE = re.compile(r"[\u30a0-\u30ff\u3005\u3400-\u9fff·・A-Za-z]+$")
_MIN_CJK_NAME = 2
# A foreign full name in katakana: given name, a middle dot, family name (`マヤ・セティアワティ`).
_KATAKANA_FULL_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}・[\u30a1-\u30fa\u30fc]{2,}")
_KANA_NAME_THEN_PLACE = re.compile(r"([\u30a0-\u30ff]+・[\u30a0-\u30ff・]+)([\u3400-\u9fff]{2,4})")
# Closing title marks around a treaty's, a law's or a work's name (`《...》`, `「...」`).
_TITLE_MARKS_CLOSE = "》」』〉"
# A kanji family name with a given name in hiragana (`片山さつき`, `野田あかね`).
_KANJI_HIRAGANA_NAME_BEFORE = re.compile(r"[\u3005\u3400-\u9fff]{1,3}[\u3041-\u3096]{2,4}$")


def _read_role_unspaced(text: str, lex: Lexicon, role: str, start: int, end: int) -> Found | None:
    """`石破茂首相`, `ソフトバンクグループの孫正義社長` (name before the office, where the
    lexicon says so), or `日本首相石破茂` (name after it)."""
    if lex.spaced_names:
        return _read_role_words(text, lex, role, start, end)
    if lex.name_before_title:
        # `ドー・ドゥック・ズイ農業環境相`: a joint ministry's other portfolios glued before
        # the office are the office's, not the end of the name
        start = past_joint_portfolios(text, lex, start)
        before = _past_reading(text, start)
        match = _CJK_NAME_BEFORE.search(text, max(0, before - 24), before) or _hiragana_given(
            text, lex, start
        )
        # `セイシャス・デジタル移行相`: the dot between name and office is neither's
        name_end = match.start() + len(match.group().rstrip("·・")) if match else start
        holder = _strip_country(text[match.start() : name_end], lex) if match else None
        if match is None or holder is None or len(holder[1]) < _MIN_CJK_NAME:
            return _honoured_after(text, lex, role, start, end)
        if _is_organisation(holder[1], lex):
            return None  # `自民党総裁`: the party's president, no one named
        body = holder[0] or _body_before_particle(text, lex, match.start())
        if body is None and (place := _KANA_NAME_THEN_PLACE.fullmatch(holder[1])):
            # `オ・セジン東林警察庁長`: a foreign name in katakana, then its office's place in kanji
            body = Run(name_end - len(place.group(2)), name_end, place.group(2))
            name_end, holder = body.start, (None, place.group(1))
        span_start = match.start() if not body else min(match.start(), body.start)
        return _found(
            role,
            body,
            Run(name_end - len(holder[1]), name_end, holder[1]),
            (span_start, end),
            lex,
            (start, end),
        )
    after = _CJK_NAME.match(text, end)
    if after is None:
        return None
    name = _cut_at_stopword(after.group(), lex)
    if len(name) < _MIN_CJK_NAME:
        return None
    body = _country_ending(text, lex, past_joint_portfolios(text, lex, start))
    span_start = body.start if body else start
    gloss = _latin_gloss(text, end + len(name))
    person = gloss or Run(end, end + len(name), name)
    span_end = person.end + 1 if gloss else person.end  # with the closing bracket
    return _found(role, body, person, (span_start, span_end), lex, (start, end))


_KANA_RUN = "[\u30a1-\u30fa\u30fc・]{2,}"
_HAN_RUN = "[\u3005\u3400-\u9fff]{2,4}"
_READING_BEFORE = re.compile(
    rf"(?:(?<=[\u30a1-\u30fa\u30fc・])[（(]{_HAN_RUN}|(?<=[\u3005\u3400-\u9fff])[（(]{_KANA_RUN})[）)]$"
)
"""A name's other script in brackets right before its office: `カン・ミンジェ（姜敏在）保健福祉相`,
`尹錫悦（ユン・ソンニョル）大統領`. Only katakana against kanji: a body's short name in brackets
(`国家防災庁（防災庁）`) is in the script of the name it shortens."""


def _past_reading(text: str, start: int) -> int:
    """Where the name before an office ends, past its reading in brackets if it has one."""
    match = _READING_BEFORE.search(text, max(0, start - 16), start)
    return match.start() if match else start


def _hiragana_given(text: str, lex: Lexicon, start: int) -> re.Match[str] | None:
    """`片山さつき財務相`: a given name in hiragana after a kanji family name. Hiragana is also
    the script of particles (`会見では財務相`) and of verb endings (`率いる`, `出席した`), so a
    run holding a particle or ending as a verb does ([role_guards] particles, verb_endings)
    is no name."""
    match = _KANJI_HIRAGANA_NAME_BEFORE.search(text, max(0, start - 8), start)
    particles = lex.raw_list("role_guards", "particles")
    if match is None or not particles:
        return None
    given = re.sub(r"^[\u3005\u3400-\u9fff]+", "", match.group())
    verb = given.endswith(lex.raw_list("role_guards", "verb_endings"))
    return None if verb or any(p in given for p in particles) else match


def _honoured_after(text: str, lex: Lexicon, role: str, start: int, end: int) -> Found | None:
    """`大会ディレクターのレナーテ・フォルマー氏`: the office, a link (`の`) and a name closed by an
    honorific (`[role_honorifics] words`), where no name stands before the office. The
    honorific marks the run as a person's name, not the office's body or another noun.
    A foreign full name in katakana (`首席研究員マヤ・セティアワティ氏`) may follow the office
    with no link: a dotted katakana run glued to an office is its holder, and a body joined
    by a link before the office (`CTMNの`) is the office's."""
    link = lex.role_links.match_at(text, end)
    honorifics = lex.raw_list("role_honorifics", "words") + _ranks(lex)
    after = _CJK_NAME.match(text, link.end() if link else end) if honorifics else None
    if after is None or (link is None and not _KATAKANA_FULL_NAME.match(after.group())):
        return None
    body = None if link else _body_before_particle(text, lex, start)
    for honorific in honorifics:
        cut = after.group().find(honorific, _MIN_CJK_NAME)
        if cut != -1:
            name = after.group()[:cut]
            person = Run(after.start(), after.start() + cut, name)
            span_start = body.start if body else start
            return _found(role, body, person, (span_start, person.end), lex, (start, end))
    return None


_LATIN_GLOSS = re.compile(r"[（(](?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})[）)]")


def _latin_gloss(text: str, pos: int) -> Run | None:
    """`马库斯·莱特纳（Markus Leitner）`: a foreign name transliterated, then given in its own
    letters in brackets. The original is the name other languages write."""
    match = _LATIN_GLOSS.match(text, pos)
    return Run(match.start("name"), match.end("name"), match.group("name")) if match else None


_NAME_WORD_BEFORE = re.compile(r"[\uac00-\ud7a3\u3005\u3400-\u9fffA-Za-z·・-]+$")
_MAX_NAME_WORDS = 4


def _read_role_words(text: str, lex: Lexicon, role: str, start: int, end: int) -> Found | None:
    """`이시바 시게루 일본 총리`, `손정의 소프트뱅크그룹 회장`, `일본의 이시바 시게루 총리`: spaced
    words before the office, the nearest a body when it is a country, a known body or an
    organisation, then the holder's words, up to one that ends in a particle or is a
    function word (`정부는`, `이날`); a word ending in a link (`일본의`) before them is the body."""
    glued = _glued_place(text, start, end) or _glued_agency(text, lex, start, end)
    if glued is None and start > 0 and text[start - 1].isalnum():
        return None  # inside a word: `회의장` (a conference hall) holds no `의장`
    words, body = _words_and_acronym_before(text, (glued.start if glued else start) - 1)
    body = glued or body
    if body is None and words and _is_body(words[0].text, lex):
        body = words.pop(0)
    endings = lex.raw_list("name_endings", "words")
    closed = lex.raw_list("name_endings", "after_closed")
    holder: list[Run] = []
    for word in words:
        if fold(word.text) in lex.stopwords or _is_organisation(word.text, lex):
            if holder and body is None and _is_organisation(word.text, lex):
                body = word  # `삼성전자 이재용 회장`: the organisation before the name
                if _ministry(word.text, lex):
                    # `베트남 농업농촌개발부 레 민 호안 장관`: the ministry is the office's
                    # portfolio (portfolios.py); the country before it is the body
                    country = words[words.index(word) + 1 :][:1]
                    body = country[0] if country and lex.countries.get(country[0].text) else None
            break  # `이날`, `협회`, `일본 총리` (a body alone): no holder
        if holder and _ends_in_particle(word.text, endings, closed):
            if body is None and (link := lex.role_links.get(_link_end(word.text, lex))):
                body = Run(word.start, word.end - len(link), word.text[: -len(link)])
            break
        holder.insert(0, word)
    if len(holder) > 1 and _korean_name(holder[-1].text):
        # `아리셀 박진호 대표`: a Korean name is one word; the words before it name its body
        if body is None:
            body = Run(holder[0].start, holder[-2].end, text[holder[0].start : holder[-2].end])
        holder = holder[-1:]
    elif len(holder) > 1 and _korean_name(holder[0].text):
        # `윤재석 다온텔레콤 대표`, `조현준 효성 회장`: the name first, then its body's words
        if body is None:
            body = Run(holder[1].start, holder[-1].end, text[holder[1].start : holder[-1].end])
        holder = holder[:1]
    if not holder or holder[-1].end - holder[0].start < _MIN_CJK_NAME:
        return _holder_after_office(text, lex, role, body, (start, end))
    if len(holder) > 1 and _link_end(holder[-1].text, lex):
        return (
            None  # `아시아 시장의 대표 맥주`: words linked to the office are its body, not a name
        )
    name = Run(holder[0].start, holder[-1].end, text[holder[0].start : holder[-1].end])
    span_start = min(name.start, body.start) if body else name.start
    return _found(role, body, name, (span_start, end), lex, (start, end))


_GLUED_OFFICE = 4
"""Syllables of an office long enough to be read inside a word (`경찰청장`, not `의장`)."""
_GLUED_PLACE = re.compile(r"(?<![\w])[\uac00-\ud7a3]{1,4}$")


def _glued_place(text: str, start: int, end: int) -> Run | None:
    """`동림경찰청장`, `강남경찰서장`: a long office written onto the end of a word of one to
    four syllables names its place there, the office's body."""
    if end - start < _GLUED_OFFICE or " " in text[start:end]:
        return None
    head = _GLUED_PLACE.search(text, max(0, start - 5), start)
    return Run(head.start(), start, head.group()) if head else None


_GLUED_AGENCY = re.compile(r"(?<![\w])[\uac00-\ud7a3]{1,6}$")


def _glued_agency(text: str, lex: Lexicon, start: int, end: int) -> Run | None:
    """`기상청장`, `관광청장`: an agency's head written onto the agency's name (`기상청` +
    `장`); the agency is the body. `[glued_offices] heads` maps such an office to the part of
    it that names the head."""
    head = lex.raw.get("glued_offices", {}).get("heads", {}).get(text[start:end])
    if not isinstance(head, str) or not text.endswith(head, start, end):
        return None
    word = _GLUED_AGENCY.search(text, max(0, start - 7), start)
    if word is None:
        return None
    return Run(word.start(), end - len(head), text[word.start() : end - len(head)])


_KOREAN_NAME = re.compile(r"[\uac00-\ud7a3]{3}")


def _ministry(word: str, lex: Lexicon) -> bool:
    """A ministry's name (`해양수산부`): a portfolio ending in `[ministry_before_name] suffixes`."""
    suffixes = lex.raw_list("ministry_before_name", "suffixes")
    held = next(lex.portfolios.finditer(word), None) is not None
    return bool(suffixes) and word.endswith(suffixes) and held


def _korean_name(word: str) -> bool:
    """A Korean's name in Hangul: three syllables, a family name and two of given names
    (`박진호`); a foreign name's last word seldom is (`엘렌 마르삭`)."""
    surnames, given = _korean_syllables()
    return (
        _KOREAN_NAME.fullmatch(word) is not None
        and word[0] in surnames
        and all(c in given for c in word[1:])
    )


@lru_cache(maxsize=1)
def _korean_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """The Hangul syllables of Korean family names and of given names ([korean_name_readings])."""
    table = shared()
    return frozenset(table.korean_surnames.values()), frozenset(table.korean_given.values())


def _words_and_acronym_before(text: str, end: int) -> tuple[list[Run], Run | None]:
    """The words before `end`; when the nearest is a body with its acronym in brackets
    (`세계보건기구(WHO) 사무총장`), the acronym is the body and the words are those before it."""
    acronym = _acronym_before(text, end)
    if acronym is None:
        return _words_before(text, end), None
    word_start = text.rfind(" ", 0, acronym.start) + 1
    return (_words_before(text, word_start - 1) if word_start > 0 else []), acronym


_NAME_WORD_AFTER = re.compile(r" ([\uac00-\ud7a3]{2,})(?=[ ,.]|$)")
_MIN_WORDS_AFTER = 2


def _holder_after_office(
    text: str, lex: Lexicon, role: str, body: Run | None, title: tuple[int, int]
) -> Found | None:
    """`미국 국무장관 마코 루비오는`: a foreign name after its full title, its words (two or
    more, of two syllables or more) up to the one a subject particle ends
    (`[name_endings] after_office`); common words, an organisation or another office among
    them make it no name (`장관 회의는`)."""
    particles = lex.raw_list("name_endings", "after_office")
    words: list[re.Match[str]] = []
    pos = title[1]
    links = lex.raw_list("role_ranks", "links")
    copula = next(
        (c for c in sorted(links, key=len, reverse=True) if text.startswith(c, pos)), None
    )
    pos += len(copula or "")
    while (
        particles and len(words) < _MAX_NAME_WORDS and (match := _NAME_WORD_AFTER.match(text, pos))
    ):
        word = match.group(1)
        if fold(word) in lex.stopwords or _is_organisation(word, lex):
            return None
        if copula is not None and words and _is_rank(word, particles, lex):
            # `모바일사업부장인 강지훈 사장은`, `대표이사 정민호 사장은`: the office, `인` (who
            # is) or nothing, the name, the rank
            name = Run(
                words[0].start(1), words[-1].end(), text[words[0].start(1) : words[-1].end()]
            )
            return _found(
                role, body, name, (body.start if body else title[0], name.end), lex, title
            )
        if lex.roles.match_at(text, match.start(1)) is not None:
            return None  # `대표이사 정민호 사장은`: another office, whose holder comes first
        words.append(match)
        pos = match.end()
        particle = next((p for p in particles if word.endswith(p)), None)
        if particle is not None and len(words) >= _MIN_WORDS_AFTER:
            name_end = match.end() - len(particle)
            first = words[0].start(1)
            name = Run(first, name_end, text[first:name_end])
            span_start = body.start if body else title[0]
            return _found(role, body, name, (span_start, name_end), lex, title)
    return None


def _words_before(text: str, end: int) -> list[Run]:
    """Up to a few words that end at `end`, nearest first, one space apart."""
    words: list[Run] = []
    while len(words) <= _MAX_NAME_WORDS:
        match = _NAME_WORD_BEFORE.search(text, max(0, end - 30), end)
        if match is None or not _word_of_a_name(text, match):
            break
        words.append(Run(match.start(), match.end(), match.group()))
        if match.start() == 0 or text[match.start() - 1] != " ":
            break
        end = match.start() - 1
    return words


def _ends_in_particle(word: str, endings: tuple[str, ...], closed: tuple[str, ...]) -> bool:
    """Does `word` end in one of `endings`? One of `closed` (`이`, `은`) follows only a
    syllable with a final consonant (`박지성이`): after an open one (`사쿠라이`, `아라이`)
    it is the name's own last syllable."""
    for ending in endings:
        if not word.endswith(ending) or len(word) == len(ending):
            continue
        if ending in closed and _open_syllable(word[-len(ending) - 1]):
            continue
        return True
    return False


def _open_syllable(char: str) -> bool:
    """A Hangul syllable without a final consonant (`라`, not `성`)."""
    code = ord(char) - 0xAC00
    return 0 <= code <= 0xD7A3 - 0xAC00 and code % 28 == 0


def _word_of_a_name(text: str, match: re.Match[str]) -> bool:
    """`12일 — 프랑스 장관`: a dash is no word, and letters glued to digits are a number's
    unit (`일`, day), not a name."""
    glued = match.start() > 0 and text[match.start() - 1].isdigit()
    return not glued and any(c.isalpha() for c in match.group())


def _is_body(word: str, lex: Lexicon) -> bool:
    """Next to the office: an organisation, or a name in Latin letters (`오픈AI`)."""
    return _is_organisation(word, lex) or re.search(r"[A-Za-z]", word) is not None


def _is_organisation(word: str, lex: Lexicon) -> bool:
    """A country, a known body, a name with an organisation's ending (`소프트뱅크그룹`)."""
    return bool(
        lex.countries.get(word)
        or lex.bodies.get(word)
        or any(word.endswith(s) and word != s for s in lex.org_suffixes)
    )


def _link_end(word: str, lex: Lexicon) -> str:
    return next((w for w in lex.raw_list("role_links", "words") if word.endswith(w)), "")


def _strip_country(run: str, lex: Lexicon) -> tuple[Run | None, str] | None:
    """`米国トランプ` → the United States and `トランプ`."""
    country = lex.countries.match_at(run, 0)
    if country is not None and country.end() < len(run):
        return Run(0, country.end(), country.group()), run[country.end() :]
    return None, run


def _body_before_particle(text: str, lex: Lexicon, holder_start: int) -> Run | None:
    """`ソフトバンクグループの` before the holder: the body, joined by a link word (`の`); a
    level of government (`連邦政府の`, [role_modifiers] before) names none."""
    head = text[max(0, holder_start - 30) : holder_start]
    levels = lex.raw_list("role_modifiers", "before")
    for link in lex.role_links.finditer(head):
        if link.end() == len(head):
            match = _CJK_NAME_BEFORE.search(head, 0, link.start())
            if match is not None and match.group() not in levels:
                offset = holder_start - len(head)
                return Run(offset + match.start(), offset + match.end(), match.group())
    return None


def _country_ending(text: str, lex: Lexicon, end: int) -> Run | None:
    """A country or a known body right before an unspaced office (`日本首相`, and
    `纳斯达克首席执行官`, Nasdaq's chief executive), also when the body is a treaty or a law
    written in title marks (`《联合国气候变化框架公约》执行秘书`)."""
    end = len(text[:end].rstrip(_TITLE_MARKS_CLOSE))
    head = text[max(0, end - 12) : end]
    for table in (lex.countries, lex.bodies):
        for found in table.finditer(head):
            if found.end() == len(head):
                offset = end - len(head)
                return Run(offset + found.start(), offset + found.end(), found.group())
    return None


def _cut_at_stopword(run: str, lex: Lexicon) -> str:
    """`石破茂表示` → `石破茂`: a name ends where a function word begins; an office followed at
    once by a word of two or more of them (`印尼总统结束访问`, `总统举行会谈`) has no name."""
    cut = len(run)
    for word in lex.stopwords:
        if len(word) >= _MIN_CJK_NAME and run.startswith(word):
            return ""
        at = run.find(word, _MIN_CJK_NAME)
        if at != -1:
            cut = min(cut, at)
    return run[:cut]


def _title_case_ok(title: str, lex: Lexicon) -> bool:
    """Offices the data writes in capitals must be written so: `CEO`, not `ceo`; `PM`, not `pm`."""
    return lex.roles.written_as_listed(title)


def _read_role(
    text: str, lex: Lexicon, role: str, start: int, end: int, *, bodied: bool = False
) -> Found | None:
    """The holder and body of the office at `start:end`; `bodied` when the office already
    names its country (`ministre turc des Affaires étrangères`)."""
    left_of = _body_before(text, lex, start)
    right_of, after_of = _body_after(text, lex, end)
    earlier = _holder_before(text, lex, start)
    if earlier is not None and (named := _acronym_closing(text, end)) is not None:
        # `X, head of the city's Management Authority for Urban Railways (MAUR)`
        return _found(role, named[0], earlier, (earlier.start, named[1]), lex, (start, end))
    if earlier is not None and right_of is not None:
        right_of, after_of = _country_opening_a_body(text, lex, right_of, after_of)
    if earlier is not None and right_of is None:
        # `Sam Altman, kepala OpenAI`: the name came first, so what follows is the body.
        right_of = name_at(text, lex, after_spaces(text, end))
        after_of = right_of.end if right_of else end
        span = (earlier.start, max(earlier.end, after_of))
        return _found(role, right_of or left_of, earlier, span, lex, (start, end))
    acronym = _acronym_after(text, after_of) if right_of is not None else None
    if acronym is not None:
        # `the head of the National Disaster Management Agency (BNPB), X`: the acronym names
        # the body alike in every language (`Badan Nasional ... (BNPB)`, `l'Agence ... (BNPB)`)
        right_of, after_of = acronym
    elif right_of is None and (own := _acronym_after(text, after_of)) is not None:
        # `Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia`: the office's own
        # short form stands between it and the holder
        after_of = own[1]
    if right_of is not None:
        after_of = _past_remit(text, lex, after_of)
    # `Giám đốc pháp chế của Hanbyeol, ông Park Ji-hoon`: a courtesy word may open the holder
    holder = name_at(text, lex, _past_honorific(text, lex, _skip(text, after_of, ", ")))
    if (
        holder is not None
        and right_of is None
        and left_of is None
        and not text.startswith(", ", holder.end)  # `CEO SoftBank Group, Masayoshi Son`
    ):
        # `Presiden ECB Christine Lagarde`, `директор OpenAI Сэм Альтман`
        right_of, holder = _split_at_suffix(text, lex, holder)
        if right_of is None:
            right_of, holder = _split_acronym(holder, lex)
        if right_of is None:
            right_of, holder = _split_script(holder)
        if right_of is None:
            right_of, holder = _split_known_body(text, lex, holder)
        if right_of is None:
            right_of, holder = _split_region(holder)
        if right_of is None:
            right_of, holder = _split_korean_name(holder)
    if holder is not None and right_of is None and left_of is None:
        # `Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto`: the run was the
        # body, named by its acronym, and the holder follows
        named = _acronym_after(text, holder.end) or _described_acronym(text, lex, holder)
        second = name_at(text, lex, _skip(text, named[1], ", ")) if named else None
        if named is not None and second is not None:
            right_of, holder = named[0], second
    if holder is not None and right_of is None and left_of is None and lex.spaced:
        # `Topman Kang Min-jae van Hanul`: the name stopped before a particle that links it to
        # a body (names.py); other links after a name (`at the White House`) name a place
        linked = lex.role_links.match_at(text, after_spaces(text, holder.end))
        particle = linked is not None and fold(linked.group()) in lex.name_particles
        if particle and (body_after := _body_after(text, lex, holder.end))[0]:
            right_of, after_of = body_after
    of = right_of or left_of
    span_start = left_of.start if left_of else start
    if holder is not None and right_of is None and text.startswith(", ", holder.end):
        # `CEO SoftBank Group, Masayoshi Son`: the first run was the body, the second the holder.
        second = name_at(text, lex, _past_honorific(text, lex, holder.end + 2))
        # Not when the office names its country: `le ministre turc des Affaires étrangères
        # Hakan Fidan, Moscou a libéré`, where the second run opens the next clause.
        bodied_run = left_of is not None or bodied
        # Nor when the second run is a country or its people: `Prime Minister Shigeru Ishiba,
        # Japanese officials said` names no holder `Japanese`.
        opens_clause = second is not None and lex.countries.get(second.text) is not None
        if (
            second is not None
            and not bodied_run
            and not opens_clause
            and not ends_in_a_place_case(text, second, lex)
        ):
            of, holder = holder, second
    if holder is not None and text.startswith(", ", holder.end):
        of, holder = _body_ending_in_acronym(text, lex, of, holder)
    if holder is None and right_of is not None and lex.spaced:
        # `l'amministratore delegato di Maasoever Hans Kooistra`: the run after the link held
        # the body and its holder, told apart where the text writes the body alone
        body, rest = _split_known_body(text, lex, right_of, shortest=1)
        if body is None:
            body, rest = _split_korean_name(right_of)
        if body is not None:
            of, holder, after_of = body, rest, max(after_of, rest.end)
    if holder is None and of is not None:
        holder = _holder_after_verb(text, lex, after_of)
    if holder is None:
        holder = _holder_before(text, lex, span_start)
        if holder is None:
            return None
        span_start = holder.start
    return _found(role, of, holder, (span_start, max(holder.end, after_of)), lex, (start, end))


_LAST_ACRONYM = re.compile(r"(?<= )[A-Z]{2,8}\Z")


def _body_ending_in_acronym(
    text: str, lex: Lexicon, of: Run | None, run: Run
) -> tuple[Run | None, Run]:
    """`Leiter der indonesischen Vulkanologiebehörde PVMBG, Wahyu Setiadi`: a run that ends in
    an acronym is a body (no name ends in one), and the name after the comma holds the office.
    The acronym names the body alike in every language."""
    acronym = _LAST_ACRONYM.search(run.text)
    if acronym is None:
        return of, run
    second = name_at(text, lex, _past_honorific(text, lex, run.end + 2))
    if second is None:
        return of, run
    start = run.start + acronym.start()
    return Run(start, run.end, acronym.group()), second


def _country_opening_a_body(text: str, lex: Lexicon, body: Run, end: int) -> tuple[Run, int]:
    """`X, president of the Brazilian Coffee Exporters Council`: with the holder named before
    the office, a country word followed at once by a name opens the body's name; the body is
    the whole run, not the country (and its name is no holder). A country's possessive before
    a name (`director general of Ivory Coast's Coffee and Cocoa Council`, `head of Germany's
    Siemens`) only says whose the body is: the body is the name after it."""
    if lex.countries.get(body.text) is None or end != body.end:
        return body, end
    owner = _POSSESSIVE.match(text, end)
    if owner is not None:
        # a known body's name may hold a lower-case link (`Coffee and Cocoa Council`)
        known = lex.bodies.match_at(text, owner.end())
        own = Run(known.start(), known.end(), known.group()) if known else None
        own = own or name_at(text, lex, owner.end())
        if own is not None and own.start == owner.end():
            return own, own.end
    rest = name_at(text, lex, after_spaces(text, end))
    if rest is None or rest.start != end + 1:
        return body, end
    return Run(body.start, rest.end, text[body.start : rest.end]), rest.end


_POSSESSIVE = re.compile(r"['’]s ")


_REMIT_WORDS = 5
"""Words a remit after a body may run to (`pour l'Europe du Sud`)."""


@lru_cache(maxsize=32)
def _remit_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    word = r"[^\W\d_][\w'’-]*"
    remit = rf" (?:{{words}}) {word}(?: {word}){{0,{_REMIT_WORDS - 1}}}(?=, )"
    return listed_pattern(lex, "role_remits", "words", remit, flags=0)


def _past_remit(text: str, lex: Lexicon, pos: int) -> int:
    """`la portavoce dell'UNHCR per il Sud Europa, Chiara Montaldi`: a remit after the body
    ([role_remits]) runs to the comma that sets off the holder, who is read after it; a remit
    that no name follows is left alone. Else `pos`."""
    pattern = _remit_pattern(lex)
    remit = pattern.match(text, pos) if pattern is not None else None
    if remit is None or name_at(text, lex, remit.end() + 2) is None:
        return _past_place_remit(text, lex, pos)
    return remit.end()


def _past_place_remit(text: str, lex: Lexicon, pos: int) -> int:
    """`Direktur Regional WHO untuk Eropa Hans Kluge`: with no comma, a remit that is one
    place the country table knows ends where the place does, and a name must follow it."""
    links = lex.raw_list("role_remits", "words")
    link = re.compile(rf" (?:{alternation(links)}) ").match(text, pos) if links else None
    place = lex.countries.match_at(text, link.end()) if link is not None else None
    if place is None or name_at(text, lex, after_spaces(text, place.end())) is None:
        return pos
    return place.end()


_ACRONYM_AFTER = re.compile(r" ?[(（]([A-Z][A-Za-z]{1,7})[)）]")


def _acronym_after(text: str, pos: int) -> tuple[Run, int] | None:
    """A body's acronym in brackets right after it (`(BNPB)`), and where the brackets end."""
    found = _ACRONYM_AFTER.match(text, pos)
    if found is None:
        return None
    return Run(found.start(1), found.end(1), found.group(1)), found.end()


_DESCRIBED = re.compile(r"[^\W\d_][\w'’-]*(?: +[^\W\d_][\w'’-]*){0,9}(?= ?[(（])")


def _described_body(text: str, lex: Lexicon, pos: int) -> tuple[Run, int] | None:
    """`il capo dell'agenzia nazionale per la gestione dei disastri (BNPB), Suharyanto`: a
    body described in lower-case words, as Italian and Spanish write agencies, and named by
    the acronym in brackets after them; taken only when the holder's name follows the comma."""
    words = _DESCRIBED.match(text, pos)
    named = _acronym_after(text, words.end()) if words is not None else None
    if named is None or not text.startswith(", ", named[1]):
        return None
    return named if name_at(text, lex, named[1] + 2) is not None else None


_CLOSING = re.compile(
    r" (?:[^\W\d_][\w'’-]* +){0,14}?[^\W\d_][\w'’-]*(?= ?[(（][A-Z][A-Za-z]{1,7}[)）])"
)
"""Words of a body described after its office, up to the acronym in brackets that names it."""


def _acronym_closing(text: str, pos: int) -> tuple[Run, int] | None:
    """`Phan Quoc Vinh, head of the city's Management Authority for Urban Railways (MAUR)`,
    `X, directeur de l'Autorité de gestion ... de la ville (MAUR)`: with the holder named
    before the office, a body described in any case and closed by its acronym in brackets is
    that acronym, named alike in every language. The words stop at a comma or a stop."""
    words = _CLOSING.match(text, pos)
    named = _acronym_after(text, words.end()) if words is not None else None
    return named


def _past_honorific(text: str, lex: Lexicon, pos: int) -> int:
    """Past a courtesy word before a name (`[names] honorifics`): in `Tổng giám đốc Kazeno
    Motors, ông Takashi Onodera` the holder after the body's comma starts after `ông`."""
    for word in lex.raw_list("names", "honorifics"):
        end = pos + len(word)
        if fold(text[pos:end]) == fold(word) and text.startswith(" ", end):
            return after_spaces(text, end)
    return pos


def _holder_after_verb(text: str, lex: Lexicon, pos: int) -> Run | None:
    """`An der Spitze von Siemens steht Roland Busch`: a verb from the lexicon's
    `[role_verbs]` between the office with its body and the holder, as German word order has
    it when the sentence opens with the office. A country there is no holder."""
    verbs = lex.raw_list("role_verbs", "words")
    if not verbs:
        return None
    verb = _role_verb_pattern(verbs).match(text, pos)
    if verb is None:
        return None
    holder = name_at(text, lex, verb.end())
    if holder is None or lex.countries.get(holder.text) or lex.bodies.get(holder.text):
        return None
    return holder


@lru_cache(maxsize=32)
def _role_verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    body = alternation(verbs)
    return re.compile(rf" +(?:{body}) +", re.IGNORECASE)


def _split_acronym(run: Run, lex: Lexicon) -> tuple[Run | None, Run]:
    """A run that starts with an acronym or a word with inner capitals (`OpenAI`, `SoftBank`)
    and goes on with a name is a body and its holder: `CEO OpenAI Sam Altman`. Words such as
    `Group` stay with the body (`SoftBank Group Masayoshi Son`)."""
    first, _, rest = run.text.partition(" ")
    inner_capital = any(c.isupper() for c in first[1:])
    if not (rest and len(first) >= 2 and inner_capital and first.isalpha()):
        return None, run
    body = first
    while " " in rest and fold(rest.partition(" ")[0]) in lex.org_suffixes:
        word, _, rest = rest.partition(" ")
        body += " " + word
    offset = run.start + len(body) + 1
    return Run(run.start, run.start + len(body), body), Run(offset, run.end, rest)


def _split_at_suffix(text: str, lex: Lexicon, run: Run) -> tuple[Run | None, Run]:
    """`Direktur Utama Flughafen Kaltenbrunn AG Sabine Hollmann`: a company's legal form (`AG`,
    `Tbk`, `Ltd`) ends its name, so the name of two words or more after it is the holder's."""
    words = run.text.split(" ")
    cut = next((i for i, w in enumerate(words) if i and fold(w) in lex.org_suffixes), None)
    if cut is None:
        return None, run
    body = " ".join(words[: cut + 1])  # the words of a run are one space apart
    end = run.start + len(body)
    holder = name_at(text, lex, after_spaces(text, end))
    if holder is None or len(holder.text.split()) < _MIN_WORDS_AFTER:
        return None, run
    return Run(run.start, end, body), holder


def _split_script(run: Run) -> tuple[Run | None, Run]:
    """A run whose words change script midway (`OpenAI Сэм Альтман`, `Siemens Роланд Буш`) is
    a body written in one script and its holder in another: a name keeps to one script."""
    words = run.text.split(" ")
    scripts = [_latin(word) for word in words]
    if len(words) < 2 or all(s == scripts[0] for s in scripts):
        return None, run
    cut = scripts.index(not scripts[0])
    if any(s == scripts[0] for s in scripts[cut:]):
        return None, run  # back and forth: no clean split
    body = " ".join(words[:cut])  # the words of a run are one space apart
    end = run.start + len(body)
    return Run(run.start, end, body), Run(end + 1, run.end, " ".join(words[cut:]))


def _split_known_body(
    text: str, lex: Lexicon, run: Run, shortest: int = 2
) -> tuple[Run | None, Run]:
    """`Direktur Utama Lintas Nusa Air Rina Maharani`: the body and the holder in one run of
    capitalised words. The longest head of the run that the text also writes alone, followed
    by a lower-case word or a stop (`Lintas Nusa Air menandatangani`), is the body, when a name
    of two words or more follows it. A head of one word is as often a given name (`Agus`),
    unless a link word has already said a body comes (`shortest=1`)."""
    words = run.text.split()
    for size in range(len(words) - 1, shortest - 1, -1):
        head = " ".join(words[:size])
        body_end = run.start + len(head)
        if text[run.start : body_end] != head:
            continue
        holder = name_at(text, lex, after_spaces(text, body_end))
        if holder is None or len(holder.text.split()) < 2:
            continue
        if fold(holder.text.split()[-1]) in folded_words(lex, "body_kinds"):
            continue  # `Valdorian Athletics Federation`: the rest is the body's name, no holder
        for match in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", text):
            following = text[match.end() :].lstrip()[:1]
            if match.start() != run.start and not following.isupper():
                return Run(run.start, body_end, head), holder
    return None, run


_PARTS = 2
"""Words of a compass-named region: a direction and a name."""


def _split_region(run: Run) -> tuple[Run | None, Run]:
    """`Gubernur Jawa Barat Dedi Mulyadi`: a run that opens with a compass-named region
    (regions.py) is that region and, after it, the holder."""
    words = run.text.split(" ")
    if len(words) <= _PARTS or compass_region(" ".join(words[:_PARTS])) is None:
        return None, run
    end = run.start + len(words[0]) + 1 + len(words[1])
    return Run(run.start, end, run.text[: end - run.start]), Run(
        end + 1, run.end, run.text[end - run.start + 1 :]
    )


def _split_korean_name(run: Run) -> tuple[Run | None, Run]:
    """`Cảnh sát trưởng thành phố Dongrim Oh Se-jin`, `Chủ tịch Dongrim Kim Min-su`: a run
    that ends in a Korean name as Latin text writes it (a family name custom spells,
    [korean_name_readings] latin, then a hyphenated given name) is the body before that name,
    and the name the holder's."""
    words = run.text.split(" ")
    surnames = {s.casefold() for names in shared().korean_latin_surnames.values() for s in names}
    if len(words) < _PARTS + 1 or words[-2].casefold() not in surnames or "-" not in words[-1]:
        return None, run
    cut = run.text.rindex(" ", 0, run.text.rindex(" "))
    return Run(run.start, run.start + cut, run.text[:cut]), Run(
        run.start + cut + 1, run.end, run.text[cut + 1 :]
    )


def _latin(word: str) -> bool:
    """Written in Latin letters: `Éric`, `Łukasz`, `Nguyễn`, not `Сэм`."""
    return latin(word)


def _found(
    role: str,
    of: Run | None,
    holder: Run,
    span: tuple[int, int],
    lex: Lexicon,
    focus: tuple[int, int],
) -> Found:
    value = Role(role, _body_name(of, lex) if of else None, holder.text)
    return Found(Kind.ROLE, span[0], span[1], value, focus=focus)


def _skip(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


_SHORT_COUNTRY = 3


def _body_before(text: str, lex: Lexicon, end: int) -> Run | None:
    """`Japanese`, `der japanische`, `японский` or `SoftBank Group` right before the office."""
    head = text[max(0, end - 60) : end]
    offset = end - len(head)
    for country in lex.countries.finditer(head):
        word = country.group()
        # Many languages write country adjectives in lower case; a lower-case two-letter key
        # (`us`, `eu`) is more often a word of its own.
        named = word[0].isupper() or not lex.spaced or len(word) > _SHORT_COUNTRY
        if head[country.end() :].strip() == "" and named:
            found = Run(offset + country.start(), offset + country.end(), word)
            return _through_link(text, lex, found) if lex.spaced else found
    while end > 0 and text[end - 1] == " ":
        end -= 1
    run = _acronym_before(text, end) or name_ending(text, lex, end)
    if run is not None and lex.articles.get(run.text) is not None:
        return None  # `L'amministratore delegato`: a sentence's elided article, no body
    if run is not None and run.text.lower() in lex.raw_list("role_modifiers", "before"):
        return None  # `Outgoing President X`: when the office is held, no body
    generic = _generic_bodies(lex)
    if run is not None and generic is not None and generic.get(run.text.rstrip("-")):
        return None  # `Museums-Direktor X`: named by its kind only, as `la directora del museo`
    return _through_link(text, lex, run) if run is not None and lex.spaced else run


def _through_link(text: str, lex: Lexicon, run: Run) -> Run:
    """`Bank of Japan Governor`, `Bank of England Governor`: a name after a link word
    ([role_links]) ends a body's name, whose holder heads the bank, not Japan or England."""
    head = text[max(0, run.start - 20) : run.start]
    for link in lex.raw_list("role_links", "words"):
        found = re.search(rf"(?<=\S) {re.escape(link)} $", head)
        if found is None:
            continue
        body = name_ending(text, lex, run.start - len(head) + found.start())
        if body is not None and lex.countries.get(body.text) is None:
            return Run(body.start, run.end, text[body.start : run.end])
    return run


_ACRONYM_BEFORE = re.compile(r"[(（]([^\W\d_]{2,8})[)）]\Z")


def _acronym_before(text: str, end: int) -> Run | None:
    """A body's acronym in brackets right before the office (`Dünya Sağlık Örgütü (DSÖ) Genel
    Direktörü`, `세계보건기구(WHO) 사무총장`): the brackets end the body's name, and the acronym
    names it alike in every language, as after an office (`_acronym_after`)."""
    found = _ACRONYM_BEFORE.search(text, max(0, end - 12), end)
    if found is None or not found.group(1).isupper():
        return None
    return Run(found.start(1), found.end(1), found.group(1))


_QUOTED_NAME = re.compile(r"[«„“\"]([^\W\d_][^«»„“”\"\n]{0,40}?)[»“”\"]")
"""A body written in quotation marks, as Russian writes companies: `«Газпрома»`."""


_LINK_WORD_LENGTH = 3


def _described_acronym(text: str, lex: Lexicon, run: Run) -> tuple[Run, int] | None:
    """`Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) X`: a body's name that
    runs on past `run` to its acronym in brackets, through capitalised words and short links
    (`dan`, `and`) only: a verb opens a clause (`Presiden X menghadiri Konferensi (KTT)`)."""
    words = _DESCRIBED.match(text, run.start)
    if words is None:
        return None
    rest = text[run.end : words.end()].split()
    if not all(w[:1].isupper() or len(w) <= _LINK_WORD_LENGTH or _body_link(w, lex) for w in rest):
        return None
    return _acronym_after(text, words.end())


def _body_after(text: str, lex: Lexicon, end: int) -> tuple[Run | None, int]:
    """`japonais`, `Jepang`, `of OpenAI`, `d'OpenAI` written right after the office."""
    pos = after_spaces(text, end)
    link = lex.role_links.match_at(text, pos)
    at = pos
    if link is not None:
        at = link.end() if link.group().endswith("'") else after_spaces(text, link.end())
        article = lex.articles.match_at(text, at)
        if article is not None:
            at = (
                article.end()
                if article.group().endswith("'")
                else after_spaces(text, article.end())
            )
    if link is not None:
        at = _past_place_kind(text, lex, at)
    generic = _generic_bodies(lex)
    kind_only = generic.match_at(text, at) if generic is not None else None
    longer = generic.match_at(text, pos) if generic is not None and link is not None else None
    if longer is not None and link is not None and longer.end() > link.end():
        kind_only, at = longer, pos  # `компании-оператора`: a kind longer than the link word
    lower = kind_only is not None and (kind_only.group()[:1].islower() or not lex.spaced)
    if kind_only is not None and lower and (link is not None or at == pos):
        # `la directora del museo, Lucía Arrieta`, `Giám đốc bảo tàng Lucía Arrieta`: the body
        # is named by its kind only (the one the story is about), so the office has no body
        # of its own and joins others through its holder; capitalised, it is a name's start
        return None, kind_only.end()
    country = lex.countries.match_at(text, at) or lex.bodies.match_at(text, at)
    if country is not None:  # `Tổng thống Nga`, `Президент Всемирного банка` (a known body)
        stop = country.end()
        served = lex.countries.match_at(text, after_spaces(text, stop))
        if lex.countries.get(country.group()) is None and served is not None:
            stop = served.end()  # `Penjaga Pantai Italia`: a known body and its country
        return Run(country.start(), stop, text[country.start() : stop]), stop
    region = _region_body(text, lex, at)
    if region is not None and link is None:
        return region, region.end
    quoted = _QUOTED_NAME.match(text, at)
    if quoted is not None:  # `глава «Газпрома» Алексей Миллер`
        return Run(quoted.start(1), quoted.end(1), quoted.group(1)), quoted.end()
    if link is not None:
        # `directeur du Centre de volcanologie et d'atténuation ... (PVMBG), X`: a body whose
        # name runs on through lower-case words to its acronym is read whole
        named = _described_body(text, lex, at)
        if named is not None:
            return named
        run = name_at(text, lex, at)
        if run is not None and _holder_after_kind(lex, link.group(), run):
            return None, link.end()
        if run is not None and (place := _place_before_family_name(text, lex, at)) is not None:
            return place, place.end
        if run is not None:
            body, _holder = _split_script(run)  # `глава компании Siemens Роланд Буш`
            run = _body_tail(text, lex, body or run)
            return run, run.end
    return None, end


_PERSON_WORDS = 2

_CAPITALISED_RUN = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*")
_FAMILY_NAMED = (2, 4)
"""Words of a name opened by a family name: `Hoàng Minh Tuấn`, `Lê Hoàng Anh Tuấn`, `Lê Duẩn`."""


def _place_before_family_name(text: str, lex: Lexicon, at: int) -> Run | None:
    """`Chủ tịch UBND tỉnh Nghệ An Hoàng Minh Tuấn`: after a link word, a place and its
    holder's name in one run of capitalised words. The first family name (`[names]
    family_names`) after the run's first word that opens a name of two to four words ending
    the run is where the name begins; the words before it are the place."""
    families = lex.raw_list("names", "family_names")
    run = _CAPITALISED_RUN.match(text, at) if families else None
    if run is None:
        return None
    words = []
    for word in re.finditer(r"\S+", run.group()):
        if not word.group()[:1].isupper():
            break
        words.append(word)
    for i in range(1, len(words)):
        rest = len(words) - i
        if words[i].group() in families and _FAMILY_NAMED[0] <= rest <= _FAMILY_NAMED[1]:
            end = at + words[i - 1].end()
            return Run(at, end, text[at:end])
    return None


def _holder_after_kind(lex: Lexicon, link: str, run: Run) -> bool:
    """`генеральный директор компании Керем Айдынлы`: a link word that is also a body named by
    its kind (`[generic_bodies]`) followed by a given name and a surname in one script, and
    nothing more, names the holder; a body's name there is followed by its holder's
    (`глава компании Siemens Роланд Буш`, `глава банка ВТБ Андрей Костин`)."""
    generic = _generic_bodies(lex)
    words = run.text.split(" ")
    if generic is None or generic.get(link.strip()) is None or len(words) != _PERSON_WORDS:
        return False
    return _split_script(run)[0] is None and all(w[:1].isupper() for w in words)


def _region_body(text: str, lex: Lexicon, at: int) -> Run | None:
    """`Губернатор Оренбургской области Денис Паслер`: a capitalised adjective and a noun for
    a kind of region (`[region_nouns]`) name the body; read as a name, the adjective alone
    would be taken for the holder."""
    nouns = _region_nouns(lex)
    word = _TAIL_WORD.match(text, at)
    if nouns is None or word is None or not word.group()[:1].isupper():
        return None
    noun = nouns.match_at(text, after_spaces(text, word.end()))
    if noun is None or noun.start() == word.end():
        return None
    return Run(at, noun.end(), text[at : noun.end()])


def _past_place_kind(text: str, lex: Lexicon, at: int) -> int:
    """`der Bürgermeister der Stadt Linz`, `le chef de la sécurité de la région du Gurnautal`:
    a word for a kind of place (`[place_kinds]`), then maybe a link and an article, before a
    capitalised name: the name is the body, and the kind word no part of it (German capitalises
    the kind word, which would start the name, and lists it as a stopword that ends one)."""
    kinds = _place_kinds(lex)
    kind = kinds.match_at(text, at) if kinds is not None else None
    if kind is None:
        return at
    pos = after_spaces(text, kind.end())
    link = lex.role_links.match_at(text, pos)
    if link is not None:
        pos = link.end() if link.group().endswith("'") else after_spaces(text, link.end())
        article = lex.articles.match_at(text, pos)
        if article is not None:
            pos = article.end()
            pos = pos if article.group().endswith("'") else after_spaces(text, pos)
    return pos if pos > kind.end() and text[pos : pos + 1].isupper() else at


@lru_cache(maxsize=32)
def _place_kinds(lex: Lexicon) -> Phrases[str] | None:
    words = lex.raw_list("place_kinds", "words")
    return Phrases({w: w for w in words}, spaced=lex.spaced) if words else None


@lru_cache(maxsize=32)
def _region_nouns(lex: Lexicon) -> Phrases[str] | None:
    words = lex.raw_list("region_nouns", "words")
    return Phrases({w: w for w in words}, spaced=lex.spaced) if words else None


@lru_cache(maxsize=32)
def _generic_bodies(lex: Lexicon) -> Phrases[str] | None:
    words = lex.raw_list("generic_bodies", "words")
    return Phrases({w: w for w in words}, spaced=lex.spaced) if words else None


# A link word, or a lower-case word of the name; the last may end at the holder's comma
# (`Commissione elettorale centrale, Pavel Drozd`).
_TAIL_LINK = re.compile(r" +([^\W\d_]+)(?: +|(?=, ))")
_TAIL_WORD = re.compile(r"[^\W\d_][\w-]*")
_MAX_TAIL = 3
_MAX_LOWER = 2
"""Lower-case words a body's name may run through besides its `de` links (`nationale`)."""


_EVENT_YEAR = re.compile(r" (?:19|20)\d\d(?!\d)")


def _body_tail(text: str, lex: Lexicon, run: Run) -> Run:
    """`la directora de la Agencia del Agua de Valdemora, Marta Olaizola`, `la directrice de
    l'Agence de l'eau de Valdemora, Marta Olaizola`: an agency's name runs on through more `de`
    links (and, in French, lower-case words) than a person's name may. It is taken only when
    it ends at the comma that sets off the holder's name. An event's name may end in its year
    (`del comitato organizzatore di Euro 2032, Federica Lanzoni`)."""
    year = _EVENT_YEAR.match(text, run.end)
    if year and text.startswith(", ", year.end()) and name_at(text, lex, year.end() + 2):
        return Run(run.start, year.end(), text[run.start : year.end()])
    pos = run.end
    for _ in range(_MAX_TAIL + _MAX_LOWER):
        link = _TAIL_LINK.match(text, pos)
        if link is None:
            break
        if fold(link.group(1)) in lex.name_particles or _body_link(link.group(1), lex):
            at = link.end()
            article = lex.articles.match_at(text, at)
            if article is not None:
                elided = article.group().endswith("'")
                at = article.end() if elided else after_spaces(text, article.end())
            word = _TAIL_WORD.match(text, at)
        elif link.group(1).islower():
            word = _TAIL_WORD.match(text, link.start(1))  # `Agence nationale de ...`
        else:
            break
        if word is None:
            break
        pos = word.end()
        named = _acronym_after(text, pos)
        comma = named[1] if named else pos  # `... des catastrophes (BNPB), Suharyanto`
        if text.startswith(", ", comma) and name_at(text, lex, comma + 2) is not None:
            return Run(run.start, pos, text[run.start : pos])
    return run


def _body_link(word: str, lex: Lexicon) -> bool:
    """`des`, `dei`: a plural `of the` that links a body's name on (`Fédération nationale des
    viticulteurs`), though no person's name runs through it (`[body_links]` in the lexicon)."""
    return fold(word) in {fold(w) for w in lex.raw_list("body_links", "words")}


def _holder_before(text: str, lex: Lexicon, start: int) -> Run | None:
    """`Sam Altman, kepala OpenAI` / `Sam Altman, the head of OpenAI`."""
    head = text[max(0, start - 60) : start].rstrip(" ")
    for article in lex.articles.finditer(head):
        if article.end() == len(head):
            head = head[: article.start()].rstrip(" ")
            break
    if not head.endswith(","):
        return None
    run = name_ending(text, lex, max(0, start - 60) + len(head) - 1)
    if run is not None and _after_a_place_word(text, lex, run.start):
        return None  # `Speaking in Tokyo, Prime Minister Shigeru Ishiba said`: a place
    return run


def _after_a_place_word(text: str, lex: Lexicon, start: int) -> bool:
    """Does a word that opens a place ([role_guards] place_before: `in`, `di`, `à`) stand
    right before `start`?"""
    places = listed_pattern(lex, "role_guards", "place_before", r"(?<!\w)(?:{words}) $")
    return places is not None and places.search(text[max(0, start - 12) : start]) is not None


def _body_name(run: Run, lex: Lexicon) -> str:
    """A country as its English name; an organisation without `Group`, `Corp.` and the like."""
    country = lex.countries.get(run.text)
    if country is not None:
        return country
    alias = lex.bodies.get(run.text.rstrip("-")) or _alias_beside_country(run.text, lex)
    if alias is not None:
        return alias
    region = compass_region(run.text)  # `Jawa Barat`, `Tây Java`, `西ジャワ州`: `West Jawa`
    if region is not None:
        return region
    words = run.text.rstrip("-").split()
    while len(words) > 1 and fold(words[-1]) in lex.org_suffixes:
        words.pop()
    return _body_in_english(" ".join(words), lex)


def _alias_beside_country(text: str, lex: Lexicon) -> str | None:
    """`Penjaga Pantai Italia`, `Guardia Costera italiana`: a body the data knows by another
    name ([bodies]), with the country it serves written beside it. The country goes: the
    others name the same body without it."""
    for country in lex.countries.finditer(text):
        rest = (text[: country.start()] + " " + text[country.end() :]).strip(" -")
        alias = lex.bodies.get(" ".join(rest.split()))
        if alias is not None:
            return alias
    return None


_BODY_TOKEN = re.compile(r"[^\W\d_]+'?")
_BODY_NOUNS = 2


def _body_in_english(body: str, lex: Lexicon) -> str:
    """`Agencia del Agua de Valdemora`, `Valdemora Su İdaresi`, `Badan Air Valdemora` →
    `Valdemora Water Authority`: a public body named by common nouns ([body_words]) and a proper
    name is one body in every language. Its links (`del`, `de l'`) are dropped, the proper
    names kept in order and the nouns put in the English order of the table. A body needs two
    such nouns, and a lower-case word the table does not know leaves it as written."""
    names: list[str] = []
    nouns: set[str] = set()
    for token in _BODY_TOKEN.findall(body):
        key = fold(token)
        if key in lex.body_words:
            # a compound names several nouns at once (`Wahlkommission`: Electoral Commission)
            nouns.update(lex.body_words[key].split())
        elif token.islower() and (key in lex.name_particles or lex.articles.get(token) is not None):
            continue
        elif token.islower() or token.endswith("'"):
            return body
        else:
            names.append(token)
    if len(nouns) < _BODY_NOUNS:
        return body  # `Suez Canal Authority`: one noun alone is kept as the source wrote it
    order = list(dict.fromkeys(n for v in lex.body_words.values() for n in v.split()))
    return " ".join([*names, *sorted(nouns, key=order.index)])
