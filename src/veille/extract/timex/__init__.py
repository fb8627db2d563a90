"""TIMEX3 temporal expressions: find them with the language's patterns, resolve them in order.

`extract_timexes(doc)` runs every compiled pattern of `lang/<lang>/timex.yaml` over the text,
drops matches a guard rejects (ages, street names, page numbers, the planet Mars), keeps the
longest of overlapping matches, then resolves them from the first to the last so that each
can count from the dates the text gave before it (see `context`). One spaCy lookup per
expression at most (the tense of its clause); no extra pipeline pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from veille.extract.layout import text_of
from veille.extract.participles import cleft, describes_a_noun
from veille.extract.timex import resolve as r
from veille.extract.timex.complement import (
    PendingOffset,
    counted_from_complement,
    opens_complement,
    still_waiting,
)
from veille.extract.timex.context import Context
from veille.extract.timex.coordination import YearWanted, shared_year, wants_year
from veille.extract.timex.direction import FUTURE, PAST, tense_at, told_in_past
from veille.extract.timex.event_day import counted_from_events
from veille.extract.timex.lexicon import WORD_START, Lexicon, Pattern, lexicon
from veille.extract.timex.prefilter import Scanner
from veille.records import Timex

__all__ = ["extract_timexes", "find_timexes"]

_SENTENCE_OPENERS = '.!?:;«»"“”\n—–(-•'
_SENTENCE_ENDS = ".!?\n"  # what ends the sentence before an expression
_ASIDE = ("(", ")")  # brackets around an aside
_CLAUSE_REACH = 4  # heads climbed from a date to its clause's verb
_LEADING_WORDS = 4  # words before a date that still opens its sentence (`Dans la nuit de`)
_SET_OFF = (",", ".", "\n", "–", ":")  # what follows a date that opens its sentence
_ARTICLE_AT_END = re.compile(r"\s*\b(?:le|la|les|l['’])\s*$", re.IGNORECASE)  # `depuis le`
_DAY = len("2023-10-17")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    pattern: Pattern
    match: re.Match[str]
    order: int


def _sentence_start(text: str, start: int) -> bool:
    """After an opening mark, or first on its line (`Titre\n\nSamedi, la police a arrêté`:
    a title or a heading ends with no mark)."""
    before = text[:start]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_OPENERS or "\n" in before[len(stripped) :]


def _span(pattern: Pattern, match: re.Match[str]) -> tuple[int, int]:
    groups = match.re.groupindex
    if pattern.kind == "range":
        return match.start("first"), match.end("t")
    if "t" in groups and match.group("t") is not None:
        return match.start("t"), match.end("t")
    return match.start(), match.end()


class _Guards:
    """The checks that keep ages, names and counts out, in terms of the lexicon's tables."""

    def __init__(self, lex: Lexicon, doc: Doc, text: str) -> None:
        self.lex = lex
        self.doc = doc
        self.text = text

    def accept(self, pattern: Pattern, match: re.Match[str], start: int, end: int) -> bool:
        text, lex = self.text, self.lex
        before = text[max(0, start - 60) : start]
        # A cue word is needed before, unless the expression opens the sentence.
        cue = pattern.preceded_by
        needs_cue = cue and (pattern.cue_always or not _sentence_start(text, start))
        if cue and needs_cue and not lex.ends_with(cue, before):
            return False
        if pattern.not_preceded_by and lex.ends_with(pattern.not_preceded_by, before):
            return False
        if pattern.lowercase and not (
            text[start].islower() or _sentence_start(text, start) or text[start:end].isupper()
        ):
            return False
        if pattern.sentence_start and not _sentence_start(text, start):
            return False
        if self._capitalised_unit(match):
            return False
        if pattern.not_age and self._is_age(match, start, text[end : end + 5]):
            return False
        if pattern.not_before_noun and self._modifies_next_noun(match):
            return False
        if pattern.not_noun and self._token_at(start, end, "NOUN"):
            return False
        return not (pattern.year_guard and not self._is_year(match, before, end))

    def _capitalised_unit(self, match: re.Match[str]) -> bool:
        """A capitalised unit after a number is a title ("au « 20 Heures » de TF1")."""
        if "unit" not in match.re.groupindex or match.group("unit") is None:
            return False
        unit = match.group("unit")
        return match.start("unit") > match.start() and unit[0].isupper() and not unit.isupper()

    def _token_at(self, start: int, end: int, pos: str) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ == pos

    def _modifies_next_noun(self, match: re.Match[str]) -> bool:
        """Is the unit word an adjective of the next noun ("une seconde fois")?"""
        if match.groupdict().get("unit") is None:
            return False
        start = match.start("unit")
        span = self.doc.char_span(start, match.end("unit"), alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token = span[-1]
        head = token.head
        return head.i == token.i + 1 and head.pos_ in ("NOUN", "PROPN")

    def _is_age(self, match: re.Match[str], start: int, after: str) -> bool:
        """ "29 ans" of a person: after "âgé de", "a", a person noun + "de", or in apposition."""
        unit = match.groupdict().get("unit")
        if unit is None or self.lex.lookup("units", unit) != "Y":
            return False
        groups = match.groupdict()
        number_at = match.start("num") if groups.get("num") else start
        before = self.text[max(0, start - 60) : number_at]
        if self.lex.ends_with("age_cues", before):
            return True
        if re.search(r"\bde\s+\d+\s+(?:et|à|ou)\s*$", before):  # "enfants de 2 à 8 ans"
            return True
        if re.search(r"(?:\bde|\bd['’])\s*(?:une?\s+)?$", before, re.I):
            return self._person_before(start)
        stripped = before.rstrip()
        # In apposition: "Mohamed R., 39 ans, a été", "Zuzana H., 26 ans et ancienne employée".
        closes = re.match(r"\s*(?:[,).(]|et\b)", after) is not None
        return bool(stripped) and stripped[-1] in ",(" and closes

    def _person_before(self, start: int) -> bool:
        """Does "de N ans" follow a person ("un homme", "l'islamiste irakien", "Mohamed")?"""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        i = span.start - 1
        while i >= 0 and self.doc[i].lower_ in ("de", "d'", "d’", "un", "une"):
            i -= 1
        for token in reversed(list(self.doc[max(0, i - 2) : i + 1])):
            if self.lex.lookup_word("person_nouns", token.text):
                return True
        if i < 0:
            return False
        previous = self.doc[i]
        if self.lex.lookup_word("duration_nouns", previous.text):
            return False
        return previous.pos_ in ("PROPN", "ADJ")

    def _is_year(self, match: re.Match[str], before: str, end: int) -> bool:
        if re.search(r"\d[\s.,]?$", before) or re.match(r"[\s ]?\d", self.text[end : end + 2]):
            return False
        following = re.match(r"\s+([^\W\d_]+)", self.text[end : end + 30])
        if following is None:
            return True
        word_start = end + following.start(1)
        span = self.doc.char_span(word_start, word_start + len(following.group(1)))
        if span is None or len(span) != 1:
            return True
        token = span[0]
        if self.lex.lookup("months", token.text):
            return True
        return not (token.pos_ in ("NOUN", "ADJ", "NUM") and token.text[:1].islower())


@cache
def _scanner(lex: Lexicon) -> Scanner:
    return Scanner([pattern.regex for pattern in lex.patterns], WORD_START)


def find_candidates(doc: Doc, text: str, lex: Lexicon) -> list[Candidate]:
    """Every accepted match, the longest of overlapping ones kept."""
    guards = _Guards(lex, doc, text)
    found: list[Candidate] = []
    matches = _scanner(lex).matches(text)  # each pattern's finditer, only where it can match
    for order, (pattern, pattern_matches) in enumerate(zip(lex.patterns, matches, strict=True)):
        for match in pattern_matches:
            start, end = _span(pattern, match)
            if end > start and guards.accept(pattern, match, start, end):
                found.append(Candidate(start, end, pattern, match, order))
    found.sort(key=lambda c: (c.start - c.end, -c.pattern.priority, c.order, c.start))
    kept: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


class _FirstOfRange(r.Groups):
    """The first day of "du 3 au 5 mars": the day is `day1`, everything else is shared."""

    def text(self, name: str) -> str | None:
        return super().text("day1" if name == "day" else name)


def _tense(doc: Doc, text: str, span: tuple[int, int], lex: Lexicon) -> int | None:
    """The direction a preposition gives ("depuis mardi"), else the tense of the clause."""
    tense = tense_at(doc, *span, lex.lookup_word)
    if tense in (PAST, FUTURE):
        return tense
    before = text[max(0, span[0] - 30) : span[0]]
    if lex.ends_with("past_cues", before):
        return PAST
    if lex.ends_with("future_cues", before):
        return FUTURE
    return tense


def _complements_a_noun(doc: Doc, span: tuple[int, int]) -> bool:
    """A date hung on a noun by a preposition ("l'attaque de mardi", "le match de samedi")."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or not doc.has_annotation("DEP"):
        return False
    root = words.root
    has_case = any(c.dep_ == "case" for c in root.children)
    return root.dep_ == "nmod" and root.head.pos_ == "NOUN" and has_case


def _sets_the_scene(doc: Doc, text: str, span: tuple[int, int], kind: str, lex: Lexicon) -> bool:
    """Whether a day is one the story goes on at, which a later clock time alone ("Vers 20 h
    50, l'individu est sorti") is on: not one told in an aside or a quote ("(né le 31
    décembre 1977)"), in a relative, participle or infinitive clause ("Denis, qui a été écrasé
    le 13 décembre dernier", "condamnés pour avoir caillassé des policiers samedi"), nor a
    feast hung on a noun ("les courses de Noël")."""
    start, end = span
    paragraph = text.rfind("\n", 0, start)
    marks = zip(lex.word_lists["aside_openers"], lex.word_lists["aside_closers"], strict=True)
    for opener, closer in marks:
        opening = text.rfind(opener, paragraph + 1, start)
        if opening >= 0 and text.rfind(closer, opening, start) < 0:
            return False
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not doc.has_annotation("DEP"):
        return True
    if kind == "holiday" and _complements_a_noun(doc, span):
        return False
    word = words.root
    for _ in range(_CLAUSE_REACH):  # up to the clause the date belongs to
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    if word.pos_ not in ("VERB", "AUX"):
        return True
    forms = [word, *(c for c in word.children if c.dep_.startswith("aux"))]
    infinitive = any("Inf" in t.morph.get("VerbForm", []) for t in forms)
    # a participle before its noun, or opening its sentence, tells the story ("Interpellés dès
    # mardi soir par les gendarmes", "Arrêté lundi, le suspect a avoué")
    fronted = word.i < word.head.i or word.is_sent_start or word.i == 0
    # "ce sont 45 individus qui ont perdu la vie ce vendredi": a cleft tells the news
    describing = describes_a_noun(word) and not (
        fronted or cleft(word) or _opens_a_line(text, word.idx)
    )
    return not (infinitive or describing)


def _sets_a_timeline(doc: Doc, text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a day sets the scene of the clock times that open later lines (`Vers 8h00,
    ...`, `Context.timeline_scene`): one opening its sentence, or dating its clause (`un
    attentat s'est produit ce vendredi 25 mars`); not one that starts a span (`Depuis le 1er
    décembre, 2 000 personnes ont annulé`) nor one naming which thing a noun or pronoun is
    (`la 26ème journée qui fait suite à la journée du 11 décembre, et tout au début, celle
    du samedi 17 novembre`)."""
    if _opens_a_span(text, span[0], lex):
        return False
    return _leads_its_sentence(text, *span) or not _names_which(doc, span)


def _names_which(doc: Doc, span: tuple[int, int]) -> bool:
    """A date hung by a preposition on a noun or a pronoun (`la journée du 11 décembre`,
    `celle du samedi 17 novembre`, `la manifestation de samedi`)."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or not doc.has_annotation("DEP"):
        return False
    root = words.root
    return (
        root.dep_ == "nmod"
        and root.head.pos_ in ("NOUN", "PRON")
        and any(c.dep_ == "case" for c in root.children)
    )


def _opens_a_span(text: str, start: int, lex: Lexicon) -> bool:
    """`Depuis le 1er décembre, 2 000 personnes ont annulé [...]`: a day after `depuis`
    (`span_start_cues`) starts a span that goes on up to the time told."""
    before = _ARTICLE_AT_END.sub("", text[max(0, start - 40) : start])
    return lex.ends_with("span_start_cues", before)


def _leads_its_sentence(text: str, start: int, end: int) -> bool:
    """`Samedi, ...`, `Dans la nuit de samedi à dimanche, ...`, the dateline `4 février 2017.
    –`: a date in the few words that open its sentence or line, set off from what follows,
    sets the scene of a timeline (`Context.timeline_scene`); not `la journée du 2
    décembre` inside a sentence, nor `lors de la manifestation de samedi`."""
    opening = max(text.rfind(mark, 0, start) for mark in (*_SENTENCE_ENDS, "–"))
    if len(text[opening + 1 : start].split()) > _LEADING_WORDS:
        return False
    return text[end : end + 3].lstrip(" ")[:1] in _SET_OFF


def _year_of_a_noun(text: str, start: int, lex: Lexicon) -> bool:
    """A year joined by `de` to a noun ("les élections européennes de 2019", "la loi de
    2015"), not to a month ("janvier de 2019"): it names which thing the noun is."""
    before = re.search(r"([^\W\d]+)\s+de\s+$", text[max(0, start - 40) : start])
    return before is not None and not lex.lookup("months", before.group(1).lower())


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether an expression stands in the phrase that opens its sentence, before its first
    comma (`Samedi, ...`, `Dans la nuit de samedi à dimanche, ...`), where a day sets a scene,
    not inside the sentence (`condamnés pour avoir caillassé des policiers samedi`)."""
    opening = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS)
    return "," not in text[opening + 1 : start]


def _opens_a_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _resolve(
    candidate: Candidate, doc: Doc, text: str, ctx: Context, lex: Lexicon
) -> list[r.Resolved]:
    pattern, match = candidate.pattern, candidate.match
    groups = r.Groups(match, lex)
    span = (candidate.start, candidate.end)
    kind = pattern.kind
    if kind == "set" and pattern.past_as_date and _tense(doc, text, span, lex) == PAST:
        kind = "date"  # "il est arrivé le lundi": that Monday, not every Monday
    if kind in ("date", "holiday", "range"):
        tense = _tense(doc, text, span, lex)
        ctx.sentence_year = ctx.year_in_sentence(text, candidate.start)
        if kind == "holiday":
            return r.resolve_holiday(groups, ctx, tense, span)
        if kind == "range":
            first = r.resolve_date(
                _FirstOfRange(match, lex),
                pattern,
                ctx,
                tense,
                (match.start("first"), match.end("first")),
            )
            second = r.resolve_date(groups, pattern, ctx, tense, (match.start("t"), match.end("t")))
            return first + second
        past = tense == PAST and told_in_past(doc, *span, lex.lookup_word)
        return r.resolve_date(
            groups, pattern, ctx, tense, span, nearest=_complements_a_noun(doc, span), past=past
        )
    if kind == "clock":
        near = ctx.reference_in_sentence(text, candidate.start)
        opening = text[text.rfind("\n", 0, candidate.start) + 1 : candidate.start].strip()
        timeline = not opening or lex.lookup_word("clock_cues", opening)  # `Vers 8h00, ...`
        night = ctx.night_in_sentence(text, candidate.start)
        tense = _tense(doc, text, span, lex)
        return r.resolve_clock(groups, ctx, span, tense, near, timeline, night)
    if kind == "duration":
        return r.resolve_duration(groups, ctx, span)
    if kind == "offset":
        return r.resolve_offset(groups, pattern, ctx, span)
    if kind == "set":
        return r.resolve_set(groups, span)
    if kind == "decade":
        return r.resolve_decade(groups, span)
    if kind == "century":
        return r.resolve_century(groups, span)
    return r.resolve_vague(groups, pattern, span)


def find_timexes(doc: Doc, published: str | None, language: str = "fr") -> list[Timex]:
    lex = lexicon(language)
    ctx = Context.of(published)
    timexes: list[Timex] = []
    text = text_of(doc)
    pending: PendingOffset | None = None
    waiting: dict[int, int] = {}  # offsets counted from the last date told: index -> days
    wanted: YearWanted | None = None
    for candidate in find_candidates(doc, text, lex):
        for item in _resolve(candidate, doc, text, ctx, lex):
            if pending is not None and not still_waiting(pending, text, item.start):
                pending = None
            if pending is not None:
                value = counted_from_complement(pending, text, item.start, item.value)
                if value is not None:  # "au lendemain de l'attentat de mercredi"
                    timexes[pending.index] = replace(timexes[pending.index], value=value)
                    waiting.pop(pending.index, None)
                    pending = None
            told_year = candidate.match.re.groupindex.get("year") is not None and bool(
                candidate.match.group("year")
            )
            if wanted is not None:
                value = shared_year(wanted, text, item.start, item.value, told_year, lex)
                if value is not None:  # "entre mars et juin 2016"
                    timexes[wanted.index] = replace(timexes[wanted.index], value=value)
            timexes.append(
                Timex(item.start, item.end, text[item.start : item.end], item.type, item.value)  # type: ignore[arg-type]
            )
            wanted = wants_year(len(timexes) - 1, item.end, item.value, told_year)
            scene = len(item.value) < _DAY or _sets_the_scene(
                doc, text, (item.start, item.end), candidate.pattern.kind, lex
            )
            ctx.saw(
                item.value,
                item.explicit,
                item.end,
                scene,
                _opens_its_sentence(text, item.start),
                _year_of_a_noun(text, item.start, lex),
                _sets_a_timeline(doc, text, (item.start, item.end), lex),
            )
            offset = r.Groups(candidate.match, lex).table("refoff", "reference_offsets")
            if isinstance(offset, int) and opens_complement(text, item.end, lex):
                pending = PendingOffset(len(timexes) - 1, item.end, offset, item.value[10:])
                waiting[len(timexes) - 1] = offset
    return counted_from_events(doc, timexes, waiting, lex)


def extract_timexes(doc: Doc) -> list[Timex]:
    """The pipeline entry point: timexes of a Doc whose `doc._.published` is set."""
    return find_timexes(doc, doc._.published, doc.lang_ or "fr")
