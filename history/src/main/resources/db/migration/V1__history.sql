-- The history store: what the pipeline decided, as it stands and as it happened, kept in step with
-- the topics by the history sink (HistorySink). Every table can be rebuilt from the topics.

-- Where the sink is in each partition it reads, written in the same transaction as the rows those
-- records made: the store and its position can never disagree, so a restart neither loses nor repeats.
CREATE TABLE sink_offsets (
    topic       text    NOT NULL,
    partition   integer NOT NULL,
    next_offset bigint  NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- A routed unit's text, once however many departments receive it (2.1 copies per unit on average).
-- grams: the text's distinct character bigrams, the index that finds a Chinese phrase of two characters
-- or more (see docs/history-store.md: trigrams cannot serve a two-character word).
CREATE TABLE unit_texts (
    unit_id text   PRIMARY KEY,
    text    text   NOT NULL,
    grams   text[] NOT NULL
);
CREATE INDEX unit_texts_grams ON unit_texts USING gin (grams);

-- One row per delivery (a unit's copy on one department's topic), as it stands: a retraction marks it.
CREATE TABLE deliveries (
    delivery_id        text             PRIMARY KEY,
    unit_id            text             NOT NULL,
    report_id          text             NOT NULL,
    submission_id      text             NOT NULL,
    routed_to          text             NOT NULL,
    routing_reason     text             NOT NULL,
    office             text             NOT NULL,
    issuer             text             NOT NULL,
    issuer_level       text             NOT NULL,
    issuer_department  text,
    report_title       text             NOT NULL,
    section_path       text             NOT NULL,
    heading            text             NOT NULL,
    role               text             NOT NULL,
    departments        text[]           NOT NULL,
    confidence         double precision NOT NULL,
    received_at        timestamptz      NOT NULL,
    classified_at      timestamptz      NOT NULL,
    classifier_version text             NOT NULL,
    rules_version      text             NOT NULL,
    retracted          boolean          NOT NULL,
    correction_id      text,
    corrected_by       text,
    correction_reason  text,
    -- the record this row stands for: a record older than it (a re-read) never overwrites it
    topic              text             NOT NULL,
    kafka_partition    integer          NOT NULL,
    kafka_offset       bigint           NOT NULL
);
-- A department's history, newest first: the supervisors' page and search's keyset pagination.
CREATE INDEX deliveries_department_time ON deliveries (routed_to, received_at DESC, delivery_id DESC);
CREATE INDEX deliveries_time ON deliveries (received_at DESC, delivery_id DESC);
CREATE INDEX deliveries_unit ON deliveries (unit_id);
CREATE INDEX deliveries_submission ON deliveries (submission_id);

-- One row per report, as it stands (the newest record of reports.classified for its id).
CREATE TABLE reports (
    report_id       text             PRIMARY KEY,
    submission_id   text             NOT NULL,
    office          text             NOT NULL,
    file_name       text             NOT NULL,
    title           text             NOT NULL,
    issuer          text             NOT NULL,
    issuer_level    text             NOT NULL,
    issuer_department text,
    received_at     timestamptz      NOT NULL,
    classified_at   timestamptz      NOT NULL,
    confidence      double precision NOT NULL,
    routed_copies   integer          NOT NULL,
    intake_topic    text             NOT NULL,
    intake_partition integer         NOT NULL,
    intake_offset   bigint           NOT NULL,
    record          jsonb            NOT NULL,
    kafka_partition integer          NOT NULL,
    kafka_offset    bigint           NOT NULL
);
CREATE INDEX reports_submission ON reports (submission_id);

-- Every rejection (a submission, an unreadable record or a refused correction), by its coordinates.
CREATE TABLE rejections (
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    submission_id   text,
    reason          text        NOT NULL,
    message         text        NOT NULL,
    office          text,
    file_name       text,
    rejected_at     timestamptz NOT NULL,
    intake_topic    text        NOT NULL,
    intake_partition integer    NOT NULL,
    intake_offset   bigint      NOT NULL,
    PRIMARY KEY (kafka_partition, kafka_offset)
);
CREATE INDEX rejections_submission ON rejections (submission_id);

-- Every correction a triage clerk sent, applied or refused (the refusal is on rejections).
CREATE TABLE corrections (
    correction_id text        PRIMARY KEY,
    report_id     text        NOT NULL,
    submission_id text        NOT NULL,
    unit_id       text,
    corrected_by  text        NOT NULL,
    corrected_at  timestamptz NOT NULL,
    reason        text        NOT NULL,
    record        jsonb       NOT NULL
);
CREATE INDEX corrections_submission ON corrections (submission_id);

-- The path of each submission as it happened: one row per record read, whatever its kind. A trace is
-- one index range of this table. Keyed by the record's coordinates, so a record is there once.
CREATE TABLE events (
    topic         text        NOT NULL,
    kafka_partition integer   NOT NULL,
    kafka_offset  bigint      NOT NULL,
    submission_id text        NOT NULL,
    at            timestamptz NOT NULL,
    kind          text        NOT NULL,
    subject       text        NOT NULL,
    routed_to     text,
    detail        text        NOT NULL,
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);
CREATE INDEX events_submission ON events (submission_id, at);

-- Records the sink could not decode: kept by coordinates so that nothing is skipped without a trace.
CREATE TABLE undecodable_records (
    topic           text    NOT NULL,
    kafka_partition integer NOT NULL,
    kafka_offset    bigint  NOT NULL,
    problem         text    NOT NULL,
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);
