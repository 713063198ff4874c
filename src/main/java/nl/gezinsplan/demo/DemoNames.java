package nl.gezinsplan.demo;

import java.util.List;

/** Names and places a resident of Lelystad would recognise. All people in demo data are made up. */
final class DemoNames {

    private DemoNames() {
    }

    /** A district with a few of its streets and the four digits of its postal codes. */
    record District(String name, int postalDigits, List<String> streets) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("Centrum", 8232, List.of("Agorabaan", "Neringweg", "Botter", "Zuiderwagenplein")),
            new District("Atolwijk", 8226, List.of("Atolplaats", "Kempenaar", "Lagune", "Schouw")),
            new District("Boswijk", 8223, List.of("Lindenlaan", "Eikenhof", "Berkenweg", "Beukenpad")),
            new District("Waterwijk", 8225, List.of("Karveel", "Schoener", "Kogge", "Fregat")),
            new District("Zuiderzeewijk", 8224, List.of("Schokkerhaven", "Urkerweg", "Wierdijk", "Zuigerplasdreef")),
            new District("Stadshart", 8231, List.of("Stationsplein", "Stadhuisplein", "De Promenade", "Zilverparkkade")),
            new District("Warande", 8245, List.of("Klokbekerweg", "Hunebedweg", "Trechterbekerweg", "Vuursteenweg")),
            new District("Kustwijk", 8243, List.of("Duinpad", "Helmgras", "Strandwal", "Kwelder")));

    /** Letters of Dutch postal codes; SA, SD and SS are never issued. */
    static final String POSTAL_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

    static final List<String> SURNAMES = List.of(
            "de Vries", "Jansen", "de Jong", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "van der Meer", "van Leeuwen",
            "Dekker", "Brouwer", "de Wit", "Dijkstra", "Koster", "Postma", "Huisman", "Kok", "Verhoeven", "Kramer",
            "Schouten", "van Beek", "ter Horst", "op de Beek", "El Amrani", "El Idrissi", "Bouzid", "Yılmaz", "Kaya",
            "Öztürk", "Çelik", "Pinas", "Sedney", "Martina", "Biharie", "Nguyen", "Kowalski", "Nowak", "Haile",
            "Tesfay", "Ahmadi", "Wijngaarde");

    static final List<String> BOYS = List.of("Noah", "Liam", "Luca", "Sem", "Finn", "Daan", "Levi", "Milan",
            "Mohammed", "Adam", "Yusuf", "Emir", "Bram", "Lucas", "Jesse", "Thijs", "Ryan", "Dex", "Jayden", "Ilias");
    static final List<String> GIRLS = List.of("Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Nora", "Yara",
            "Sara", "Fenna", "Lotte", "Noor", "Elif", "Amira", "Lina", "Evi", "Jasmijn", "Hiba", "Saar", "Naomi");
    static final List<String> MEN = List.of("Mark", "Dennis", "Kevin", "Jeroen", "Sander", "Rachid", "Mehmet",
            "Patrick", "Ricardo", "Tomasz", "Robin", "Erik", "Mustafa", "Michel", "Bas", "Youssef", "Stefan", "Ferdi");
    static final List<String> WOMEN = List.of("Linda", "Sandra", "Kim", "Priscilla", "Fatima", "Ayşe", "Esther",
            "Natasja", "Sabrina", "Iris", "Mariska", "Chantal", "Naima", "Anouk", "Monique", "Samira", "Joyce", "Eva");
    static final List<String> OLD_MEN = List.of("Jan", "Kees", "Henk", "Piet", "Gerrit", "Wim", "Ahmed", "Hendrik",
            "Cor", "Johan", "Frans", "Hüseyin");
    static final List<String> OLD_WOMEN = List.of("Ria", "Annie", "Gerda", "Truus", "Joke", "Tineke", "Fatma",
            "Corrie", "Wil", "Marijke", "Rina", "Hennie");

    /** How the plan calls someone around a family who helps without being paid for it. */
    record NetworkRole(String name, boolean woman) {
    }

    static final List<NetworkRole> NETWORK_ROLES = List.of(new NetworkRole("Grootmoeder", true),
            new NetworkRole("Grootvader", false), new NetworkRole("Buurvrouw", true), new NetworkRole("Buurman", false),
            new NetworkRole("Vriendin", true), new NetworkRole("Tante", true), new NetworkRole("Oom", false),
            new NetworkRole("Mantelzorger", true));
}
