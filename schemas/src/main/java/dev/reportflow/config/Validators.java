package dev.reportflow.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The validators of reportflow's own properties that Kafka's {@link ConfigDef} does not ship. */
final class Validators {

    /** An ISO-8601 duration longer than zero, e.g. {@code P400D} or {@code PT10M}. */
    static final ConfigDef.Validator POSITIVE_DURATION = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                if (Duration.parse(value.toString().strip()).compareTo(Duration.ZERO) <= 0) {
                    throw new ConfigException(name, value, "the duration must be longer than zero");
                }
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "not an ISO-8601 duration (e.g. P400D, PT10M)");
            }
        }

        @Override
        public String toString() {
            return "an ISO-8601 duration > 0 (P400D, PT10M)";
        }
    };

    /** Characters and length Kafka allows in a topic name (a prefix must obey them too). */
    private static final Pattern LEGAL_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    static final ConfigDef.Validator TOPIC_NAME = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            String topic = value.toString();
            if (!LEGAL_TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
                throw new ConfigException(name, value, "a topic name is 1 to 249 of a-z A-Z 0-9 . _ -");
            }
        }

        @Override
        public String toString() {
            return "a topic name: 1 to 249 of a-z A-Z 0-9 . _ -";
        }
    };

    private Validators() {
    }
}
