"""Generic rules a new language needed, tested on a language that already has the case (or on a
lexicon given the data entry), so that no test depends on which language needed them first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from factcheck.extract import extract_source
from factcheck.extract.dates import find_dates
from factcheck.extract.roles import find_roles
from factcheck.lexicon import Lexicon, Phrases, fold, load
from factcheck.records import DateValue, Document, Role

ANCHOR = dt.date(2025, 2, 5)


def _with(code: str, table: str, key: str, words: list[str] | bool) -> Lexicon:
    lex = load(code)
    raw: dict[str, Any] = {name: dict(entries) for name, entries in lex.raw.items()}
    raw.setdefault(table, {})[key] = words
    return dataclasses.replace(lex, raw=raw)


def _dates(text: str, lex: Lexicon) -> list[DateValue]:
    return [f.found.value for f in find_dates(text, lex, ANCHOR, ANCHOR)]  # type: ignore[misc]


def test_a_word_before_a_weekday_can_make_it_an_ordinal() -> None:
    text = "Rapat itu digelar untuk kedua kalinya pada Senin."
    assert _dates(text, load("id"))
    assert not _dates(text, _with("id", "weekday_weeks_guards", "not_after", ["pada"]))


def test_a_word_before_a_bare_day_and_month_makes_them_a_date() -> None:
    text = "Kontrak itu diteken tanggal 3/2 di Jakarta."
    assert not _dates(text, load("id"))
    (value,) = _dates(text, _with("id", "date_links", "numeric", ["tanggal"]))
    assert (value.year, value.month, value.day) == (2025, 2, 3)


def test_a_body_with_inner_capitals_is_split_from_the_holder() -> None:
    (found,) = find_roles("CEO OpenAI Sam Altman visited Tokyo.", load("en"))
    assert found.value == Role("ceo", "OpenAI", "Sam Altman")


def test_a_body_set_off_by_a_comma_stays_whole() -> None:
    (found,) = find_roles("CEO SoftBank Group, Masayoshi Son, spoke.", load("en"))
    assert found.value == Role("ceo", "SoftBank", "Masayoshi Son")


def test_the_four_turkish_i_letters_fold_to_one() -> None:
    assert fold("İNGİLTERE") == fold("İngiltere") == fold("ingiltere") == "ingiltere"
    assert fold("BAŞBAKANI") == fold("Başbakanı") == "başbakani"
    lex = load("en")
    assert lex.countries.get("İTALY") == lex.countries.get("ıtaly") == "Italy"


def test_a_percent_word_before_the_number_may_stand_a_space_before_it() -> None:
    document = Document(id="x", path="x", text="今年销量增长了百分之 30。")
    (claim,) = extract_source(document, load("zh"), None, False).claims
    assert claim.kind.value == "percent"
    assert claim.value.number.amount == 30  # type: ignore[union-attr]


def test_a_rate_may_be_written_before_the_sum() -> None:
    rates = Phrases({"yearly": "year", "a year earlier": ""}, spaced=True)
    lex = dataclasses.replace(load("en"), periods_before=rates)
    for text, period in [
        ("They pay yearly $3 billion for it.", "year"),
        ("They pay $3 billion a year for it.", "year"),
        ("A year earlier $3 billion was paid.", None),
        ("They pay $3 billion for it.", None),
        ("In 5 yearly $3 billion was paid.", None),  # after a count: a span, not a rate
        ("In five yearly $3 billion was paid.", None),
    ]:
        document = Document(id="x", path="x", text=text)
        claims = extract_source(document, lex, None, False).claims
        (claim,) = [c for c in claims if c.kind.value == "money"]
        assert claim.value.period == period, text  # type: ignore[union-attr]
    document = Document(id="x", path="x", text="They pay yearly $3 billion.")
    (claim,) = extract_source(document, lex, None, False).claims
    assert claim.text == "yearly $3 billion"


def test_a_case_ending_after_an_apostrophe_is_not_part_of_a_name() -> None:
    (found,) = find_roles("Japan's Prime Minister Shigeru Ishiba's visit ended.", load("en"))
    assert found.value == Role("prime minister", "Japan", "Shigeru Ishiba")
    (found,) = find_roles("Minister of Finance Peter O'Brien spoke.", load("en"))
    assert found.value == Role("finance minister", None, "Peter O'Brien")


def test_a_weekday_after_the_date_is_checked_against_it() -> None:
    text = "Rapat digelar 3 Februari 2025 Selasa di Jakarta."
    lex = _with("id", "language", "weekday_after_date", True)
    (finding,) = find_dates(text, lex, ANCHOR, ANCHOR)
    assert finding.found.end == text.index(" di Jakarta")
    assert finding.weekday_mismatch is not None
    (finding,) = find_dates(text.replace("Selasa", "Senin"), lex, ANCHOR, ANCHOR)
    assert finding.weekday_mismatch is None


def test_words_such_as_group_stay_with_the_body() -> None:
    (found,) = find_roles("CEO SoftBank Group Masayoshi Son spoke.", load("en"))
    assert found.value == Role("ceo", "SoftBank", "Masayoshi Son")
