package dev.reportflow.web.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How serve signs people in: its users ({@link Users#NONE}: nobody can), whether it is reached
 * through a TLS-terminating proxy (session cookies are then Secure although serve itself speaks
 * HTTP), and whether /metrics is open to any caller (a Prometheus without credentials).
 */
public record LoginSettings(Users users, boolean behindTlsProxy, boolean metricsPublic) {

    public static final LoginSettings NOBODY = new LoginSettings(Users.NONE, false, false);

    /**
     * Refuses to listen beyond this machine without users: such a server either locks everyone out
     * or, worse, was meant to be open. On loopback it starts, everything but /health answering 401.
     */
    public void checkBind(String bind) {
        if (users.isEmpty() && !isLoopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + " reaches beyond this machine, so serve needs a users file:"
                    + " create one with `reportflow users add --file users.json --name NAME --role office|supervisor|triage|auditor`"
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
