package dev.reportflow.consumers.replay;

/**
 * One difference between the recorded decision and today's.
 *
 * @param what outcome, reports, issuer.department, issuer.level, kind, section.role, unit.departments, unit
 * @param where e.g. "report 1" or "report 1 §2.1 （一）预算执行"
 * @param whyBefore the recorded evidence, when there is one
 * @param whyAfter today's evidence, when there is one
 */
public record Change(String what, String where, String before, String after, String whyBefore, String whyAfter) {
}
