package org.mandate.economy.planning.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * A checked instance as flat arrays, indexed once, so that a round over millions of councils touches
 * arrays only. Goods are numbered in catalogue order, councils in instance order (workers' councils
 * first). A <em>slot</em> is one council's stake in one good: every good a workers' council's
 * techniques touch, every good a consumers' council requests. The procedure keeps each council's net
 * demand per slot (what it takes of the good less what it turns out) and balances, per good, the sum
 * over its slots. Built from an instance {@code InstanceCheck} found no problem in; anything else is a
 * bug.
 */
final class Economy {
    final PlanningInstance instance;
    final String[] goodIds;
    final Map<String, Integer> goodIndex = new HashMap<>();
    final BodyId[] councils;
    final int workers;
    /** Techniques of workers' council w: techStart[w] until techStart[w+1]. */
    final int[] techStart;
    final double[] labour;
    final double[] capacity;
    /** Coefficients of technique t: coefStart[t] until coefStart[t+1], one per good it touches. */
    final int[] coefStart;
    final int[] coefSlot;
    final double[] coefOut;
    final double[] coefIn;
    /** Slots of council c (workers' then consumers' councils): slotStart[c] until slotStart[c+1]. */
    final int[] slotStart;
    final int[] slotGood;
    /** For consumers' slots: the request's bounds and steps (stepStart indexed by slot − first consumer slot). */
    final double[] low;
    final double[] high;
    final int[] stepStart;
    final double[] stepWidth;
    final double[] stepValue;
    /** Slots of good g: goodSlotStart[g] until goodSlotStart[g+1], listed in goodSlots. */
    final int[] goodSlotStart;
    final int[] goodSlots;

    Economy(PlanningInstance instance) {
        this.instance = instance;
        goodIds = instance.goods().stream().map(g -> g.id()).toArray(String[]::new);
        for (int g = 0; g < goodIds.length; g++) {
            goodIndex.put(goodIds[g], g);
        }
        workers = instance.workers().size();
        int councilCount = workers + instance.consumers().size();
        councils = new BodyId[councilCount];
        slotStart = new int[councilCount + 1];
        techStart = new int[workers + 1];
        List<Technique> techniques = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<int[]> coefSlots = new ArrayList<>();
        List<List<String>> touchedGoods = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            WorkersCouncil council = instance.workers().get(w);
            councils[w] = council.id();
            Map<String, Integer> local = new LinkedHashMap<>();
            for (Technique t : council.techniques()) {
                techniques.add(t);
                List<String> goods = touched(t);
                touchedGoods.add(goods);
                int[] mine = new int[goods.size()];
                int k = 0;
                for (String good : goods) {
                    Integer slot = local.get(good);
                    if (slot == null) {
                        slot = slots.size();
                        local.put(good, slot);
                        slots.add(goodIndex.get(good));
                    }
                    mine[k++] = slot;
                }
                coefSlots.add(mine);
            }
            techStart[w + 1] = techniques.size();
            slotStart[w + 1] = slots.size();
        }
        int techniqueCount = techniques.size();
        labour = new double[techniqueCount];
        capacity = new double[techniqueCount];
        coefStart = new int[techniqueCount + 1];
        for (int t = 0; t < techniqueCount; t++) {
            coefStart[t + 1] = coefStart[t] + coefSlots.get(t).length;
        }
        coefSlot = new int[coefStart[techniqueCount]];
        coefOut = new double[coefSlot.length];
        coefIn = new double[coefSlot.length];
        for (int t = 0; t < techniqueCount; t++) {
            Technique technique = techniques.get(t);
            labour[t] = technique.labour();
            capacity[t] = technique.capacity();
            int k = coefStart[t];
            for (String good : touchedGoods.get(t)) {
                coefSlot[k] = coefSlots.get(t)[k - coefStart[t]];
                coefOut[k] = technique.outputs().getOrDefault(good, 0.0);
                coefIn[k] = technique.inputs().getOrDefault(good, 0.0);
                k++;
            }
        }
        int firstConsumerSlot = slots.size();
        List<Request> requests = new ArrayList<>();
        for (int c = 0; c < instance.consumers().size(); c++) {
            ConsumersCouncil council = instance.consumers().get(c);
            councils[workers + c] = council.id();
            for (Request r : council.requests()) {
                requests.add(r);
                slots.add(goodIndex.get(r.good()));
            }
            slotStart[workers + c + 1] = slots.size();
        }
        slotGood = slots.stream().mapToInt(Integer::intValue).toArray();
        int n = slotGood.length;
        low = new double[n];
        high = new double[n];
        stepStart = new int[requests.size() + 1];
        for (int r = 0; r < requests.size(); r++) {
            stepStart[r + 1] = stepStart[r] + requests.get(r).steps().size();
        }
        stepWidth = new double[stepStart[requests.size()]];
        stepValue = new double[stepWidth.length];
        for (int r = 0; r < requests.size(); r++) {
            Request request = requests.get(r);
            low[firstConsumerSlot + r] = request.minimum();
            high[firstConsumerSlot + r] = request.maximum();
            for (int k = 0; k < request.steps().size(); k++) {
                Step step = request.steps().get(k);
                stepWidth[stepStart[r] + k] = step.quantity();
                stepValue[stepStart[r] + k] = step.value();
            }
        }
        goodSlotStart = new int[goodIds.length + 1];
        for (int good : slotGood) {
            goodSlotStart[good + 1]++;
        }
        for (int g = 0; g < goodIds.length; g++) {
            goodSlotStart[g + 1] += goodSlotStart[g];
        }
        goodSlots = new int[n];
        int[] fill = goodSlotStart.clone();
        for (int s = 0; s < n; s++) {
            goodSlots[fill[slotGood[s]]++] = s;
        }
    }

    /** Goods a technique touches, outputs first, each once. */
    private static List<String> touched(Technique t) {
        List<String> goods = new ArrayList<>(new java.util.TreeSet<>(t.outputs().keySet()));
        new java.util.TreeSet<>(t.inputs().keySet()).forEach(g -> {
            if (!t.outputs().containsKey(g)) {
                goods.add(g);
            }
        });
        return goods;
    }

    int goods() { return goodIds.length; }

    int councils() { return councils.length; }

    int slots() { return slotGood.length; }

    PlanningInstance instance() { return instance; }

    boolean isWorkers(int council) { return council < workers; }

    /** The first slot of consumers' councils: requests are numbered from there. */
    int firstConsumerSlot() { return slotStart[workers]; }
}
