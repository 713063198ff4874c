package nl.gezinsplan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gezinsplan.base.ClockConfiguration;
import nl.gezinsplan.base.pdf.PdfText;
import nl.gezinsplan.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one version of the family plan as PDF (PDF/A, like every document of the page flow), in the reader's
 * language: which version, who saved it, whether and when the family agreed to it and who recorded that, then its
 * goals, agreements and the people involved.
 */
@Component
class PlanDocument {

    private final MessageSource messages;
    private final UserDirectory directory;

    PlanDocument(MessageSource messages, UserDirectory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /** {@code goals} are those the reader may see; {@code memberNames} names the members goals are for. */
    byte[] write(PlanVersion version, List<Goal> goals, Optional<PlanConsent> consent, Map<Long, String> memberNames,
                 Locale locale) {
        Texts texts = new Texts(locale);
        try (PdfText pdf = new PdfText(texts.get("plan.pdf.document-title", version.number()),
                texts.get("plan.title"), locale.toLanguageTag())) {
            pdf.title(texts.get("plan.title"));
            pdf.line(texts.get("plan.byline", version.number(), name(version.author()),
                    texts.dateTime(version.createdAt())));
            pdf.line(consent.map(given -> texts.get("plan.pdf.agreed." + given.channel(), name(given.recordedBy()),
                    texts.dateTime(given.agreedAt()))).orElseGet(() -> texts.get("plan.pdf.not-agreed")));
            pdf.heading(texts.get("plan.goals"));
            if (goals.isEmpty()) {
                pdf.paragraph(texts.get("plan.pdf.none"));
            }
            for (Goal goal : goals) {
                pdf.keepTogether(goal.description(), 5);
                pdf.field(texts.get("plan.goal.description"), goal.description());
                pdf.field(texts.get("plan.goal.person"), goal.personId() == null ? texts.get("plan.goal.whole-family")
                        : memberNames.getOrDefault(goal.personId(), ""));
                pdf.field(texts.get("plan.goal.law"), texts.get("plan.law." + goal.law()));
                pdf.field(texts.get("plan.goal.result"), goal.measurableResult());
                if (goal.targetDate() != null) {
                    pdf.field(texts.get("plan.goal.target-date"), texts.date(goal.targetDate()));
                }
                pdf.field(texts.get("plan.goal.status"), texts.get("plan.goal.status." + goal.status()));
                pdf.space();
            }
            pdf.heading(texts.get("plan.agreements"));
            if (version.agreements().isEmpty()) {
                pdf.paragraph(texts.get("plan.pdf.none"));
            }
            for (Agreement agreement : version.agreements()) {
                pdf.bullet(agreement.dueDate() == null
                        ? texts.get("plan.pdf.agreement", agreement.party(), agreement.action())
                        : texts.get("plan.pdf.agreement.due", agreement.party(), agreement.action(),
                                texts.date(agreement.dueDate())));
            }
            pdf.heading(texts.get("plan.involved"));
            if (version.involved().isEmpty()) {
                pdf.paragraph(texts.get("plan.pdf.none"));
            }
            for (Involved involved : version.involved()) {
                pdf.bullet(String.join(", ", Stream.of(involved.name(), involved.organisation(),
                                involved.role()).filter(part -> part != null && !part.isBlank()).toList())
                        + " (" + texts.get("plan.involved.kind." + involved.kind()) + ")");
            }
            return pdf.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(String username) {
        return directory.fullNameOf(username);
    }

    private final class Texts {

        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String date(LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
        }

        String dateTime(Instant moment) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .withZone(ClockConfiguration.MUNICIPALITY_ZONE).format(moment);
        }
    }
}
