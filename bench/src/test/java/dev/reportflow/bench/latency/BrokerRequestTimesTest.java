package dev.reportflow.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.testsupport.SharedBroker;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Against the real broker of this JVM: the requests a committed transaction made, counted between two snapshots. */
class BrokerRequestTimesTest {

    @Test
    void countsTheRequestsOfATransactionCommittedBetweenTwoSnapshots() throws InterruptedException {
        String namespace = SharedBroker.newNamespace("broker-times");
        String topic = namespace + "out";
        SharedBroker.createTopics(List.of(topic), 2);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", SharedBroker.bootstrapServers(),
                "transactional.id", namespace + "txn"), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            BrokerRequestTimes before = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS);
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, "k", "v"));
            producer.send(new ProducerRecord<>(topic, 1, "k", "v"));
            producer.commitTransaction();
            BrokerRequestTimes after = afterTheMarkers(before);

            Map<String, BrokerRequestTimes.Totals> since = after.since(before);

            assertThat(since).containsKeys("Produce", "EndTxn", "WriteTxnMarkers");
            assertThat(since.get("EndTxn").count()).isGreaterThanOrEqualTo(1);
            assertThat(since.values()).allSatisfy(totals -> assertThat(totals.meanMillis()).isGreaterThanOrEqualTo(0));
            assertThat(after.since(after)).isEmpty();
        }
    }

    /** The coordinator sends the markers after it has answered EndTxn: a snapshot once they are counted (or after 10 s). */
    private static BrokerRequestTimes afterTheMarkers(BrokerRequestTimes before) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        BrokerRequestTimes after = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS);
        while (!after.since(before).containsKey("WriteTxnMarkers") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            after = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS);
        }
        return after;
    }
}
