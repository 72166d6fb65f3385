package dev.reportflow.producers.submit;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of {@code reportflow submit}, one bundle per language ({@code SubmitMessages.properties},
 * Simplified Chinese, and {@code SubmitMessages_en.properties}): Chinese unless {@code --lang en}, or
 * no {@code --lang} and the environment's locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG})
 * is English. The refusals' own sentences come from {@link SubmissionClient}, Chinese first.
 */
final class SubmitMessages {

    private static final String BUNDLE = "dev.reportflow.producers.submit.SubmitMessages";
    private final ResourceBundle bundle;

    private SubmitMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** {@code choice} is the --lang option (null when not given); {@code environment} is the process's. */
    static SubmitMessages of(String choice, Map<String, String> environment) {
        return new SubmitMessages(ResourceBundle.getBundle(BUNDLE, english(choice, environment) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    static boolean english(String choice, Map<String, String> environment) {
        if (choice != null) {
            return choice.strip().toLowerCase(Locale.ROOT).startsWith("en");
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en");
            }
        }
        return false;
    }

    String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }
}
