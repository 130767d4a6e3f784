"""Generic rules a new language needed, tested on a language that already has the case (or on a
lexicon given the data entry), so that no test depends on which language needed them first."""

from __future__ import annotations

from factcheck.extract.roles import find_roles
from factcheck.lexicon import load
from factcheck.records import Role


def test_a_body_with_inner_capitals_is_split_from_the_holder() -> None:
    (found,) = find_roles("CEO OpenAI Sam Altman visited Tokyo.", load("en"))
    assert found.value == Role("ceo", "OpenAI", "Sam Altman")


def test_a_body_set_off_by_a_comma_stays_whole() -> None:
    (found,) = find_roles("CEO SoftBank Group, Masayoshi Son, spoke.", load("en"))
    assert found.value == Role("ceo", "SoftBank", "Masayoshi Son")
