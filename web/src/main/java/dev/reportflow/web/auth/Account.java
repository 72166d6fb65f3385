package dev.reportflow.web.auth;

/** A login as the users file holds it: who it is and its password's Argon2id hash (never the password). */
public record Account(User user, String passwordHash) {
}
