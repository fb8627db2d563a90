"""What relative expressions are resolved against, as the text is read from start to end.

The anchor is the article's date when it is known to the day; otherwise (a `date 2023-10`
header) it is the last full date the text itself has given within the published month or
year, and before any such date, relative days stay unresolved. The reference is the last
full date mentioned (for "le lendemain"); a clock time alone ("vers 20 h 50") takes the last
day that set the scene, not one told in an aside ("(né le 31 décembre 1977)"), a relative
clause ("Denis, qui a été écrasé le 13 décembre dernier") or a feast naming a thing ("les
courses de Noël"); and a timeline of clock times ("Vers 11h00, [...] Vers 12h00") stays on
its day past an earlier day told inside a sentence (`later_clock_day`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from veille.article import PartialDate, Precision

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CLOCK = re.compile(r"T(\d\d):(\d\d)")
_YEAR = re.compile(r"^(\d{4})$")
_NIGHT = "TNI"  # TIMEX3's night: dated by the evening it begins
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_YEAR_REACH = 150  # characters: "en 97 (en janvier rue X, en octobre rue Y)"


@dataclass
class Context:
    published: PartialDate | None
    anchor: date | None = None
    reference: date | None = None
    scene: date | None = None  # the last day that set the scene: what a clock time is on
    reference_end: int = 0  # where the reference was told
    year: tuple[int, int] | None = None  # the last year named alone, and where it ended
    sentence_year: int | None = None  # that year, when the expression read now shares its sentence
    night: bool = False  # the reference is a night ("la nuit de samedi à dimanche"): its eve
    last_night: date | None = None  # the eve of the last night the text named
    night_end: int = 0  # where that night was told
    told: str | None = None  # the last date the text told, at its precision ("2012", "2016-11")
    clock: tuple[date, int] | None = None  # the day and minute of the last clock time of a scene
    scene_opens: bool = True  # the scene's day opens its sentence ("Samedi, ...")
    opening: date | None = None  # the last scene's day that opened its sentence (`timeline_scene`)

    @classmethod
    def of(cls, published: str | None) -> Context:
        if not published:
            return cls(None)
        partial = PartialDate.parse(published)
        full = partial.to_date()
        return cls(partial, anchor=full, reference=full, scene=full, opening=full)

    @property
    def day_precise(self) -> bool:
        return self.published is not None and self.published.precision == Precision.DAY

    def night_told(self) -> date | None:
        """The night the text named last, while the reference is still in it: "la nuit du
        mercredi 31 août et du jeudi 1er septembre ... les mouvements de la nuit" is the night
        of the 31st (its second day, the 1st, was told after it), not the night of the 1st."""
        if self.last_night is None or self.reference is None:
            return None
        if (self.reference - self.last_night).days in (0, 1):
            return self.last_night
        return None

    def calendar_anchor(self) -> tuple[int, int | None, int | None] | None:
        """Year, month and day to count calendar units from, as precise as known."""
        if self.anchor is not None:
            return self.anchor.year, self.anchor.month, self.anchor.day
        if self.published is None:
            return None
        return self.published.year, self.published.month, None

    def year_in_sentence(self, text: str, start: int) -> int | None:
        """The year named alone earlier in the same sentence ("en 97 (en janvier ...)")."""
        if self.year is None:
            return None
        year, end = self.year
        between = text[end:start]
        if len(between) > _SENTENCE_YEAR_REACH or _SENTENCE_END.search(between):
            return None
        return year

    def reference_in_sentence(self, text: str, start: int) -> bool:
        """Whether the reference day was told earlier in the sentence read now ("lundi 12
        mars, vers 15 h")."""
        between = text[self.reference_end : start]
        return self.reference_end > 0 and not _SENTENCE_END.search(between)

    def night_in_sentence(self, text: str, start: int) -> bool:
        """Whether the last night the text named was told earlier in the sentence read now
        ("dans la nuit du samedi à dimanche, dès 22h30")."""
        between = text[self.night_end : start]
        return self.night_end > 0 and not _SENTENCE_END.search(between)

    def timeline_scene(self) -> date | None:
        """The day a clock time opening its line (`Vers 8h00, ...`, a timeline's entry) is on:
        the last day of a scene that set the timeline (`Samedi, ...`, the dateline, a clock
        time before, a day dating its clause), not one naming a thing (`la 26ème journée qui
        fait suite à la journée du 11 décembre, et tout au début, celle du samedi 17
        novembre`) nor one that starts a span (`Depuis le 1er décembre, 2 000 personnes ont
        annulé`)."""
        return self.opening or self.scene

    def later_clock_day(self, day: date | None, minute: int) -> date | None:
        """`Vers 11h00, [...] depuis le début du mouvement il y a trois semaines [...]. Vers
        12h00, ...`: a clock time alone, later in the day than the last clock time of a
        scene, is on that clock time's day when the scene went back since only to a day told
        inside a sentence (not opening it, as `Samedi, ...` does): that day is background
        of the timeline, not a new scene of it. None when the rule does not apply."""
        if self.clock is None or day is None or self.scene_opens:
            return None
        clock_day, clock_minute = self.clock
        return clock_day if day < clock_day and minute > clock_minute else None

    def saw(
        self,
        value: str,
        explicit: bool,
        end: int = 0,
        scene: bool = True,
        opens: bool = True,
        of_a_thing: bool = False,
        timeline: bool = False,
    ) -> None:
        """Remember a full date the text gave; an explicit one may become the anchor; one
        told aside (`scene` false) is no day for a later clock time; `opens`: it opens its
        sentence; `of_a_thing`: a year that names which thing a noun is ("avant les élections
        européennes de 2019, Macron lancera [...] le 17 avril"), no year of the sentence;
        `timeline`: a day that sets the scene of a timeline (`timeline_scene`), not one that
        starts a span ("depuis le 1er décembre") nor one naming a thing ("la journée du 11
        décembre")."""
        if value[:4].isdigit():
            self.told = value
        year_match = _YEAR.match(value)
        if year_match and not of_a_thing:
            self.year = (int(year_match.group(1)), end)
        match = _FULL_DATE.match(value)
        if not match:
            return
        year, month, day = (int(part) for part in match.groups())
        seen = date(year, month, day)
        again = value.endswith(_NIGHT) and seen == self.last_night
        if again and self.reference is not None and (self.reference - seen).days == 1:
            return  # the night told again: its second day, told after it, stays the reference
        # the day an aside told, told again ("plus tard dans la journée"), is still no scene
        repeated = not explicit and seen == self.reference and self.reference != self.scene
        self.reference = seen
        self.reference_end = end
        # a day after the article's is a plan, no scene of what it reports
        planned = self.day_precise and self.anchor is not None and seen > self.anchor
        if scene and not planned and not repeated:
            clock = _CLOCK.search(value)
            if clock is not None:
                self.clock = (seen, int(clock.group(1)) * 60 + int(clock.group(2)))
            if clock is not None or seen != self.scene:  # the scene's day told again: no new one
                self.scene_opens = opens or clock is not None
            if clock is not None or timeline:
                self.opening = seen
            self.scene = seen
        self.night = value.endswith(_NIGHT)
        if self.night:
            self.last_night = seen
            self.night_end = end
        if explicit and not self.day_precise and self._within_published(seen):
            self.anchor = seen

    def _within_published(self, seen: date) -> bool:
        if self.published is None:
            return False
        if seen.year != self.published.year:
            return False
        return self.published.month is None or seen.month == self.published.month
