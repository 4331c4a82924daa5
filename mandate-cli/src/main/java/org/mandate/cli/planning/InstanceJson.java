package org.mandate.cli.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.economy.planning.check.InstanceCheck;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * Reads a planning instance from JSON in the format of {@code docs/planning.md}, strictly: an unknown
 * field, a missing one, a value of the wrong type or a key given twice is a problem named with where
 * it is, and an instance that reads is then checked by the planning rules. Every problem is reported,
 * not just the first; an instance with any is not planned.
 */
public final class InstanceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<InstanceProblem> problems = new ArrayList<>();

    private InstanceJson() {}

    /** The instance, or every problem found in the file. */
    public record Reading(Optional<PlanningInstance> instance, List<InstanceProblem> problems) {}

    public static Reading read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new Reading(Optional.empty(), List.of(InstanceProblem.notJson(e.getOriginalMessage() + at)));
        }
        InstanceJson reader = new InstanceJson();
        PlanningInstance instance = reader.instance(root);
        if (instance != null && reader.problems.isEmpty()) {
            InstanceCheck.problems(instance).forEach(p -> reader.problems.add(InstanceProblem.of(p)));
        }
        return reader.problems.isEmpty() ? new Reading(Optional.of(instance), List.of()) : new Reading(Optional.empty(), List.copyOf(reader.problems));
    }

    private PlanningInstance instance(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add(InstanceProblem.wrongType("instance", "a JSON object"));
            return null;
        }
        only(root, "instance", Set.of("period", "tolerance", "goods", "workersCouncils", "consumersCouncils"));
        PlanPeriod period = period(root.get("period"));
        double tolerance = root.has("tolerance") ? number(root.get("tolerance"), "field 'tolerance' of instance") : PlanningInstance.DEFAULT_TOLERANCE;
        List<Good> goods = list(root, "goods", "instance", "good", this::good);
        List<WorkersCouncil> workers = list(root, "workersCouncils", "instance", "workers' council", this::workers);
        List<ConsumersCouncil> consumers = list(root, "consumersCouncils", "instance", "consumers' council", this::consumers);
        if (!problems.isEmpty()) {
            return null;
        }
        return new PlanningInstance(period, tolerance, goods, workers, consumers);
    }

    private PlanPeriod period(JsonNode node) {
        if (node == null) {
            problems.add(InstanceProblem.missing("period", "instance"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(InstanceProblem.wrongType("field 'period' of instance", "an object with from and to"));
            return null;
        }
        only(node, "period", Set.of("from", "to"));
        LocalDate from = date(node, "from");
        LocalDate to = date(node, "to");
        return from == null || to == null ? null : new PlanPeriod(from, to);
    }

    private LocalDate date(JsonNode period, String field) {
        String text = text(period, field, "period");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(InstanceProblem.wrongType("field '" + field + "' of period", "a date like 2027-01-01"));
            return null;
        }
    }

    private Good good(JsonNode node, String where) {
        only(node, where, Set.of("id", "unit", "name"));
        String id = text(node, "id", where);
        String unit = text(node, "unit", where);
        String name = node.has("name") ? text(node, "name", where) : id;
        return id == null || unit == null || name == null ? null : new Good(id, unit, name);
    }

    private WorkersCouncil workers(JsonNode node, String where) {
        only(node, where, Set.of("id", "techniques"));
        BodyId id = council(node, where);
        List<Technique> techniques = list(node, "techniques", where, "technique", this::technique);
        return id == null ? null : new WorkersCouncil(id, techniques);
    }

    private Technique technique(JsonNode node, String where) {
        only(node, where, Set.of("id", "outputs", "inputs", "labour", "capacity"));
        String id = text(node, "id", where);
        Map<String, Double> outputs = quantities(node, "outputs", where);
        Map<String, Double> inputs = node.has("inputs") ? quantities(node, "inputs", where) : Map.of();
        double labour = required(node, "labour", where);
        double capacity = required(node, "capacity", where);
        return id == null ? null : new Technique(id, outputs, inputs, labour, capacity);
    }

    private ConsumersCouncil consumers(JsonNode node, String where) {
        only(node, where, Set.of("id", "requests"));
        BodyId id = council(node, where);
        List<Request> requests = list(node, "requests", where, "request", this::request);
        return id == null ? null : new ConsumersCouncil(id, requests);
    }

    private Request request(JsonNode node, String where) {
        only(node, where, Set.of("good", "minimum", "steps"));
        String good = text(node, "good", where);
        double minimum = node.has("minimum") ? number(node.get("minimum"), "field 'minimum' of " + where) : 0;
        List<Step> steps = node.has("steps") ? list(node, "steps", where, "step", this::step) : List.of();
        return good == null ? null : new Request(good, minimum, steps);
    }

    private Step step(JsonNode node, String where) {
        only(node, where, Set.of("quantity", "value"));
        return new Step(required(node, "quantity", where), required(node, "value", where));
    }

    private BodyId council(JsonNode node, String where) {
        String id = text(node, "id", where);
        if (id != null && !Ids.valid(id)) {
            problems.add(new InstanceProblem("MalformedId", "The council id '" + id + "' must be 1 to 128 letters, digits, '.', '_', ':' or '-', "
                    + "starting with a letter or digit."));
            return null;
        }
        return id == null ? null : BodyId.of(id);
    }

    /**
     * Reads an array field element by element, naming each "item #n of parent"; elements that fail are
     * left out (their problems are kept).
     */
    private <T> List<T> list(JsonNode parent, String field, String parentWhere, String item, Element<T> element) {
        JsonNode array = parent.get(field);
        if (array == null) {
            problems.add(InstanceProblem.missing(field, parentWhere));
            return List.of();
        }
        if (!array.isArray()) {
            problems.add(InstanceProblem.wrongType("field '" + field + "' of " + parentWhere, "an array"));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = item + " #" + (i + 1) + (parentWhere.equals("instance") ? "" : " of " + parentWhere);
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(InstanceProblem.wrongType(where, "an object"));
                continue;
            }
            T value = element.read(node, where);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private interface Element<T> {
        T read(JsonNode node, String where);
    }

    private Map<String, Double> quantities(JsonNode node, String field, String where) {
        JsonNode map = node.get(field);
        if (map == null) {
            problems.add(InstanceProblem.missing(field, where));
            return Map.of();
        }
        if (!map.isObject()) {
            problems.add(InstanceProblem.wrongType("field '" + field + "' of " + where, "an object from good id to quantity per unit of activity"));
            return Map.of();
        }
        Map<String, Double> result = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> result.put(e.getKey(), number(e.getValue(), "'" + e.getKey() + "' in the " + field + " of " + where)));
        return result;
    }

    private double required(JsonNode node, String field, String where) {
        if (!node.has(field)) {
            problems.add(InstanceProblem.missing(field, where));
            return 0;
        }
        return number(node.get(field), "field '" + field + "' of " + where);
    }

    private double number(JsonNode node, String where) {
        if (!node.isNumber()) {
            problems.add(InstanceProblem.wrongType(where, "a number"));
            return 0;
        }
        return node.doubleValue();
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            problems.add(InstanceProblem.missing(field, where));
            return null;
        }
        if (!value.isTextual()) {
            problems.add(InstanceProblem.wrongType("field '" + field + "' of " + where, "a string"));
            return null;
        }
        return value.textValue();
    }

    private void only(JsonNode node, String where, Set<String> fields) {
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problems.add(InstanceProblem.unknown("'" + name + "' of " + where));
            }
        });
    }
}
