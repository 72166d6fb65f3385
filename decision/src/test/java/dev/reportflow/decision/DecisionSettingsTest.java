package dev.reportflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.RoutingThresholds;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionSettingsTest {

    /**
     * The thresholds are declared once, in ReportflowProperties; {@code reportflow eval}, which the classifier
     * module runs without the configuration, takes its defaults from the classifier's constants: they must agree.
     */
    @Test
    void theDeclaredRoutingThresholdsAreTheOnesEvalAssumes() {
        assertThat(DecisionSettings.DEFAULT.thresholds()).isEqualTo(RoutingThresholds.DEFAULT);
    }

    @Test
    void theUnitThresholdIsReadFromItsProperty() {
        DecisionSettings settings = DecisionSettings.from(Map.of(DecisionSettings.MIN_UNIT_CONFIDENCE, " 0.6 ",
                DecisionSettings.MIN_CONFIDENCE, "0.4"));

        assertThat(settings.thresholds()).isEqualTo(new RoutingThresholds(0.4, 0.6));
    }
}
