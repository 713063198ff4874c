package nl.gezinsplan.mail;

/** One e-mail to one address, in plain text and in HTML. It says that there is something and links to it: no case content. */
public record Mail(String to, String subject, String text, String html) {
}
