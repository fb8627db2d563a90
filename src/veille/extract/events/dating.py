"""When an event happened: the temporal expression of its clause, else of a clause governing
it or of an incise of saying that reports it, else of its sentence when it speaks of the
sentence's main event, else (for a past-tense clause) the last day named earlier in its
paragraph (for a future one, the planned day named there), else the publication date (and
then the record says so with `date_from: "published"`).

A participle or relative clause ("X, visé par un mandat d'arrêt, a été accueilli mardi")
tells of another event than its governor's, so it does not take the governor's date; nor
does a date that bounds a span ("jusqu'à", "depuis" for a present state), sits in an aside
in brackets, or names which thing an argument is ("la loi de 2015"). An event of the title
takes the title's own date, else the date the body gives it, not the dateline's; "lors de
cette même rencontre" takes the time last told ("la veille du scrutin" comes counted from
the day the article gives the scrutin by the timex extractor); a clause in an unmeasured
span ("ces dernières semaines", "au cours des prochaines heures") is `PAST_REF` or
`FUTURE_REF`. The few French words this needs are in `lang/fr/event_modality` and
`lang/fr/event_dating`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from veille import components, lang
from veille.extract.layout import column, kept, layout, text_of
from veille.extract.participles import cleft, described_noun, describes_a_noun
from veille.records import DateFrom
from veille.text import fold

_DATED = ("DATE", "TIME")
_OPENINGS = "veille.events.paragraph_openings"  # Doc.user_data key: where paragraphs open
_LEAD = "veille.events.lead_paragraph"  # Doc.user_data key: the lead paragraph's bounds
_VERBS = "veille.events.verbs_by_lemma"  # Doc.user_data key: the text's verbs by lemma
_TITLE_END = "veille.events.title_end"  # Doc.user_data key: where the title ends
_STEMS = "veille.events.words_by_stem"  # Doc.user_data key: nouns and verbs by their stem
_STATEMENT = "veille.events.lead_statement"  # Doc.user_data key: the lead's statement
_LEAD_EVENT = "veille.events.lead_event"  # Doc.user_data key: the lead's dated event
_PAST = "veille.events.past_clauses"  # Doc.user_data key: per token, told in the past
_VAGUE_VALUES = ("PAST_REF", "FUTURE_REF")
_SPAN_COUNT = re.compile(r"P(\d+|X)([DW])")  # days or weeks, counted or not
_HOUR_COUNT = re.compile(r"PT(\d+(?:\.\d+)?|X)(H|MIN)")  # hours or minutes, counted or not
_OFFSET_WORD = re.compile(r"\s+(plus tard|plus tôt|auparavant)\b", re.IGNORECASE)
_FEW = 7  # the most `quelques jours` may stand for
_CLOCK = re.compile(r"T\d\d:\d\d")  # a clock time of a day (`2016-03-08T20:00`)
_GAP = re.compile(r"P(\d+)([DW])")  # a duration counted in days or weeks
_DAY = len("2023-10-17")  # a value at least this long names a calendar day
_MONTH = len("2023-10")
_PARTS_OF_DAY = ("MO", "AF", "EV", "NI")  # TIMEX3 parts of a day (`2023-10-16TEV`)
_STEM = 5  # shortest lemma that another may extend (`attaque` -> `attaquer`)
_SENTENCE_ENDS = ".!?…"
_CLOSING = "»\"”’' "  # closing quotes and spaces after a title's last word
# Clause links across which an event keeps its own time (a describing clause, an aside).
_OWN_TIME = ("acl", "acl:relcl", "parataxis", "appos")
_CLAUSE_WORDS = ("VERB", "AUX", "SCONJ", "CCONJ", "PRON")  # where a phrase cannot reach back
_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")  # the parser tags some `il` expl:subj
_ARGUMENTS = ("nsubj", "nsubj:pass", "obj", "iobj", "conj", "appos", "ROOT")


def _usable(timex: dict[str, Any]) -> bool:
    value = str(timex.get("value") or "")
    return timex.get("type") in _DATED and value[:1].isdigit()


def _vague(timex: dict[str, Any]) -> bool:
    """`récemment` (PAST_REF), `au cours des prochaines heures` (FUTURE_REF): a time, though
    no calendar date, that dates the clause it hangs from (the present is the article's)."""
    return timex.get("type") in _DATED and timex.get("value") in _VAGUE_VALUES


def _clauses(clause: Token) -> list[Token]:
    """The clause and those governing it, up to one that describes another event."""
    chain = [clause]
    while (
        clause.head.i != clause.i
        and (not clause.dep_.startswith(_OWN_TIME) or _noun_complement(clause))
        and not _closes_a_relative(clause)
    ):
        clause = clause.head
        chain.append(clause)
    return chain


def _noun_complement(verb: Token) -> bool:
    """`a affirmé son intention de ne pas coopérer`: an infinitive hung on a noun completes
    it (what the intention is), it describes no other event: it is told when its noun is."""
    return verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm", [])


def _closes_a_relative(verb: Token) -> bool:
    """`Le ministre, qui avait été nommé en mars, a démissionné`: the parser made the main
    verb a conjunct of the relative clause before it; with no `et`, `ou`, `mais` to join
    them it is no conjunct, and the relative clause's time is not its own."""
    return (
        verb.dep_ == "conj"
        and verb.head.dep_.startswith(_OWN_TIME)
        and not any(c.dep_ == "cc" for c in verb.children)
    )


def _anchor(token: Token, events: frozenset[int]) -> Token:
    """What a timex word dates: the verb it hangs from, or the event noun it complements
    (`l'attaque chimique de mardi` dates the attack, not the clause around it), also through
    a participle that says when that event takes place (`la visite, prévue le 27 janvier`)."""
    word = token
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.head.i in events and not _occasion(token.head):
            return token.head
        if token is word and (_of_a_thing(token) or _of_a_complement(token, events)):
            return token.head
        if token.head.i < token.i and (verb := _stranded(token)) is not None:
            return verb
        token = token.head
    if fold(token.lemma_) in _words("timing_verbs"):
        if token.dep_.startswith("acl") and _occasion(token.head):
            # `signé lors de la visite, prévue le 27 janvier`: the occasion's time is the
            # time of the clause it sets, as its own date would be (`lors de la visite du 27`)
            return _governing_clause(token.head)
        if token.dep_.startswith("acl") and (event := described_noun(token, events)):
            return event
        if token.dep_ == "xcomp" and "Part" in token.morph.get("VerbForm", []):
            # `a confirmé sa visite, prévue le 27`: the parser hung it on the verb
            objects = [c for c in token.head.children if c.dep_ == "obj" and c.i in events]
            if objects:
                return objects[0]
    if token.head.i == token.i and token.pos_ not in ("VERB", "AUX"):
        return _cut_off_clause(token) or token
    return token


def _cut_off_clause(root: Token) -> Token | None:
    """`Vers 7h40` | `, Benjamin Cauchy estime que`: a phrase the parser made a sentence of its
    own, with no verb, set off by a comma from the sentence that follows it in its paragraph,
    opens that sentence's clause (its root); a dateline (`4 février 2017. –`) is set off by no
    comma."""
    doc = root.doc
    found = layout(doc)
    k = bisect_right(found.sentence_starts, root.i)
    if k >= len(found.sentence_starts):
        return None
    first, after = found.sentence_starts[k - 1], found.sentence_starts[k]
    words = doc[first:after]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    _, end = _paragraph_bounds(doc, root.idx)
    if not found.token_starts[after] < end:
        return None
    last = after - 1
    while last > first and doc[last].is_space:
        last -= 1
    if "," not in (doc[last].text, doc[after].text):
        return None
    top = doc[after]
    while top.head.i != top.i:
        top = top.head
    return top


def _stranded(word: Token) -> Token | None:
    """`Le Hamas attaque Israël` / `Samedi 7 octobre, le Hamas a lancé une attaque`: a phrase
    the parser hung on a word of the paragraph before belongs to the clause of the first verb
    after it in its own sentence (the top of that verb's tree in the paragraph)."""
    doc = word.doc
    start, end = _paragraph_bounds(doc, word.idx)
    if word.head.idx >= start:
        return None
    return _first_clause_after(word, start, end)


def _first_clause_after(word: Token, start: int, end: int) -> Token | None:
    """The clause of the first verb after `word` in its sentence and paragraph (`start`,
    `end`): the top of that verb's tree in the paragraph."""
    doc = word.doc
    for t in doc[word.i + 1 :]:
        if t.idx >= end or t.text in _SENTENCE_ENDS:
            return None
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and not t.dep_.startswith(("aux", "cop"))):
            while t.head.i != t.i and start <= t.head.idx < end:
                t = t.head  # the top of its own paragraph's tree (`alors que X dormait, Y a`)
            return t
    return None


def _of_a_thing(word: Token) -> bool:
    """`a modifié la loi de 2015`, `la Constitution de 1958 a été révisée`: a date joined by
    `de` to the verb's subject or object names which thing it is, not when the verb's event
    happened."""
    head = word.head
    return (
        word.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and head.dep_ in ("obj", "nsubj", "nsubj:pass")
        and any(_genitive(c) for c in word.children)
        and not _approximation(head)
    )


def _approximation(noun: Token) -> bool:
    """`aux alentours de 14 heures 30`, `aux environs de midi` (`approximation_nouns`): a noun
    that puts the time after `de` about when something happened, not one naming a thing."""
    return fold(noun.text) in _dating_words("approximation_nouns")


