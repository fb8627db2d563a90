"""Amounts: figures read exactly as printed, with unit, approximation, subject and date.

Numbers come from the text (numbers.py), scales and units from the words after them
(units.py), counted nouns from the parse. A figure whose unit the text leaves out takes it
from the figure it is paired with ("36 à 31 %", "5 morts et 30 autres"); one that has no
unit at all, or a unit of time (dates, ages, durations), is not an amount. Numbers inside
names ("Ligue 1", "article 49"), years, times and scores are skipped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from veille import components, lang
from veille.extract.amounts.context import figure_date, subject_of
from veille.extract.amounts.numbers import Number, NumberReader
from veille.extract.amounts.units import Tail, UnitReader
from veille.extract.layout import layout, text_of
from veille.records import Amount
from veille.text import fold

_STOPS = (". ", "! ", "? ", "\n")  # what ends a written sentence
# clauses that carry their own time: a date in one dates only what it holds
_OWN_TIME_CLAUSES = ("acl", "acl:relcl", "advcl")


def _tense(verb: Token) -> str | None:
    """The tense of a clause: its finite verb's or finite auxiliary's."""
    words = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    for word in words:
        if "Fin" in word.morph.get("VerbForm", []) and word.morph.get("Tense", []):
            return word.morph.get("Tense", [])[0]
    return None


def _shape(value: str) -> str:
    """A TIMEX3 value's precision: '2016' and '2012' alike, '2016-12-29' and '2018-03' not."""
    return "".join("9" if ch.isdigit() else "A" if ch.isalpha() else ch for ch in value)


__all__ = ["extract_amounts", "figure_date"]

_LINKED_KINDS = ("approximate", "fraction", "vague")
_PERCENT_KINDS = ("fraction", "ratio")


# Not frozen: a frozen dataclass costs three times as much to build, and an article makes
# dozens; nothing changes one once built (`replace` copies).
@dataclass(slots=True)
class _Candidate:
    number: Number
    start: int
    end: int
    value: float
    unit: str | None
    approx: str
    time: bool = False
    same_unit: bool = False
    subunit: float | None = None
    scaled: bool = False


def _more_visible_than(limit: int, stripped: str = "") -> re.Pattern[str]:
    """Matches a text holding more than `limit` printable ASCII characters (not counting
    `stripped`). Folding keeps each of them as one character that no strip of spaces or of
    `stripped` removes, so such a text, folded and stripped, is longer than `limit`."""
    visible = "".join(re.escape(chr(c)) for c in range(0x21, 0x7F) if chr(c) not in stripped)
    return re.compile(rf"(?:[^{visible}]*[{visible}]){{{limit + 1}}}")


class _Rules:
    def __init__(self, data: dict[str, Any]) -> None:
        self.approximations = sorted(
            ((fold(k), v) for k, v in data["approximations"].items()),
            key=lambda kv: len(kv[0]),
            reverse=True,
        )
        self.name_prefixes = {fold(w) for w in data["name_prefixes"]}
        self.same_unit = {fold(w) for w in data["same_unit_words"]}
        self.connectors = {fold(w) for w in data["shared_unit_connectors"]}
        self.compounds = sorted(
            ((fold(k), v) for k, v in data["compound_nouns"].items()),
            key=lambda kv: len(kv[0]),
            reverse=True,
        )
        # grouped by the character a phrase ends or begins with: only those can match there
        self.approximations_by_last: dict[str, list[tuple[str, str]]] = {}
        for phrase, approx in self.approximations:
            self.approximations_by_last.setdefault(phrase[-1:], []).append((phrase, approx))
        self.compounds_by_first: dict[str, list[tuple[str, str]]] = {}
        for form, lemma in self.compounds:
            self.compounds_by_first.setdefault(form[:1], []).append((form, lemma))
        self.endings = [tuple(pair) for pair in data["plural_endings"]]
        self.time_units = {fold(w) for w in data["time_units"]}
        self.default_currency: str = data["default_currency"]
        self.factor_words = {fold(w) for w in data["factor_words"]}
        self.date_links = {fold(w) for w in data.get("date_links", [])}
        # the text between two dates or two figures is often a whole clause: no need to fold
        # it to know it is no short linking word
        self.beyond_date_links = _more_visible_than(max(map(len, self.date_links), default=0))
        self.beyond_connectors = _more_visible_than(max(map(len, self.connectors), default=0), "()")

    def singular(self, word: str) -> str:
        for ending, replacement in self.endings:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: -len(ending)] + replacement
        return word


