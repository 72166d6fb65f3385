package dev.reportflow.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.testsupport.SharedBroker;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Against a real broker: the coordinator's log of a producer's transactions, read back (the
 * producers start first: their initTransactions creates the log, as a Streams app's does); and the
 * broker's own count of the requests a transaction made.
 */
class TransactionTimelineTest {

    @Test
    void followsTheCommittedTransactionsOfTheGivenTransactionalIdsOnly() throws Exception {
        String namespace = SharedBroker.newNamespace("txn-timeline");
        String topic = namespace + "out";
        SharedBroker.createTopics(List.of(topic), 3);
        try (KafkaProducer<String, String> followed = producer(namespace + "app-1");
             KafkaProducer<String, String> other = producer(namespace + "other-1");
             TransactionTimeline timeline = TransactionTimeline.start(SharedBroker.bootstrapServers(), namespace + "app-")) {
            long before = System.currentTimeMillis();
            followed.beginTransaction();
            for (int partition = 0; partition < 3; partition++) {
                followed.send(new ProducerRecord<>(topic, partition, "k", "v"));
            }
            followed.commitTransaction();
            other.beginTransaction();
            other.send(new ProducerRecord<>(topic, 0, "k", "v"));
            other.commitTransaction();
            followed.beginTransaction();
            followed.send(new ProducerRecord<>(topic, 1, "k", "v"));
            followed.abortTransaction();
            followed.beginTransaction();
            long lastSent = System.currentTimeMillis();
            followed.send(new ProducerRecord<>(topic, 2, "k", "v"));
            followed.commitTransaction();

            List<TransactionTimeline.Transaction> committed = timeline.awaitCompleted(lastSent);

            assertThat(committed).hasSize(2);
            assertThat(committed.get(1).prepareMs()).isGreaterThanOrEqualTo(lastSent);
            assertThat(committed).extracting(TransactionTimeline.Transaction::partitions).containsExactly(3, 1);
            for (TransactionTimeline.Transaction transaction : committed) {
                assertThat(transaction.startMs()).isGreaterThanOrEqualTo(before);
                assertThat(transaction.prepareMs()).isGreaterThanOrEqualTo(transaction.startMs());
                assertThat(transaction.completeMs()).isGreaterThanOrEqualTo(transaction.prepareMs());
                assertThat(transaction.offsetsSentMs()).isEqualTo(-1);
            }
        }
    }

    @Test
    void theBrokerOfThisJvmCountsTheRequestsOfATransactionCommittedBetweenTwoSnapshots() throws Exception {
        String namespace = SharedBroker.newNamespace("broker-times");
        SharedBroker.createTopics(List.of(namespace + "out"), 2);
        try (KafkaProducer<String, String> producer = producer(namespace + "app-1")) {
            BrokerRequestTimes before = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS);
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(namespace + "out", 0, "k", "v"));
            producer.send(new ProducerRecord<>(namespace + "out", 1, "k", "v"));
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

    @Test
    void placesARecordInTheTransactionThatWasOpenWhenItWasAppended() {
        var first = new TransactionTimeline.Transaction(1_000, 1_090, 1_100, 1_101, 4);
        var second = new TransactionTimeline.Transaction(1_110, 1_250, 1_260, 1_262, 2);
        List<TransactionTimeline.Transaction> transactions = List.of(first, second);

        assertThat(TransactionTimeline.holding(transactions, 1_000)).isEqualTo(first);
        assertThat(TransactionTimeline.holding(transactions, 1_100)).isEqualTo(first);
        assertThat(TransactionTimeline.holding(transactions, 1_200)).isEqualTo(second);
        assertThat(TransactionTimeline.holding(transactions, 1_105)).isNull();
        assertThat(TransactionTimeline.periods(transactions)).containsExactly(160);
        assertThat(TransactionTimeline.csv(transactions)).containsExactly(
                "start_epoch_ms,offsets_sent_ms,commit_prepared_ms,commit_complete_ms,partitions",
                "1000,90,100,101,4", "1110,140,150,152,2");
    }

    private static KafkaProducer<String, String> producer(String transactionalId) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", SharedBroker.bootstrapServers(),
                "transactional.id", transactionalId), new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        return producer;
    }
}
