package dev.reportflow.web.auth;

import java.util.Set;

/** The departments whose sections a login may read: every one, or a listed few. */
public record DepartmentScope(boolean everyDepartment, Set<String> departments) {

    public static final DepartmentScope ALL = new DepartmentScope(true, Set.of());
    public static final DepartmentScope NONE = new DepartmentScope(false, Set.of());

    public DepartmentScope {
        departments = Set.copyOf(departments);
    }

    public static DepartmentScope only(Set<String> departments) {
        return new DepartmentScope(false, departments);
    }

    public boolean includes(String department) {
        return everyDepartment || departments.contains(department);
    }
}
