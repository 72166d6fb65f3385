package dev.reportflow.web.auth;

import io.javalin.security.RouteRole;

/**
 * What a route needs, declared where the route is added ({@code routes.get(path, handler, Access.READ)}).
 * {@link AccessControl} refuses a matched route that declares none, so a new route is closed until
 * someone says who may use it.
 */
public enum Access implements RouteRole {
    /** No login: the login page, its stylesheet and /health. */
    PUBLIC,
    /** Any login: who am I, logout. */
    SIGNED_IN,
    /** Offices: POST /submissions. */
    SUBMIT,
    /** Supervisors (their departments only), triage and auditors: the page, the JSON API, traces. */
    READ,
    /** Triage clerks: the triage page, its queue and its corrections. */
    TRIAGE,
    /** Auditors, unless serve runs with --metrics-public. */
    METRICS
}
