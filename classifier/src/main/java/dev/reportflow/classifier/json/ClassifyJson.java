package dev.reportflow.classifier.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.Subsection;
import dev.reportflow.classifier.section.UnitConfidence;
import java.util.List;
import java.util.Map;

/**
 * The {@code classify} JSON contract: one object per report found in a file, or one rejection per
 * file that could not be classified. Field names and order are the contract's; the extra fields
 * (classifier_version, rules_version, *_evidence) come after them and may be ignored.
 */
public final class ClassifyJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassifyJson() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The objects of one classified file, in report order. */
    public static List<ObjectNode> reports(String source, Classification classification) {
        return classification.reports().stream().map(r -> report(source, r, classification)).toList();
    }

    public static ObjectNode report(String source, Report r, Classification c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("start_line", r.startLine());
        o.put("end_line", r.endLine());
        o.put("title", r.title());
        o.set("issuer", issuer(r.issuer()));
        o.put("kind", r.kind());
        ArrayNode years = o.putArray("years");
        r.years().forEach(years::add);
        ArrayNode sections = o.putArray("sections");
        r.sections().forEach(s -> sections.add(section(s)));
        o.put("classifier_version", c.classifierVersion());
        o.put("rules_version", c.rulesVersion());
        o.put("confidence", r.confidence().score());
        o.set("confidence_evidence", evidence(r.confidence()));
        if (r.body() != null) {
            o.set("body", section(r.body()));
        }
        return o;
    }

    /** {"source": …, "rejected": {"reason": CODE, "message": …}}. */
    public static ObjectNode rejected(String source, String reason, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        ObjectNode rejected = o.putObject("rejected");
        rejected.put("reason", reason);
        rejected.put("message", message);
        return o;
    }

    /** A text in which no report was found: NOT_A_REPORT (INTERNAL_ERROR for a defect), with the evidence. */
    public static ObjectNode notAReport(String source, Evidence why) {
        boolean defect = why.rule().equals("classifier.internal-error");
        ObjectNode o = rejected(source, defect ? "INTERNAL_ERROR" : "NOT_A_REPORT", why.detail());
        ((ObjectNode) o.get("rejected")).set("evidence", evidence(why));
        return o;
    }

    private static ObjectNode issuer(Issuer issuer) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", issuer.name());
        o.put("level", issuer.level());
        o.put("department", issuer.department());
        Evidence e = issuer.evidence();
        o.put("evidence", e.rule() + ": " + e.detail());
        ObjectNode detail = evidence(e);
        if (!issuer.choice().candidates().isEmpty()) {
            detail.put("choice_score", issuer.choice().score());
            ArrayNode candidates = detail.putArray("candidates");
            for (Issuer.Candidate c : issuer.choice().candidates()) {
                ObjectNode n = candidates.addObject();
                n.put("name", c.name());
                n.put("level", c.level());
                n.put("department", c.department());
                n.put("rule", c.rule());
                n.put("prior", c.prior());
                n.put("score", c.score());
                ObjectNode features = n.putObject("features");
                c.features().forEach(features::put);
            }
        }
        o.set("evidence_detail", detail);
        return o;
    }

    private static ObjectNode section(Section s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", s.line());
        o.put("heading", s.heading());
        o.put("role", s.role().name());
        o.set("departments", codes(s.departments()));
        ArrayNode subsections = o.putArray("subsections");
        s.subsections().forEach(u -> subsections.add(subsection(u)));
        o.put("end_line", s.endLine());
        o.set("role_evidence", evidence(s.roleEvidence()));
        o.set("department_evidence", departmentEvidence(s.departments()));
        departmentConfidence(o, s.departments());
        return o;
    }

    private static ObjectNode subsection(Subsection u) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", u.line());
        o.put("heading", u.heading());
        o.set("departments", codes(u.departments()));
        o.put("end_line", u.endLine());
        o.set("department_evidence", departmentEvidence(u.departments()));
        departmentConfidence(o, u.departments());
        return o;
    }

    /** How sure the departments are ({@link UnitConfidence}), and why. */
    private static void departmentConfidence(ObjectNode o, List<DepartmentMatch> departments) {
        if (!departments.isEmpty()) {
            Evidence confidence = UnitConfidence.of(departments);
            o.put("department_confidence", confidence.score());
            o.set("department_confidence_evidence", evidence(confidence));
        }
    }

    private static ArrayNode codes(List<DepartmentMatch> departments) {
        ArrayNode codes = JSON.createArrayNode();
        departments.forEach(d -> codes.add(d.department()));
        return codes;
    }

    private static ArrayNode departmentEvidence(List<DepartmentMatch> departments) {
        ArrayNode all = JSON.createArrayNode();
        for (DepartmentMatch d : departments) {
            ObjectNode o = evidence(d.evidence());
            o.put("department", d.department());
            all.add(o);
        }
        return all;
    }

    public static ObjectNode evidence(Evidence e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("rule", e.rule());
        o.put("score", e.score());
        ObjectNode terms = o.putObject("terms");
        for (Map.Entry<String, Integer> t : e.terms().entrySet()) {
            terms.put(t.getKey(), t.getValue());
        }
        o.put("detail", e.detail());
        return o;
    }
}
