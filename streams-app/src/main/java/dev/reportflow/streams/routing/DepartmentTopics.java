package dev.reportflow.streams.routing;

import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** Sends each delivery to its department's topic, {@code routed.<code>}. */
public final class DepartmentTopics implements TopicNameExtractor<String, RoutedSection> {

    private final Topics topics;

    public DepartmentTopics(Topics topics) {
        this.topics = topics;
    }

    @Override
    public String extract(String key, RoutedSection delivery, RecordContext recordContext) {
        return topics.routed(delivery.getRoutedTo());
    }
}
