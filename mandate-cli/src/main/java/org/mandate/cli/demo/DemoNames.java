package org.mandate.cli.demo;

import java.util.List;

/**
 * The made-up names of the demo federation: its assemblies, its councils and the people in its member
 * directory. Names stay outside the domain: the record knows people only by their ids.
 */
final class DemoNames {
    private DemoNames() {}

    /** An assembly of the demo: its id, its name, its trade (-1: a neighbourhood assembly) and its district. */
    record Assembly(String id, String name, int trade, int district) {}

    static final List<String> DISTRICT_IDS = List.of("north-bank", "old-town", "riverside", "hillside");
    static final List<String> DISTRICT_NAMES = List.of("North Bank Local Federation", "Old Town Local Federation",
            "Riverside Local Federation", "Hillside Local Federation");
    static final List<String> TRADE_IDS = List.of("food-fed", "build-fed", "care-fed");
    static final List<String> TRADE_NAMES = List.of("Food and Hospitality Workers' Federation", "Building Workers' Federation",
            "Care and Health Workers' Federation");
    static final String REGION_ID = "region";
    static final String REGION_NAME = "Riverlands Regional Confederation";

    /** The competences each trade federation's member bodies grant it. */
    static final List<List<String>> TRADE_COMPETENCES = List.of(List.of("wages", "supply"), List.of("wages", "safety"),
            List.of("staffing", "safety"));
    static final List<String> LOCAL_COMPETENCES = List.of("housing", "public-space");
    static final List<String> REGION_COMPETENCES = List.of("transport", "planning");

    static final List<Assembly> ASSEMBLIES = List.of(
            // food and hospitality
            new Assembly("northside-bakery", "Northside Bakery Workers' Section", 0, 0),
            new Assembly("harbour-fish", "Harbour Fish Market Section", 0, 1),
            new Assembly("riverside-brewery", "Riverside Brewery Co-operative", 0, 2),
            new Assembly("old-town-cafes", "Old Town Cafés Section", 0, 1),
            new Assembly("central-kitchen", "Central Kitchen Co-operative", 0, 3),
            new Assembly("hillside-dairy", "Hillside Dairy Section", 0, 3),
            new Assembly("grain-mill", "Grain Mill Workers' Section", 0, 2),
            new Assembly("market-gardeners", "Market Gardeners' Co-operative", 0, 0),
            new Assembly("canteen-workers", "School Canteen Workers' Section", 0, 1),
            // building
            new Assembly("carpenters", "Carpenters' Co-operative", 1, 0),
            new Assembly("bricklayers", "Bricklayers' Section", 1, 1),
            new Assembly("electricians", "Electricians' Section", 1, 2),
            new Assembly("plumbers", "Plumbers' Co-operative", 1, 3),
            new Assembly("renovation-coop", "Housing Renovation Co-operative", 1, 0),
            new Assembly("roofers", "Roofers' Section", 1, 1),
            new Assembly("tram-depot", "Tram Depot Maintenance Section", 1, 2),
            new Assembly("stonemasons", "Stonemasons' Section", 1, 3),
            // care and health
            new Assembly("hospital-nurses", "General Hospital Nurses' Section", 2, 0),
            new Assembly("home-care", "Home Care Co-operative", 2, 1),
            new Assembly("hillside-clinic", "Hillside Clinic Section", 2, 3),
            new Assembly("childcare-coop", "Childcare Co-operative", 2, 2),
            new Assembly("elder-care", "Elder Care Home Section", 2, 0),
            new Assembly("pharmacy-workers", "Pharmacy Workers' Section", 2, 1),
            new Assembly("ambulance-crews", "Ambulance Crews' Section", 2, 2),
            new Assembly("riverside-school", "Riverside School Staff Section", 2, 2),
            new Assembly("community-health", "Community Health Co-operative", 2, 3),
            // neighbourhoods
            new Assembly("canal-street", "Canal Street Neighbourhood Assembly", -1, 0),
            new Assembly("st-annes", "St Anne's Quarter Assembly", -1, 1),
            new Assembly("north-bank-tenants", "North Bank Tenants' Assembly", -1, 0),
            new Assembly("old-town-hood", "Old Town Neighbourhood Assembly", -1, 1),
            new Assembly("mill-lane", "Mill Lane Assembly", -1, 2),
            new Assembly("riverside-estate", "Riverside Estate Assembly", -1, 2),
            new Assembly("hillside-terraces", "Hillside Terraces Assembly", -1, 3),
            new Assembly("market-square", "Market Square Assembly", -1, 1),
            new Assembly("station-quarter", "Station Quarter Assembly", -1, 0),
            new Assembly("orchard-road", "Orchard Road Assembly", -1, 3),
            new Assembly("docklands", "Docklands Assembly", -1, 2),
            new Assembly("castle-hill", "Castle Hill Assembly", -1, 3),
            new Assembly("green-lanes", "Green Lanes Assembly", -1, 0),
            new Assembly("weavers-row", "Weavers' Row Assembly", -1, 1));

