package dev.reportflow.web.http;

/**
 * The error code for an answer decided by its status alone: Javalin's (no route, wrong method) and
 * Jetty's (a request it could not parse). Routes that know more say more. The message is the
 * bundle's {@code error.<code>} ({@code error.HTTP_STATUS} for a status without a code of its own).
 */
record StatusError(String code, String messageKey, Object[] values) {

    static StatusError of(int status) {
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "OVERSIZED";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 431 -> "HEADERS_TOO_LARGE";
            case 500 -> "INTERNAL_ERROR";
            case 503 -> "UNAVAILABLE";
            default -> null;
        };
        if (code == null) {
            return new StatusError("HTTP_" + status, "error.HTTP_STATUS", new Object[] {status});
        }
        // Jetty does not say which limit an oversized request broke.
        return new StatusError(code, "error." + code, status == 413 ? new Object[] {"—"} : new Object[0]);
    }
}