@cache
def _readers() -> tuple[NumberReader, UnitReader, _Rules]:
    data = lang.load("amounts")
    return NumberReader(data), UnitReader(data), _Rules(data)


class _AmountReader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.numbers, self.units, self.rules = _readers()
        folded = fold(self.text)
        # folding keeps offsets for French text; when it does not (ß, ligatures), fold windows
        self.folded = folded if len(folded) == len(self.text) else None
        shape = layout(doc)
        self.starts = shape.token_starts
        # the model's sentences, also cut at paragraph breaks (it runs paragraphs together:
        # a figure's date is never in the next paragraph)
        starts = sorted({self.starts[i] for i in (*shape.sentence_starts, *shape.paragraph_starts)})
        self.sentences = list(zip(starts, [*starts[1:], len(self.text)], strict=True)) or [
            (0, len(self.text))
        ]
        self.sentence_starts = [start for start, _ in self.sentences]

    def token_at(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def fold_slice(self, start: int, end: int) -> str:
        if self.folded is not None:
            return self.folded[start:end]
        return fold(self.text[start:end])

    # -- exclusions -----------------------------------------------------------------
    def excluded(self, number: Number, tail: Tail) -> bool:
        """Years, times, scores, numbers in names and lone articles are not figures."""
        measured = tail.unit is not None
        text = self.text
        i = self.token_at(number.start)
        previous = self.doc[i - 1] if 0 < i <= len(self.doc) else None
        previous_word = fold(previous.text) if previous is not None else None
        if previous_word in self.rules.name_prefixes:
            # article 49, le numéro deux du régime; but "cet article six fois" counts
            counted = number.kind == "words" and self.counted_noun(tail.end)[0] is not None
            return not measured and not counted
        if number.kind == "words":
            phrase = text[number.start : number.end]
            return self.numbers.is_article(phrase) and tail.scale == 1.0
        if number.kind != "digits":
            return False
        raw = text[number.start : number.end].lstrip("+")
        if previous_word in self.rules.time_units:
            return True  # minutes of "10 h 45"
        if (
            text[number.end : number.end + 2][:1] in "-–/"
            and text[number.end + 1 : number.end + 2].isdigit()
        ):
            return True  # scores, fractions, references: 3-1, 24/7
        before = text[max(0, number.start - 2) : number.start]
        if before[:1].isdigit() and before[1:] in "-–/":
            return True
        if measured:
            return False
        if raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100:
            return True  # a year
        if previous is not None and previous.is_alpha and previous.text[0].isupper():
            approximated = self.approximation(number.start)[1] != "eq"
            if not previous.is_sent_start and not approximated:
                return True  # Ligue 1, France 2, Paris 8
        return False

    def approximation(self, start: int) -> tuple[int, str]:
        """Where the approximation before the figure begins ("plus de", "près d'") and its
        kind; a phrase is followed by a space unless it ends with an apostrophe."""
        before = self.fold_slice(max(0, start - 25), start)
        gap = before[-1:] if before[-1:] in (" ", "\u00a0") else ""
        stem = before[: len(before) - len(gap)]
        for phrase, approx in self.rules.approximations_by_last.get(stem[-1:], []):
            if (gap or phrase.endswith(("'", "’"))) and stem.endswith(phrase):
                begin = start - len(phrase) - len(gap)
                edge = self.text[begin - 1 : begin]
                if begin == 0 or not edge.isalnum():
                    return begin, approx
        return start, "eq"

    # -- counted nouns ----------------------------------------------------------------
    def counted_noun(self, at: int) -> tuple[str | None, int, bool]:
        """(lemma, end, same_unit) of the noun a figure counts, starting at offset `at`."""
        doc = self.doc
        while at < len(self.text) and self.text[at] in " \u00a0\u202f":
            at += 1
        j = self.token_at(at)
        if j >= len(doc) or doc[j].idx != at:
            return None, at, False
        if doc[j].text == "[":
            j += 1
        same_unit = False
        if j < len(doc) and fold(doc[j].text) in self.rules.same_unit:
            same_unit = True
            j += 1
        skipped = 0
        while (
            j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j + 1].pos_ == "NOUN" and skipped < 2
        ):
            j, skipped = j + 1, skipped + 1
        if j >= len(doc):
            return None, at, same_unit
        token = doc[j]
        compound = self.compound_at(token.idx)
        if compound is not None:
            return compound[0], compound[1], False
        if token.pos_ == "NOUN" or (
            token.pos_ == "PROPN" and token.text.isupper() and len(token) > 1
        ):
            return self.lemma(token), self.noun_end(token), False
        plural = "Plur" in token.morph.get("Number", [])
        if token.pos_ in ("ADJ", "VERB") and plural and not same_unit:
            following = doc[j + 1] if j + 1 < len(doc) else None
            if following is None or following.pos_ not in ("NOUN", "PROPN"):
                return self.rules.singular(token.lower_), token.idx + len(token), False
        return None, at, same_unit

    def noun_end(self, noun: Token) -> int:
        end = noun.idx + len(noun)
        nxt = noun.i + 1
        if nxt < len(self.doc) and self.doc[nxt].text == "]":
            end = self.doc[nxt].idx + 1
            nxt += 1
        for token in self.doc[nxt : nxt + 2]:
            if token.pos_ == "ADJ" and token.head.i == noun.i:
                end = token.idx + len(token)
            else:
                break
        return end

    def compound_at(self, at: int) -> tuple[str, int] | None:
        piece = self.fold_slice(at, at + 40)
        for form, lemma in self.rules.compounds_by_first.get(piece[:1], []):
            if piece.startswith(form) and not piece[len(form) : len(form) + 1].isalnum():
                return lemma, at + len(form)
        return None

    def lemma(self, token: Token) -> str:
        if token.text.isupper() and len(token) > 1:
            return token.text
        lemma = token.lemma_.lower()
        if lemma.endswith("er") and not token.lower_.startswith(lemma[:-2] + "er"):
            return self.rules.singular(token.lower_)  # a participle read as a verb
        return lemma

    # -- candidates -------------------------------------------------------------------
    def lone_article(self, number: Number) -> bool:
        """ "un"/"une" with no scale after it and no name before it ("un million" and
        "article un" are read in full): most number words, excluded without reading a tail
        (what `excluded` decides for them)."""
        if number.kind != "words" or not self.numbers.is_article(
            self.text[number.start : number.end]
        ):
            return False
        i = self.token_at(number.start)
        if 0 < i <= len(self.doc) and fold(self.doc[i - 1].text) in self.rules.name_prefixes:
            return False
        return self.units.scale(self.text, number.end, self.folded) == 1.0

    def candidate(self, number: Number) -> _Candidate | None:
        if self.lone_article(number):
            return None
        tail = self.units.read(
            self.text, number.end, linked=number.kind in _LINKED_KINDS, folded=self.folded
        )
        if self.excluded(number, tail):
            return None
        start, approx = self.approximation(number.start)
        if number.kind in ("approximate", "vague") and approx == "eq":
            approx = "about"
        value = number.value * tail.scale
        scaled = tail.scale != 1.0
        if tail.time:
            return _Candidate(number, start, tail.end, value, None, approx, time=True)
        if number.kind in _PERCENT_KINDS:
            return _Candidate(number, start, max(number.end, tail.end), value, "%", approx)
        if tail.unit is not None or tail.subunit is not None:
            return _Candidate(
                number,
                start,
                tail.end,
                value,
                tail.unit,
                approx,
                subunit=tail.subunit,
                scaled=scaled,
            )
        noun, end, same_unit = self.counted_noun(tail.end)
        if noun is not None and fold(noun) in self.rules.time_units:
            return _Candidate(number, start, end, value, None, approx, time=True)
        return _Candidate(
            number,
            start,
            max(end, tail.end),
            value,
            noun,
            approx,
            same_unit=same_unit,
            scaled=scaled,
        )

    def single_dates(self, timexes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The DATE timexes that can date a figure: not the ends of a period or a list
        ("de 2012 à 2016"); of two linked dates of different precision, the later one
        ("d'ici à la fin mars 2018")."""
        dates = sorted((t for t in timexes if t.get("type") == "DATE"), key=lambda t: t["start"])
        dropped: set[int] = set()
        for k in range(len(dates) - 1):
            first, second = dates[k], dates[k + 1]
            raw = self.text[first["end"] : second["start"]]
            if self.rules.beyond_date_links.match(raw):
                continue
            between = fold(raw).strip()
            if between not in self.rules.date_links:
                continue
            dropped.add(k)
            if _shape(first["value"]) == _shape(second["value"]):
                dropped.add(k + 1)
        return [t for k, t in enumerate(dates) if k not in dropped]

    def dating(
        self, start: int, end: int, dates: list[dict[str, Any]], sentence: tuple[int, int]
    ) -> list[dict[str, Any]]:
        """The dates that may be the figure's: a date inside a relative or adverbial clause
        that does not hold the figure is that clause's ("Après avoir été suspendue en
        décembre, les huit juges ont confirmé"), except for the noun a relative clause
        describes ("les 276 qu'il avait capturées en 2014"); a main clause's date does not
        date a relative clause of another tense."""
        first = self.token_at(start)
        last = max(first, self.token_at(end) - 1)
        kept = []
        for timex in dates:
            if not sentence[0] <= timex["start"] < sentence[1]:
                continue  # only the figure's sentence may date it
            i = self.token_at(timex["start"])
            if i >= len(self.doc) or first <= i <= last:
                kept.append(timex)
                continue
            node = self.doc[i]
            while node.head.i != node.i and timex["start"] <= node.head.idx < timex["end"]:
                node = node.head
            for _ in range(12):
                if not sentence[0] <= node.idx < sentence[1]:
                    kept.append(timex)  # the parse joined sentences: no clause to judge by
                    break
                if node.dep_ in _OWN_TIME_CLAUSES:
                    inside = node.left_edge.i <= last and first <= node.right_edge.i
                    described = node.dep_.startswith("acl") and first <= node.head.i <= last
                    if not (inside or described):
                        break
                    kept.append(timex)
                    break
                if node.head.i == node.i:
                    if not self.other_tense(first, i, sentence):
                        kept.append(timex)
                    break
                node = node.head
        return kept

    def other_tense(self, figure: int, timex: int, sentence: tuple[int, int]) -> bool:
        """The figure stands in a relative clause of another tense than the dated clause
        ("ont signé dimanche une entente qui supprimera 99 % des droits"): that clause
        tells of another time ("Petro, qui en a obtenu 42 %" keeps the date)."""
        node = self.doc[figure]
        for _ in range(12):
            if not sentence[0] <= node.idx < sentence[1] or node.head.i == node.i:
                return False
            if node.dep_ == "acl:relcl":
                break
            node = node.head
        else:
            return False
        if node.left_edge.i <= timex <= node.right_edge.i:
            return False
        dated = self.doc[timex]
        for _ in range(12):
            if dated.pos_ in ("VERB", "AUX") or dated.head.i == dated.i:
                break
            dated = dated.head
        own, other = _tense(node), _tense(dated)
        return own is not None and other is not None and own != other

    def written_sentence(self, offset: int) -> tuple[int, int]:
        """The sentence holding `offset` as its punctuation and line breaks write it: the
        model also cuts inside names ("Royaume-|Uni"), which would leave a figure apart from
        the date that opens its sentence."""
        text = self.text
        starts = [at + len(stop) for stop in _STOPS if (at := text.rfind(stop, 0, offset)) != -1]
        ends = [at for stop in _STOPS if (at := text.find(stop, offset)) != -1]
        return max(starts, default=0), min(ends, default=len(text))

    def sentence_of(self, offset: int) -> tuple[int, int]:
        k = bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(0, k)]

    def shared_units(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """Give a figure without a unit the unit of the figure it is paired with."""
        resolved: list[_Candidate] = []
        for k, item in enumerate(candidates):
            if item.time or item.unit is not None or item.subunit is not None:
                resolved.append(item)
                continue
            unit: str | None = None
            following = candidates[k + 1] if k + 1 < len(candidates) else None
            if following is not None and not item.same_unit:
                raw = self.text[item.end : following.number.start]
                linked = not self.rules.beyond_connectors.match(raw)
                if linked and fold(raw).strip(" ()") in self.rules.connectors:
                    if following.time:
                        resolved.append(replace(item, time=True))
                        continue
                    unit = following.unit
            if unit is None:
                unit = self.previous_unit(item, resolved)
            if unit is None:
                unit = self.apposed_noun(item)
            if unit == "%" and item.number.signed:
                unit = "point"  # (+0,6) after a percentage: a change in points
            resolved.append(replace(item, unit=unit))
        return resolved

    def previous_unit(self, item: _Candidate, earlier: list[_Candidate]) -> str | None:
        """The unit of the figure just before, when it is close and in the same paragraph."""
        previous = self.doc[self.token_at(item.start) - 1] if item.start else None
        if previous is not None and fold(previous.text) in self.rules.factor_words:
            return None  # divisée par trois: a factor, not a count
        for other in reversed(earlier):
            if other.time or other.unit is None:
                continue
            reach = 250 if item.scaled else 150
            gap = self.text[other.end : item.start]
            same_sentence = self.sentence_of(other.start) == self.sentence_of(item.start)
            near = "\n" not in gap and (len(gap) < reach or same_sentence)
            return other.unit if near else None
        return None

    def apposed_noun(self, item: _Candidate) -> str | None:
        """`des hommes, au moins quatre` / `des membres (39 sur 54)`: the noun before."""
        i = self.token_at(item.start)
        window = self.doc[max(0, i - 7) : i]
        if not any(t.text in ",(" for t in window):
            return None
        for token in reversed(window):
            if token.is_sent_start and token.i != window.start:
                break
            if token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []):
                return self.lemma(token)
        return None

    def read(self) -> list[Amount]:
        numbers = self.outside_timexes(self.numbers.find(self.text))
        candidates = [c for n in numbers if (c := self.candidate(n))]
        currency = next(
            (c.unit for c in candidates if c.unit and len(c.unit) == 3 and c.unit.isupper()),
            self.rules.default_currency,
        )
        dates = self.single_dates(components.records_of(self.doc, "timexes"))
        amounts: list[Amount] = []
        for item in self.shared_units(candidates):
            if item.time or (item.unit is None and item.subunit is None):
                continue
            unit, value = item.unit, item.value
            if item.subunit is not None:
                unit, value = currency, value * item.subunit
            end = item.end
            while end > item.start and self.text[end - 1].isspace():
                end -= 1
            span = self.doc.char_span(item.start, end, alignment_mode="expand")
            sentence = self.written_sentence(item.number.start)
            amounts.append(
                Amount(
                    start=item.start,
                    end=end,
                    text=self.text[item.start : end],
                    value=_plain(value),
                    unit=unit,
                    approx=item.approx,  # type: ignore[arg-type]
                    subject=subject_of(span) if span is not None else None,
                    date=figure_date(
                        item.start, end, sentence, self.dating(item.start, end, dates, sentence)
                    ),
                )
            )
        return amounts

    def outside_timexes(self, numbers: list[Number]) -> list[Number]:
        """A number inside a date or a duration the timex extractor found is not a figure:
        turned away before its tail is read (a third of the numbers are in dates)."""
        spans = [
            (t["start"], t["end"])
            for t in components.records_of(self.doc, "timexes")
            if t.get("type") in ("DATE", "TIME", "DURATION")
        ]
        return [n for n in numbers if not any(s < n.end and n.start < e for s, e in spans)]


def _plain(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if math.isclose(rounded, round(rounded)) else rounded


def extract_amounts(doc: Doc) -> list[Amount]:
    return _AmountReader(doc).read()
