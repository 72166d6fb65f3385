package dev.reportflow.documents;

/** How a library's failure to read a file is told to its sender: the kind and the first line, cut short. */
public final class ReadFailures {

    private static final int MAX_MESSAGE = 200;

    private ReadFailures() {
    }

    /** "ZipException: invalid entry size …": enough for a person to see what is wrong, never a stack trace. */
    public static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return kind + ": " + (firstLine.length() > MAX_MESSAGE ? firstLine.substring(0, MAX_MESSAGE) + "…" : firstLine);
    }
}
