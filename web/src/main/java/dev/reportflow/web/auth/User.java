package dev.reportflow.web.auth;

import java.util.Set;

/**
 * A signed-in login: its name, role, the office it submits as (offices only) and the departments
 * it supervises (supervisors only).
 */
public record User(String name, Role role, String office, Set<String> departments) {

    public User {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    public DepartmentScope scope() {
        return switch (role) {
            case OFFICE, MONITOR -> DepartmentScope.NONE;
            case SUPERVISOR -> DepartmentScope.only(departments);
            case TRIAGE, AUDITOR -> DepartmentScope.ALL;
        };
    }
}
