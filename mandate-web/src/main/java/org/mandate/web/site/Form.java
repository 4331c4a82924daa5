package org.mandate.web.site;

import java.util.List;
import java.util.Map;

/**
 * A form as the member sent it, shown again when it was refused: which form ({@code name}), what they
 * typed, a message per field for bad input, and the rule's sentence when the core refused the command.
 * {@link #NONE} is a page shown fresh.
 */
public record Form(String name, Map<String, List<String>> values, Map<String, String> errors, String refusal) {
    public static final Form NONE = new Form("", Map.of(), Map.of(), null);

    public Form {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static Form refused(String name, Map<String, List<String>> values, String sentence) {
        return new Form(name, values, Map.of(), sentence);
    }

    public static Form invalid(String name, Map<String, List<String>> values, Map<String, String> errors) {
        return new Form(name, values, errors, null);
    }

    /** The first value of a field as sent, or null. */
    public static String first(Map<String, List<String>> fields, String field) {
        List<String> v = fields.get(field);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public boolean is(String form) {
        return name.equals(form);
    }

    /** What the member typed in this field of this form, or "" (another form's values are not carried over). */
    public String value(String form, String field) {
        if (!is(form)) {
            return "";
        }
        List<String> v = values.get(field);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** Whether the member ticked this value of a multi-valued field (checkboxes). */
    public boolean ticked(String form, String field, String value) {
        return is(form) && values.getOrDefault(field, List.of()).contains(value);
    }

    public String error(String form, String field) {
        return is(form) ? errors.get(field) : null;
    }

    public String refusal(String form) {
        return is(form) ? refusal : null;
    }
}
