"""A synthetic store of many events, for benchmarks: actors with a skewed distribution
("Russie" and "Chine" are the most active), 20 CAMEO roots, dates over 25 years.

Each event is its own consolidated event (the clustering is not what the benchmark measures).
"""

from __future__ import annotations

GENERATE = """
SELECT setseed(0.42);
INSERT INTO global_actors
    SELECT 'actor:' || i, CASE i WHEN 0 THEN 'Russie' WHEN 1 THEN 'Chine' ELSE 'Acteur ' || i END,
           'country', NULL, NULL, NULL, 1, 1 FROM range(2000) t(i);
INSERT INTO actor_aliases SELECT id, name, lower(strip_accents(name)), 1 FROM global_actors;
INSERT INTO articles VALUES ('a0', 1, 'https://example.org/a0', '2000-01-01', DATE '2000-01-01',
    'fr', NULL, 'texte', 'veille.extraction/1', '{}');
CREATE TEMP TABLE g AS SELECT i,
    'actor:' || CAST(floor(pow(random(), 3) * 2000) AS INTEGER) AS source,
    'actor:' || CAST(floor(pow(random(), 3) * 2000) AS INTEGER) AS target,
    CAST(1 + floor(random() * 20) AS INTEGER) AS root_n,
    DATE '2000-01-01' + CAST(floor(random() * 9131) AS INTEGER) AS day
    FROM range($n) t(i);
INSERT INTO events SELECT md5(CAST(i AS VARCHAR))[:16], 'a0', i,
    lpad(CAST(root_n AS VARCHAR), 2, '0') || '0',
    lpad(CAST(root_n AS VARCHAR), 2, '0'),
    CASE WHEN root_n <= 5 THEN 1 WHEN root_n <= 9 THEN 2 WHEN root_n <= 14 THEN 3 ELSE 4 END,
    round(random() * 20 - 10, 1), NULL, source, target, NULL, source, target, NULL,
    strftime(day, '%Y-%m-%d'), 'text', 'asserted', 0, 1, 'x', 0, 1 FROM g;
INSERT INTO clusters SELECT id, idx, source_global, target_global, root, code, quad_class,
    goldstein, NULL, NULL, date, CAST(date AS DATE), modality, 1, 1, 1, article_id, id FROM events;
INSERT INTO event_clusters SELECT id, id FROM events;
"""


def generate_events(con, n_events: int) -> None:
    """Fill an empty store with `n_events` events (reproducible: the random seed is fixed)."""
    for statement in GENERATE.split(";\n"):
        if statement.strip():
            con.execute(statement.replace("$n", str(int(n_events))))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('consolidated', 'yes')")
