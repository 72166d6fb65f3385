package dev.reportflow.web.auth;

import java.util.Locale;

/**
 * What a login may do on {@code serve}, mirroring the Kafka ACLs of {@code reportflow acl apply}:
 * an office only submits (as itself), a supervisor reads the sections of its departments, triage
 * reads every department's sections (including {@code unassigned}) and corrects where the waiting
 * ones go, auditors read everything, traces and metrics included, and a monitor (the login a
 * Prometheus scrapes with) reads the metrics and nothing else. None of them may do everything.
 */
public enum Role {
    OFFICE,
    SUPERVISOR,
    TRIAGE,
    AUDITOR,
    MONITOR;

    public boolean allows(Access access) {
        return switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case SUBMIT -> this == OFFICE;
            case READ -> this != OFFICE && this != MONITOR;
            case TRIAGE -> this == TRIAGE;
            case METRICS -> this == AUDITOR || this == MONITOR;
        };
    }

    /** The name used in the users file and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role '" + id + "': one of office, supervisor, triage, auditor, monitor");
        }
    }
}
