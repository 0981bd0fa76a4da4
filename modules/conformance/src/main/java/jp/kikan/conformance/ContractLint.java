package jp.kikan.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contract rules tied to the machine-readable standard:
 * <ul>
 *   <li>{@code openapi: 3.0.3};</li>
 *   <li>every operation has a unique operationId and an {@code x-kikan-function} (string or list) whose keys exist in
 *       the kikan_feature column of some {@code standard-specs/*}{@code /functions.csv} and are not 実装不可-only;</li>
 *   <li>every property/parameter with {@code x-standard-item: {name, id}} names a row of
 *       {@code standard-specs/<service>/data-items.csv}; the field name is that row's romaji (or the marker carries
 *       {@code romaji:} equal to it); {@code id} is either {@code unknown} or equals the row's item_id — so no
 *       official ID can be made up in a contract.</li>
 * </ul>
 */
public final class ContractLint {

    public static final String OPENAPI_VERSION = "3.0.3";

    private ContractLint() {}

    public static List<String> violations(Path root) {
        Map<String, StandardSpec> specs = StandardSpec.loadAll(root);
        Set<String> features = new LinkedHashSet<>();
        Set<String> prohibited = new LinkedHashSet<>();
        specs.values().forEach(s -> features.addAll(s.features()));
        specs.values().forEach(s -> prohibited.addAll(s.prohibitedFeatures()));
        List<String> out = new ArrayList<>();
        for (Path file : Repo.contractFiles(root)) {
            ContractModel c;
            try {
                c = ContractModel.load(file);
            } catch (ContractModel.InvalidContractException e) {
                out.add(Repo.rel(root, file) + ": " + e.getMessage());
                continue;
            }
            out.addAll(violations(Repo.rel(root, file), c, specs.get(c.service()), features, prohibited));
        }
        return out;
    }

    public static List<String> violations(String name, ContractModel c, StandardSpec spec, Set<String> features,
            Set<String> prohibited) {
        List<String> out = new ArrayList<>();
        if (!OPENAPI_VERSION.equals(String.valueOf(c.openapiVersion()))) {
            out.add(name + ": openapi must be " + OPENAPI_VERSION + " but is " + c.openapiVersion());
        }
        Set<String> ids = new HashSet<>();
        for (ContractModel.Operation op : c.operations()) {
            String where = name + ": " + op.method().toUpperCase() + " " + op.path();
            if (op.operationId() == null || op.operationId().isBlank()) {
                out.add(where + ": missing operationId");
            } else if (!ids.add(op.operationId())) {
                out.add(where + ": duplicate operationId " + op.operationId());
            }
            if (op.functions().isEmpty()) {
                out.add(where + ": missing x-kikan-function");
            }
            for (String f : op.functions()) {
                if (!features.contains(f)) {
                    out.add(where + ": x-kikan-function '" + f
                            + "' is not a kikan_feature in standard-specs/*/functions.csv");
                } else if (prohibited.contains(f)) {
                    out.add(where + ": x-kikan-function '" + f + "' is 実装不可 (must not be implemented)");
                }
            }
        }
        for (ContractModel.StandardItemRef ref : c.standardItems()) {
            String where = name + ": " + ref.pointer();
            if (spec == null || spec.dataItems().isEmpty()) {
                out.add(where + ": x-standard-item used but standard-specs/" + c.service() + "/data-items.csv is missing");
                continue;
            }
            if (ref.name() == null || ref.name().isBlank()) {
                out.add(where + ": x-standard-item has no name");
                continue;
            }
            Optional<StandardSpec.DataItem> item = spec.itemByName(ref.name());
            if (item.isEmpty()) {
                out.add(where + ": x-standard-item name '" + ref.name() + "' is not in standard-specs/" + c.service()
                        + "/data-items.csv");
                continue;
            }
            StandardSpec.DataItem it = item.get();
            boolean romajiOk = ref.fieldName().equals(it.romaji())
                    || (ref.romaji() != null && ref.romaji().equals(it.romaji()));
            if (!romajiOk) {
                out.add(where + ": field '" + ref.fieldName() + "' for " + it.nameJa() + " must be named with its romaji '"
                        + it.romaji() + "' (or declare x-standard-item.romaji: " + it.romaji() + ")");
            }
            if (ref.romaji() != null && !ref.romaji().equals(it.romaji())) {
                out.add(where + ": x-standard-item.romaji '" + ref.romaji() + "' differs from data-items.csv '"
                        + it.romaji() + "'");
            }
            String id = ref.id() == null ? "unknown" : ref.id();
            if (!id.equals("unknown") && !id.equals(it.itemId())) {
                out.add(where + ": x-standard-item.id '" + id + "' differs from data-items.csv item_id '" + it.itemId()
                        + "' (write unknown unless the official データ項目ID is recorded there)");
            }
        }
        return out;
    }
}