def _genitive(word: Token) -> bool:
    """`de`, `du`, `des`, accents kept: `dès` opens a span, it joins no complement."""
    return word.dep_ == "case" and word.lower_ in _genitives()


@cache
def _genitives() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load("event_dating")["genitive"])


def _of_a_complement(word: Token, events: frozenset[int]) -> bool:
    """`qu'il considère à l'origine de l'attaque chimique de mardi`: a date joined by `de` to
    a noun that is itself a noun's complement names which thing that is (the attack of
    Tuesday), not when the clause's event happened, unless the phrase is an event's own
    (`l'attentat du Parlement de mercredi`, the parser's hanging)."""
    head = word.head
    if not (
        word.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and head.dep_ == "nmod"
        and any(_genitive(c) for c in word.children)
    ) or _approximation(head):
        return False
    token = head
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.head.i in events:
            return False
        token = token.head
    return True


def _occasion(noun: Token) -> bool:
    """`Lors de la réunion des 22 et 23 mars, les États ont décidé de`: a meeting that sets
    the scene (not the verb's subject or object) is the time of the clause it sets, so its
    date dates that clause too (`a annulé le sommet du 12 juin` dates only the summit)."""
    return noun.dep_ not in _ARGUMENTS and fold(noun.lemma_) in _words("occasion_nouns")


def _words(key: str) -> frozenset[str]:
    return lang.words("event_modality", key)


def _past(verb: Token) -> bool:
    """Whether a clause is told in a past tense (`_told_in_past`), worked out once per verb
    and Doc: an event's clause is asked again by several rules."""
    known: list[bool | None] = kept(verb.doc, _PAST, _no_verbs_yet)
    past = known[verb.i]
    if past is None:
        past = known[verb.i] = _told_in_past(verb)
    return past


def _no_verbs_yet(doc: Doc) -> list[bool | None]:
    return [None] * len(doc)


def _told_in_past(verb: Token) -> bool:
    """A past-tense clause: passé composé, plus-que-parfait, imparfait, passé simple, a bare
    past participle, a causative in one (`ont fait fuir`); a passive takes its auxiliary's
    tense (`sont arrêtés` is a present)."""
    children = list(verb.children)  # read once: each walk makes a Token per child again
    auxiliaries = [
        c
        for c in children
        if c.dep_.startswith("aux") or (c.pos_ == "AUX" and c.dep_ == "dep" and c.i < verb.i)
    ]  # `ont fait fuir`: the parser may leave the causative's participle unlabelled
    passive = any(c.dep_ == "nsubj:pass" for c in children) and not any(
        c.dep_.startswith("expl") for c in children
    )
    if auxiliaries and passive and all(a.dep_ == "aux:pass" for a in auxiliaries):
        return any(t in auxiliaries[0].morph.get("Tense", []) for t in ("Past", "Imp"))
    return any(
        t in member.morph.get("Tense", [])
        for member in (verb, *auxiliaries)
        for t in ("Past", "Imp")
    )


def _paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character offsets of the paragraph holding `char`; a paragraph that a colon opens
    (`a réagi :` then the quote on its own line) runs on into the next."""
    starts = kept(doc, _OPENINGS, _paragraph_openings)
    k = bisect_right(starts, char)  # the openings are in text order
    # the tokens tile the text: the last paragraph ends where the text does
    return (starts[k - 1] if k > 0 else 0), (starts[k] if k < len(starts) else len(text_of(doc)))


def _paragraph_openings(doc: Doc) -> list[int]:
    """Where each paragraph the layout finds opens, but for one a colon ends the line before."""
    found = layout(doc)
    opens = [i for i in found.paragraph_starts if _last_word(doc, i) != ":"]
    return [found.token_starts[i] for i in opens]


def _last_word(doc: Doc, i: int) -> str:
    """The text of the last word before token `i` (white space skipped)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].text if i >= 0 else ""


def _finite_or_past(verb: Token) -> bool:
    """A verb that tells an event (`a cessé`, `adoptée`), not a present participle, which
    tells a state (`son compte s'opposant plus récemment à...`)."""
    return verb.pos_ in ("VERB", "AUX") and not (
        "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])
    )


def _stranded_auxiliary(anchor: Token, chain: list[int], doc: Doc) -> bool:
    """`François Fillon a, lors de l'émission du jeudi 23 mars, accusé l'Élysée`: the parser
    made the auxiliary a root or a punctuation and hung the participle elsewhere; the
    auxiliary's time is that of a later participle of the clause that has no auxiliary."""
    if anchor.pos_ != "AUX" or anchor.dep_.startswith(("aux", "cop")):
        return False
    verbs = [doc[i] for i in chain if doc[i].pos_ == "VERB" and doc[i].i > anchor.i]
    return any(
        "Part" in v.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("aux") for c in v.children)
        for v in verbs
    )