    static final List<String> RESOLUTIONS = List.of(
            "Rotate the weekend shifts fairly", "Open the books to every member", "Buy a second delivery bicycle",
            "Hold assemblies in the evening, not at noon", "Share the night allowance equally", "Set up a hardship fund",
            "Refuse unpaid overtime", "Translate our minutes into Arabic and Polish", "Start a childcare rota for assembly nights",
            "Replace the broken ventilation", "Invite the tenants' assembly to our next meeting", "Support the dockers' strike fund",
            "Repaint the common room", "Publish our wage scale", "Plant trees along the street", "Ask the council for a pedestrian zone",
            "Run a first-aid course", "Keep the library open on Sundays", "Join the bulk-buying scheme", "Elect a safety rep for each shift",
            "Hold a street party in June", "Stop using agency workers", "Fix the leaking roof before winter",
            "Set up a tool library", "Lower the membership dues for apprentices", "Organise a repair café");
    static final List<String> TRADE_ITEMS = List.of(
            "A common minimum wage across the trade", "A joint purchasing pool for supplies", "A shared safety code",
            "A 35-hour week across the trade", "A solidarity fund for striking sections", "Common training for apprentices",
            "A joint stand at the May Day fair", "A federation-wide sick-pay top-up", "A common rota standard",
            "Equal pay for agency and staff workers");
    static final List<String> LOCAL_ITEMS = List.of(
            "Take over the empty depot as a community centre", "A rent strike fund for the district", "A district food bank",
            "Car-free Sundays on the high street", "A tenants' repair team", "A public laundry in the old baths",
            "Benches and shade in the market square", "A district newsletter");
    static final List<String> REGION_ITEMS = List.of("A regional night bus network", "A plan for the river flood defences",
            "Free public transport for under-18s");
    static final List<String> COMMENTS = List.of(
            "I support this, but we should check the cost first.", "We tried this two years ago and it worked well.",
            "Can we hear from the night shift before we vote?", "Agreed, and the sooner the better.",
            "This needs a clear date, or it will drift.", "I'd rather we did this together with the other sections.",
            "Who will do the work? Let's name volunteers.", "The figures look right to me.",
            "Please keep the wording short so everyone can follow it.", "Good idea; let's review it after three months.");
    static final List<String> CHOICES = List.of("Where should we hold the summer assembly?", "Which supplier should we use?",
            "Which day should the assembly meet?");
    static final List<List<String>> CHOICE_OPTIONS = List.of(List.of("park", "hall", "canteen", "river-meadow"),
            List.of("co-op-mill", "north-wholesale", "farmers-market"), List.of("monday", "wednesday", "thursday", "saturday"));

    static final List<String> FIRST = List.of("Ana", "Ben", "Chiara", "Dmitri", "Esther", "Farid", "Grace", "Hugo", "Ines", "Jonas",
            "Kasia", "Leon", "Mira", "Nuno", "Olga", "Pablo", "Qiu", "Rosa", "Samir", "Tove", "Umar", "Vera", "Wen", "Ximena", "Yusuf",
            "Zofia", "Aisha", "Bruno", "Carmen", "Dario", "Elif", "Fatou", "Goran", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Marek",
            "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor", "Wanda", "Yara", "Zeynep");
    static final List<String> LAST = List.of("Almeida", "Baker", "Costa", "Dubois", "Ekström", "Ferreira", "García", "Hansen",
            "Ibrahim", "Jansen", "Kowalski", "López", "Moreau", "Nowak", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka",
            "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann", "Andersen", "Bianchi", "Castillo", "Demir", "Evans", "Fischer",
            "Gómez", "Horvat", "Ivanova", "Jovanović", "Kaya", "Lindqvist", "Mendes", "Novak", "O'Brien", "Pereira", "Reyes",
            "Santos", "Torres", "Ueda", "Vasquez", "Wójcik", "Young", "Zhang");
}
