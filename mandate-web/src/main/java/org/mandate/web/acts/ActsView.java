package org.mandate.web.acts;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A page of the signed-in member's acts, newest first: when, what in words, what it concerns, and the
 * event's number in the record with a link to its receipt once a checkpoint covers it. {@code older} is
 * the cursor of the next page (-1 when this is the last), {@code newest} whether this is the first.
 */
public record ActsView(String member, int count, List<Row> rows, long older, boolean newest) {

    /** Acts listed per page. */
    public static final int PAGE = 50;

    public record Row(long number, String when, String iso, String sentence, Ref about, boolean receipt) {}

    static ActsView of(Federation state, String member, int count, long[] numbers, List<Event> events, long covered, boolean newest, Text t) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGE, numbers.length); i++) {
            Event e = events.get(i);
            ActWords.Said said = ActWords.say(state, e, t);
            rows.add(new Row(numbers[i], Words.when(e.at()), Words.iso(e.at()), said.sentence(), said.about(), numbers[i] < covered));
        }
        long older = numbers.length > PAGE ? numbers[PAGE - 1] : -1;
        return new ActsView(member, count, rows, older, newest);
    }
}
