-- veille store, schema version 1: one table per record type, an ingestion ledger, and the
-- consolidated tables rebuilt from them (global actors, events across reports, conflicts).
-- Every statement is idempotent so opening an existing store re-applies it harmlessly.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- One row per input that was tried: articles by content hash, unreadable inputs by a hash
-- of where they came from. status: done | failed.
CREATE TABLE IF NOT EXISTS ledger (
    article_id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    error VARCHAR,
    pipeline_version VARCHAR,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR NOT NULL,
    seq BIGINT NOT NULL,          -- ingestion order, kept when an article is reprocessed
    source VARCHAR NOT NULL,
    published VARCHAR,            -- ISO partial date, as precise as the source said
    published_start DATE,         -- first day the partial date covers, for range filters
    lang VARCHAR NOT NULL,
    title VARCHAR,
    text VARCHAR NOT NULL,
    schema VARCHAR NOT NULL,
    pipeline VARCHAR NOT NULL     -- the record's `pipeline` object, as JSON
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    global_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    country VARCHAR,
    cameo VARCHAR,
    wikidata VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    actor_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_global VARCHAR,
    cue VARCHAR
);

CREATE TABLE IF NOT EXISTS amounts (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    value_int VARCHAR,            -- the exact integer when the record gave one
    unit VARCHAR,
    approx VARCHAR NOT NULL,
    subject VARCHAR,
    date VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL,          -- hash of article id and trigger offsets
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    code VARCHAR NOT NULL,        -- CAMEO codes are strings: 042 keeps its zero
    root VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR,
    source VARCHAR,
    target VARCHAR,
    location VARCHAR,
    source_global VARCHAR,
    target_global VARCHAR,
    location_global VARCHAR,
    date VARCHAR,
    date_from VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);

-- Consolidated tables: derived from the ones above by `veille.store.consolidation.rebuild`.
CREATE TABLE IF NOT EXISTS global_actors (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    country VARCHAR,
    cameo VARCHAR,
    wikidata VARCHAR,
    n_articles INTEGER NOT NULL,
    n_mentions INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    global_id VARCHAR NOT NULL,
    alias VARCHAR NOT NULL,
    folded VARCHAR NOT NULL,
    n INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS clusters (
    id VARCHAR NOT NULL,          -- the event id of its first report
    gid BIGINT NOT NULL,          -- a numeric id for GDELT's GLOBALEVENTID
    source VARCHAR,
    target VARCHAR,
    root VARCHAR NOT NULL,
    code VARCHAR NOT NULL,        -- the most specific code its reports give
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR,
    location VARCHAR,
    date VARCHAR,                 -- the most specific date its reports give
    date_start DATE,
    modality VARCHAR NOT NULL,
    n_reports INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    first_article VARCHAR NOT NULL,
    first_event VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS event_clusters (
    event_id VARCHAR NOT NULL,
    cluster_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS conflicts (
    id VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    date VARCHAR NOT NULL,
    article_a VARCHAR NOT NULL,
    amount_a INTEGER NOT NULL,
    article_b VARCHAR NOT NULL,
    amount_b INTEGER NOT NULL,
    ratio DOUBLE NOT NULL
);