def _governing_clause(token: Token) -> Token:
    """The verb a word belongs to (itself when it is one)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def event_date(
    clause: Token,
    sentence: Span,
    timexes: list[dict[str, Any]],
    published: str | None,
    trigger: Token | None = None,
    events: frozenset[int] = frozenset(),
) -> tuple[str | None, DateFrom]:
    """`events`: the tokens of the sentence's event nouns, which take their own dates.

    An event of the headline is the one the body tells: it takes the date the body gives it
    (the same word later in the text, else the lead sentence's), not the dateline's."""
    headline = _headline_date(trigger or clause, sentence, timexes, published)
    if headline is not None:
        return headline, "text"
    if trigger is not None and trigger.pos_ == "NOUN":
        clause = _own_paragraph_clause(trigger, clause)
    if (counted := _counted_from_governor(clause, timexes, published)) is not None:
        return counted, "text"
    return _date_in_text(clause, sentence, timexes, published, trigger, events)


def _counted_from_governor(
    clause: Token, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`a été publiée le 9 janvier, trois jours après que la Corée du Nord a effectué un
    test`: the clause after `après que` / `avant que` measured in days lies that many days
    before (after) the day its governor is given, as `la veille de` counts from its event's
    day; without such a day it keeps its own."""
    gap = _measured_gap(clause, timexes)
    if gap is None:
        return None
    governor, days = gap
    day, _ = _date_in_text(governor, governor.sent, timexes, published, governor, own_only=True)
    if not day or len(day) < _DAY or not day[:4].isdigit():
        return None
    return (date.fromisoformat(day[:_DAY]) + timedelta(days=days)).isoformat()


def _measured_gap(clause: Token, timexes: list[dict[str, Any]]) -> tuple[Token, int] | None:
    """The governor of a clause opened by `après que` / `avant que` right after a number of
    days or weeks ("trois jours après que"), and the days from the governor to the clause."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if clause.dep_.startswith("advcl") and clause.head.pos_ in ("VERB", "AUX"):
        governor = clause.head
    else:  # the parser may invert them: `publiée lundi, trois jours après que ... a effectué`
        before = [
            c
            for c in clause.children
            if c.dep_.startswith("advcl") and c.pos_ == "VERB" and marks and c.i < marks[0].i
        ]
        if not before:
            return None
        governor = before[0]
    sign = 0
    for mark in marks:
        word = fold(mark.text)
        sign = (
            -1
            if word in _dating_words("gap_after")
            else 1
            if word in _dating_words("gap_before")
            else 0
        )
        if sign:
            break
    if not sign or not any(c.i == mark.i + 1 and c.pos_ == "SCONJ" for c in marks):
        return None  # `après que`, not `après avoir vu`
    text = text_of(clause.doc)  # `doc.text` joins every token again
    for timex in timexes:
        found = _GAP.fullmatch(str(timex.get("value") or ""))
        if timex.get("type") != "DURATION" or found is None:
            continue
        if timex["end"] > mark.idx or text[timex["end"] : mark.idx].strip():
            continue
        count = int(found.group(1)) * (7 if found.group(2) == "W" else 1)
        return governor, sign * count
    return None


def _own_paragraph_clause(noun: Token, clause: Token) -> Token:
    """`... semble loin des centres d'intérêts de l'EI.` | `Une deuxième revendication a été
    mise en ligne le soir de l'attentat`: an event noun the parser hung on a verb of the
    paragraph before belongs to the clause of the first verb after it in its own paragraph."""
    start, end = _paragraph_bounds(noun.doc, noun.idx)
    if start <= clause.idx < end:
        return clause
    # `pour la période 1998-2002.` | `X, en déplacement à Troyes ce mardi, a contesté`: also
    # when the parser hung the noun on a word of its own paragraph, itself hung on the verb
    return _first_clause_after(noun, start, end) or clause


def _date_in_text(
    clause: Token,
    sentence: Span,
    timexes: list[dict[str, Any]],
    published: str | None,
    trigger: Token | None = None,
    events: frozenset[int] = frozenset(),
    own_only: bool = False,
) -> tuple[str | None, DateFrom]:
    """`own_only`: only a date of the clause itself or a clause governing it, else None."""
    doc = sentence.doc
    # a sentence the parser ran across a paragraph break is two: keep the clause's part;
    # one it cut where no sentence ends (`... d'assassinat », a annoncé hier le parquet`) is one
    start, end = _paragraph_bounds(doc, clause.idx)
    whole = _whole_sentence(sentence, start, end)
    start, end = max(start, whole.start_char), min(end, whole.end_char)
    local = [
        t
        for t in timexes
        if start <= t["start"] and t["end"] <= end and not _aside_apart(doc, t, clause, timexes)
    ]
    in_sentence = [t for t in local if (_usable(t) or _vague(t)) and not _birth_date(doc, t)]
    chain = [t.i for t in _clauses(clause)]
    chain = _to_the_report(chain, doc)
    if trigger is not None and trigger.i not in chain:
        chain.insert(0, trigger.i)
    by_rank: list[tuple[int, int, dict[str, Any]]] = []
    loose = []  # timexes that date no other clause or noun (a dateline, an aside)
    for timex in in_sentence:
        word = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if word is None:
            continue
        anchor = _anchor(word.root, events)
        if _vague(timex) and not (anchor.i == chain[0] and _finite_or_past(anchor)):
            continue
        if (
            (_bounds_a_span(word, anchor, clause) and not _about_then(word, timex))
            or _names_a_programme(word, timex, events)
            or _names_a_thing_to_come(word, timex, clause, published)
        ):
            continue
        if anchor.i in chain:
            by_rank.append((chain.index(anchor.i), abs(timex["start"] - clause.idx), timex))
        elif trigger is not None and _tells_of(anchor, trigger):
            by_rank.append((0, abs(timex["start"] - clause.idx), timex))
        elif _stranded_auxiliary(anchor, chain, doc) or _fronted_participle(anchor, chain, whole):
            by_rank.append((len(chain), abs(timex["start"] - clause.idx), timex))
        elif _incise_of(anchor, chain, doc) or _introduces(anchor, chain, doc):
            if _past(clause):  # told as done before it was reported: that day, at most
                timex = {**timex, "value": str(timex["value"])[:_DAY]}
            by_rank.append((len(chain), abs(timex["start"] - clause.idx), timex))
        elif (
            anchor.pos_ not in ("VERB", "AUX", "NOUN")
            or not start <= anchor.idx < end
            or _misparsed_root(anchor, clause)
        ) and _usable(timex):
            loose.append(timex)
    # (not for a title's telling: such a clause tells background, `depuis mai 2015, date à
    # laquelle Pyongyang a annoncé`, not the news a title tells)
    if not own_only and (told := _time_of_relative(doc[chain[-1]], in_sentence)) is not None:
        by_rank.append((len(chain), abs(told["start"] - clause.idx), told))
    if (counted := _counted_from_told(chain, local, timexes, events, doc)) is not None:
        by_rank.append((counted[0], abs(counted[1]["start"] - clause.idx), counted[1]))
    if by_rank:
        # of the dates of one clause, a calendar day before a coarser one (`la semaine
        # prochaine, le 24 octobre`), a clock time before a part of its day, then the nearest
        best = min(
            by_rank,
            key=lambda r: (r[0], len(str(r[2]["value"])) < _DAY, _gives_way(r, by_rank), r[1]),
        )
        return _refined(best, by_rank), "text"
    if not own_only and (setting := _day_of_the_setting(clause, timexes, published)):
        return setting, "text"
    if not own_only and (vague := _unmeasured_span(clause, local, events)):
        return vague, "text"
    if not own_only and (met := _occasion_told_elsewhere(clause, timexes, published)):
        return met, "text"
    if own_only:
        return None, "published"
    if _undated_background(clause):
        return "PAST_REF", "text"
    if loose and not (clause.dep_.startswith(_OWN_TIME) or clause.pos_ == "NOUN"):
        nearest = min(loose, key=lambda t: abs(t["start"] - clause.idx))
        return str(nearest["value"]), "text"
    if (later := _told_later(clause, whole, timexes, published)) is not None:
        return later, "text"
    if (again := _reported_again(clause, timexes, published)) is not None:
        return again, "text"
    before = _told_before(clause, whole, timexes)
    if before and before[:4].isdigit() and not after_published(before, published):
        return before, "text"
    if (ahead := _told_ahead(clause, whole, timexes)) and after_published(ahead, published):
        return ahead, "text"
    if (story := _present_of_a_day_told(clause, whole, timexes, published)) is not None:
        return story, "text"
    if (speech := _speaker_goes_on(clause, timexes, published)) is not None:
        return speech, "text"
    if (speech := _doer_says(clause, timexes, published)) is not None:
        return speech, "text"
    return published, "published"


def _reported_again(
    clause: Token, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`a hier avoué avoir tué la fille en fin août 2017. Il a dit aux enquêteurs qu'il [...]
    l'a tuée`: an act told in the past inside what someone says (the complement of a verb of
    saying, `statement_verbs`) that repeats a verb told earlier in the text with a date of
    its own is that act: it takes that date, not the day of the telling."""
    if not _past(clause) or clause.pos_ != "VERB":
        return None
    word, reported = clause, False
    while word.head.i != word.i and not reported:
        reported = word.dep_ == "ccomp" and fold(word.head.lemma_) in _dating_words(
            "statement_verbs"
        )
        word = word.head
    if not reported:
        return None
    doc = clause.doc
    earlier = [i for i in _verbs_by_lemma(doc).get(clause.lemma, ()) if i < clause.i]
    for i in reversed(earlier):
        other = doc[i]
        if other.sent.start == clause.sent.start:
            continue
        day, _ = _date_in_text(other, other.sent, timexes, published, other, own_only=True)
        if day and day[:4].isdigit() and not after_published(day, published):
            return day
    return None


def _misparsed_root(anchor: Token, clause: Token) -> bool:
    """`Ce matin, au rond-point de L'Escapade qui sépare [...] la police a expulsé`: a noun
    the parser made the root of a sentence with a verb in it, which a date hangs on, stands
    for the clause the parser missed; the date may date it as a dateline does, unless it is
    a plan (`a annoncé, dimanche, que l'Iran s'apprêtait à signer`)."""
    return anchor.head.i == anchor.i and not _to_come(clause)


def _day_of_the_setting(
    clause: Token, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`Hollande a organisé une réunion de crise, jeudi soir, [...] à la suite de laquelle il
    a affirmé`: a relative clause opened by `où`, `laquelle` (`setting_relatives`) with no
    date of its own happens in its antecedent's setting, on the day of the antecedent's
    clause (a calendar day, not a year: `né en 1950 à Lyon, où il a étudié`)."""
    if clause.dep_ != "acl:relcl":
        return None
    words = _dating_words("setting_relatives")
    opened = any(
        fold(t.text) in words and "Rel" in t.morph.get("PronType", [])
        for c in clause.children
        if c.i < clause.i
        for t in (c, *c.children)
    )
    if not opened:
        return None
    governor = _governing_clause(clause.head)
    if governor.i == clause.i:
        return None
    day, _ = _date_in_text(governor, governor.sent, timexes, published, governor, own_only=True)
    return day if day and len(day) >= _DAY and day[:4].isdigit() else None


def _to_the_report(chain: list[int], doc: Doc) -> list[int]:
    """`a annoncé dimanche que l'Iran s'apprêtait à signer un contrat`: a plan (an infinitive,
    a future, a conditional) reported by a verb is not dated by the report's time."""
    for k, i in enumerate(chain[:-1]):
        if doc[i].dep_ == "ccomp":
            if any(_to_come(doc[j]) for j in chain[: k + 1]):
                return chain[: k + 1]
            break
    return chain


def _counted_from_told(
    chain: list[int],
    local: list[dict[str, Any]],
    timexes: list[dict[str, Any]],
    events: frozenset[int],
    doc: Doc,
) -> tuple[int, dict[str, Any]] | None:
    """`Le ministre a démissionné le 12 mars. Deux jours plus tard, il a été arrêté`: a number
    of days or weeks before `plus tard`, `plus tôt`, `auparavant` counts from the last day told
    before it in its paragraph (the 14th), not from the article's; an unknown number
    (`quelques jours plus tôt`) gives that day's month when the span cannot leave it; a
    number of hours (`1 h 30 auparavant`) counts from the last time told before it in the
    text (`_hours_from`). The clause's rank in `chain` and the counted date."""
    text = text_of(doc)  # `doc.text` joins every token again: once per event
    for timex in local:
        value = str(timex.get("value") or "")
        found = _SPAN_COUNT.fullmatch(value)
        hours = _HOUR_COUNT.fullmatch(value)
        if timex.get("type") != "DURATION" or (found is None and hours is None):
            continue
        after = _OFFSET_WORD.match(text, timex["end"])
        if after is None:
            continue
        word = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if word is None or (anchor := _anchor(word.root, events)).i not in chain:
            continue
        # hours count from the time of the story, which an earlier paragraph may have told
        # (`Ce samedi 18 mars, un homme a été abattu` | `1 h 30 auparavant, il avait tiré`)
        start = layout(doc).paragraph_start_char(timex["start"]) if hours is None else 0
        told = [
            t
            for t in timexes
            if _usable(t)
            and start <= t["start"]
            and t["end"] <= timex["start"]
            and len(str(t["value"])) >= _DAY
            and not _quoted(doc, t["start"])
        ]
        if not told:
            return None
        base = date.fromisoformat(str(told[-1]["value"])[:_DAY])
        sign = 1 if fold(after.group(1)) in _dating_words("offsets_later") else -1
        if fold(after.group(1)) not in _dating_words("offsets_later") | _dating_words(
            "offsets_earlier"
        ):
            return None
        if found is None:  # `1 h 30 auparavant`: hours from the time last told
            return chain.index(anchor.i), {**timex, "value": _hours_from(told[-1], hours, sign)}
        unit = 7 if found.group(2) == "W" else 1
        if found.group(1) == "X":  # `quelques jours plus tôt`: within the month, if it must be
            furthest = base + timedelta(days=sign * _FEW * unit)
            if (furthest.year, furthest.month) != (base.year, base.month):
                return None
            value = base.isoformat()[:_MONTH]
        else:
            value = (base + timedelta(days=sign * int(found.group(1)) * unit)).isoformat()
        return chain.index(anchor.i), {**timex, "value": value}
    return None


def _hours_from(told: dict[str, Any], hours: re.Match[str] | None, sign: int) -> str:
    """The time a count of hours (`hours`, `sign` -1 for `auparavant`) from the time told
    gives: the clock time counted from a clock time the text told (`Vers 17 h [...] Deux
    heures plus tard`: 19:00), else the day told; a count that leaves that day gives the
    day it lands on only when a clock time says which."""
    value = str(told["value"])
    clock = _CLOCK.search(value)
    if hours is None or hours.group(1) == "X" or clock is None:
        return value[:_DAY]
    span = float(hours.group(1)) * (1 if hours.group(2) == "H" else 1 / 60)
    moment = datetime.fromisoformat(value[: clock.end()]) + timedelta(hours=sign * span)
    return moment.isoformat(timespec="minutes")


def _names_a_programme(word: Span, timex: dict[str, Any], events: frozenset[int]) -> bool:
    """`Elle annoncera sa candidature ce soir, dans le journal de 20h`: a clock time joined by
    `de` to a noun says which one it is (the 8 p.m. news, the 8 o'clock train), not when the
    clause happened; not the time of an event or an occasion (`lors de la réunion de 15 h`),
    nor one a noun of approximation gives (`aux alentours de 14 heures 30`: about then)."""
    root, value = word.root, str(timex.get("value") or "")
    return (
        _CLOCK.search(value) is not None
        and root.dep_ == "nmod"
        and root.head.pos_ == "NOUN"
        and root.head.i not in events
        and not _occasion(root.head)
        and not _approximation(root.head)
        and any(_genitive(c) for c in root.children)
    )


def _names_a_thing_to_come(
    word: Span, timex: dict[str, Any], clause: Token, published: str | None
) -> bool:
    """`a annoncé sa candidature à l'élection présidentielle de 2017` (in August 2016): a date
    after the article joined by `de` to a noun says which thing it is (the coming election),
    wherever the parser hung the noun; a clause told as done or doing cannot happen then (a
    plan can: `se présentera à l'élection de 2017`)."""
    root = word.root
    return (
        root.dep_ == "nmod"
        and root.head.pos_ == "NOUN"
        and any(_genitive(c) for c in root.children)
        and after_published(str(timex.get("value") or ""), published)
        and not _to_come(clause)
    )


def _time_of_relative(top: Token, timexes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """`depuis mai 2015, date à laquelle Pyongyang a annoncé`, `le 17 avril, jour où il
    s'exprimera`: a relative clause hung on a noun of time set beside a date happened at that
    date (`time_nouns`; only punctuation and determiners between the date and the noun)."""
    relative = top.dep_.startswith("acl") and any(
        "Rel" in c.morph.get("PronType", []) for c in top.children
    )
    if not relative or fold(top.head.lemma_) not in _dating_words("time_nouns"):
        return None
    noun, doc = top.head, top.doc
    for timex in reversed(timexes):
        if timex["end"] > noun.idx or not _usable(timex):
            continue
        between = doc.char_span(timex["end"], noun.idx, alignment_mode="expand")
        apart = between is not None and all(
            t.is_punct or t.is_space or t.pos_ == "DET" for t in between if t.i != noun.i
        )
        return timex if apart else None
    return None


def _gives_way(
    rank: tuple[int, int, dict[str, Any]], by_rank: list[tuple[int, int, dict[str, Any]]]
) -> bool:
    """`Vers 17h10, la nuit commence à tomber et les policiers ont chargé`: a part of a day
    gives way to a clock time of that day the same clause tells, which says when more
    closely."""
    value = str(rank[2]["value"])
    if len(value) <= _DAY or value[_DAY + 1 :] not in _PARTS_OF_DAY:
        return False
    day = value[: _DAY + 1]
    return any(
        r[0] == rank[0] and str(r[2]["value"]).startswith(day) and _CLOCK.search(str(r[2]["value"]))
        for r in by_rank
    )


def _refined(
    best: tuple[int, int, dict[str, Any]], by_rank: list[tuple[int, int, dict[str, Any]]]
) -> str:
    """The chosen day, or the part of that day the same clause also tells ("perpétré ce
    mercredi 25 janvier, en début de matinée": the Wednesday morning)."""
    day = str(best[2]["value"])
    finer = [
        r
        for r in by_rank
        if r[0] == best[0] and len(day) == _DAY and str(r[2]["value"]).startswith(day + "T")
    ]
    return str(min(finer, key=lambda r: r[1])[2]["value"]) if finer else day


def after_published(value: str | None, published: str | None) -> bool:
    """Whether a date falls after the article's, at the precision both have (`2023-10-16` is
    not after an article of `2023-10`)."""
    if not value or not published or not value[:4].isdigit():
        return False
    n = min(len(value), len(published), _DAY)
    return value[:n] > published[:n]


def _whole_sentence(sentence: Span, start: int, end: int) -> Span:
    """The sentence as written: the model's sentence joined with those before and after it in
    the paragraph (`start`, `end`) while no sentence-ending mark separates them (`La semaine
    dernière, le Royaume-` | `Uni a déjà expulsé`; `« ... »` | `, a annoncé le parquet`)."""
    doc = sentence.doc
    found = layout(doc)
    offsets = found.token_starts  # a token's `idx`, without making the Token
    first, last = sentence.start, sentence.end
    while first > 0 and offsets[first] > start and not _ends_sentence(doc, first):
        first = found.sentence_of(first - 1)
    while last < len(doc) and offsets[last] < end and not _ends_sentence(doc, last):
        k = bisect_right(found.sentence_starts, last)
        last = found.sentence_starts[k] if k < len(found.sentence_starts) else len(doc)
    return doc[first:last]


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether a sentence ends before token `i` (a mark of its end, maybe with closing quotes)."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text.strip(_CLOSING) == ""):
        i -= 1
    return i < 0 or doc[i].text.rstrip(_CLOSING)[-1:] in tuple(_SENTENCE_ENDS)


def _bounds_a_span(word: Span, anchor: Token, clause: Token) -> bool:
    """`jusqu'à 5 heures`: the end of a span of time, not when the clause's event happened;
    `s'accumulent depuis sa défaite de 2014`, `après le référendum du 1er octobre, la
    situation demeure tendue`: the start of a state that goes on today (a past clause,
    `affaibli depuis 2007`, did begin then; a future one, `dès lundi`, will)."""
    bounds = _dating_words("span_ends")
    if not _past(clause) and not _to_come(clause):
        bounds |= _dating_words("span_starts")
    elif _state_of_a_noun(word):
        return True
    return _between(word) or _opened_by(word, anchor, bounds)


def _about_then(word: Span, timex: dict[str, Any]) -> bool:
    """`Peu avant 11 h, des échauffourées ont eu lieu`: a bound word after `peu`, `juste`
    (`near_bounds`) in front of a clock time gives about when the clause happened."""
    doc, start = word.doc, word.start
    if start < 2 or _CLOCK.search(str(timex.get("value") or "")) is None:
        return False
    bounds = _dating_words("span_ends") | _dating_words("span_starts")
    return fold(doc[start - 1].text) in bounds and fold(doc[start - 2].text) in _dating_words(
        "near_bounds"
    )


def _state_of_a_noun(word: Span) -> bool:
    """`a confirmé la mort de Karimov, au pouvoir depuis 1989`: a start the preposition
    gives a noun's phrase dates that state, not the clause's event, whatever its tense."""
    root = word.root
    starts = _dating_words("span_starts")
    opened = any(c.dep_ == "case" and fold(c.text) in starts for c in root.children)
    noun = root.head
    if not opened or noun.pos_ != "NOUN" or not noun.i < word.start:
        return False
    # the noun's own phrase: no clause or punctuation between (not a misparse across them)
    between = word.doc[noun.i + 1 : word.start]
    return not any(t.is_punct or t.pos_ in _CLAUSE_WORDS for t in between)


def _between(word: Span) -> bool:
    """`entre les 17 et 23 mars`, `entre 2005 et 2007`: a span set by two dates says when
    something went on, which the parser often hangs on the wrong clause; it dates none (the
    preposition must open the date's own phrase, or that of the first date it joins to)."""
    between = _dating_words("span_between")
    doc = word.doc
    if word.start > 0 and fold(doc[word.start - 1].text) in between:
        return True
    heads = [*word, *(t.head for t in word if t.dep_ == "conj")]  # `et le 9 octobre`
    return any(c.dep_ == "case" and fold(c.text) in between for h in heads for c in h.children)


def _opened_by(word: Span, anchor: Token, bounds: frozenset[str]) -> bool:
    """Whether one of `bounds` opens the phrase of a date word, up to what it dates."""
    doc = word.doc
    before = [doc[i] for i in range(max(0, word.start - 2), word.start)]
    if any(fold(t.text) in bounds for t in before):
        return True
    # `Depuis sa défaite à l'élection de Paris en 2014, ...`: a date at the end of the phrase
    # the preposition opens, wherever the parser hung it (no verb or punctuation between)
    for t in reversed(doc[: word.start]):  # one Token each, read once
        if t.is_punct or t.pos_ in _CLAUSE_WORDS:
            break
        if t.dep_ == "case" and fold(t.text) in bounds and t.head.pos_ == "NOUN":
            return True
    token = word.root
    while token.i != anchor.i:
        if any(c.dep_ == "case" and fold(c.text) in bounds for c in token.children):
            return True
        if token.head.i == token.i or token.dep_.startswith("advmod"):
            break  # `hier avant l'aube`: an adverb the parser hung on the bounded phrase
        token = token.head
    return False


def _aside_apart(doc: Doc, timex: dict[str, Any], clause: Token, timexes: list) -> bool:
    """A date inside brackets with other words (`(comme nous le signalions hier)`) dates only
    what the brackets hold, not the clause around them; brackets that hold a date alone
    (`l'ouverture d'une enquête (fin septembre 2016)`) date what they follow."""
    aside = _aside_around(doc, timex["start"])
    if aside is None or aside[0] <= clause.idx < aside[1]:
        return False
    dates = [(t["start"], t["end"]) for t in timexes if aside[0] <= t["start"] < aside[1]]
    span = doc.char_span(aside[0], aside[1], alignment_mode="expand")
    return span is not None and any(
        t.is_alpha and not any(s <= t.idx < e for s, e in dates) for t in span
    )


def _aside_around(doc: Doc, char: int) -> tuple[int, int] | None:
    """The brackets holding character `char`, if any."""
    opening, closing = _dating_words("aside_opening"), _dating_words("aside_closing")
    text = text_of(doc)
    start = max(text.rfind(o, 0, char) for o in opening)
    if start < 0 or max(text.rfind(c, start, char) for c in closing) >= 0:
        return None
    ends = [e for e in (text.find(c, char) for c in closing) if e >= 0]
    return (start, min(ends)) if ends else None


def _tells_of(verb: Token, noun: Token) -> bool:
    """`la sortie du Royaume-Uni de l'UE, dont le processus s'enclenchera demain 29 mars`,
    `l'attaque, au cours de laquelle des civils ont été tués samedi`: a relative clause on an
    event noun opened by `dont`, `où`, `au cours duquel` (`event_relatives`) tells of that
    event's course, so its date is the event's (also where the parser hung the relative
    clause elsewhere, when it follows the noun's phrase)."""
    if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
        return False
    relatives = _dating_words("event_relatives")

    def relative(t: Token) -> bool:
        # `duquel`, `lequel` are relatives whatever their tag; `où` only when tagged one
        tagged = "Rel" in t.morph.get("PronType", [])
        return fold(t.text) in relatives and (tagged or (t.pos_ == "PRON" and t.lower_ != "où"))

    if verb.dep_ == "acl:relcl" and verb.head.i == noun.i:
        return any(relative(t) for c in verb.children if c.i < verb.i for t in c.subtree)
    doc, i = verb.doc, noun.right_edge.i + 1
    while i < verb.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    rel = next((t for t in doc[i : verb.i] if relative(t)), None)
    if rel is None or any(t.pos_ in ("VERB", "AUX") for t in doc[i : rel.i]):
        return False
    if _governing_clause(rel).i == verb.i or _first_verb_after(rel) == verb.i:
        return True
    # `au cours de laquelle ... ont été tués`: the clause hung on the relative's own noun
    return verb.dep_ == "acl:relcl" and verb.head.i in {rel.i, *(a.i for a in rel.ancestors)}


def _first_verb_after(word: Token) -> int | None:
    """The first verb after a relative pronoun, the relative clause's own where the parser
    lost it (`au cours duquel le bus avait été visé`: its auxiliaries only between)."""
    for t in word.doc[word.i + 1 : word.sent.end]:
        if t.pos_ == "VERB":
            return t.i
        if t.pos_ == "AUX" and not (t.dep_.startswith("aux") and t.head.i > t.i):
            return None
    return None


def _fronted_participle(anchor: Token, chain: list[int], sentence: Span) -> bool:
    """`Interrogé vendredi à Bordeaux, Alain Juppé a affirmé`: a bare past participle that
    opens the sentence sets the scene of its main clause, so its date dates that clause
    (one later in the sentence, `X, élu en mars, a démissionné`, tells of another time)."""
    if not (
        anchor.pos_ == "VERB"
        and anchor.dep_ in ("advcl", "acl")
        and "Part" in anchor.morph.get("VerbForm", [])
        and "Past" in anchor.morph.get("Tense", [])
        and not any(c.dep_.startswith("aux") for c in anchor.children)
    ):
        return False
    head = anchor.head
    if head.i not in chain and not (head.dep_.startswith("nsubj") and head.head.i in chain):
        return False
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == anchor.left_edge.i == anchor.i


def _incise_of(anchor: Token, chain: list[int], doc: Doc) -> bool:
    """`L'homme a été inculpé, a annoncé aujourd'hui le parquet`, `Le parquet a ouvert une
    enquête, a-t-on appris mardi`: an incise of saying after the clause (a verb set apart by
    a comma, its subject after it) tells when the clause was made known, the latest the
    clause can be dated to. The parser makes it a sentence of its own, a parataxis, or a
    conjunct with no `et` and its subject after it."""
    if anchor.pos_ not in ("VERB", "AUX") or anchor.i < chain[0]:
        return False
    subjects = [c for c in anchor.children if c.dep_.startswith("nsubj")]
    verb_start = min([anchor.i] + [c.i for c in anchor.children if c.dep_.startswith("aux")])
    if any(c.i < verb_start for c in subjects):  # `a-t-on appris`: after the auxiliary
        return False
    if anchor.dep_ == "conj":
        if any(c.dep_ == "cc" for c in anchor.children) or not subjects:
            return False
    elif anchor.dep_ not in ("ROOT", "parataxis"):
        return False
    first = next(t for t in anchor.subtree if not (t.is_punct or t.is_space) or t.i == anchor.i)
    i = first.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text in (",", *_CLOSING.strip())


def _introduces(anchor: Token, chain: list[int], doc: Doc) -> bool:
    """`Le ministre a affirmé lundi : « Nous soutenons l'Ukraine »`: a verb of saying before
    a colon tells when what follows the colon was said (the parser makes the words after the
    colon a sentence of their own, or hangs them on the verb)."""
    top = doc[chain[-1]]
    if anchor.pos_ not in ("VERB", "AUX") or anchor.i >= chain[0]:
        return False
    if not (top.dep_ == "ROOT" or (top.dep_ == "parataxis" and top.head.i == anchor.i)):
        return False
    between = doc[anchor.i + 1 : top.left_edge.i]
    return any(t.text == ":" for t in between) and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in between
    )


def _dating_words(key: str) -> frozenset[str]:
    return lang.words("event_dating", key)


def _unmeasured_span(
    clause: Token, local: list[dict[str, Any]], events: frozenset[int]
) -> str | None:
    """`a cessé ces dernières semaines`, `des manifestations ont eu lieu tous les samedis`: a
    past clause placed in an unmeasured span or a repetition of time happened at some time in
    the past (`PAST_REF`), not on the article's day; `envoyer un émissaire au cours des
    prochaines heures`: a future, conditional or infinitive one in an unmeasured span will
    happen at some time to come (`FUTURE_REF`)."""
    past = _past(clause)
    if not past and not _to_come(clause):
        return None
    doc = clause.doc
    spanned = {clause.i}
    if clause.dep_ == "conj" and _past(clause.head) == past:
        spanned.add(clause.head.i)  # `a cessé ces dernières semaines ... et s'est retiré`
    for timex in local:
        value = str(timex.get("value"))
        vague = (timex.get("type") == "SET" and past) or (
            timex.get("type") == "DURATION"
            and "X" in value
            and not (past and value.startswith("PT"))
        )  # `ces dernières semaines` (PXW), not `après 33 ans d'absence` (P33Y) nor, for a
        # past clause, `pendant des heures` (PTXH: within the day the narrative tells)
        if not vague:
            continue
        word = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if word is None:
            continue
        anchor = _anchor(word.root, events)
        if (
            anchor.i in spanned
            and not _bounds_a_span(word, anchor, clause)
            and not _opened_by(word, anchor, _dating_words("spans_before"))
        ):
            return "PAST_REF" if past else "FUTURE_REF"
    return None


def _to_come(verb: Token) -> bool:
    """A future, a conditional or an infinitive (`va envoyer`, `enverrait`, `a indiqué
    envoyer`): a clause that tells what is to come, not what is."""
    return (
        "Fut" in verb.morph.get("Tense", [])
        or "Cnd" in verb.morph.get("Mood", [])
        or "Inf" in verb.morph.get("VerbForm", [])
    )


def _told_later(
    clause: Token, sentence: Span, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`Manuel Valls a proposé la suppression de l'article 49.3. [...] Il a proposé le 15
    décembre la suppression de l'article`: the lead paragraph sums up what the body tells
    with its date; an undated past clause of the lead takes the date of the first later
    telling of the same verb with the same subject or object (a noun, not a pronoun). So
    does a plan it announces undated (`l'Iran s'apprêtait à signer un contrat. Le contrat
    devrait être signé lors de la visite ..., prévue le 27 janvier`), at a later date."""
    doc = clause.doc
    if clause.pos_ != "VERB" or not (sides := _sides(clause)):
        return None
    lead = _lead_paragraph(doc)
    if lead is None or lead != _paragraph_bounds(doc, clause.idx):
        return None
    past = _past(clause)
    if not past and not _to_come(clause):
        return None
    quoted = [(q["start"], q["end"]) for q in components.records_of(doc, "quotes")]
    # after the clause's sentence, or its paragraph when the parser ran the sentence on
    after = min(sentence.end, bisect_left(layout(doc).token_starts, lead[1]))
    for i in _verbs_by_lemma(doc).get(clause.lemma, ()):
        other = doc[i]
        if i < after or any(start <= other.idx < end for start, end in quoted):
            continue  # `« Ce soir, j'ai ordonné »`: a quote's time is its speaker's
        # the same thing named in the later clause (the parser may hang it anywhere in it)
        named = {fold(t.lemma_) for t in other.subtree if _governing_clause(t).i == other.i}
        if other.dep_ == "xcomp":  # `le contrat devrait être signé`: the subject is above
            named |= _sides(other.head)
        if not sides & named:
            continue
        date, _ = _date_in_text(other, other.sent, timexes, published, other, own_only=True)
        if date and date[:4].isdigit() and after_published(date, published) != past:
            return date
    return None


def _occasion_told_elsewhere(
    clause: Token, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`une mesure qui a déjà été défendue lors de la primaire de droite [...] à la primaire
    de la droite et du centre de novembre dernier`: an occasion that sets the clause's scene
    undated (`occasion_openers`) happened when another mention of it, named by the same
    complement, says (`lors de cette primaire` names no complement: no other one)."""
    openers = _dating_words("occasion_openers")
    occasions = [
        n
        for c in clause.children
        if c.dep_ == "advmod" and fold(c.text) in openers
        for n in c.children
        if n.pos_ == "NOUN" and "Plur" not in n.morph.get("Number", [])
    ]  # `lors des manifestations`: several, which a date of one of them does not date
    for occasion in occasions:
        if not (named := _complements(occasion)):
            continue
        doc = clause.doc
        for i in _words_by_stem(doc).get(_stem(occasion), ()):
            other = doc[i]
            if (
                i == occasion.i
                or other.pos_ != "NOUN"
                or fold(other.lemma_) != fold(occasion.lemma_)
            ):
                continue
            if not named & _complements(other):
                continue
            clause_of = _governing_clause(other)
            nouns = frozenset({i})
            date, _ = _date_in_text(
                clause_of, other.sent, timexes, published, other, nouns, own_only=True
            )
            if (
                date
                and date[:4].isdigit()
                and not (_past(clause) and after_published(date, published))
            ):
                return date
    return None


def _complements(noun: Token) -> set[str]:
    """The words naming which one a noun is: its noun complements and adjectives, and what
    they coordinate (`la primaire de la droite et du centre`)."""
    named = set()
    for c in noun.children:
        if c.dep_ in ("nmod", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN"):
            named.add(fold(c.lemma_))
            named |= {fold(g.lemma_) for g in c.children if g.dep_ == "conj"}
    return named


def _verbs_by_lemma(doc: Doc) -> dict[int, list[int]]:
    """The verbs of the text by lemma (its hash), in order; found once per Doc."""
    return kept(doc, _VERBS, _index_verbs)


def _index_verbs(doc: Doc) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for i, (pos, lemma) in enumerate(zip(column(doc, POS), column(doc, LEMMA), strict=True)):
        if pos == VERB:
            found.setdefault(lemma, []).append(i)
    return found


def _lead_paragraph(doc: Doc) -> tuple[int, int] | None:
    """The bounds of the first paragraph after the title that holds a verb (not the
    dateline); found once per Doc."""
    return kept(doc, _LEAD, _find_lead)


def _find_lead(doc: Doc) -> tuple[int, int] | None:
    title_end = _title_end(doc)
    for i in layout(doc).paragraph_starts:
        if doc[i].idx < title_end:
            continue
        start, end = _paragraph_bounds(doc, doc[i].idx)
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and any(t.pos_ == "VERB" for t in span):
            return start, end
    return None


def _sides(verb: Token) -> set[str]:
    """The lemmas of a verb's nominal subject and object (pronouns name nothing)."""
    return {
        fold(c.lemma_)
        for c in verb.children
        if c.dep_ in ("nsubj", "obj") and c.pos_ in ("NOUN", "PROPN")
    }


def _told_before(clause: Token, sentence: Span, timexes: list[dict[str, Any]]) -> str | None:
    """A narrative goes on at the day the previous sentence of its paragraph named: a
    past-tense clause with no date of its own takes that day (never one after the article),
    the day only (`mardi soir, il a été arrêté. Il avait lancé...`: the second event is of
    that Tuesday, not of its evening)."""
    if not _past(clause):
        return None
    # the clause's own paragraph, also when the parser ran its sentence across the break
    start = layout(sentence.doc).paragraph_start_char(clause.idx)
    part = max(start, sentence.start_char)
    previous = [t for t in timexes if _usable(t) and start <= t["start"] and t["end"] <= part]
    if (back := _refers_back(clause, sentence)) is not None:
        # `lors de cette même rencontre`: the time last told, wherever it was
        told = [t for t in timexes if _usable(t) and t["end"] <= back.idx]
        if told:
            return str(told[-1]["value"])
    days = [
        t
        for t in previous
        if len(str(t["value"])) >= 10
        and not _describes_a_noun(sentence.doc, t["start"])
        and not _dates_an_infinitive(sentence.doc, t["start"])
        and not _birth_date(sentence.doc, t)
        and not _after_bound(sentence.doc, t["start"], "span_starts")
    ]
    if not days or _back_to_the_present(sentence.doc, days[-1]["end"], sentence.start):
        return None
    day = str(days[-1]["value"])[:_DAY]
    if _pluperfect(clause) or any(
        fold(c.text) in _dating_words("sequence_adverbs") for c in clause.children
    ):
        # `mardi soir, il a été arrêté. Il avait lancé...`: before it; `La Russie a ensuite
        # bombardé Kiev`: after it; that day, at most
        return day
    # `lundi 28 novembre au soir, aux alentours de 21 h 30, ... Un de ses gardes a été tué`:
    # the episode goes on in the part of the day told (not at a clock time's minute, not a
    # quote's evening, not the dawn it came before)
    doc = sentence.doc
    parts = [
        t
        for t in days
        if str(t["value"]).startswith(f"{day}T")
        and str(t["value"])[_DAY + 1 :] in _PARTS_OF_DAY
        and not _quoted(doc, t["start"])
        and not _after_bound(doc, t["start"])
    ]
    return str(parts[-1]["value"]) if parts else day


def _undated_background(clause: Token) -> bool:
    """`D'autres juges avaient déjà statué contre le décret`, `les suspects, ayant déjà été
    incarcérés`, `(le Parquet avait requis 30 mois)`: an act told in the pluperfect or a
    perfect participle, which an adverb (`anteriority_adverbs`) or brackets set before the
    time the text tells, with no date of its own, happened at some time in the past the text
    does not give (`PAST_REF`), not on the day its paragraph goes on at nor the article's."""
    if not _perfect_before(clause):
        return False
    words = _dating_words("anteriority_adverbs")
    if any(c.dep_ == "advmod" and fold(c.text) in words for c in clause.children):
        return True
    return _aside_around(clause.doc, clause.idx) is not None


def _perfect_before(verb: Token) -> bool:
    """A participle whose auxiliary of tense is in the imperfect (`avait statué`, `s'était
    déplacé`, `avait été critiqué`) or is itself a participle (`ayant été incarcérés`): an
    act before the time told; not a passive in the imperfect (`était recherché`), a state."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    tense = [c for c in verb.children if c.dep_ == "aux:tense"]
    if not tense and verb.dep_ == "conj":  # `avait lancé sa voiture et poignardé`
        tense = [c for c in verb.head.children if c.dep_ == "aux:tense"]
    return any(
        "Imp" in a.morph.get("Tense", []) or "Part" in a.morph.get("VerbForm", []) for a in tense
    )


def _describes_a_noun(doc: Doc, char: int) -> bool:
    """Whether the day at `char` dates a relative or participle clause ("dans la salle où le
    traité fut signé le 25 mars 1957", "la loi annoncée lundi"): background about a thing,
    not the day the narrative goes on at (`a affirmé M. Gentiloni` in the next sentence is of
    the article's day). A participle before its noun tells the story ("Arrêté lundi, il")."""
    verb = _governing_clause(doc[_token_at(doc, char)])
    if verb.pos_ not in ("VERB", "AUX") or verb.i < verb.head.i or cleft(verb):
        return False
    return describes_a_noun(verb)


def _birth_date(doc: Doc, timex: dict[str, Any]) -> bool:
    """`Clément Baur, né le 16 juillet 1993 (23 ans) et [...], ont été interpellés`: a date
    right after `né`, `née` (`birth_participles`) says when someone was born, never when
    another event of its sentence or paragraph happened (the parser may make `né` the root
    the main verb hangs on)."""
    k = bisect_left(layout(doc).token_starts, timex["start"])
    before = [t for t in doc[max(0, k - 3) : k] if not t.is_space][-2:]
    words = _dating_words("birth_participles")
    return any(fold(t.text) in words for t in before)


def _dates_an_infinitive(doc: Doc, char: int) -> bool:
    """Whether the day at `char` dates an infinitive clause ("a avoué ce lundi 6 mars avoir
    tué les quatre membres de la famille dans la nuit du 16 au 17 février"): what the clause
    says someone did, wanted or said, not the day the narrative goes on at (`Il a été mis en
    examen` in the next sentence is of the Monday, not of the night of the crime)."""
    verb = _governing_clause(doc[_token_at(doc, char)])
    if verb.pos_ not in ("VERB", "AUX"):
        verb = _verb_before_fragment(verb) or verb
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]  # `avoir tué`
    return verb.head.i != verb.i and any("Inf" in t.morph.get("VerbForm", []) for t in forms)


def _verb_before_fragment(root: Token) -> Token | None:
    """`avoir tué les quatre membres de la famille (les parents, [...]) | dans la nuit du 16
    au 17 février`: a phrase with no verb the parser cut off from its sentence, where no
    sentence ended, belongs to the last verb before it out of brackets."""
    doc = root.doc
    start = root.sent.start
    if start == 0 or _ends_sentence(doc, start):
        return None
    depth = 0  # brackets closed, read backwards
    for i in range(start - 1, -1, -1):
        t = doc[i]
        if t.text.rstrip(_CLOSING)[-1:] in tuple(_SENTENCE_ENDS):
            return None  # the written sentence began after it
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and t.pos_ == "VERB":
            return t
    return None


def _pluperfect(verb: Token) -> bool:
    """A compound past whose auxiliary is in the imperfect (`avait lancé`, `avait été tué`;
    a participle joined to one shares its auxiliary: `avait lancé sa voiture et poignardé`):
    an event before the time told."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not auxiliaries and verb.dep_ == "conj":
        auxiliaries = [c for c in verb.head.children if c.dep_.startswith("aux")]
    return any("Imp" in a.morph.get("Tense", []) for a in auxiliaries)


def _after_bound(doc: Doc, char: int, bounds: str = "span_ends") -> bool:
    """Whether the word just before `char` bounds a span (`avant l'aube`, `jusqu'au soir`;
    `depuis le 29 avril` with `span_starts`: a state that began then and goes on, not the
    day a narrative goes on at: `« Il est impossible de rouvrir Wikipédia » a-t-il déclaré`
    after `le site est bloqué depuis le 29 avril` is of the article's day)."""
    k = bisect_left(layout(doc).token_starts, char)
    return k > 0 and fold(doc[k - 1].text) in _dating_words(bounds)


def _back_to_the_present(doc: Doc, char: int, until: int) -> bool:
    """Whether a sentence between the day told (`au 4 mars`) and the clause (token `until`)
    is told in the present (`l'implication de la Russie est jugée très probable`): the
    narrative came back to the article's day, so that day no longer sets the clause's time."""
    found = layout(doc)
    first = found.sentence_of(_token_at(doc, char))
    for start in (i for i in found.sentence_starts if first < i < until):
        root = next((t for t in doc[start:until] if t.dep_ == "ROOT"), None)
        if root is not None and _in_the_present(root):
            return True
    return False


def _present_of_a_day_told(
    clause: Token, sentence: Span, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`Le 17 janvier, le Vatican riposte [...] et dénonce [...]. Il prie aussi l'Ordre de
    coopérer`: a story told in the present of a past day goes on at that day: a clause in the
    present with no date of its own takes the last day named before it in its paragraph, when
    the clause that day dates is in the present too (not `Lundi, il a annoncé sa démission.
    Il estime`, which is of the article's day); the clause's doer told again by a pronoun
    (`Il`, `Elle`), as the story goes on, not a state (`l'implication de la Russie est jugée
    probable`) nor a clause describing a noun."""
    if not published or not _in_the_present(clause) or clause.dep_.startswith(_OWN_TIME):
        return None
    subject = _subject_of(clause)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "PRON":
        return None
    doc = sentence.doc
    start = layout(doc).paragraph_start_char(clause.idx)
    part = max(start, sentence.start_char)
    days = [
        t
        for t in timexes
        if _usable(t)
        and start <= t["start"]
        and t["end"] <= part
        and len(str(t["value"])) >= _DAY
        and not _quoted(doc, t["start"])
    ]
    if not days or str(days[-1]["value"])[:_DAY] >= published[:_DAY]:
        return None
    if not _all_in_the_present(doc, _token_at(doc, days[-1]["start"])):
        return None
    return str(days[-1]["value"])[:_DAY]


def _all_in_the_present(doc: Doc, i: int) -> bool:
    """Whether the sentence of token `i` tells in the present only: a finite verb, each in
    the present indicative, no compound past (`a publié`) nor a future or a conditional."""
    found = layout(doc)
    first = found.sentence_of(i)
    k = bisect_right(found.sentence_starts, first)
    last = found.sentence_starts[k] if k < len(found.sentence_starts) else len(doc)
    finite = [
        t
        for t in doc[first:last]
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
    ]
    return bool(finite) and all(
        t.morph.get("Tense", []) == ["Pres"]
        and t.morph.get("Mood", []) == ["Ind"]
        and not t.dep_.startswith("aux")
        for t in finite
    )


def _in_the_present(root: Token) -> bool:
    """A sentence root (a verb, or a noun or adjective with its copula) in a finite present."""
    verb = root
    if root.pos_ not in ("VERB", "AUX"):
        verb = next((c for c in root.children if c.dep_ == "cop"), root)
    if verb.pos_ not in ("VERB", "AUX") or _past(verb) or _to_come(verb):
        return False
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Fin" in t.morph.get("VerbForm", []) for t in finite)


def _told_ahead(clause: Token, sentence: Span, timexes: list[dict[str, Any]]) -> str | None:
    """A plan told in the future goes on at the day named for it: a future-tense clause with
    no date of its own takes the last day earlier in its paragraph, when that day is after
    the article (`Le président se rendra lundi à Pékin. Il y rencontrera Xi Jinping.`)."""
    if "Fut" not in clause.morph.get("Tense", []):
        return None
    start = layout(sentence.doc).paragraph_start_char(clause.idx)
    part = max(start, sentence.start_char)
    days = [
        t
        for t in timexes
        if _usable(t) and start <= t["start"] and t["end"] <= part and len(str(t["value"])) >= _DAY
    ]
    return str(days[-1]["value"])[:_DAY] if days else None


def _refers_back(clause: Token, sentence: Span) -> Token | None:
    """A phrase before the verb that points back at a time or an event just told (`lors de
    cette même rencontre`, `à cette occasion`, `ce même jour`): a noun with a demonstrative
    and `même`, or a noun of occasion with a demonstrative."""
    doc = sentence.doc
    first = max(sentence.start, _token_at(doc, _paragraph_bounds(doc, clause.idx)[0]))
    tags = column(doc, POS)  # a Token made for the nouns only
    for word in (doc[i] for i in range(first, clause.i) if tags[i] == NOUN):
        around = list(word.children)
        if not any("Dem" in w.morph.get("PronType", []) for w in around):
            continue
        if fold(word.lemma_) in _words("occasion_nouns") or any(
            fold(w.lemma_) in _words("anaphoric_modifiers") for w in around
        ):
            return word
    return None


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _headline_date(
    trigger: Token, sentence: Span, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """The date the title gives its event, else the one the body gives it: the date of the
    first use of the same word in the body that has one, else of the lead sentence."""
    doc = sentence.doc
    title_end = _title_end(doc)
    if trigger.idx >= title_end:
        return None
    title = doc.char_span(0, title_end, alignment_mode="expand")
    assert title is not None  # 0 < title_end: "expand" always covers a token
    in_title = [t for t in timexes if t["end"] <= title_end]
    if in_title:  # `Joe Biden se rendra en Israël mercredi`: the title says when itself
        own, _ = _date_in_text(
            _governing_clause(trigger), sentence, in_title, published, trigger, own_only=True
        )
        if own:
            return own
    body = doc[title.end :]
    found: str | None = None
    kin = _words_by_stem(doc).get(_stem(trigger), [])
    for same in (doc[i] for i in kin if i >= body.start and _same_word(doc[i], trigger)):
        # the body may tell it first undated (`a proposé la suppression`), then with its day,
        # then with its hour (`la fusillade est survenue vers 10 h 45`), which refines the day
        clause = _governing_clause(same)
        nouns = frozenset({same.i}) if same.pos_ == "NOUN" else frozenset()
        date, _ = _date_in_text(clause, same.sent, timexes, published, same, nouns, own_only=True)
        if date is None and _to_come(clause):  # a plan the lead dates by its later telling
            date = _told_later(clause, same.sent, timexes, published)
        if date and date[:4].isdigit() and len(date) < _MONTH:
            continue  # a year alone is background (`au pouvoir depuis 1989`), not the news
        if date and found is None:
            found = date
        elif date and len(found or "") == _DAY and date.startswith(f"{found}T"):
            return date
    if found:
        return found
    sentences = body.sents  # type: ignore[attr-defined]  # Span.sents exists; the stubs lack it
    lead = next(
        (s for s in sentences if s.start >= body.start and any(t.pos_ == "VERB" for t in s)),
        None,
    )
    if lead is not None:
        date, date_from = _date_in_text(lead.root, lead, timexes, published)
        # a year alone (`depuis le début de la guerre, il y a 6 ans`) is background, not the
        # time of the news a title tells
        if (
            date_from == "text"
            and date
            and date[:4].isdigit()
            and len(date) >= _MONTH
            and not after_published(date, published)
        ):
            return date
    return None


def _stem(word: Token) -> str:
    """The first letters two words `_same_word` matches share (`attaq` for `attaque`)."""
    return fold(word.lemma_)[:_STEM]


def _words_by_stem(doc: Doc) -> dict[str, list[int]]:
    """The text's nouns and verbs by `_stem`, in order; found once per Doc."""
    return kept(doc, _STEMS, _index_stems)


def _index_stems(doc: Doc) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    strings = doc.vocab.strings
    stem_of: dict[int, str] = {}
    for i, (pos, lemma) in enumerate(zip(column(doc, POS), column(doc, LEMMA), strict=True)):
        if pos in (VERB, NOUN):
            if (stem := stem_of.get(lemma)) is None:
                stem = stem_of[lemma] = fold(strings[lemma])[:_STEM]
            found.setdefault(stem, []).append(i)
    return found


def _same_word(word: Token, other: Token) -> bool:
    """The same word, or a noun and its verb (`attaque`, `attaquer`; a title's verb the tagger
    lemmatised as a noun, `rencontre`)."""
    if word.pos_ not in ("VERB", "NOUN") or other.pos_ not in ("VERB", "NOUN"):
        return False
    a, b = sorted((fold(word.lemma_), fold(other.lemma_)), key=len)
    return a == b or (len(a) >= _STEM and b.startswith(a) and len(b) - len(a) <= 2)


def _title_end(doc: Doc) -> int:
    """Where the title ends: the text's first line, when more follows and it does not end
    as a sentence does (a lead paragraph is no title); else 0. Found once per Doc."""
    return int(kept(doc, _TITLE_END, _find_title_end))


def _find_title_end(doc: Doc) -> int:
    paragraphs = layout(doc).paragraph_starts
    if not paragraphs:
        return 0
    i = paragraphs[0] - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    while i > 0 and doc[i].text.strip(_CLOSING) == "":
        i -= 1  # `... un « cabinet noir »`: a closing quote ends no sentence by itself
    if i < 0 or doc[i].text.rstrip(_CLOSING)[-1:] in tuple(_SENTENCE_ENDS):
        return 0
    last = paragraphs[0] - 1
    while doc[last].is_space:
        last -= 1
    return doc[last].idx + len(doc[last].text)


def _speaker_goes_on(
    clause: Token, timexes: list[dict[str, Any]], published: str | None
) -> str | None:
    """`X a assuré au « 20 Heures » de TF1, ce jeudi 26 janvier, être prêt à renoncer` ... `Il
    maintient cependant sa contestation`, `il explique`: where the lead tells a statement of
    a named speaker on a day before the article's, what he (a pronoun of his number) goes on
    saying, with no other named subject between, was said then (not a quote's own words)."""
    doc = clause.doc
    speech = _lead_statement(doc, timexes, published)
    if speech is None:
        return None
    verb, day = speech
    subject = _subject_of(clause)
    if (
        subject is None
        or subject.pos_ != "PRON"
        or subject.dep_ == "nsubj:pass"  # `Elle est accusée de corruption`: no saying
        or fold(subject.lower_) not in _dating_words("speaker_pronouns")
        or subject.i <= verb.i
        or subject.morph.get("Number", []) != _number(verb)
        or _quoted(doc, subject.idx)
        or not (
            _in_the_present(subject.head)
            or _compound_past(subject.head)
            or _homograph(subject.head)
        )
    ):
        return None
    found = layout(doc)
    for start in (i for i in found.sentence_starts if verb.i < i <= subject.i):
        root = next((t for t in doc[start : subject.i] if t.dep_ == "ROOT"), None)
        named = root is not None and any(
            c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN") and not _quoted(doc, c.idx)
            for c in root.children
        )
        if named:
            return None  # `Interrogé vendredi, Alain Juppé a affirmé`: another speaker
    return day


def _homograph(word: Token) -> bool:
    """`ces accusations, qu'il juge « abjectes »`: a word the tagger took for a noun though a
    pronoun is its subject is a verb in the present, whose form a noun shares (`juge`,
    `critique`, `dénonce`)."""
    return word.pos_ == "NOUN" and any(
        c.dep_ in _SUBJECTS and c.pos_ == "PRON" for c in word.children
    )


def _subject_of(clause: Token) -> Token | None:
    """The subject of the first word up from `clause` that has one (`Il a terminé en
    affirmant son intention de porter plainte`: Il), not past a finite describing clause."""
    word = clause
    while True:
        subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        finite = "Fin" in word.morph.get("VerbForm", [])
        if (word.dep_ in _OWN_TIME and finite) or word.head.i == word.i:
            return None
        word = word.head


def _number(verb: Token) -> list[str]:
    """The number of a verb's subject; a name the tagger gives none (`François Fillon a
    assuré`) is one person."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (subject.morph.get("Number", []) if subject is not None else []) or ["Sing"]


def _quoted(doc: Doc, char: int) -> bool:
    return any(q["start"] <= char < q["end"] for q in components.records_of(doc, "quotes"))


def _lead_statement(
    doc: Doc, timexes: list[dict[str, Any]], published: str | None
) -> tuple[Token, str] | None:
    """The lead sentence's verb of saying, with a named subject and a day of its own before
    the article's, and that day; found once per Doc and list of timexes."""
    return _found_once(doc, _STATEMENT, _find_lead_statement, timexes, published)


def _found_once(
    doc: Doc,
    key: str,
    find: Callable[[Doc, list[dict[str, Any]], str | None], tuple[Token, str] | None],
    timexes: list[dict[str, Any]],
    published: str | None,
) -> tuple[Token, str] | None:
    """What `find` says of the lead, kept on the Doc under `key` for this list of timexes
    and publication date (each event asks again; the lead does not change)."""
    cached = doc.user_data.get(key)
    if cached is None or cached[0] is not timexes or cached[1] != published:
        found = find(doc, timexes, published)
        cached = (timexes, published, None if found is None else (found[0].i, found[1]))
        doc.user_data[key] = cached
    if cached[2] is None:
        return None
    i, day = cached[2]
    return doc[i], day


def _lead_span(doc: Doc) -> Span | None:
    """The words of the lead paragraph, when the Doc has one."""
    lead = _lead_paragraph(doc)
    if lead is None:
        return None
    return doc.char_span(lead[0], lead[1], alignment_mode="contract")


def _own_day_before(root: Token, timexes: list[dict[str, Any]], published: str) -> str | None:
    """The calendar day the lead verb's own clause gives it, when it is before the article's."""
    day, _ = _date_in_text(root, root.sent, timexes, published, root, own_only=True)
    if not day or len(day) < _DAY or not day[:4].isdigit() or day[:_DAY] >= published[:_DAY]:
        return None
    return day[:_DAY]


def _find_lead_statement(
    doc: Doc, timexes: list[dict[str, Any]], published: str | None
) -> tuple[Token, str] | None:
    first = _lead_span(doc)
    if first is None or not published:
        return None
    sentence = next((t.sent for t in first if t.pos_ == "VERB"), None)  # not the dateline
    if sentence is None:
        return None
    root = next(
        (
            t
            for t in sentence
            if t.pos_ == "VERB"
            and fold(t.lemma_) in _dating_words("statement_verbs")
            and "Pass" not in t.morph.get("Voice", [])
            and not any(c.dep_.endswith(":pass") or c.dep_ == "obl:agent" for c in t.children)
        ),  # a speaker who speaks, not `la destitution, confirmée par les juges`
        None,
    )
    if root is None or any(
        c.dep_ in _SUBJECTS and c.pos_ == "PRON" for c in root.children
    ):  # the lead names its speaker
        return None
    day = _own_day_before(root, timexes, published)
    return None if day is None else (root, day)


def _doer_says(clause: Token, timexes: list[dict[str, Any]], published: str | None) -> str | None:
    """`Le dimanche 17 juin, Iván Duque a remporté le second tour de l'élection [...] Dans son
    discours, Duque a dit vouloir « la paix »`: where the lead tells what a named doer did on
    a day before the article's, what that doer, named again by name, is told to have said
    (a verb of saying in a compound past, not inside a quote) was said that day."""
    if fold(clause.lemma_) not in _dating_words("statement_verbs") or not _compound_past(clause):
        return None
    subject = _subject_of(clause)
    if subject is None or subject.pos_ != "PROPN" or _quoted(clause.doc, clause.idx):
        return None
    lead = _lead_event(clause.doc, timexes, published)
    if lead is None or subject.i <= lead[0].i:
        return None
    verb, day = lead
    doers = {
        t.text for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree if t.pos_ == "PROPN"
    }
    names = {subject.text, *(c.text for c in subject.children if c.dep_ == "flat:name")}
    return day if doers & names else None


def _lead_event(
    doc: Doc, timexes: list[dict[str, Any]], published: str | None
) -> tuple[Token, str] | None:
    """The lead sentence's main verb with a subject that names someone, and its day when it
    has one of its own before the article's; found once per Doc and list of timexes."""
    return _found_once(doc, _LEAD_EVENT, _find_lead_event, timexes, published)


def _find_lead_event(
    doc: Doc, timexes: list[dict[str, Any]], published: str | None
) -> tuple[Token, str] | None:
    first = _lead_span(doc)
    if first is None or not published:
        return None
    # the first verb of the lead with a subject that names someone (the parser may run the
    # dateline into the sentence, or the sentence into the next paragraph)
    root = next(
        (
            t
            for t in first
            if t.pos_ == "VERB"
            and any(c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        ),
        None,
    )
    if root is None:
        return None
    day = _own_day_before(root, timexes, published)
    return None if day is None else (root, day)


def _compound_past(verb: Token) -> bool:
    """A passé composé (`il a ajouté`): its auxiliary in the present indicative."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux:tense"]
    return bool(auxiliaries) and all(
        a.morph.get("Tense", []) == ["Pres"] and a.morph.get("Mood", []) == ["Ind"]
        for a in auxiliaries
    )
