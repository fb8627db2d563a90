"""Consolidation across articles, as plain functions on plain rows (the store feeds them).

- one global actor per identity: the knowledge-base id (Wikidata) where known, else the
  article-level id, which is the knowledge-base key or `kind:slug-of-canonical-name`;
- one event per real-world event: reports with the same source and target, the same CAMEO
  root and dates that agree at their precision (within a day for days) are merged;
- figures that disagree: amounts with the same unit, subject and date whose values differ.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlparse

from veille import lang
from veille.text import fold, slug

# --- actors -------------------------------------------------------------------------------


def global_actor_id(
    actor_id: str,
    wikidata: str | None,
    *,
    name: str = "",
    kind: str = "",
    country: str | None = None,
    article_id: str = "",
) -> str:
    """The identity of an actor across articles.

    A description ("le tireur", "les manifestants", "le gouvernement": a name that is no
    proper noun) names someone only inside its article, unless it is a body of a known
    country ("la police française"); a person described is never the same across articles.
    """
    if wikidata:
        return f"wikidata:{wikidata}"
    described = name[:1].islower()
    if described and article_id and (kind == "person" or country is None):
        return f"{actor_id}@{article_id}"
    return actor_id


def most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-null value; ties go to the smallest, so the result is stable."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


# --- dates --------------------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)")


@dataclass(frozen=True, order=True)
class Interval:
    """The days a TIMEX3 value may refer to, first and last included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_day(self) -> bool:
        return self.first == self.last


def timex_interval(value: str | None) -> Interval | None:
    """`2023-10-17`, `2023-10-16TEV`, `2023-W42`, `2023-Q1`, `2022-WI`, `2023-10`, `2023`."""
    if not value:
        return None
    try:
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return Interval(monday, monday + timedelta(days=6))
        if match := _QUARTER.match(value):
            year, quarter = int(match[1]), int(match[2])
            first_month = 3 * quarter - 2
            last_day = calendar.monthrange(year, first_month + 2)[1]
            return Interval(date(year, first_month, 1), date(year, first_month + 2, last_day))
        if match := _SEASON.match(value):
            year = int(match[1])
            return Interval(date(year, 1, 1), date(year, 12, 31))
        match = _DATE_PREFIX.match(value)
        if not match:
            return None
        year = int(match[1])
        if match[3]:
            day = date(year, int(match[2]), int(match[3]))
            return Interval(day, day)
        if match[2]:
            month = int(match[2])
            return Interval(
                date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
            )
        return Interval(date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None


def dates_agree(a: Interval | None, b: Interval | None) -> bool:
    """Two days agree within a day; a coarser date agrees with what it contains."""
    if a is None or b is None:
        return False
    if a.is_day and b.is_day:
        return abs((a.first - b.first).days) <= 1
    return a.first <= b.last and b.first <= a.last


# --- events -------------------------------------------------------------------------------

MODALITY_PREFERENCE = ("asserted", "reported", "planned", "possible", "negated")


@dataclass(frozen=True)
class Report:
    """One event as one article reports it."""

    event_id: str
    article_id: str
    outlet: str
    published: str | None
    seq: int
    source: str | None
    target: str | None
    root: str
    code: str
    quad_class: int
    goldstein: float
    plover: str | None
    location: str | None
    date: str | None
    modality: str
    trigger_start: int

    @property
    def order(self) -> tuple:
        """First report first: earliest publication, then ingestion order, then offset."""
        published = timex_interval(self.published)
        return (published.first if published else date.max, self.seq, self.trigger_start)


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)
    interval: Interval | None = None

    @property
    def first(self) -> Report:
        return min(self.reports, key=lambda r: r.order)

    @property
    def id(self) -> str:
        return self.first.event_id

    @property
    def gid(self) -> int:
        """A positive 62-bit integer derived from the id, for tables that want numbers."""
        return int(hashlib.sha256(self.id.encode()).hexdigest()[:15], 16)

    @property
    def code_report(self) -> Report:
        """The report with the most specific code (the most frequent among the longest)."""
        counts = Counter(r.code for r in self.reports)
        best = min(counts, key=lambda c: (-len(c), -counts[c], c))
        return min((r for r in self.reports if r.code == best), key=lambda r: r.order)

    @property
    def date(self) -> str | None:
        dated = [r.date for r in self.reports if timex_interval(r.date) is not None]
        if not dated:
            return self.first.date
        counts = Counter(dated)
        return min(counts, key=lambda d: (timex_interval(d).days, -counts[d], d))  # type: ignore[union-attr]

    @property
    def modality(self) -> str:
        counts = Counter(r.modality for r in self.reports)
        rank = {m: i for i, m in enumerate(MODALITY_PREFERENCE)}
        return min(counts, key=lambda m: (-counts[m], rank.get(m, len(rank)), m))

    @property
    def n_articles(self) -> int:
        return len({r.article_id for r in self.reports})

    @property
    def n_sources(self) -> int:
        return len({r.outlet for r in self.reports})


