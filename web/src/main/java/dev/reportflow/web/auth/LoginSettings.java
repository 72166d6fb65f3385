package dev.reportflow.web.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How serve signs people in: its users ({@link Users#NONE}: nobody can), the organisation's OpenID
 * Connect provider if any ({@code oidc}, null without), whether it is reached through a
 * TLS-terminating proxy (session cookies are then Secure although serve itself speaks HTTP), and
 * whether /metrics is open to any caller (a Prometheus without credentials).
 */
public record LoginSettings(Users users, OidcSettings oidc, boolean behindTlsProxy, boolean metricsPublic) {

    public static final LoginSettings NOBODY = new LoginSettings(Users.NONE, false, false);

    /** Users of the users file only, no single sign-on. */
    public LoginSettings(Users users, boolean behindTlsProxy, boolean metricsPublic) {
        this(users, null, behindTlsProxy, metricsPublic);
    }

    /**
     * Refuses to listen beyond this machine without users: such a server either locks everyone out
     * or, worse, was meant to be open. On loopback it starts, everything but /health answering 401.
     */
    public void checkBind(String bind) {
        if (users.isEmpty() && oidc == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + " reaches beyond this machine, so serve needs logins: a users file"
                    + " or single sign-on (--oidc oidc.json);"
                    + " create one with `reportflow users add --file users.json --name NAME --role office|supervisor|triage|auditor|monitor`"
                    + " and pass --users users.json (or keep --bind 127.0.0.1).");
        }
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
