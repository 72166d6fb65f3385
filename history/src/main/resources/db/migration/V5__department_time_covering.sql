-- Search walks a department's newest deliveries in the page's order (SectionSearch.walk) and counts them: with the
-- filters it applies most (a role, withdrawn copies) and the unit in the index, the walk and the count read the index
-- alone and only the page's rows. Before, a walk of 2,000 deliveries of one role read the department's newest ~10,000
-- rows to look at their role (docs/history-store.md, fourth pass). It replaces the index of the same keys.
DROP INDEX deliveries_department_time;
CREATE INDEX deliveries_department_time ON deliveries (routed_to, received_at DESC, delivery_id DESC)
    INCLUDE (unit_id, role, retracted);
