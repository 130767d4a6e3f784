"""The day of telling: `The toll rose to 79, fire officials said on Monday`, `..., сообщили в
понедельник пожарные службы`, `..., informou esta sexta-feira a agência`. A day named by a word
(no digits) right beside a verb of telling (`[attribution] telling`), in a tag after what was
told (a comma, at most a few words, the verb), is when the news was told, not when the event
happened: a report of Monday about a crash on Sunday does not contradict one that dates the
crash Sunday. Said before what it tells (`Kazeno said on Tuesday it would recall ...`), the
day is the announcement's, often the event itself, and stays a date like any other."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.lexicon import Lexicon, alternation

_REACH = 72
"""Characters looked at before the day: a comma, a teller, a verb and two short words fit."""


@lru_cache(maxsize=64)
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...] | None:
    """(a tag ending in its verb before the day; a tag before a day its verb follows; that
    verb). A tag opens with a comma and at most four words (the teller: `the provincial
    health department said on Wednesday`). Before: up to two
    short words between verb and day (`said on`, `informou esta`); after: nothing but spaces
    (`..., Bakanlık Pazartesi açıkladı`), since `The crash happened on Sunday, officials said`
    dates the crash."""
    words = {*lex.raw_list("attribution", "telling"), *lex.raw_list("attribution", "after")}
    if not words:
        return None
    verbs = alternation(words)
    edge = r"(?<!\w)" if lex.spaced else ""
    end = r"(?!\w)" if lex.spaced else ""
    between = r"(?:\s+[^\W\d_]{1,5}){0,2}\s*" if lex.spaced else r"\s*"
    teller = r"[,，、]\s*(?:[^\W\d_]+\s+){0,4}" if lex.spaced else r"[,，、]\s*[^\W\d_]{0,10}"
    before = re.compile(rf"{teller}{edge}(?:{verbs}){end}{between}$", re.IGNORECASE)
    after = re.compile(rf"{teller}$", re.IGNORECASE)
    verb_after = re.compile(rf"\s*(?:{verbs}){end}", re.IGNORECASE)
    return before, after, verb_after


def told_day(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Is the day written at `start:end` (in words, no digits) the day a verb of telling
    beside it names?"""
    if any(char.isdigit() for char in text[start:end]):
        return False  # `19日`, `mardi 19 mars`: a written date dates the event it stands in
    patterns = _patterns(lex)
    if patterns is None:
        return False
    before, after, verb_after = patterns
    head = text[max(0, start - _REACH) : start]
    if before.search(head) is not None:
        return True
    return after.search(head) is not None and verb_after.match(text, end) is not None
