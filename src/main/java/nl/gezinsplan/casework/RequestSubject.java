package nl.gezinsplan.casework;

/**
 * What tells a request apart in a list of tasks: its number and the start of the family's question.
 *
 * @param subject the first words of the request's description, cut at a word with an ellipsis; empty when none
 */
public record RequestSubject(long number, String subject) {

    static final int LENGTH = 40;

    static RequestSubject of(long number, String description) {
        String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        if (text.length() <= LENGTH) {
            return new RequestSubject(number, text);
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return new RequestSubject(number, text.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…");
    }
}
