package dev.reportflow.classifier.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * One administrative division. {@code code} is its GB/T 2260 code (six digits, 140400 for 长治市) or,
 * below counties, the nine-digit statistical code; {@code level} is one of the classifier's level
 * names (province, city, district, county, subdistrict, town, township); {@code parentCode} is the
 * code of the division above it, empty for a province. A municipality's districts hang directly on
 * the municipality (北京市 → 朝阳区), as do the county-level cities a province governs itself.
 */
public record Division(String code, String name, String level, String parentCode) {

    /**
     * A division name found in a text at [start, end). {@code candidates} are the divisions of that
     * name, narrowed to those inside a division named earlier in the same text where that decides
     * (长春市朝阳区 → the 朝阳区 of 长春); several are left when nothing earlier tells them apart.
     */
    public record Match(String name, int start, int end, List<Division> candidates) {

        /** The division meant, if the name and the text before it leave only one. */
        public Optional<Division> division() {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }
}
