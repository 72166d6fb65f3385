package dev.reportflow.consumers.correct;

import dev.reportflow.schemas.SectionRole;
import java.util.List;

/**
 * What a person asks to change, before it is checked: a unit ({@code <report id>/<path>}) or a
 * whole report, the departments added and removed, optionally the issuer or the role, who asks and
 * why, and the earlier correction it corrects. Exactly one of {@code unitId} and {@code reportId}.
 */
public record CorrectionRequest(String unitId, String reportId, List<String> added, List<String> removed,
                                String issuerDepartment, String issuerLevel, SectionRole role,
                                String by, String reason, String previousCorrectionId) {

    public CorrectionRequest {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** Sends one unit to {@code added} and withdraws it from {@code removed}. */
    public static CorrectionRequest unit(String unitId, List<String> added, List<String> removed, String by, String reason) {
        return new CorrectionRequest(unitId, null, added, removed, null, null, null, by, reason, null);
    }

    /** The unit or report named, as the person wrote it. */
    public String target() {
        return unitId != null ? unitId : reportId;
    }
}