def _sort_key(report: Report) -> tuple:
    interval = timex_interval(report.date)
    if interval is None:
        return (date.max, 0, report.order)
    return (interval.first, interval.days, report.order)


def cluster_events(reports: Iterable[Report]) -> list[Cluster]:
    """Merge reports of one event; reports without both actors or a date stay alone."""
    groups: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    clusters: list[Cluster] = []
    for report in reports:
        if report.source and report.target and timex_interval(report.date):
            groups[(report.source, report.target, report.root)].append(report)
        else:
            clusters.append(Cluster([report], timex_interval(report.date)))
    for key in sorted(groups):
        open_clusters: list[Cluster] = []
        for report in sorted(groups[key], key=_sort_key):
            interval = timex_interval(report.date)
            home = next((c for c in open_clusters if dates_agree(c.interval, interval)), None)
            if home is None:
                open_clusters.append(Cluster([report], interval))
                continue
            home.reports.append(report)
            if (
                interval is not None
                and home.interval is not None
                and interval.days < home.interval.days
            ):
                home.interval = interval
        clusters.extend(open_clusters)
    return sorted(clusters, key=lambda c: c.first.order)


def outlet(source: str) -> str:
    """Who published an article: the host of a URL, else the folder of a file."""
    parsed = urlparse(source)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return parsed.netloc.lower().removeprefix("www.")
    return source.rsplit("/", 1)[0] if "/" in source else source


# --- figures that disagree ----------------------------------------------------------------

TOLERANCE = 0.05
APPROX_TOLERANCE = 0.2


@dataclass(frozen=True)
class Figure:
    article_id: str
    idx: int
    value: float
    unit: str | None
    approx: str
    subject: str | None
    date: str | None


@dataclass(frozen=True)
class Conflict:
    a: Figure
    b: Figure

    @property
    def ratio(self) -> float:
        low, high = sorted((abs(self.a.value), abs(self.b.value)))
        return high / low if low else float("inf")

    @property
    def id(self) -> str:
        key = f"{self.a.article_id}:{self.a.idx}:{self.b.article_id}:{self.b.idx}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]


def subject_key(subject: str | None) -> str | None:
    """`Le commerce entre la Russie et la Chine` and `commerce entre Russie et Chine` meet."""
    if not subject or not subject.strip():
        return None
    leading = lang.load("determiners")["leading"]
    words = [w for w in fold(subject).split() if not any(w == d.strip() for d in leading)]
    text = " ".join(words)
    for determiner in leading:
        text = re.sub(rf"(?<!\w){re.escape(determiner)}", "", text)
    return slug(text)


def disagree(a: Figure, b: Figure) -> bool:
    """Whether two figures about the same thing cannot both be right."""
    if "gt" in (a.approx, b.approx) or "lt" in (a.approx, b.approx):
        return _bounds_disagree(a, b)
    tolerance = APPROX_TOLERANCE if "about" in (a.approx, b.approx) else TOLERANCE
    high = max(abs(a.value), abs(b.value))
    return high > 0 and abs(a.value - b.value) / high > tolerance


def _bounds_disagree(a: Figure, b: Figure) -> bool:
    low = [f.value for f in (a, b) if f.approx == "gt"]  # the value is above these
    high = [f.value for f in (a, b) if f.approx == "lt"]  # ...and below these
    exact = [f.value for f in (a, b) if f.approx not in ("gt", "lt")]
    if any(x <= bound for x in exact for bound in low):
        return True
    if any(x >= bound for x in exact for bound in high):
        return True
    return any(lo >= hi for lo in low for hi in high)


def find_conflicts(figures: Sequence[Figure]) -> list[Conflict]:
    """Pairs of figures from different articles, same unit, subject and date, that disagree."""
    groups: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    for figure in figures:
        subject = subject_key(figure.subject)
        if figure.unit and subject and figure.date:
            groups[(figure.unit, subject, figure.date)].append(figure)
    conflicts = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda f: (f.article_id, f.idx))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.article_id != b.article_id and disagree(a, b):
                    conflicts.append(Conflict(a, b))
    return conflicts
