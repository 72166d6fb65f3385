package dev.reportflow.streams;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TopologyTestDriver;

/** What the topology wrote since the last read, per output: the topology tests' one way to read it. */
record DriverOutputs(TopologyTestDriver driver, Topics topics) {

    List<ClassifiedReport> classified() {
        return driver.createOutputTopic(topics.classified(), new StringDeserializer(),
                AvroSerde.of(ClassifiedReport.class).deserializer()).readValuesToList();
    }

    List<Rejection> rejected() {
        return driver.createOutputTopic(topics.rejected(), new StringDeserializer(),
                AvroSerde.of(Rejection.class).deserializer()).readValuesToList();
    }

    /** Every delivery on every department's topic (unassigned included). */
    List<RoutedSection> routed() {
        List<RoutedSection> all = new ArrayList<>();
        for (String topic : driver.producedTopicNames()) {
            if (topics.departmentOf(topic) != null) {
                all.addAll(driver.createOutputTopic(topic, new StringDeserializer(),
                        AvroSerde.of(RoutedSection.class).deserializer()).readValuesToList());
            }
        }
        return all;
    }
}
